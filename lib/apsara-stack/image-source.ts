// What an Apsara Stack image is created from. The instance and snapshot sources validate through the
// same rules as the Alibaba Cloud ImageSource (lib/private/image-source-rules.ts); the disk
// mappings differ because the providers do: see DiskDeviceMapping.
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { IInstance } from '../core/interfaces';
import { checkSourceId } from '../private/image-source-rules';
import { checkRange, fail } from '../private/validation';
import { checkArgs, listOf, num, obj, required, str, struct } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/**
 * One disk of an image built from disk device mappings. Apsara Stack accepts only a size and a
 * snapshot here (the alicloud `device` and `disk_type` fields do not exist in provider 3.18.5).
 */
export interface DiskDeviceMapping {
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
export abstract class ImageSource {
  /**
   * Captures an instance (created by this app or imported). It must be Running or Stopped.
   */
  public static fromInstance(instance: IInstance): ImageSource {
    checkArgs('ImageSource.fromInstance', { instance }, { instance: required(obj) });
    return new InstanceSource(instance.instanceId);
  }

  /**
   * Captures the instance with this id (`i-...`). It must be Running or Stopped.
   */
  public static fromInstanceId(instanceId: string): ImageSource {
    checkArgs('ImageSource.fromInstanceId', { instanceId }, { instanceId: required(str) });
    return new InstanceSource(instanceId);
  }

  /**
   * Creates the image from a system disk snapshot (`s-...`), taken after 2013-07-15.
   */
  public static fromSnapshotId(snapshotId: string): ImageSource {
    checkArgs('ImageSource.fromSnapshotId', { snapshotId }, { snapshotId: required(str) });
    return new SnapshotSource(snapshotId);
  }

  /**
   * Creates the image from one or more disks, each from a snapshot or empty.
   */
  public static fromDiskDeviceMappings(mappings: DiskDeviceMapping[]): ImageSource {
    checkArgs('ImageSource.fromDiskDeviceMappings', { mappings }, { mappings: required(listOf(struct({ sizeGiB: num, snapshotId: str }))) });
    return new DiskDeviceMappingSource(mappings);
  }

  protected constructor() {}

  /**
   * Validates the source for `scope` and returns the image resource's source attributes.
   * @internal
   */
  public abstract _bind(scope: IConstruct): alibabacloudstack.ecsImage.EcsImageConfig;
}

class InstanceSource extends ImageSource {
  constructor(private readonly instanceId: string) { super(); }

  public _bind(scope: IConstruct): alibabacloudstack.ecsImage.EcsImageConfig {
    checkSourceId(scope, 'source.instanceId', this.instanceId);
    return { instanceId: this.instanceId };
  }
}

class SnapshotSource extends ImageSource {
  constructor(private readonly snapshotId: string) { super(); }

  public _bind(scope: IConstruct): alibabacloudstack.ecsImage.EcsImageConfig {
    checkSourceId(scope, 'source.snapshotId', this.snapshotId);
    return { snapshotId: this.snapshotId };
  }
}

class DiskDeviceMappingSource extends ImageSource {
  constructor(private readonly mappings: DiskDeviceMapping[]) { super(); }

  public _bind(scope: IConstruct): alibabacloudstack.ecsImage.EcsImageConfig {
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

