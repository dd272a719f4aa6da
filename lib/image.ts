import { Fn, ITerraformDependable, TerraformProvider, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import * as alicloud from './generated/alicloud';
import { ImageSource } from './image-source';
import { Platform } from './platform';
import { bareAddress } from './private/lifecycle';
import { checkAlicloudProvider, literalRegionOf } from './private/providers';
import { TerraformData } from './private/terraform-data';
import { renderTimeouts } from './private/timeouts';
import { Timeouts } from './timeouts';
import {
  checkAccountId, checkDescription, checkDeviceName, checkImageFamily, checkImageName, checkMaxItems, checkMinItems, checkOneOf, checkPattern, checkRange, checkRegex,
  checkRegionId, checkRequired, checkTags, fail, isToken,
} from './private/validation';

/**
 * An ECS custom image: one this app creates, imports, copies or looks up, on Alibaba Cloud or on
 * Apsara Stack. Code that consumes images (base images, instances) takes an `IImage`.
 */
export interface IImage extends IConstruct {
  /**
   * The image id (`m-...`), or a token that Terraform resolves at deploy time.
   */
  readonly imageId: string;
}

/**
 * An image on Alibaba Cloud (the `alicloud` provider) that this app can share, copy and export.
 * `Image`, `Image.fromImageId()`, `Image.fromLookup()`, `Image.fromImport()` and `copyTo()` all
 * return one.
 */
export interface IAlicloudImage extends IImage {
  /**
   * Shares the image with another Alibaba Cloud account (`alicloud_image_share_permission`).
   *
   * Sharing with the same literal account twice returns the first permission. An image can be
   * shared with at most 50 accounts; images encrypted with a service key cannot be shared.
   *
   * @param accountId the account id (digits only)
   */
  shareWith(accountId: string): alicloud.imageSharePermission.ImageSharePermission;

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
   */
  exportTo(ossBucket: string, options?: ImageExportOptions): alicloud.imageExport.ImageExport;
}

/** The processor architecture of an image. */
export enum Architecture {
  /** 32-bit x86. */
  I386 = 'i386',
  /** 64-bit x86 (the default). */
  X86_64 = 'x86_64',
  /** 64-bit ARM. Not accepted by `Image.fromImport()` or by `Image.fromLookup()` in provider 1.247.0. */
  ARM64 = 'arm64',
}

/** The firmware an image boots with. */
export enum BootMode {
  /** Legacy BIOS. */
  BIOS = 'BIOS',
  /** UEFI. */
  UEFI = 'UEFI',
  /** UEFI when the instance type supports it, else BIOS (the API default for new images; not for imports). */
  UEFI_PREFERRED = 'UEFI-Preferred',
}

/** The license an image is used under. */
export enum LicenseType {
  /** The service decides (imports only). */
  AUTO = 'Auto',
  /** An Alibaba Cloud license (imports only). */
  ALIYUN = 'Aliyun',
  /** Bring your own license. */
  BYOL = 'BYOL',
}

/** How the service checks a new image. */
export enum DetectionStrategy {
  /** Standard detection, the only strategy the API offers. */
  STANDARD = 'Standard',
}

/** Whether an image supports NVMe disks. */
export enum NvmeSupport {
  /** The image has the NVMe driver. */
  SUPPORTED = 'supported',
  /** The image has no NVMe driver. */
  UNSUPPORTED = 'unsupported',
}

/** The operating system family of an image. */
export enum OsType {
  /** Linux (the default for imports). */
  LINUX = 'linux',
  /** Windows. */
  WINDOWS = 'windows',
}

/** Whose images a lookup searches. */
export enum ImageOwner {
  /** Public images provided by Alibaba Cloud. */
  SYSTEM = 'system',
  /** Custom images of this account. */
  SELF = 'self',
  /** Images shared with this account. */
  OTHERS = 'others',
  /** Alibaba Cloud Marketplace images. */
  MARKETPLACE = 'marketplace',
}

/** The lifecycle state of an image. */
export enum ImageStatus {
  /** Usable (the lookup default). */
  AVAILABLE = 'Available',
  /** Being created. */
  CREATING = 'Creating',
  /** Waiting to be created. */
  WAITING = 'Waiting',
  /** Not usable. */
  UNAVAILABLE = 'UnAvailable',
  /** Creation failed. */
  CREATE_FAILED = 'CreateFailed',
  /** Deprecated. */
  DEPRECATED = 'Deprecated',
}

/** The file format of a disk image in OSS. */
export enum DiskImageFormat {
  /** Raw disk image. */
  RAW = 'RAW',
  /** Virtual Hard Disk. */
  VHD = 'VHD',
  /** QEMU copy-on-write. */
  QCOW2 = 'qcow2',
}

/**
 * Properties of an `Image`.
 */
export interface ImageProps {
  /**
   * What the image is created from: `ImageSource.fromInstance()`, `fromInstanceId()`,
   * `fromSnapshotId()` or `fromDiskDeviceMappings()`. A changed source replaces the image.
   */
  readonly source: ImageSource;

  /**
   * The image name: 2-128 characters, starting with a letter; letters, digits, `.`, `:`, `_` and
   * `-`; not starting with `http://`, `https://`, `aliyun` or `acs:`. Can be changed in place.
   *
   * @default - Alibaba Cloud assigns a name
   */
  readonly imageName?: string;

  /**
   * Description: 2-256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The operating system distribution (one of the `Platform` constants; changing it replaces the image).
   *
   * @default - detected from the source (the API default is `Others Linux`)
   */
  readonly platform?: Platform;

  /**
   * The processor architecture (changing it replaces the image).
   *
   * @default Architecture.X86_64
   */
  readonly architecture?: Architecture;

  /**
   * The boot mode.
   *
   * @default - BootMode.UEFI_PREFERRED (the API default)
   */
  readonly bootMode?: BootMode;

  /**
   * The license type; only `LicenseType.BYOL` applies to custom images. Provider 1.247.0 sends it
   * only through ModifyImageAttribute on update, so it takes effect on the apply after creation.
   *
   * @default - no license type
   */
  readonly licenseType?: LicenseType;

  /**
   * How the service checks the image after creation.
   *
   * @default - no detection
   */
  readonly detectionStrategy?: DetectionStrategy;

  /**
   * The image family: 2-128 characters, starting with a letter, not starting with `aliyun` or
   * `acs:`. Launching by family picks the newest Available image in it.
   *
   * @default - no family
   */
  readonly imageFamily?: string;

  /**
   * The image version. When the instance runs a Marketplace-derived image, leave it unset or set
   * it to the instance's image version.
   *
   * @default - no version
   */
  readonly imageVersion?: string;

  /**
   * Whether the image supports NVMe. Provider 1.247.0 sends `features.nvme_support` only on
   * update, not on create, so it takes effect on a later apply.
   *
   * @default - detected by the service
   */
  readonly nvmeSupport?: NvmeSupport;

  /**
   * Tags: at most 20; keys 1-128 characters, not starting with `aliyun` or `acs:`; values at most
   * 128 characters, not starting with `acs:`; neither containing `http://` or `https://`.
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * The resource group (`rg-...`).
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * Delete the image on destroy even when instances use it. Such instances can no longer
   * re-initialize their system disk.
   *
   * @default false
   */
  readonly force?: boolean;

  /**
   * Also delete the image's snapshots on destroy.
   *
   * @default false
   */
  readonly deleteAutoSnapshot?: boolean;

  /**
   * Timeouts for creating, updating and deleting the image.
   *
   * @default - the provider defaults (10m each)
   */
  readonly timeouts?: Timeouts;

  /**
   * The provider (region) the image is created with.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * What identifies an image that exists outside this app.
 */
export interface ImageAttributes {
  /**
   * The image id (`m-...`).
   */
  readonly imageId: string;

  /**
   * The provider of the image's region; shares, copies and exports of the image use it.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

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

/**
 * One disk image file in OSS for `Image.fromImport()`.
 */
export interface ImportedDiskImage {
  /**
   * The OSS bucket, in the region of the import.
   */
  readonly ossBucket: string;

  /**
   * The object key of the disk image file.
   */
  readonly ossObject: string;

  /**
   * The file format.
   *
   * @default - detected by the service
   */
  readonly format?: DiskImageFormat;

  /**
   * The device name, e.g. `/dev/xvda`.
   *
   * @default - assigned by the service
   */
  readonly device?: string;

  /**
   * The size of the resulting disk in GiB.
   *
   * @default 5
   */
  readonly diskImageSizeGiB?: number;
}

/**
 * Properties of `Image.fromImport()` (`alicloud_image_import`). Every property except
 * `imageName`, `description` and `licenseType` replaces the image when changed.
 */
export interface ImageImportProps {
  /**
   * The disk image files: the system disk first, then data disks.
   */
  readonly diskImages: ImportedDiskImage[];

  /**
   * The image name (same rule as `Image.imageName`).
   *
   * @default - Alibaba Cloud assigns a name
   */
  readonly imageName?: string;

  /**
   * Description: 2-256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The architecture: `X86_64` or `I386`.
   *
   * @default Architecture.X86_64
   */
  readonly architecture?: Architecture;

  /**
   * The operating system family.
   *
   * @default OsType.LINUX
   */
  readonly osType?: OsType;

  /**
   * The distribution (not validated by the provider for imports).
   *
   * @default - detected by the service
   */
  readonly platform?: Platform;

  /**
   * The boot mode: `BIOS` or `UEFI`.
   *
   * @default - BIOS
   */
  readonly bootMode?: BootMode;

  /**
   * The license type.
   *
   * @default LicenseType.AUTO
   */
  readonly licenseType?: LicenseType;

  /**
   * Timeouts for the import (create and delete).
   *
   * @default - the provider defaults (20m each)
   */
  readonly timeouts?: Timeouts;

  /**
   * The provider (region) to import into; the OSS bucket must be in that region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
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

const MAX_SHARED_ACCOUNTS = 50;
const MAX_EXPORTED_DATA_DISKS = 4;
const MAX_EXPORTED_DATA_DISK_GIB = 500;

/** The disk mappings of images built from mappings, so exportTo can check the export limits. */
const diskMappingsOf = new WeakMap<IConstruct, alicloud.image.ImageDiskDeviceMapping[]>();

/** Sharing, copying and exporting, for every kind of image on Alibaba Cloud. */
abstract class ImageBase extends Construct implements IAlicloudImage {
  public abstract readonly imageId: string;
  private readonly shares = new Map<string, alicloud.imageSharePermission.ImageSharePermission>();
  private readonly exportIds = new Set<string>();

  /**
   * @param imageProvider the provider of the image's region; undefined is the stack's default
   */
  constructor(scope: Construct, id: string, private readonly imageProvider: TerraformProvider | undefined) {
    super(scope, id);
    checkAlicloudProvider(this, 'provider', imageProvider);
  }

  public shareWith(accountId: string): alicloud.imageSharePermission.ImageSharePermission {
    checkRequired(this, 'accountId', accountId);
    checkAccountId(this, 'accountId', accountId);
    const key = isToken(accountId) ? `Token${this.shares.size + 1}` : accountId;
    const existing = this.shares.get(key);
    if (existing) return existing;
    if (this.shares.size >= MAX_SHARED_ACCOUNTS) {
      fail(this, 'accountId', `cannot be added: an image can be shared with at most ${MAX_SHARED_ACCOUNTS} accounts`, accountId);
    }
    const permission = new alicloud.imageSharePermission.ImageSharePermission(this, `SharedWith${key}`, {
      imageId: this.imageId,
      accountId,
      provider: this.imageProvider,
    });
    this.shares.set(key, permission);
    return permission;
  }

  public copyTo(id: string, options: ImageCopyOptions): IAlicloudImage {
    return new CopiedImage(this, id, this.imageId, this.imageProvider, options);
  }

  public exportTo(ossBucket: string, options: ImageExportOptions = {}): alicloud.imageExport.ImageExport {
    checkRequired(this, 'ossBucket', ossBucket);
    checkPattern(this, 'ossBucket', ossBucket, /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
      'must be an OSS bucket name: 3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit');
    checkPattern(this, 'ossPrefix', options.ossPrefix, /^[a-zA-Z0-9]{1,30}$/, 'must be 1 to 30 letters and digits');
    const dataDisks = (diskMappingsOf.get(this) ?? []).filter((m) => m.diskType === 'data');
    checkMaxItems(this, 'exported data disks', dataDisks, MAX_EXPORTED_DATA_DISKS);
    for (const disk of dataDisks) checkRange(this, 'exported data disk size', disk.size, 1, MAX_EXPORTED_DATA_DISK_GIB, 'GiB');
    const id = isToken(ossBucket) || isToken(options.ossPrefix)
      ? `ExportTo${this.exportIds.size + 1}`
      : `ExportTo-${ossBucket}${options.ossPrefix ? `-${options.ossPrefix}` : ''}`;
    if (this.exportIds.has(id)) fail(this, 'ossBucket', 'is already an export target of this image with the same ossPrefix', ossBucket);
    this.exportIds.add(id);
    return new alicloud.imageExport.ImageExport(this, id, {
      imageId: this.imageId,
      ossBucket,
      ossPrefix: options.ossPrefix,
      timeouts: renderTimeouts(this, 'timeouts', options.timeouts, 'alicloud_image_export', ['create']),
      provider: this.imageProvider,
    });
  }
}

/**
 * An ECS custom image (`alicloud_image`), created from an instance, a snapshot or disk device
 * mappings, that can be shared, copied to other regions and exported.
 *
 * The L1 `alicloud_image` is `image.resource` (also `node.defaultChild`), for `addOverride`.
 */
export class Image extends ImageBase {
  /**
   * An existing image by id, in the region of the stack's default alicloud provider. Creates no
   * resources.
   */
  public static fromImageId(scope: Construct, id: string, imageId: string): IAlicloudImage {
    return Image.fromImageAttributes(scope, id, { imageId });
  }

  /**
   * An existing image by id and provider (region). Creates no resources.
   */
  public static fromImageAttributes(scope: Construct, id: string, attrs: ImageAttributes): IAlicloudImage {
    return new ExistingImage(scope, id, attrs);
  }

  /**
   * The first image the `alicloud_images` data source returns (use `mostRecent: true` to make it
   * the newest). The image id is a token that Terraform resolves at plan time; if nothing matches,
   * the plan fails with an index error (an empty result is not an error of the data source itself).
   */
  public static fromLookup(scope: Construct, id: string, options: ImageLookupOptions): IAlicloudImage {
    return new LookedUpImage(scope, id, options);
  }

  /**
   * Imports disk image files from OSS as a new custom image (`alicloud_image_import`).
   */
  public static fromImport(scope: Construct, id: string, props: ImageImportProps): IAlicloudImage {
    return new ImportedImage(scope, id, props);
  }

  /**
   * The image id (`m-...`), resolved at deploy time.
   */
  public readonly imageId: string;

  /**
   * The image name, resolved at deploy time.
   */
  public readonly imageName: string;

  /**
   * The underlying `alicloud_image` resource.
   */
  public readonly resource: alicloud.image.Image;

  constructor(scope: Construct, id: string, props: ImageProps) {
    super(scope, id, props.provider);
    checkRequired(this, 'source', props.source);
    const source = props.source._bind(this);
    checkImageName(this, 'imageName', props.imageName);
    checkDescription(this, 'description', props.description);
    checkOneOf(this, 'platform', props.platform?.value, Platform._knownValues());
    checkOneOf(this, 'licenseType', props.licenseType, [LicenseType.BYOL]);
    checkImageFamily(this, 'imageFamily', props.imageFamily);
    checkTags(this, 'tags', props.tags);

    // instance_id and snapshot_id are not ForceNew in provider 1.247.0: without this trigger a new
    // source would be accepted as an in-place update that changes nothing.
    const trigger = source.replaceTrigger
      ? new TerraformData(this, 'SourceTrigger', { triggersReplace: source.replaceTrigger })
      : undefined;

    this.resource = new alicloud.image.Image(this, 'Resource', {
      instanceId: source.instanceId,
      snapshotId: source.snapshotId,
      diskDeviceMapping: source.diskDeviceMapping,
      imageName: props.imageName,
      description: props.description,
      platform: props.platform?.value,
      architecture: props.architecture,
      bootMode: props.bootMode,
      licenseType: props.licenseType,
      detectionStrategy: props.detectionStrategy,
      imageFamily: props.imageFamily,
      imageVersion: props.imageVersion,
      features: props.nvmeSupport ? { nvmeSupport: props.nvmeSupport } : undefined,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      force: props.force,
      deleteAutoSnapshot: props.deleteAutoSnapshot,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alicloud_image', ['create', 'update', 'delete']),
      provider: props.provider,
      lifecycle: trigger ? { replaceTriggeredBy: [bareAddress(trigger)] } : undefined,
    });
    this.imageId = this.resource.id;
    this.imageName = this.resource.imageName;
    if (source.diskDeviceMapping) diskMappingsOf.set(this, source.diskDeviceMapping);
  }
}

class ExistingImage extends ImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, attrs: ImageAttributes) {
    super(scope, id, attrs.provider);
    checkRequired(this, 'imageId', attrs.imageId);
    this.imageId = attrs.imageId;
  }
}

class LookedUpImage extends ImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, options: ImageLookupOptions) {
    super(scope, id, options.provider);
    if (options.nameRegex === undefined && options.owners === undefined && options.imageOwnerId === undefined && options.mostRecent !== true) {
      fail(this, 'options', 'must set at least one of nameRegex, owners, imageOwnerId or mostRecent: true (alicloud_images in provider 1.247.0 requires it)', Object.keys(options));
    }
    checkRegex(this, 'nameRegex', options.nameRegex);
    checkAccountId(this, 'imageOwnerId', options.imageOwnerId);
    checkOneOf(this, 'architecture', options.architecture, [Architecture.I386, Architecture.X86_64]);
    const images = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'Resource', {
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
    });
    this.imageId = Token.asString(Fn.element(images.ids, 0));
  }
}

