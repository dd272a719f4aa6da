// What every image on Alibaba Cloud can do (share, copy, export), and the copy, which copyTo()
// creates and which is itself such an image: one file, so base and copy need no import cycle.
import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { IImage } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { ImageExport, ImageExportOptions } from './image-export';
import { ImageShare } from './image-share';
import { checkAlicloudProvider, literalRegionOf } from '../private/providers';
import { ImageShares } from '../private/image-shares';
import { renderTimeouts } from '../private/timeouts';
import { Timeouts } from '../core/timeouts';
import {
  checkDescription, checkImageName, checkMaxItems, checkOssExportTarget, checkRange, checkRegionId, checkTags, fail, isToken,
} from '../private/validation';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, nonEmpty, obj, required, str, strMap, timeoutsStruct } from '../private/runtime-checks';

/**
 * An image on Alibaba Cloud (the `alicloud` provider) that this app can share, copy and export.
 * `Image`, `Image.fromImageId()`, `Image.fromLookup()`, `Image.fromImport()` and `copyTo()` all
 * return one.
 */
export interface IAlicloudImage extends IImage {
  /**
   * Shares the image with another Alibaba Cloud account (`alicloud_image_share_permission`).
   *
   * Sharing with the same literal account twice returns the first share. An image can be
   * shared with at most 50 accounts; images encrypted with a service key cannot be shared.
   *
   * @param accountId the account id (digits only)
   * @returns the share (its L1 is `share.resource`)
   */
  shareWith(accountId: string): ImageShare;

  /**
   * Copies the image to the region of `options.provider` (`alicloud_image_copy`). The copy lives in
   * the destination region, so its resources use that provider.
   *
   * @param id the construct id of the copy, a child of this image
   * @returns the copy, which can itself be shared, copied and exported
   */
  copyTo(id: string, options: ImageCopyOptions): IAlicloudImage;

  /**
   * Exports the image to an OSS bucket in its region (`alicloud_image_export`). ECS must be
   * allowed to write to the bucket (RAM role `AliyunECSImageExportDefaultRole`); an exported image
   * has at most 4 data disks of at most 500 GiB each (checked for images built from disk device
   * mappings). Destroying the export deletes the object.
   *
   * @returns the export (its L1 is `export.resource`)
   */
  exportTo(ossBucket: string, options?: ImageExportOptions): ImageExport;
}

/**
 * Options of `copyTo()`. Only Available custom images of the caller's own account can be copied.
 */
export interface ImageCopyOptions {
  /**
   * The alicloud provider of the destination region (usually an alias such as `beijing`). It must
   * belong to the same stack.
   */
  readonly provider: TerraformProvider;

  /**
   * The region of the source image.
   *
   * @default - the region of the source image's provider, when it is a literal in the stack
   */
  readonly sourceRegionId?: string;

  /**
   * The name of the copy (same rule as `Image.imageName`).
   *
   * @default - the service names the copy
   */
  readonly imageName?: string;

  /**
   * Description: 2-256 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Encrypt the copy. Setting `kmsKeyId` turns this on.
   *
   * @default false
   */
  readonly encrypted?: boolean;

  /**
   * The KMS key that encrypts the copy.
   *
   * @default - the service key, when `encrypted` is true
   */
  readonly kmsKeyId?: string;

  /**
   * Tags of the copy (same rules as `Image.tags`).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * Delete the copy on destroy even when instances use it.
   *
   * @default false
   */
  readonly force?: boolean;

  /**
   * Also delete the copy's snapshots on destroy.
   *
   * @default false
   */
  readonly deleteAutoSnapshot?: boolean;

  /**
   * Timeouts for the copy (create and delete). A copy that times out is not cancelled.
   *
   * @default - the provider defaults (10m each)
   */
  readonly timeouts?: Timeouts;
}

const MAX_SHARED_ACCOUNTS = 50;

const MAX_EXPORTED_DATA_DISKS = 4;

const MAX_EXPORTED_DATA_DISK_GIB = 500;

/** The disk mappings of images built from mappings, so exportTo can check the export limits. */
export const diskMappingsOf = new WeakMap<IConstruct, alicloud.image.ImageDiskDeviceMapping[]>();

