import { Lazy, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataAlibabacloudstackImages } from '../generated/alibabacloudstack/data-alibabacloudstack-images';
import { EcsImage, EcsImageConfig } from '../generated/alibabacloudstack/ecs-image';
import { ImageExport } from '../generated/alibabacloudstack/image-export';
import { ImageSharePermission } from '../generated/alibabacloudstack/image-share-permission';
import { IImage, IInstance } from '../core/interfaces';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { renderMinuteTimeouts } from '../private/timeouts';
import {
  checkAccountId, checkLength, checkNotEmpty, checkNotUrl, checkPattern, checkRange, checkRegex, checkTags, fail,
} from '../private/validation';
import { StackImageCopy, StackImageCopyOptions } from './image-copy';

/**
 * An ECS custom image on Apsara Stack (the `alibabacloudstack` provider): created by this app,
 * imported or looked up. It is an `IImage`, so anything that consumes images takes it; it can also
 * be shared, copied to another region and exported to OSS.
 */
export interface IStackImage extends IImage {
  /**
   * Shares the image with another Apsara Stack account (`alibabacloudstack_image_share_permission`).
   *
   * Calling it again with the same account returns the existing permission.
   *
   * @param accountId the account to share with (digits only)
   */
  shareWith(accountId: string): ImageSharePermission;

  /**
   * Copies the image from the provider's region to `destinationRegionId` (`alibabacloudstack_image_copy`).
   *
   * On Apsara Stack the provider's region is the source of the copy and the destination is an
   * argument, the opposite of `alicloud_image_copy`. For more than one copy to the same region, use
   * `new StackImageCopy(...)` with your own construct ids.
   *
   * @param destinationRegionId the region the copy is made in, e.g. `cn-qingdao-env17-d01`
   * @param options name, description and encryption of the copy
   */
  copyTo(destinationRegionId: string, options?: StackImageCopyOptions): StackImageCopy;

  /**
   * Exports the image to an OSS bucket in the provider's region (`alibabacloudstack_image_export`).
   *
   * @param ossBucket the bucket name
   * @param options the object prefix and the timeout
   */
  exportTo(ossBucket: string, options?: StackImageExportOptions): ImageExport;
}

/**
 * One disk of an image built from disk device mappings. Apsara Stack accepts only a size and a
 * snapshot here (the alicloud `device` and `disk_type` fields do not exist in provider 3.18.5).
 */
export interface StackDiskDeviceMapping {
  /**
   * The size of the disk in GiB, from 5 to 2000 (the provider's rule).
   */
  readonly sizeGiB: number;

  /**
   * The snapshot the disk is created from.
   *
   * @default - an empty disk of `sizeGiB`
   */
  readonly snapshotId?: string;
}

/**
 * What an Apsara Stack image is created from: exactly one instance, snapshot or list of disk
 * device mappings. The provider declares the three pairwise ConflictsWith; this class makes a
 * second source impossible to express.
 */
export abstract class StackImageSource {
  /**
   * Captures an instance (created by this app or imported). It must be Running or Stopped.
   */
  public static fromInstance(instance: IInstance): StackImageSource {
    return new InstanceSource(instance.instanceId);
  }

  /**
   * Captures the instance with this id (`i-...`). It must be Running or Stopped.
   */
  public static fromInstanceId(instanceId: string): StackImageSource {
    return new InstanceSource(instanceId);
  }

  /**
   * Creates the image from a system disk snapshot (`s-...`), taken after 2013-07-15.
   */
  public static fromSnapshotId(snapshotId: string): StackImageSource {
    return new SnapshotSource(snapshotId);
  }

  /**
   * Creates the image from one or more disks, each from a snapshot or empty.
   */
  public static fromDiskDeviceMappings(mappings: StackDiskDeviceMapping[]): StackImageSource {
    return new DiskDeviceMappingSource(mappings);
  }

  protected constructor() {}

  /**
   * Validates the source for `scope` and returns the image resource's source attributes.
   * @internal
   */
  public abstract _bind(scope: IConstruct): EcsImageConfig;
}

class InstanceSource extends StackImageSource {
  constructor(private readonly instanceId: string) { super(); }

  public _bind(scope: IConstruct): EcsImageConfig {
    checkNotEmpty(scope, 'source.instanceId', this.instanceId);
    return { instanceId: this.instanceId };
  }
}

class SnapshotSource extends StackImageSource {
  constructor(private readonly snapshotId: string) { super(); }