class ImportedImage extends ImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, props: ImageImportProps) {
    super(scope, id, props.provider);
    checkRequired(this, 'diskImages', props.diskImages);
    checkMinItems(this, 'diskImages', props.diskImages, 1, 'disk image');
    checkImageName(this, 'imageName', props.imageName);
    checkDescription(this, 'description', props.description);
    checkOneOf(this, 'architecture', props.architecture, [Architecture.X86_64, Architecture.I386]);
    checkOneOf(this, 'bootMode', props.bootMode, [BootMode.BIOS, BootMode.UEFI]);
    props.diskImages.forEach((disk, i) => {
      checkRequired(this, `diskImages[${i}].ossBucket`, disk.ossBucket);
      checkRequired(this, `diskImages[${i}].ossObject`, disk.ossObject);
      checkDeviceName(this, `diskImages[${i}].device`, disk.device);
    });
    const resource = new alicloud.imageImport.ImageImport(this, 'Resource', {
      diskDeviceMapping: props.diskImages.map((disk) => ({
        ossBucket: disk.ossBucket,
        ossObject: disk.ossObject,
        format: disk.format,
        device: disk.device,
        diskImageSize: disk.diskImageSizeGiB,
      })),
      imageName: props.imageName,
      description: props.description,
      architecture: props.architecture,
      osType: props.osType,
      platform: props.platform?.value,
      bootMode: props.bootMode,
      licenseType: props.licenseType,
      timeouts: renderTimeouts(this, 'timeouts', props.timeouts, 'alicloud_image_import', ['create', 'delete']),
      provider: props.provider,
    });
    this.imageId = resource.id;
  }
}

class CopiedImage extends ImageBase {
  public readonly imageId: string;

  constructor(source: ImageBase, id: string, sourceImageId: string, sourceProvider: TerraformProvider | undefined, options: ImageCopyOptions) {
    super(source, id, options.provider);
    checkRequired(this, 'provider', options.provider);
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
    const resource = new alicloud.imageCopy.ImageCopy(this, 'Resource', {
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
    });
    this.imageId = resource.id;
  }
}
