// An existing image found by the alicloud_images data source (Image.fromLookup()).
import { Fn, ITerraformDependable, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import * as alicloud from '../generated/alicloud';
import { checkAccountId, checkOneOf, checkRegex, fail } from '../private/validation';
import { ImageBase } from './image-base';
import { Architecture, ImageStatus, OsType } from './image-enums';
import { ImageOwner } from '../core/image-owner';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, listOf, nonEmpty, obj, oneOf, str, strMap } from '../private/runtime-checks';

/**
 * Filters of `Image.fromLookup()` (the `alicloud_images` data source). Provider 1.247.0 needs at
 * least one of `nameRegex`, `owners`, `imageOwnerId` or `mostRecent: true`.
 */
export interface ImageLookupOptions {
  /**
   * A regular expression the image name must match (client side).
   *
   * @default - any name
   */
  readonly nameRegex?: string;

  /**
   * An image name to search for (server side, fuzzy).
   *
   * @default - any name
   */
  readonly imageName?: string;

  /**
   * Only images of this family.
   *
   * @default - any family
   */
  readonly imageFamily?: string;

  /**
   * Whose images to search.
   *
   * @default - all images the account can see
   */
  readonly owners?: ImageOwner;

  /**
   * Only images owned by this account (shared or community images).
   *
   * @default - any owner
   */
  readonly imageOwnerId?: string;

  /**
   * Pick the newest matching image (by creation time).
   *
   * @default false
   */
  readonly mostRecent?: boolean;

  /**
   * Only images of this architecture (`I386` or `X86_64`; provider 1.247.0 cannot filter `ARM64`).
   *
   * @default - any architecture
   */
  readonly architecture?: Architecture;

  /**
   * Only images of this operating system family.
   *
   * @default - any
   */
  readonly osType?: OsType;

  /**
   * Only images in this state.
   *
   * @default ImageStatus.AVAILABLE
   */
  readonly status?: ImageStatus;

  /**
   * Only images that can run on this instance type.
   *
   * @default - any instance type
   */
  readonly instanceType?: string;

  /**
   * Only images in this resource group.
   *
   * @default - any resource group
   */
  readonly resourceGroupId?: string;

  /**
   * Only images with all of these tags.
   *
   * @default - no tag filter
   */
  readonly tags?: Record<string, string>;

  /**
   * Read the data source only after these resources (e.g. a build waiter) exist.
   *
   * @default - no explicit dependencies
   */
  readonly dependsOn?: ITerraformDependable[];

  /**
   * The provider (region) to search in.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/** @internal */
export class LookedUpImage extends ImageBase {
  private readonly images: alicloud.dataAlicloudImages.DataAlicloudImages;
  private imageIdToken?: string;

  constructor(scope: Construct, id: string, options: ImageLookupOptions) {
    super(scope, id, options?.provider);
    checkProps(this, options, {
      nameRegex: str, imageName: str, imageFamily: str, owners: oneOf(ImageOwner, 'ImageOwner'), imageOwnerId: nonEmpty, mostRecent: bool,
      architecture: oneOf(Architecture, 'Architecture'), osType: oneOf(OsType, 'OsType'), status: oneOf(ImageStatus, 'ImageStatus'),
      instanceType: nonEmpty, resourceGroupId: nonEmpty, tags: strMap, dependsOn: listOf(obj), provider: obj,
    });
    if (options.nameRegex === undefined && options.owners === undefined && options.imageOwnerId === undefined && options.mostRecent !== true) {
      fail(this, 'options', 'must set at least one of nameRegex, owners, imageOwnerId or mostRecent: true (alicloud_images in provider 1.247.0 requires it)', Object.keys(options));
    }
    checkRegex(this, 'nameRegex', options.nameRegex);
    checkAccountId(this, 'imageOwnerId', options.imageOwnerId);
    checkOneOf(this, 'architecture', options.architecture, [Architecture.I386, Architecture.X86_64]);
    this.images = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Resource', literalValue({
      nameRegex: options.nameRegex,
      imageName: options.imageName,
      imageFamily: options.imageFamily,
      owners: options.owners,
      imageOwnerId: options.imageOwnerId,
      mostRecent: options.mostRecent,
      architecture: options.architecture,
      osType: options.osType,
      status: options.status,
      instanceType: options.instanceType,
      resourceGroupId: options.resourceGroupId,
      tags: options.tags,
      dependsOn: options.dependsOn,
      provider: options.provider,
    }));
  }

  public get imageId(): string {
    // Made on first read and kept: the list reference and the function call record a stack trace
    // each, which a lookup whose id nobody reads (a factory's built image) never needs (issue 19).
    if (this.imageIdToken === undefined) this.imageIdToken = Token.asString(Fn.element(this.images.ids, 0));
    return this.imageIdToken;
  }
}
