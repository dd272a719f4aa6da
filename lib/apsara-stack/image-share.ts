import { Construct, IConstruct } from 'constructs';
import { ImageSharePermission } from '../generated/alibabacloudstack/image-share-permission';
import { IImage } from '../core/interfaces';
import { checkAccountId, checkNotEmpty, fail } from '../private/validation';

const STACK_IMAGE_SHARE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.StackImageShare');

/**
 * An Apsara Stack image shared with another account.
 */
export interface IStackImageShare extends IConstruct {
  /** The shared image's id. */
  readonly imageId: string;

  /** The account the image is shared with (digits). */
  readonly accountId: string;
}

/**
 * What identifies an existing share.
 */
export interface StackImageShareAttributes {
  /** The shared image's id. */
  readonly imageId: string;

  /** The account the image is shared with (digits). */
  readonly accountId: string;
}

/**
 * Properties of a `StackImageShare`.
 */
export interface StackImageShareProps {
  /** The image to share. */
  readonly image: IImage;

  /** The Apsara Stack account to share it with (digits only). */
  readonly accountId: string;
}

/**
 * Shares an Apsara Stack image with another account (`alibabacloudstack_image_share_permission`).
 * `IStackImage.shareWith()` creates one.
 */
export class StackImageShare extends Construct implements IStackImageShare {
  /**
   * An existing share; creates no resources.
   */
  public static fromStackImageShareAttributes(scope: Construct, id: string, attrs: StackImageShareAttributes): IStackImageShare {
    return new ExistingStackImageShare(scope, id, attrs);
  }

  /**
   * Whether `x` is a `StackImageShare` construct of this library.
   */
  public static isStackImageShare(x: any): x is StackImageShare {
    return x !== null && typeof x === 'object' && STACK_IMAGE_SHARE_SYMBOL in x;
  }

  public readonly imageId: string;
  public readonly accountId: string;

  /** The underlying `alibabacloudstack_image_share_permission` resource (also `node.defaultChild`). */
  public readonly resource: ImageSharePermission;

  constructor(scope: Construct, id: string, props: StackImageShareProps) {
    super(scope, id);
    Object.defineProperty(this, STACK_IMAGE_SHARE_SYMBOL, { value: true });
    if (!props.image) fail(this, 'image', 'is required', props.image);
    checkNotEmpty(this, 'accountId', props.accountId);
    checkAccountId(this, 'accountId', props.accountId);
    // 'Default' is left out of the logical id: the resource keeps the Terraform address it had when
    // shareWith() returned the L1 itself.
    this.resource = new ImageSharePermission(this, 'Default', { imageId: props.image.imageId, accountId: props.accountId });
    this.imageId = props.image.imageId;
    this.accountId = props.accountId;
  }
}

class ExistingStackImageShare extends Construct implements IStackImageShare {
  public readonly imageId: string;
  public readonly accountId: string;

  constructor(scope: Construct, id: string, attrs: StackImageShareAttributes) {
    super(scope, id);
    checkNotEmpty(this, 'imageId', attrs.imageId);
    checkNotEmpty(this, 'accountId', attrs.accountId);
    checkAccountId(this, 'accountId', attrs.accountId);
    this.imageId = attrs.imageId;
    this.accountId = attrs.accountId;
  }
}