/**
 * Sharing, copying and exporting, for every kind of image on Alibaba Cloud.
 *
 * @internal
 */
export abstract class ImageBase extends Construct implements IAlicloudImage {
  public abstract readonly imageId: string;
  private readonly shares = new ImageShares<ImageShare>(MAX_SHARED_ACCOUNTS, (n) => `Token${n + 1}`);
  private readonly exportIds = new Set<string>();

  /**
   * @param imageProvider the provider of the image's region; undefined is the stack's default
   */
  constructor(scope: Construct, id: string, private readonly imageProvider: TerraformProvider | undefined) {
    super(scope, id);
    checkAlicloudProvider(this, 'provider', imageProvider);
  }

  public shareWith(accountId: string): ImageShare {
    checkProps(this, { accountId }, { accountId: required(nonEmpty) });
    return this.shares.shareWith(this, accountId,
      (key) => new ImageShare(this, `SharedWith${key}`, { image: this, accountId, provider: this.imageProvider }));
  }

  public copyTo(id: string, options: ImageCopyOptions): IAlicloudImage {
    return new CopiedImage(this, id, this.imageId, this.imageProvider, options);
  }

  public exportTo(ossBucket: string, options: ImageExportOptions = {}): ImageExport {
    checkProps(this, { ossBucket, ...options }, { ossBucket: required(nonEmpty), ossPrefix: str, timeouts: timeoutsStruct });
    checkOssExportTarget(this, ossBucket, options.ossPrefix);
    const dataDisks = (diskMappingsOf.get(this) ?? []).filter((m) => m.diskType === 'data');
    checkMaxItems(this, 'exported data disks', dataDisks, MAX_EXPORTED_DATA_DISKS);
    for (const disk of dataDisks) checkRange(this, 'exported data disk size', disk.size, 1, MAX_EXPORTED_DATA_DISK_GIB, 'GiB');
    const id = isToken(ossBucket) || isToken(options.ossPrefix)
      ? `ExportTo${this.exportIds.size + 1}`
      : `ExportTo-${ossBucket}${options.ossPrefix ? `-${options.ossPrefix}` : ''}`;
    if (this.exportIds.has(id)) fail(this, 'ossBucket', 'is already an export target of this image with the same ossPrefix', ossBucket);
    this.exportIds.add(id);
    return new ImageExport(this, id, { ...options, image: this, ossBucket, provider: this.imageProvider });
  }
}

class CopiedImage extends ImageBase {
  public readonly imageId: string;

  constructor(source: ImageBase, id: string, sourceImageId: string, sourceProvider: TerraformProvider | undefined, options: ImageCopyOptions) {
    super(source, id, options?.provider);
    checkProps(this, options, {
      provider: required(obj), sourceRegionId: nonEmpty, imageName: str, description: str, encrypted: bool, kmsKeyId: nonEmpty, tags: strMap,
      force: bool, deleteAutoSnapshot: bool, timeouts: timeoutsStruct,
    });
    const sourceRegionId = options.sourceRegionId ?? literalRegionOf(this, sourceProvider);
    if (sourceRegionId === undefined) {
      fail(this, 'sourceRegionId', "is required: the region of the source image's provider is not a literal in this stack", sourceRegionId);
    }
    checkRegionId(this, 'sourceRegionId', sourceRegionId);
    checkImageName(this, 'imageName', options.imageName);
    checkDescription(this, 'description', options.description);
    checkTags(this, 'tags', options.tags);
    if (options.kmsKeyId !== undefined && options.encrypted === false) {
      fail(this, 'kmsKeyId', 'requires encrypted to be true', options.kmsKeyId);
    }
    const resource = new alicloud.imageCopy.ImageCopy(this, 'Resource', literalValue({
      sourceImageId,
      sourceRegionId,
      imageName: options.imageName,
      description: options.description,
      encrypted: options.encrypted ?? (options.kmsKeyId !== undefined ? true : undefined),
      kmsKeyId: options.kmsKeyId,
      tags: options.tags,
      force: options.force,
      deleteAutoSnapshot: options.deleteAutoSnapshot,
      timeouts: renderTimeouts(this, 'timeouts', options.timeouts, 'alicloud_image_copy', ['create', 'delete']),
      provider: options.provider,
    }));
    this.imageId = resource.id;
  }
}
