import * as alicloud from '../generated/alicloud';

/** What an ImageSource contributes to `alicloud_image`: exactly one of the three source fields. */
export interface ImageSourceConfig {
  readonly instanceId?: string;
  readonly snapshotId?: string;
  readonly diskDeviceMapping?: alicloud.image.ImageDiskDeviceMapping[];
  /**
   * The value that identifies the source when the provider would update it in place (instance_id and
   * snapshot_id are not ForceNew in 1.247.0). The image is replaced when it changes.
   */
  readonly replaceTrigger?: Record<string, string>;
}
