import { IConstruct } from 'constructs';
import { IImage } from '../core/interfaces';
import { checkImageFamily, checkImageId, fail, isToken, looksLikeImageId } from '../private/validation';

/**
 * How Image Builder interprets a pipeline's base image (`base_image_type`).
 *
 * The API also knows `OSS` (import from an OSS object), but the Terraform provider rejects it, so it
 * is not offered here.
 */
export enum BaseImageType {
  /** `base_image` is an image id: a custom, shared, marketplace or public image. */
  IMAGE = 'IMAGE',
  /** `base_image` is an image family; the newest available image of the family is used. */
  IMAGE_FAMILY = 'IMAGE_FAMILY',
}

/**
 * The image a pipeline builds on: maps to `base_image_type` + `base_image`.
 *
 * Use `fromImageId()` for a known id, `fromImageFamily()` to always start from the newest image of a
 * family, or `fromImage()` for an image of this library (created, copied, imported or looked up).
 * Literal values are checked against their type when the pipeline is created; tokens pass through.
 */
export class BaseImage {
  /**
   * A base image by id: `m-...` for custom, shared and marketplace images, or a public image id such
   * as `aliyun_3_x64_20G_alibase_20240819.vhd`.
   */
  public static fromImageId(imageId: string): BaseImage {
    return new BaseImage(BaseImageType.IMAGE, imageId);
  }

  /**
   * The newest available image of an image family (2-128 characters, a letter first, not
   * `aliyun...`/`acs:...`). A rebuild picks up whatever image is newest at build time.
   */
  public static fromImageFamily(imageFamily: string): BaseImage {
    return new BaseImage(BaseImageType.IMAGE_FAMILY, imageFamily);
  }

  /**
   * An image defined elsewhere in the app (or imported); its id is usually a token.
   */
  public static fromImage(image: IImage): BaseImage {
    return new BaseImage(BaseImageType.IMAGE, image.imageId);
  }

  /** The kind of value in `value` (`base_image_type`). */
  public readonly baseImageType: BaseImageType;

  /** The image id or image family name (`base_image`). */
  public readonly value: string;

  protected constructor(baseImageType: BaseImageType, value: string) {
    this.baseImageType = baseImageType;
    this.value = value;
  }

  /**
   * Checks the value against its type, naming the consuming construct in errors.
   * @internal
   */
  public _validate(scope: IConstruct, property: string): void {
    if (this.baseImageType === BaseImageType.IMAGE) {
      checkImageId(scope, property, this.value);
      return;
    }
    if (!isToken(this.value) && looksLikeImageId(this.value)) {
      fail(scope, property, 'is an image family but looks like an image id; use BaseImage.fromImageId()', this.value);
    }
    checkImageFamily(scope, property, this.value);
  }
}
