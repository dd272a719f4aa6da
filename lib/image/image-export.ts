import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import * as alicloud from '../generated/alicloud';
import { IImage } from '../core/interfaces';
import { Timeouts } from '../core/timeouts';
import { checkAlicloudProvider } from '../private/providers';
import { renderTimeouts } from '../private/timeouts';
import { checkNotEmpty, checkOssExportTarget, checkRequired } from '../private/validation';
import { literalValue } from '../private/template-escape';
import { checkProps, nonEmpty, obj, required, str, timeoutsStruct } from '../private/runtime-checks';

const IMAGE_EXPORT_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ImageExport');

/**
 * An image exported to OSS, created by this app or known from outside it.
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
 * What identifies an existing export.
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

/**
 * Options of `exportTo()`.
 */
export interface ImageExportOptions {
  /**
   * The object name prefix: 1-30 letters and digits. The object is
   * `<prefix>_<imageId>_system.raw.tar.gz`.
   *
   * @default - no prefix
   */
  readonly ossPrefix?: string;

  /**
   * Timeouts for the export (create only).
   *
   * @default - the provider default (20m)
   */
  readonly timeouts?: Timeouts;
}

/**
 * Properties of an `ImageExport`.
 */
export interface ImageExportProps extends ImageExportOptions {
  /** The image to export. */
  readonly image: IImage;

  /**
   * The OSS bucket, in the image's region: 3-63 lowercase letters, digits and hyphens, starting and
   * ending with a letter or digit.
   */
  readonly ossBucket: string;

  /**
   * The provider of the image's region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * Exports an image to an OSS bucket (`alicloud_image_export`); `IAlicloudImage.exportTo()` creates
 * one. ECS must be allowed to write to the bucket (RAM role `AliyunECSImageExportDefaultRole`).
 * Destroying the export deletes the object.
 */
export class ImageExport extends Construct implements IImageExport {
  /**
   * An existing export; creates no resources.
   */
  public static fromImageExportAttributes(scope: Construct, id: string, attrs: ImageExportAttributes): IImageExport {
    return new ExistingImageExport(scope, id, attrs);
  }

  /**
   * Whether `x` is an `ImageExport` construct of this library.
   */
  public static isImageExport(x: any): x is ImageExport {
    return x !== null && typeof x === 'object' && IMAGE_EXPORT_SYMBOL in x;
  }

  public readonly imageId: string;
  public readonly ossBucket: string;
  public readonly ossPrefix?: string;

  /** The underlying `alicloud_image_export` resource (also `node.defaultChild`). */
  public readonly resource: alicloud.imageExport.ImageExport;

  constructor(scope: Construct, id: string, props: ImageExportProps) {
    super(scope, id);
    Object.defineProperty(this, IMAGE_EXPORT_SYMBOL, { value: true });
    checkProps(this, props, { image: required(obj), ossBucket: required(nonEmpty), ossPrefix: str, timeouts: timeoutsStruct, provider: obj });
    checkRequired(this, 'image', props.image);
    checkOssExportTarget(this, props.ossBucket, props.ossPrefix);
    checkAlicloudProvider(this, 'provider', props.provider);
    // 'Default' is left out of the logical id: the resource keeps the Terraform address it had when
    // exportTo() returned the L1 itself, so upgrading does not export the image again.
    this.resource = new alicloud.imageExport.ImageExport(this, 'Default', literalValue({
      imageId: props.image.imageId,
      ossBucket: props.ossBucket,
      ossPrefix: props.ossPrefix,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alicloud_image_export', ['create']),
      provider: props.provider,
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
    checkNotEmpty(this, 'imageId', attrs.imageId);
    checkOssExportTarget(this, attrs.ossBucket, attrs.ossPrefix);
    this.imageId = attrs.imageId;
    this.ossBucket = attrs.ossBucket;
    this.ossPrefix = attrs.ossPrefix;
  }
}