  public _bind(scope: IConstruct): EcsImageConfig {
    checkNotEmpty(scope, 'source.snapshotId', this.snapshotId);
    return { snapshotId: this.snapshotId };
  }
}

class DiskDeviceMappingSource extends StackImageSource {
  constructor(private readonly mappings: StackDiskDeviceMapping[]) { super(); }

  public _bind(scope: IConstruct): EcsImageConfig {
    if (Token.isUnresolved(this.mappings)) return { diskDeviceMapping: this.mappings as any };
    // No mappings would leave the image without a source: the provider lets it through, CreateImage fails.
    if (!Array.isArray(this.mappings) || this.mappings.length === 0) {
      fail(scope, 'source.diskDeviceMappings', 'must have at least one mapping', this.mappings);
    }
    return {
      diskDeviceMapping: this.mappings.map((mapping, i) => {
        checkRange(scope, `source.diskDeviceMappings[${i}].sizeGiB`, mapping.sizeGiB, 5, 2000, 'GiB');
        return { size: mapping.sizeGiB, snapshotId: mapping.snapshotId };
      }),
    };
  }
}

/**
 * Options for exporting an image to OSS.
 */
export interface StackImageExportOptions {
  /**
   * The prefix of the exported object's name.
   *
   * @default - no prefix
   */
  readonly ossPrefix?: string;

  /**
   * How long Terraform waits for the export task, in minutes. The provider checks the task for the
   * first time only 2 minutes after ExportImage, so this must be more than 2.
   *
   * @default 20
   */
  readonly createTimeoutMinutes?: number;
}

/**
 * Options for looking up an existing Apsara Stack image (the `alibabacloudstack_images` data source).
 * Give at least `nameRegex` or `owners`.
 */
export interface StackImageLookupOptions {
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
  readonly owners?: StackImageOwners;

  /**
   * Whether to pick the most recently created of the matching images.
   *
   * @default true
   */
  readonly mostRecent?: boolean;
}

/**
 * The image owners the `alibabacloudstack_images` data source can filter by.
 */
export enum StackImageOwners {
  /** Public images provided by the platform. */
  SYSTEM = 'system',
  /** Your own custom images. */
  SELF = 'self',
  /** Images other accounts shared with you. */
  OTHERS = 'others',
  /** Marketplace images. */
  MARKETPLACE = 'marketplace',
}

abstract class StackImageBase extends Construct implements IStackImage {
  public abstract readonly imageId: string;
  private readonly shares = new Map<string, ImageSharePermission>();

  public shareWith(accountId: string): ImageSharePermission {
    checkNotEmpty(this, 'accountId', accountId);
    checkAccountId(this, 'accountId', accountId);
    const existing = this.shares.get(accountId);
    if (existing) return existing;
    const key = Token.isUnresolved(accountId) ? `${this.shares.size}` : accountId;
    const share = new ImageSharePermission(this, `SharedWith${key}`, { imageId: this.imageId, accountId });
    this.shares.set(accountId, share);
    return share;
  }

  public copyTo(destinationRegionId: string, options: StackImageCopyOptions = {}): StackImageCopy {
    const id = Token.isUnresolved(destinationRegionId) ? `CopyTo${this.node.children.length}` : `CopyTo-${destinationRegionId}`;
    if (this.node.tryFindChild(id)) {
      fail(this, 'destinationRegionId', 'already has a copy made by copyTo(); create further copies with new StackImageCopy()', destinationRegionId);
    }
    return new StackImageCopy(this, id, { ...options, sourceImage: this, destinationRegionId });
  }

  public exportTo(ossBucket: string, options: StackImageExportOptions = {}): ImageExport {
    checkNotEmpty(this, 'ossBucket', ossBucket);
    checkPattern(this, 'ossBucket', ossBucket, /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
      'must be an OSS bucket name: 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit');
    checkRange(this, 'createTimeoutMinutes', options.createTimeoutMinutes, 3, 1440, 'minutes');
    const id = Token.isUnresolved(ossBucket) ? `ExportTo${this.node.children.length}` : `ExportTo-${ossBucket}`;
    if (this.node.tryFindChild(id)) fail(this, 'ossBucket', 'already has an export of this image', ossBucket);
    return new ImageExport(this, id, {
      imageId: this.imageId,
      ossBucket,
      ossPrefix: options.ossPrefix,
      timeouts: renderMinuteTimeouts({ create: options.createTimeoutMinutes }),
    });
  }
}

