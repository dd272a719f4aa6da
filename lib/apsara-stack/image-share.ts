import { Construct, IConstruct } from 'constructs';
import { IImage } from '../core/interfaces';
import { checkAccountId, checkNotEmpty, fail } from '../private/validation';
import { ExistingImageShare } from '../private/image-shares';
import { literalValue } from '../private/template-escape';
import { checkProps, obj, required, str } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

const APSARA_IMAGE_SHARE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.ImageShare');

/**
 * An Apsara Stack image shared with another account.
 */
export interface IImageShare extends IConstruct {
  /** The shared image's id. */
  readonly imageId: string;

  /** The account the image is shared with (digits). */
  readonly accountId: string;
}

/**
 * What identifies an existing share.
 */
export interface ImageShareAttributes {
  /** The shared image's id. */
  readonly imageId: string;

  /** The account the image is shared with (digits). */
  readonly accountId: string;
}

/**
 * Properties of a `ImageShare`.
 */
export interface ImageShareProps {
  /** The image to share. */
  readonly image: IImage;

  /** The Apsara Stack account to share it with (digits only). */
  readonly accountId: string;
}

/**
 * Shares an Apsara Stack image with another account (`alibabacloudstack_image_share_permission`).
 * `IImage.shareWith()` creates one.
 */
export class ImageShare extends Construct implements IImageShare {
  /**
   * An existing share; creates no resources.
   */
  public static fromImageShareAttributes(scope: Construct, id: string, attrs: ImageShareAttributes): IImageShare {
    return new ExistingImageShare(scope, id, attrs);
  }

  /**
   * Whether `x` is a `ImageShare` construct of this library.
   */
  public static isImageShare(x: any): x is ImageShare {
    return x !== null && typeof x === 'object' && APSARA_IMAGE_SHARE_SYMBOL in x;
  }

  public readonly imageId: string;
  public readonly accountId: string;

  /** The underlying `alibabacloudstack_image_share_permission` resource (also `node.defaultChild`). */
  public readonly resource: alibabacloudstack.imageSharePermission.ImageSharePermission;

  constructor(scope: Construct, id: string, props: ImageShareProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_IMAGE_SHARE_SYMBOL, { value: true });
    checkProps(this, props, { image: required(obj), accountId: required(str) });
    if (!props.image) fail(this, 'image', 'is required', props.image);
    checkNotEmpty(this, 'accountId', props.accountId);
    checkAccountId(this, 'accountId', props.accountId);
    // 'Default' is left out of the logical id: the resource keeps the Terraform address it had when
    // shareWith() returned the L1 itself.
    this.resource = new alibabacloudstack.imageSharePermission.ImageSharePermission(this, 'Default', literalValue({ imageId: props.image.imageId, accountId: props.accountId }));
    this.imageId = props.image.imageId;
    this.accountId = props.accountId;
  }
}
