import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import * as alicloud from '../generated/alicloud';
import { ImageSource } from './image-source';
import { Platform } from '../core/platform';
import { bareAddress } from '../private/lifecycle';
import { TerraformData } from '../private/terraform-data';
import { renderTimeouts } from '../private/timeouts';
import { Timeouts } from '../core/timeouts';
import { checkDescription, checkImageFamily, checkImageName, checkOneOf, checkRequired, checkTags } from '../private/validation';
import { diskMappingsOf, IAlicloudImage, ImageBase } from './image-base';
import { Architecture, BootMode, DetectionStrategy, LicenseType, NvmeSupport } from './image-enums';
import { ImageImportProps, ImportedImage } from './image-import';
import { ImageLookupOptions, LookedUpImage } from './image-lookup';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, instanceOf, nonEmpty, obj, oneOf, required, str, strMap, timeoutsStruct } from '../private/runtime-checks';

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

const IMAGE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.Image');

/**
 * An ECS custom image (`alicloud_image`), created from an instance, a snapshot or disk device
 * mappings, that can be shared, copied to other regions and exported.
 *
 * The L1 `alicloud_image` is `image.resource` (also `node.defaultChild`), for `addOverride`.
 */
export class Image extends ImageBase {
  /**
   * Whether `x` is an `Image` construct of this library (imported, looked-up and copied images are not).
   */
  public static isImage(x: any): x is Image {
    return x !== null && typeof x === 'object' && IMAGE_SYMBOL in x;
  }

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
    super(scope, id, props?.provider);
    Object.defineProperty(this, IMAGE_SYMBOL, { value: true });
    checkProps(this, props, {
      source: required(instanceOf(ImageSource, 'ImageSource')), imageName: str, description: str, platform: instanceOf(Platform, 'Platform'),
      architecture: oneOf(Architecture, 'Architecture'), bootMode: oneOf(BootMode, 'BootMode'), licenseType: oneOf(LicenseType, 'LicenseType'),
      detectionStrategy: oneOf(DetectionStrategy, 'DetectionStrategy'), imageFamily: str, imageVersion: str, nvmeSupport: oneOf(NvmeSupport, 'NvmeSupport'),
      tags: strMap, resourceGroupId: nonEmpty, force: bool, deleteAutoSnapshot: bool, timeouts: timeoutsStruct, provider: obj,
    });
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
      ? new TerraformData(this, 'SourceTrigger', literalValue({ triggersReplace: source.replaceTrigger }))
      : undefined;

    this.resource = new alicloud.image.Image(this, 'Resource', literalValue({
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
    }));
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
