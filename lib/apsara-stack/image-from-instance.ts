import { Construct } from 'constructs';
import { IInstance } from '../core/interfaces';
import { checkAccountId, checkLiteralList, checkRegionId, checkUnique, fail } from '../private/validation';
import { StackImage, StackImageSource } from './image';
import { StackImageCopy } from './image-copy';

/**
 * Properties of a `StackImageFromInstance`.
 */
export interface StackImageFromInstanceProps {
  /**
   * The instance to capture: a `StackInstance` of this app, or one imported with
   * `StackInstance.fromInstanceId`. It must be Running or Stopped when the image is created.
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
   * How long Terraform waits for the image, in minutes (more than 20).
   *
   * @default 30
   */
  readonly createTimeoutMinutes?: number;
}

/**
 * Captures an Apsara Stack instance as a custom image, then optionally shares it with accounts and
 * copies it to other regions. This is how golden images are made on Apsara Stack, which has no
 * Image Builder: prepare an instance (user data, configuration management, by hand), then capture it.
 *
 * @example
 * const golden = new StackImageFromInstance(this, 'Golden', {
 *   instance,
 *   imageName: 'golden-ubuntu',
 *   shareWithAccountIds: ['123456789012'],
 *   copyToRegionIds: ['cn-neimeng-env30-d01'],
 * });
 */
export class StackImageFromInstance extends Construct {
  /** The captured image. */
  public readonly image: StackImage;

  /** The copies, in the order of `copyToRegionIds`. */
  public readonly copies: StackImageCopy[];

  constructor(scope: Construct, id: string, props: StackImageFromInstanceProps) {
    super(scope, id);
    if (!props.instance) fail(this, 'instance', 'is required', props.instance);
    checkLiteralList(this, 'shareWithAccountIds', props.shareWithAccountIds);
    checkLiteralList(this, 'copyToRegionIds', props.copyToRegionIds);
    checkUnique(this, 'shareWithAccountIds', props.shareWithAccountIds);
    checkUnique(this, 'copyToRegionIds', props.copyToRegionIds);
    (props.shareWithAccountIds ?? []).forEach((account, i) => checkAccountId(this, `shareWithAccountIds[${i}]`, account));
    (props.copyToRegionIds ?? []).forEach((region, i) => checkRegionId(this, `copyToRegionIds[${i}]`, region));

    this.image = new StackImage(this, 'Image', {
      source: StackImageSource.fromInstance(props.instance),
      imageName: props.imageName,
      description: props.description,
      tags: props.tags,
      createTimeoutMinutes: props.createTimeoutMinutes,
    });
    for (const account of props.shareWithAccountIds ?? []) this.image.shareWith(account);
    this.copies = (props.copyToRegionIds ?? []).map((region) => this.image.copyTo(region, {
      imageName: props.imageName,
      description: props.description,
    }));
  }
}
