import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { IImage } from '../core/interfaces';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { Timeouts } from '../core/timeouts';
import { renderTimeouts } from '../private/timeouts';
import { checkLength, checkNotEmpty, checkNotUrl, checkRegionId, fail } from '../private/validation';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, nonEmpty, obj, required, str, timeoutsStruct } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/**
 * Options for a copy of an Apsara Stack image. `alibabacloudstack_image_copy` has no tags and no
 * `source_region_id` (the seed document's example uses both; provider 3.18.5 rejects them).
 */
export interface ImageCopyOptions {
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
   * Timeouts for the copy (create and delete). The provider checks the copy's status for the first
   * time only 10 minutes after CopyImage, so `create` must be more than `10m`.
   *
   * @default - the provider defaults
   */
  readonly timeouts?: Timeouts;
}

/**
 * Properties of a `ImageCopy`.
 */
export interface ImageCopyProps extends ImageCopyOptions {
  /**
   * The image to copy. It must be in the provider's region (the source region of the copy).
   */
  readonly sourceImage: IImage;

  /**
   * The region the copy is made in, e.g. `cn-qingdao-env17-d01`.
   */
  readonly destinationRegionId: string;
}

const APSARA_IMAGE_COPY_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.ImageCopy');

/**
 * A copy of an image in another Apsara Stack region (`alibabacloudstack_image_copy`).
 *
 * Unlike `alicloud_image_copy`, the provider's region is the source and `destinationRegionId` is
 * the target, so one provider can make copies to several regions. The copy is an `IImage`; to share
 * it, import its id with `Image.fromImageId` in a stack whose provider is in the destination region.
 */
export class ImageCopy extends Construct implements IImage {
  /**
   * Whether `x` is an `apsara.ImageCopy` construct of this library.
   */
  public static isImageCopy(x: any): x is ImageCopy {
    return x !== null && typeof x === 'object' && APSARA_IMAGE_COPY_SYMBOL in x;
  }

  /** The id of the copy (`m-...`) in the destination region, resolved at deploy time. */
  public readonly imageId: string;

  /** The region the copy is in. */
  public readonly destinationRegionId: string;

  /** The generated `alibabacloudstack_image_copy` resource, for escape hatches. */
  public readonly resource: alibabacloudstack.imageCopy.ImageCopy;

  constructor(scope: Construct, id: string, props: ImageCopyProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_IMAGE_COPY_SYMBOL, { value: true });
    checkProps(this, props, {
      sourceImage: required(obj), destinationRegionId: required(nonEmpty), imageName: str, description: str, encrypted: bool, kmsKeyId: nonEmpty,
      timeouts: timeoutsStruct,
    });
    checkNotEmpty(this, 'destinationRegionId', props.destinationRegionId);
    checkRegionId(this, 'destinationRegionId', props.destinationRegionId);
    checkLength(this, 'imageName', props.imageName, 2, 128);
    checkNotUrl(this, 'imageName', props.imageName);
    checkLength(this, 'description', props.description, 0, 256);
    checkNotUrl(this, 'description', props.description);
    if (props.kmsKeyId !== undefined && props.encrypted !== true) {
      fail(this, 'kmsKeyId', 'needs encrypted: true (an unencrypted copy has no key)', props.kmsKeyId);
    }
    if (!props.sourceImage) fail(this, 'sourceImage', 'is required', props.sourceImage);

    this.resource = new alibabacloudstack.imageCopy.ImageCopy(this, 'Resource', literalValue({
      sourceImageId: props.sourceImage.imageId,
      destinationRegionId: props.destinationRegionId,
      imageName: props.imageName,
      description: props.description,
      encrypted: props.encrypted,
      kmsKeyId: props.kmsKeyId,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alibabacloudstack_image_copy', ['create', 'delete']),
    }));
    guardProviderConflicts(this, this.resource, [['name', 'image_name']]);
    this.imageId = Lazy.stringValue({ produce: () => this.resource.id });
    this.destinationRegionId = props.destinationRegionId;
  }
}
