import { IConstruct } from 'constructs';
import { IInstance } from '../core/interfaces';
import { ImageSourceConfig } from '../private/image-source-config';
import { checkSourceId } from '../private/image-source-rules';
import { checkDeviceName, checkMaxItems, checkMinItems, checkRange, checkRequired, checkUnique, fail } from '../private/validation';
import { checkArgs, listOf, num, obj, required, str, struct } from '../private/runtime-checks';

/**
 * The kind of disk a disk device mapping describes.
 */
export enum DiskType {
  /** The system disk (at most one per image). */
  SYSTEM = 'system',
  /** A data disk (at most 16 per image). */
  DATA = 'data',
}

/**
 * One disk of an image built from disk device mappings (`disk_device_mapping`).
 */
export interface DiskDeviceMapping {
  /**
   * Whether this is the system disk or a data disk.
   */
  readonly diskType: DiskType;

  /**
   * The disk size in GiB, at most 32768. Without a snapshot at least 5 (basic disks) or 20 (other
   * categories); with a snapshot at least the snapshot's size.
   *
   * @default - the snapshot's size, or the API default when there is no snapshot
   */
  readonly sizeGiB?: number;

  /**
   * The snapshot the disk is created from. Data-disk snapshots can only be used through mappings.
   *
   * @default - an empty disk
   */
  readonly snapshotId?: string;

  /**
   * The device name, `/dev/vda` to `/dev/vdz` (or `/dev/xvda` to `/dev/xvdz`), unique per image.
   *
   * @default - assigned by the service
   */
  readonly device?: string;
}

/**
 * What an image is created from: exactly one instance, one system-disk snapshot, or a set of disk
 * device mappings. A union-like class, so an `Image` can never name two sources.
 *
 * Provider 1.247.0 does not treat `instance_id` or `snapshot_id` as ForceNew (changing them would
 * do nothing), so `Image` replaces the image whenever its source changes.
 */
export abstract class ImageSource {
  /**
   * Captures an instance of this app (or an imported one). It must be Running or Stopped.
   */
  public static fromInstance(instance: IInstance): ImageSource {
    checkArgs('ImageSource.fromInstance', { instance }, { instance: required(obj) });
    return new InstanceSource(instance.instanceId);
  }

  /**
   * Captures an instance by id (`i-...`). It must be Running or Stopped.
   */
  public static fromInstanceId(instanceId: string): ImageSource {
    checkArgs('ImageSource.fromInstanceId', { instanceId }, { instanceId: required(str) });
    return new InstanceSource(instanceId);
  }

  /**
   * Creates the image from a system-disk snapshot (`s-...`). For data-disk snapshots use
   * `fromDiskDeviceMappings`.
   */
  public static fromSnapshotId(snapshotId: string): ImageSource {
    checkArgs('ImageSource.fromSnapshotId', { snapshotId }, { snapshotId: required(str) });
    return new SnapshotSource(snapshotId);
  }

  /**
   * Creates the image from disks: at most one system disk and 16 data disks.
   */
  public static fromDiskDeviceMappings(mappings: DiskDeviceMapping[]): ImageSource {
    checkArgs('ImageSource.fromDiskDeviceMappings', { mappings }, { mappings: required(listOf(struct({ sizeGiB: num, snapshotId: str, device: str }))) });
    return new DiskDeviceMappingsSource(mappings);
  }

  protected constructor() {}

  /**
   * Validates the source for the image at `scope` and returns the `alicloud_image` fields it sets.
   *
   * @internal
   */
  public abstract _bind(scope: IConstruct): ImageSourceConfig;
}

class InstanceSource extends ImageSource {
  constructor(private readonly instanceId: string) {
    super();
  }

  public _bind(scope: IConstruct): ImageSourceConfig {
    checkSourceId(scope, 'source.instanceId', this.instanceId);
    return { instanceId: this.instanceId, replaceTrigger: { instance_id: this.instanceId } };
  }
}

class SnapshotSource extends ImageSource {
  constructor(private readonly snapshotId: string) {
    super();
  }

  public _bind(scope: IConstruct): ImageSourceConfig {
    checkSourceId(scope, 'source.snapshotId', this.snapshotId);
    return { snapshotId: this.snapshotId, replaceTrigger: { snapshot_id: this.snapshotId } };
  }
}

const MAX_DATA_DISKS = 16;
const MAX_DISK_GIB = 32768;

class DiskDeviceMappingsSource extends ImageSource {
  constructor(private readonly mappings: DiskDeviceMapping[]) {
    super();
  }

  public _bind(scope: IConstruct): ImageSourceConfig {
    const property = 'source.diskDeviceMappings';
    checkRequired(scope, property, this.mappings);
    checkMinItems(scope, property, this.mappings, 1, 'mapping');
    const system = this.mappings.filter((m) => m.diskType === DiskType.SYSTEM);
    const data = this.mappings.filter((m) => m.diskType === DiskType.DATA);
    if (system.length > 1) fail(scope, property, `must have at most 1 system disk, but has ${system.length}`, system);
    checkMaxItems(scope, `${property} (data disks)`, data, MAX_DATA_DISKS);
    this.mappings.forEach((m, i) => {
      const at = `${property}[${i}]`;
      if (!Object.values(DiskType).includes(m.diskType)) fail(scope, `${at}.diskType`, 'must be DiskType.SYSTEM or DiskType.DATA', m.diskType);
      // Without a snapshot the smallest disk is a 5 GiB basic disk; with one, the snapshot sets the floor.
      checkRange(scope, `${at}.sizeGiB`, m.sizeGiB, m.snapshotId === undefined ? 5 : 1, MAX_DISK_GIB, 'GiB');
      checkDeviceName(scope, `${at}.device`, m.device);
    });
    checkUnique(scope, `${property} devices`, this.mappings.map((m) => m.device).filter((d): d is string => d !== undefined));
    return {
      diskDeviceMapping: this.mappings.map((m) => ({
        diskType: m.diskType,
        size: m.sizeGiB,
        snapshotId: m.snapshotId,
        device: m.device,
      })),
    };
  }
}
