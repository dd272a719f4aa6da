import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import * as alicloud from '../generated/alicloud';
import { IImage } from '../core/interfaces';
import { checkAlicloudProvider } from '../private/providers';
import { checkAccountId, checkRequired } from '../private/validation';
import { ExistingImageShare } from '../private/image-shares';
import { literalValue } from '../private/template-escape';
import { checkProps, nonEmpty, obj, required } from '../private/runtime-checks';

const IMAGE_SHARE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ImageShare');

/**
 * An image shared with another account, created by this app or known from outside it.
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
 * Properties of an `ImageShare`.
 */
export interface ImageShareProps {
  /** The image to share. */
  readonly image: IImage;

  /** The Alibaba Cloud account to share it with (digits only). */
  readonly accountId: string;

  /**
   * The provider of the image's region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * Shares an image with another Alibaba Cloud account (`alicloud_image_share_permission`).
 * `IAlicloudImage.shareWith()` creates one; destroying it revokes the share (instances the other
 * account launched from the image then cannot re-initialize their system disks).
 */
export class ImageShare extends Construct implements IImageShare {
  /**
   * An existing share; creates no resources.
   */
  public static fromImageShareAttributes(scope: Construct, id: string, attrs: ImageShareAttributes): IImageShare {
    return new ExistingImageShare(scope, id, attrs);
  }

  /**
   * Whether `x` is an `ImageShare` construct of this library.
   */
  public static isImageShare(x: any): x is ImageShare {
    return x !== null && typeof x === 'object' && IMAGE_SHARE_SYMBOL in x;
  }

  public readonly imageId: string;
  public readonly accountId: string;

  /** The underlying `alicloud_image_share_permission` resource (also `node.defaultChild`). */
  public readonly resource: alicloud.imageSharePermission.ImageSharePermission;

  constructor(scope: Construct, id: string, props: ImageShareProps) {
    super(scope, id);
    Object.defineProperty(this, IMAGE_SHARE_SYMBOL, { value: true });
    checkProps(this, props, { image: required(obj), accountId: required(nonEmpty), provider: obj });
    checkRequired(this, 'image', props.image);
    checkRequired(this, 'accountId', props.accountId);
    checkAccountId(this, 'accountId', props.accountId);
    checkAlicloudProvider(this, 'provider', props.provider);
    // 'Default' is left out of the logical id: the resource keeps the Terraform address it had when
    // shareWith() returned the L1 itself, so upgrading does not revoke and re-grant shares.
    this.resource = new alicloud.imageSharePermission.ImageSharePermission(this, 'Default', literalValue({
      imageId: props.image.imageId,
      accountId: props.accountId,
      provider: props.provider,
    }));
    this.imageId = props.image.imageId;
    this.accountId = props.accountId;
  }
}
