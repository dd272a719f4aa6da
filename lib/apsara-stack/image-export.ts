import { Construct, IConstruct } from 'constructs';
import { IImage } from '../core/interfaces';
import { Timeouts } from '../core/timeouts';
import { renderTimeouts } from '../private/timeouts';
import { checkNotEmpty, checkPattern, fail } from '../private/validation';
import { literalValue } from '../private/template-escape';
import { checkProps, obj, required, str, timeoutsStruct } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

const APSARA_IMAGE_EXPORT_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.ImageExport');

/**
 * An Apsara Stack image exported to OSS.
 */
export interface IImageExport extends IConstruct {
  /** The exported image's id. */
  readonly imageId: string;

  /** The OSS bucket the image was exported to. */
  readonly ossBucket: string;

  /** The object name prefix, when one was given. */
  readonly ossPrefix?: string;
}

/**
 * What identifies an export made outside this app.
 */
export interface ImageExportAttributes {
  /** The exported image's id. */
  readonly imageId: string;

  /** The OSS bucket the image was exported to. */
  readonly ossBucket: string;

  /**
   * The object name prefix.
   *
   * @default - no prefix
   */
  readonly ossPrefix?: string;
}

/** OSS bucket names: 3 to 63 lowercase letters, digits and hyphens, a letter or digit at each end. */
function checkBucket(scope: Construct, bucket: string | undefined): void {
  checkNotEmpty(scope, 'ossBucket', bucket);
  checkPattern(scope, 'ossBucket', bucket, /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
    'must be an OSS bucket name: 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit');
}

/**
 * Properties of a `ImageExport`.
 */
export interface ImageExportProps {
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
   * Timeouts for the export (create only). The provider checks the task for the first time only 2
   * minutes after ExportImage, so `create` must be more than `2m`.
   *
   * @default - the provider default (20m)
   */
  readonly timeouts?: Timeouts;
}

/**
 * Exports an Apsara Stack image to OSS (`alibabacloudstack_image_export`). `IImage.exportTo()`
 * creates one.
 */
export class ImageExport extends Construct implements IImageExport {
  /**
   * An export made outside this app (or before it), by image, bucket and prefix. Creates no resource.
   */
  public static fromImageExportAttributes(scope: Construct, id: string, attrs: ImageExportAttributes): IImageExport {
    return new ExistingImageExport(scope, id, attrs);
  }

  /**
   * Whether `x` is a `ImageExport` construct of this library.
   */
  public static isImageExport(x: any): x is ImageExport {
    return x !== null && typeof x === 'object' && APSARA_IMAGE_EXPORT_SYMBOL in x;
  }

  public readonly imageId: string;
  public readonly ossBucket: string;
  public readonly ossPrefix?: string;

  /** The underlying `alibabacloudstack_image_export` resource (also `node.defaultChild`). */
  public readonly resource: alibabacloudstack.imageExport.ImageExport;

  constructor(scope: Construct, id: string, props: ImageExportProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_IMAGE_EXPORT_SYMBOL, { value: true });
    checkProps(this, props, { image: required(obj), ossBucket: required(str), ossPrefix: str, timeouts: timeoutsStruct });
    if (!props.image) fail(this, 'image', 'is required', props.image);
    checkBucket(this, props.ossBucket);
    // 'Default' is left out of the logical id: the resource keeps the Terraform address it had when
    // exportTo() returned the L1 itself.
    this.resource = new alibabacloudstack.imageExport.ImageExport(this, 'Default', literalValue({
      imageId: props.image.imageId,
      ossBucket: props.ossBucket,
      ossPrefix: props.ossPrefix,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alibabacloudstack_image_export', ['create']),
    }));
    this.imageId = props.image.imageId;
    this.ossBucket = props.ossBucket;
    this.ossPrefix = props.ossPrefix;
  }
}

class ExistingImageExport extends Construct implements IImageExport {
  public readonly imageId: string;
  public readonly ossBucket: string;
  public readonly ossPrefix?: string;

  constructor(scope: Construct, id: string, attrs: ImageExportAttributes) {
    super(scope, id);
    checkProps(this, attrs, { imageId: str, ossBucket: str, ossPrefix: str });
    checkNotEmpty(this, 'imageId', attrs.imageId);
    checkBucket(this, attrs.ossBucket);
    this.imageId = attrs.imageId;
    this.ossBucket = attrs.ossBucket;
    this.ossPrefix = attrs.ossPrefix;
  }
}
