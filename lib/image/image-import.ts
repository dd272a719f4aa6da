// Disk image files imported from OSS as a new custom image (Image.fromImport()).
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import * as alicloud from '../generated/alicloud';
import { Platform } from '../core/platform';
import { renderTimeouts } from '../private/timeouts';
import { Timeouts } from '../core/timeouts';
import { checkDescription, checkDeviceName, checkImageName, checkMinItems, checkOneOf, checkRequired } from '../private/validation';
import { ImageBase } from './image-base';
import { Architecture, BootMode, DiskImageFormat, LicenseType, OsType } from './image-enums';

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

/** @internal */
export class ImportedImage extends ImageBase {
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
