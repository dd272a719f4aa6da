import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ImageExport } from './image-export';
import { ImageShare } from './image-share';
import { IImage as ICoreImage } from '../core/interfaces';
import { ImageOwner } from '../core/image-owner';
import { Timeouts } from '../core/timeouts';
import { ImageShares } from '../private/image-shares';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { renderTimeouts } from '../private/timeouts';
import {
  checkLength, checkNotEmpty, checkNotUrl, checkPattern, checkRegex, checkTags, fail,
} from '../private/validation';
import { ImageCopy, ImageCopyOptions } from './image-copy';
import { ImageSource } from './image-source';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, instanceOf, oneOf, required, str, strMap, timeoutsStruct } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/**
 * An ECS custom image on Apsara Stack (the `alibabacloudstack` provider): created by this app,
 * imported or looked up. It is an `IImage`, so anything that consumes images takes it; it can also
 * be shared, copied to another region and exported to OSS.
 */
export interface IImage extends ICoreImage {
  /**
   * Shares the image with another Apsara Stack account (`alibabacloudstack_image_share_permission`).
   *
   * Calling it again with the same account returns the existing permission.
   *
   * @param accountId the account to share with (digits only)
   */
  shareWith(accountId: string): ImageShare;

  /**
   * Copies the image from the provider's region to `destinationRegionId` (`alibabacloudstack_image_copy`).
   *
   * On Apsara Stack the provider's region is the source of the copy and the destination is an
   * argument, the opposite of `alicloud_image_copy`. For more than one copy to the same region, use
   * `new ImageCopy(...)` with your own construct ids.
   *
   * @param destinationRegionId the region the copy is made in, e.g. `cn-qingdao-env17-d01`
   * @param options name, description and encryption of the copy
   */
  copyTo(destinationRegionId: string, options?: ImageCopyOptions): ImageCopy;

  /**
   * Exports the image to an OSS bucket in the provider's region (`alibabacloudstack_image_export`).
   *
   * @param ossBucket the bucket name
   * @param options the object prefix and the timeout
   */
  exportTo(ossBucket: string, options?: ImageExportOptions): ImageExport;
}

/**
 * Options for exporting an image to OSS.
 */
export interface ImageExportOptions {
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
 * Options for looking up an existing Apsara Stack image (the `alibabacloudstack_images` data source).
 * Give at least `nameRegex` or `owners`.
 */
export interface ImageLookupOptions {
  /**
   * A regular expression (Go RE2 syntax) the image name must match.
   *
   * @default - any name
   */
  readonly nameRegex?: string;

  /**
   * Whose images to search.
   *
   * @default - the provider searches your own images (`self`)
   */
  readonly owners?: ImageOwner;

  /**
   * Whether to pick the most recently created of the matching images.
   *
   * @default true
   */
  readonly mostRecent?: boolean;
}

abstract class ImageBase extends Construct implements IImage {
  public abstract readonly imageId: string;
  private readonly shares = new ImageShares<ImageShare>(undefined, (n) => `${n}`);

  public shareWith(accountId: string): ImageShare {
    return this.shares.shareWith(this, accountId, (key) => new ImageShare(this, `SharedWith${key}`, { image: this, accountId }));
  }

  public copyTo(destinationRegionId: string, options: ImageCopyOptions = {}): ImageCopy {
    const id = Token.isUnresolved(destinationRegionId) ? `CopyTo${this.node.children.length}` : `CopyTo-${destinationRegionId}`;
    if (this.node.tryFindChild(id)) {
      fail(this, 'destinationRegionId', 'already has a copy made by copyTo(); create further copies with new apsara.ImageCopy()', destinationRegionId);
    }
    return new ImageCopy(this, id, { ...options, sourceImage: this, destinationRegionId });
  }

  public exportTo(ossBucket: string, options: ImageExportOptions = {}): ImageExport {
    checkNotEmpty(this, 'ossBucket', ossBucket);
    checkPattern(this, 'ossBucket', ossBucket, /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
      'must be an OSS bucket name: 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit');
    const id = Token.isUnresolved(ossBucket) ? `ExportTo${this.node.children.length}` : `ExportTo-${ossBucket}`;
    if (this.node.tryFindChild(id)) fail(this, 'ossBucket', 'already has an export of this image', ossBucket);
    // Checked here too, so the error names this image (the export checks again as its own construct).
    renderTimeouts(this, 'timeouts', options.timeouts, 'alibabacloudstack_image_export', ['create']);
    return new ImageExport(this, id, { ...options, image: this, ossBucket });
  }
}

/**
 * Properties of a `Image`.
 */
export interface ImageProps {
  /**
   * What the image is created from: an instance, a snapshot or disk device mappings.
   */
  readonly source: ImageSource;

