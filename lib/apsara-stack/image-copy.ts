import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { ImageCopy } from '../generated/alibabacloudstack/image-copy';
import { IImage } from '../core/interfaces';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { renderMinuteTimeouts } from '../private/timeouts';
import { checkLength, checkNotEmpty, checkNotUrl, checkRange, checkRegionId, fail } from '../private/validation';

/**
 * Options for a copy of an Apsara Stack image. `alibabacloudstack_image_copy` has no tags and no
 * `source_region_id` (the seed document's example uses both; provider 3.18.5 rejects them).
 */
export interface StackImageCopyOptions {
  /**
   * The name of the copy, 2 to 128 characters, not starting with `http://` or `https://`.
   *
   * @default - Apsara Stack names the copy
   */
  readonly imageName?: string;

  /**
   * The description of the copy, up to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether the copy is encrypted.
   *
   * @default false
   */
  readonly encrypted?: boolean;

  /**
   * The KMS key that encrypts the copy; needs `encrypted: true`.
   *
   * @default - the default ECS key of the account, when `encrypted` is true
   */
  readonly kmsKeyId?: string;

  /**
   * How long Terraform waits for the copy, in minutes. The provider checks the copy's status for the
   * first time only 10 minutes after CopyImage, so this must be more than 10.
   *
   * @default 60
   */
  readonly createTimeoutMinutes?: number;

  /**
   * How long Terraform waits for the copy to be deleted, in minutes.
   *
   * @default 60
   */
  readonly deleteTimeoutMinutes?: number;
}

/**
 * Properties of a `StackImageCopy`.
 */
export interface StackImageCopyProps extends StackImageCopyOptions {
  /**
   * The image to copy. It must be in the provider's region (the source region of the copy).
   */
  readonly sourceImage: IImage;

  /**
   * The region the copy is made in, e.g. `cn-qingdao-env17-d01`.
   */
  readonly destinationRegionId: string;
}

/**
 * A copy of an image in another Apsara Stack region (`alibabacloudstack_image_copy`).
 *
 * Unlike `alicloud_image_copy`, the provider's region is the source and `destinationRegionId` is
 * the target, so one provider can make copies to several regions. The copy is an `IImage`; to share
 * it, import its id with `StackImage.fromImageId` in a stack whose provider is in the destination region.
 */
export class StackImageCopy extends Construct implements IImage {
  /** The id of the copy (`m-...`) in the destination region, resolved at deploy time. */
  public readonly imageId: string;

  /** The region the copy is in. */
  public readonly destinationRegionId: string;

  /** The generated `alibabacloudstack_image_copy` resource, for escape hatches. */
  public readonly resource: ImageCopy;

  constructor(scope: Construct, id: string, props: StackImageCopyProps) {
    super(scope, id);
    checkNotEmpty(this, 'destinationRegionId', props.destinationRegionId);
    checkRegionId(this, 'destinationRegionId', props.destinationRegionId);
    checkLength(this, 'imageName', props.imageName, 2, 128);
    checkNotUrl(this, 'imageName', props.imageName);
    checkLength(this, 'description', props.description, 0, 256);
    checkNotUrl(this, 'description', props.description);
    checkRange(this, 'createTimeoutMinutes', props.createTimeoutMinutes, 11, 1440, 'minutes');
    checkRange(this, 'deleteTimeoutMinutes', props.deleteTimeoutMinutes, 1, 1440, 'minutes');
    if (props.kmsKeyId !== undefined && props.encrypted !== true) {
      fail(this, 'kmsKeyId', 'needs encrypted: true (an unencrypted copy has no key)', props.kmsKeyId);
    }
    if (!props.sourceImage) fail(this, 'sourceImage', 'is required', props.sourceImage);

    this.resource = new ImageCopy(this, 'Resource', {
      sourceImageId: props.sourceImage.imageId,
      destinationRegionId: props.destinationRegionId,
      imageName: props.imageName,
      description: props.description,
      encrypted: props.encrypted,
      kmsKeyId: props.kmsKeyId,
      timeouts: renderMinuteTimeouts({ create: props.createTimeoutMinutes, delete: props.deleteTimeoutMinutes }),
    });
    guardProviderConflicts(this, this.resource, [['name', 'image_name']]);
    this.imageId = Lazy.stringValue({ produce: () => this.resource.id });
    this.destinationRegionId = props.destinationRegionId;
  }
}
