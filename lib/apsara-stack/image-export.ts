import { Construct, IConstruct } from 'constructs';
import { ImageExport } from '../generated/alibabacloudstack/image-export';
import { IImage } from '../core/interfaces';
import { renderMinuteTimeouts } from '../private/timeouts';
import { checkNotEmpty, checkPattern, checkRange, fail } from '../private/validation';

const STACK_IMAGE_EXPORT_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.StackImageExport');

/**
 * An Apsara Stack image exported to OSS.
 */
export interface IStackImageExport extends IConstruct {
  /** The exported image's id. */
  readonly imageId: string;

  /** The OSS bucket the image was exported to. */
  readonly ossBucket: string;
}

/**
 * Properties of a `StackImageExport`.
 */
export interface StackImageExportProps {
  /** The image to export. */
  readonly image: IImage;

  /**
   * The bucket, in the provider's region: 3 to 63 lowercase letters, digits and hyphens, starting
   * and ending with a letter or digit.
   */
  readonly ossBucket: string;

  /**
   * The prefix of the exported object's name.
   *
   * @default - no prefix
   */
  readonly ossPrefix?: string;

  /**
   * How long Terraform waits for the export task, in minutes (3-1440): the provider checks the
   * task for the first time only 2 minutes after ExportImage.
   *
   * @default 20
   */
  readonly createTimeoutMinutes?: number;
}

/**
 * Exports an Apsara Stack image to OSS (`alibabacloudstack_image_export`). `IStackImage.exportTo()`
 * creates one.
 */
export class StackImageExport extends Construct implements IStackImageExport {
  /**
   * Whether `x` is a `StackImageExport` construct of this library.
   */
  public static isStackImageExport(x: any): x is StackImageExport {
    return x !== null && typeof x === 'object' && STACK_IMAGE_EXPORT_SYMBOL in x;
  }

  public readonly imageId: string;
  public readonly ossBucket: string;

  /** The underlying `alibabacloudstack_image_export` resource (also `node.defaultChild`). */
  public readonly resource: ImageExport;

  constructor(scope: Construct, id: string, props: StackImageExportProps) {
    super(scope, id);
    Object.defineProperty(this, STACK_IMAGE_EXPORT_SYMBOL, { value: true });
    if (!props.image) fail(this, 'image', 'is required', props.image);
    checkNotEmpty(this, 'ossBucket', props.ossBucket);
    checkPattern(this, 'ossBucket', props.ossBucket, /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
      'must be an OSS bucket name: 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit');
    checkRange(this, 'createTimeoutMinutes', props.createTimeoutMinutes, 3, 1440, 'minutes');
    // 'Default' is left out of the logical id: the resource keeps the Terraform address it had when
    // exportTo() returned the L1 itself.
    this.resource = new ImageExport(this, 'Default', {
      imageId: props.image.imageId,
      ossBucket: props.ossBucket,
      ossPrefix: props.ossPrefix,
      timeouts: renderMinuteTimeouts({ create: props.createTimeoutMinutes }),
    });
    this.imageId = props.image.imageId;
    this.ossBucket = props.ossBucket;
  }
}