  /**
   * The image name, 2 to 128 characters (the provider's rule), not starting with `http://` or `https://`.
   *
   * @default - Apsara Stack generates a name
   */
  readonly imageName?: string;

  /**
   * The image description, up to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags of the image (at most 20).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * Timeouts for the image (create and delete). The provider checks the image status for the first
   * time only 20 minutes after CreateImage, so `create` must be more than `20m`.
   *
   * @default - the provider defaults
   */
  readonly timeouts?: Timeouts;
}

const APSARA_IMAGE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.Image');

/**
 * An ECS custom image on Apsara Stack (`alibabacloudstack_ecs_image`).
 *
 * Changing the source replaces the image; name, description and tags are updated in place. The
 * provider 3.18.5 has no `force` argument (the seed document lists one): an image that instances
 * still use cannot be deleted by Terraform. The escape hatch is `resource` (or `node.defaultChild`).
 *
 * @example
 * const image = new Image(this, 'Golden', {
 *   source: ImageSource.fromInstance(instance),
 *   imageName: 'golden-ubuntu',
 * });
 * image.shareWith('123456789012');
 */
export class Image extends ImageBase {
  /**
   * Whether `x` is an `apsara.Image` construct of this library (imported ones are not).
   */
  public static isImage(x: any): x is Image {
    return x !== null && typeof x === 'object' && APSARA_IMAGE_SYMBOL in x;
  }

  /**
   * Imports an existing Apsara Stack image by id. Creates no resource.
   */
  public static fromImageId(scope: Construct, id: string, imageId: string): IImage {
    return new ImportedImage(scope, id, imageId);
  }

  /**
   * Looks an image up with the `alibabacloudstack_images` data source; its id is resolved at plan
   * time. Creates no resource.
   */
  public static fromLookup(scope: Construct, id: string, options: ImageLookupOptions): IImage {
    return new LookedUpImage(scope, id, options);
  }

  /** The image id (`m-...`), resolved at deploy time. */
  public readonly imageId: string;

  /** The image name, resolved at deploy time when Apsara Stack generates it. */
  public readonly imageName: string;

  /** The generated `alibabacloudstack_ecs_image` resource, for escape hatches. */
  public readonly resource: alibabacloudstack.ecsImage.EcsImage;

  constructor(scope: Construct, id: string, props: ImageProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_IMAGE_SYMBOL, { value: true });
    checkProps(this, props, {
      source: required(instanceOf(ImageSource, 'ImageSource')), imageName: str, description: str, tags: strMap, timeouts: timeoutsStruct,
    });
    checkLength(this, 'imageName', props.imageName, 2, 128);
    checkNotUrl(this, 'imageName', props.imageName);
    checkLength(this, 'description', props.description, 0, 256);
    checkNotUrl(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    if (!props.source) fail(this, 'source', 'is required', props.source);

    this.resource = new alibabacloudstack.ecsImage.EcsImage(this, 'Resource', literalValue({
      ...props.source._bind(this),
      imageName: props.imageName,
      description: props.description,
      tags: props.tags,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alibabacloudstack_ecs_image', ['create', 'delete']),
    }));
    guardProviderConflicts(this, this.resource, [
      ['instance_id', 'disk_device_mapping'],
      ['instance_id', 'snapshot_id'],
      ['snapshot_id', 'disk_device_mapping'],
    ]);
    this.imageId = Lazy.stringValue({ produce: () => this.resource.id });
    this.imageName = Lazy.stringValue({ produce: () => this.resource.imageName });
  }
}

class ImportedImage extends ImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, imageId: string) {
    super(scope, id);
    checkNotEmpty(this, 'imageId', imageId);
    this.imageId = imageId;
  }
}

class LookedUpImage extends ImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, options: ImageLookupOptions) {
    super(scope, id);
    checkProps(this, options, { nameRegex: str, owners: oneOf(ImageOwner, 'ImageOwner'), mostRecent: bool });
    // The data source errors at plan time unless one of these is given (mostRecent defaults to true here).
    if (options.nameRegex === undefined && options.owners === undefined && options.mostRecent === false) {
      fail(this, 'options', 'must set nameRegex, owners or mostRecent: true (alibabacloudstack_images requires one of them)', Object.keys(options));
    }
    checkRegex(this, 'nameRegex', options.nameRegex);
    const images = new alibabacloudstack.dataAlibabacloudstackImages.DataAlibabacloudstackImages(this, 'Resource', literalValue({
      nameRegex: options.nameRegex,
      owners: options.owners,
      mostRecent: options.mostRecent ?? true,
    }));
    this.imageId = Lazy.stringValue({ produce: () => images.images.get(0).id });
  }
}