/**
 * Properties of a `StackImage`.
 */
export interface StackImageProps {
  /**
   * What the image is created from: an instance, a snapshot or disk device mappings.
   */
  readonly source: StackImageSource;

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
   * How long Terraform waits for the image to become available, in minutes. The provider checks the
   * image status for the first time only 20 minutes after CreateImage, so this must be more than 20.
   *
   * @default 30
   */
  readonly createTimeoutMinutes?: number;

  /**
   * How long Terraform waits for the image to be deleted, in minutes.
   *
   * @default 10
   */
  readonly deleteTimeoutMinutes?: number;
}

/**
 * An ECS custom image on Apsara Stack (`alibabacloudstack_ecs_image`).
 *
 * Changing the source replaces the image; name, description and tags are updated in place. The
 * provider 3.18.5 has no `force` argument (the seed document lists one): an image that instances
 * still use cannot be deleted by Terraform. The escape hatch is `resource` (or `node.defaultChild`).
 *
 * @example
 * const image = new StackImage(this, 'Golden', {
 *   source: StackImageSource.fromInstance(instance),
 *   imageName: 'golden-ubuntu',
 * });
 * image.shareWith('123456789012');
 */
export class StackImage extends StackImageBase {
  /**
   * Imports an existing Apsara Stack image by id. Creates no resource.
   */
  public static fromImageId(scope: Construct, id: string, imageId: string): IStackImage {
    return new ImportedStackImage(scope, id, imageId);
  }

  /**
   * Looks an image up with the `alibabacloudstack_images` data source; its id is resolved at plan
   * time. Creates no resource.
   */
  public static fromLookup(scope: Construct, id: string, options: StackImageLookupOptions): IStackImage {
    return new LookedUpStackImage(scope, id, options);
  }

  /** The image id (`m-...`), resolved at deploy time. */
  public readonly imageId: string;

  /** The image name, resolved at deploy time when Apsara Stack generates it. */
  public readonly imageName: string;

  /** The generated `alibabacloudstack_ecs_image` resource, for escape hatches. */
  public readonly resource: EcsImage;

  constructor(scope: Construct, id: string, props: StackImageProps) {
    super(scope, id);
    checkLength(this, 'imageName', props.imageName, 2, 128);
    checkNotUrl(this, 'imageName', props.imageName);
    checkLength(this, 'description', props.description, 0, 256);
    checkNotUrl(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkRange(this, 'createTimeoutMinutes', props.createTimeoutMinutes, 21, 1440, 'minutes');
    checkRange(this, 'deleteTimeoutMinutes', props.deleteTimeoutMinutes, 1, 1440, 'minutes');
    if (!props.source) fail(this, 'source', 'is required', props.source);

    this.resource = new EcsImage(this, 'Resource', {
      ...props.source._bind(this),
      imageName: props.imageName,
      description: props.description,
      tags: props.tags,
      timeouts: renderMinuteTimeouts({ create: props.createTimeoutMinutes, delete: props.deleteTimeoutMinutes }),
    });
    guardProviderConflicts(this, this.resource, [
      ['instance_id', 'disk_device_mapping'],
      ['instance_id', 'snapshot_id'],
      ['snapshot_id', 'disk_device_mapping'],
    ]);
    this.imageId = Lazy.stringValue({ produce: () => this.resource.id });
    this.imageName = Lazy.stringValue({ produce: () => this.resource.imageName });
  }
}

class ImportedStackImage extends StackImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, imageId: string) {
    super(scope, id);
    checkNotEmpty(this, 'imageId', imageId);
    this.imageId = imageId;
  }
}

class LookedUpStackImage extends StackImageBase {
  public readonly imageId: string;

  constructor(scope: Construct, id: string, options: StackImageLookupOptions) {
    super(scope, id);
    // The data source errors at plan time unless one of these is given (mostRecent defaults to true here).
    if (options.nameRegex === undefined && options.owners === undefined && options.mostRecent === false) {
      fail(this, 'options', 'must set nameRegex, owners or mostRecent: true (alibabacloudstack_images requires one of them)', Object.keys(options));
    }
    checkRegex(this, 'nameRegex', options.nameRegex);
    const images = new DataAlibabacloudstackImages(this, 'Resource', {
      nameRegex: options.nameRegex,
      owners: options.owners,
      mostRecent: options.mostRecent ?? true,
    });
    this.imageId = Lazy.stringValue({ produce: () => images.images.get(0).id });
  }
}
