import { Construct } from 'constructs';
import { IInstance } from '../core/interfaces';
import { Timeouts } from '../core/timeouts';
import { checkAccountId, checkLiteralList, checkRegionId, checkUnique, fail } from '../private/validation';
import { Image } from './image';
import { ImageSource } from './image-source';
import { ImageCopy } from './image-copy';
import { checkProps, obj, required, str, strList, strMap, timeoutsStruct } from '../private/runtime-checks';

/**
 * Properties of a `ImageFromInstance`.
 */
export interface ImageFromInstanceProps {
  /**
   * The instance to capture: a `Instance` of this app, or one imported with
   * `Instance.fromInstanceId`. It must be Running or Stopped when the image is created.
   */
  readonly instance: IInstance;

  /**
   * The image name, 2 to 128 characters. Copies get the same name.
   *
   * @default - Apsara Stack generates a name
   */
  readonly imageName?: string;

  /**
   * The image description, up to 256 characters. Copies get the same description.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags of the image (copies cannot carry tags on Apsara Stack).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * Accounts the image is shared with.
   *
   * @default - not shared
   */
  readonly shareWithAccountIds?: string[];

  /**
   * Regions the image is copied to, from the provider's region.
   *
   * @default - no copies
   */
  readonly copyToRegionIds?: string[];

  /**
   * Timeouts for the image (create and delete; `create` more than `20m`).
   *
   * @default - the provider defaults
   */
  readonly timeouts?: Timeouts;
}

const APSARA_IMAGE_FROM_INSTANCE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.ImageFromInstance');

/**
 * Captures an Apsara Stack instance as a custom image, then optionally shares it with accounts and
 * copies it to other regions. This is how golden images are made on Apsara Stack, which has no
 * Image Builder: prepare an instance (user data, configuration management, by hand), then capture it.
 *
 * @example
 * const golden = new ImageFromInstance(this, 'Golden', {
 *   instance,
 *   imageName: 'golden-ubuntu',
 *   shareWithAccountIds: ['123456789012'],
 *   copyToRegionIds: ['cn-neimeng-env30-d01'],
 * });
 */
export class ImageFromInstance extends Construct {
  /**
   * Whether `x` is an `apsara.ImageFromInstance` construct of this library.
   */
  public static isImageFromInstance(x: any): x is ImageFromInstance {
    return x !== null && typeof x === 'object' && APSARA_IMAGE_FROM_INSTANCE_SYMBOL in x;
  }

  /** The captured image. */
  public readonly image: Image;

  /** The copies, in the order of `copyToRegionIds`. */
  public readonly copies: ImageCopy[];

  constructor(scope: Construct, id: string, props: ImageFromInstanceProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_IMAGE_FROM_INSTANCE_SYMBOL, { value: true });
    checkProps(this, props, {
      instance: required(obj), imageName: str, description: str, tags: strMap, shareWithAccountIds: strList, copyToRegionIds: strList,
      timeouts: timeoutsStruct,
    });
    if (!props.instance) fail(this, 'instance', 'is required', props.instance);
    checkLiteralList(this, 'shareWithAccountIds', props.shareWithAccountIds);
    checkLiteralList(this, 'copyToRegionIds', props.copyToRegionIds);
    checkUnique(this, 'shareWithAccountIds', props.shareWithAccountIds);
    checkUnique(this, 'copyToRegionIds', props.copyToRegionIds);
    (props.shareWithAccountIds ?? []).forEach((account, i) => checkAccountId(this, `shareWithAccountIds[${i}]`, account));
    (props.copyToRegionIds ?? []).forEach((region, i) => checkRegionId(this, `copyToRegionIds[${i}]`, region));

    this.image = new Image(this, 'Image', {
      source: ImageSource.fromInstance(props.instance),
      imageName: props.imageName,
      description: props.description,
      tags: props.tags,
      timeouts: props.timeouts,
    });
    for (const account of props.shareWithAccountIds ?? []) this.image.shareWith(account);
    this.copies = (props.copyToRegionIds ?? []).map((region) => this.image.copyTo(region, {
      imageName: props.imageName,
      description: props.description,
    }));
  }
}
