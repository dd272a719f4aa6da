import { Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IImage, IInstance, ISecurityGroup, IVSwitch } from '../core/interfaces';
import { InstanceType } from '../core/instance-type';
import { guardProviderConflicts } from '../private/provider-conflicts';
import {
  checkDescription, checkGroupsInVpc, checkLength, checkNotEmpty, checkOneOf, checkPattern, checkRange,
  checkTags, fail, isToken,
} from '../private/validation';
import { ExistingInstance } from '../private/existing-instance';
import { literalValue } from '../private/template-escape';
import { checkProps, instanceOf, listOf, nonEmpty, num, obj, required, str, strMap } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/**
 * The disk categories an Apsara Stack instance accepts for its system disk. Use `of()` for a
 * value known only at deploy time, such as a zone's `available_disk_categories`.
 */
export class DiskCategory {
  /** Basic disk. */
  public static readonly CLOUD = new DiskCategory('cloud');
  /** Ultra disk (the provider's default). */
  public static readonly CLOUD_EFFICIENCY = new DiskCategory('cloud_efficiency');
  /** Standard SSD. */
  public static readonly CLOUD_SSD = new DiskCategory('cloud_ssd');
  /** Local SSD. */
  public static readonly EPHEMERAL_SSD = new DiskCategory('ephemeral_ssd');
  /** Performance-type disk of Apsara Stack storage. */
  public static readonly CLOUD_PPERF = new DiskCategory('cloud_pperf');
  /** Capacity-type disk of Apsara Stack storage. */
  public static readonly CLOUD_SPERF = new DiskCategory('cloud_sperf');

  /**
   * A category by name, or a token resolved at deploy time. Checked against the provider's list
   * when the instance is created.
   */
  public static of(category: string): DiskCategory {
    return new DiskCategory(category);
  }

  /** The provider's values (`all` included: the provider accepts it). */
  private static readonly ALLOWED = ['all', 'cloud', 'ephemeral_ssd', 'cloud_efficiency', 'cloud_ssd', 'cloud_pperf', 'cloud_sperf'];

  /**
   * Validates the category for an instance.
   * @internal
   */
  public static _check(scope: Construct, property: string, category: DiskCategory | undefined): void {
    checkOneOf(scope, property, category?.value, DiskCategory.ALLOWED);
  }

  /** The category as the provider writes it, e.g. `cloud_efficiency`, or a token. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}

/**
 * Properties of a `Instance`.
 */
export interface InstanceProps {
  /**
   * The image the instance boots from.
   */
  readonly image: IImage;

  /**
   * The instance type, e.g. `InstanceType.of('ecs.n4.large')` (must start with `ecs.`), or the choice
   * of an `apsara.InstanceTypeChoice`.
   */
  readonly instanceType: InstanceType;

  /**
   * The vSwitch the instance is placed in.
   */
  readonly vswitch: IVSwitch;

  /**
   * The security groups of the instance (at least one). Apsara Stack creates the instance in the
   * first and joins the others once it is running.
   */
  readonly securityGroups: ISecurityGroup[];

  /**
   * The zone of the instance.
   *
   * @default - the zone of the vSwitch
   */
  readonly zoneId?: string;

  /**
   * The instance name, 2 to 128 characters.
   *
   * @default 'ECS-Instance' (the provider's default)
   */
  readonly instanceName?: string;

  /**
   * The description, 2 to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The category of the system disk.
   *
   * @default DiskCategory.CLOUD_EFFICIENCY
   */
  readonly systemDiskCategory?: DiskCategory;

  /**
   * The size of the system disk in GiB.
   *
   * @default 40
   */
  readonly systemDiskSizeGiB?: number;

  /**
   * The name of the system disk, 2 to 128 characters.
   *
   * @default - no name
   */
  readonly systemDiskName?: string;

  /**
   * The outbound public bandwidth in Mbit/s, from 0 to 100.
   *
   * @default 0
   */
  readonly internetMaxBandwidthOutMbps?: number;

  /**
   * The SSH key pair to log in with.
   *
   * @default - no key pair
   */
  readonly keyPairName?: string;

  /**
   * User data run at first boot (the provider base64-encodes it when it is not already). Written as
   * is: `${...}` and `%{...}` are escaped so Terraform does not interpolate them (tokens stay live).
   *
   * @default - no user data
   */
  readonly userData?: string;

  /**
   * Tags of the instance (at most 20).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;
}

/**
 * What identifies an Apsara Stack instance that exists outside this app, and what consumers read from it.
 */
export interface InstanceAttributes {
  /**
   * The instance id (`i-...`).
   */
  readonly instanceId: string;

  /**
   * The primary private IPv4 address.
   *
   * @default - unknown
   */
  readonly privateIp?: string;

  /**
   * The zone of the instance.
   *
   * @default - unknown
   */
  readonly zoneId?: string;
}

const APSARA_INSTANCE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.Instance');

/**
 * An ECS instance on Apsara Stack (`alibabacloudstack_ecs_instance`), for example the build host of
 * a golden image that `ImageFromInstance` captures.
 *
 * The escape hatch is `resource` (e.g. `resource.lifecycle = { ignoreChanges: ['instance_type'] }`).
 */
export class Instance extends Construct implements IInstance {
  /**
   * Whether `x` is a `Instance` construct of this library (imported ones are not).
   */
  public static isInstance(x: any): x is Instance {
    return x !== null && typeof x === 'object' && APSARA_INSTANCE_SYMBOL in x;
  }

  /**
   * Imports an existing Apsara Stack instance by id. Creates no resource.
   */
  public static fromInstanceId(scope: Construct, id: string, instanceId: string): IInstance {
    return new ExistingInstance(scope, id, { instanceId }, false);
  }

  /**
   * Imports an existing Apsara Stack instance by id, with its private IP address and zone. Creates
   * no resource.
   */
  public static fromInstanceAttributes(scope: Construct, id: string, attrs: InstanceAttributes): IInstance {
    return new ExistingInstance(scope, id, attrs, true);
  }

  /** The instance id, resolved at deploy time. */
  public readonly instanceId: string;

  /** The private IP address, resolved at deploy time (always set for an instance of this app). */
  public readonly privateIp?: string;

  /** The zone: `zoneId`, else the vSwitch's zone, when known. */
  public readonly zoneId?: string;

  /** The generated `alibabacloudstack_ecs_instance` resource, for escape hatches. */
  public readonly resource: alibabacloudstack.ecsInstance.EcsInstance;

  constructor(scope: Construct, id: string, props: InstanceProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_INSTANCE_SYMBOL, { value: true });
    checkProps(this, props, {
      image: required(obj), instanceType: required(instanceOf(InstanceType, 'InstanceType')), vswitch: required(obj), securityGroups: required(listOf(obj)),
      zoneId: nonEmpty, instanceName: str, description: str, systemDiskCategory: instanceOf(DiskCategory, 'DiskCategory'), systemDiskSizeGiB: num,
      systemDiskName: str, internetMaxBandwidthOutMbps: num, keyPairName: str, userData: str, tags: strMap,
    });
    for (const required of ['image', 'vswitch', 'securityGroups'] as const) {
      if (!props[required]) fail(this, required, 'is required', props[required]);
    }
    if (!props.instanceType) fail(this, 'instanceType', 'is required', props.instanceType);
    checkNotEmpty(this, 'instanceType', props.instanceType.name);
    checkPattern(this, 'instanceType', props.instanceType.name, /^ecs\./, "must start with 'ecs.'");
    if (!Token.isUnresolved(props.securityGroups) && props.securityGroups.length === 0) {
      fail(this, 'securityGroups', 'must have at least one security group', props.securityGroups);
    }
    checkLength(this, 'instanceName', props.instanceName, 2, 128);
    checkDescription(this, 'description', props.description);
    DiskCategory._check(this, 'systemDiskCategory', props.systemDiskCategory);
    checkRange(this, 'systemDiskSizeGiB', props.systemDiskSizeGiB, 1, 32768, 'GiB');
    checkLength(this, 'systemDiskName', props.systemDiskName, 2, 128);
    checkRange(this, 'internetMaxBandwidthOutMbps', props.internetMaxBandwidthOutMbps, 0, 100, 'Mbit/s');
    checkGroupsInVpc(this, 'securityGroups', props.securityGroups, props.vswitch.vpcId);
    const vswitchZone = props.vswitch.zoneId;
    if (props.zoneId !== undefined && vswitchZone !== undefined && !isToken(props.zoneId) && !isToken(vswitchZone) && props.zoneId !== vswitchZone) {
      fail(this, 'zoneId', `must be the vSwitch's zone ${vswitchZone}`, props.zoneId);
    }
    checkTags(this, 'tags', props.tags);

    this.resource = new alibabacloudstack.ecsInstance.EcsInstance(this, 'Resource', literalValue({
      imageId: props.image.imageId,
      instanceType: props.instanceType.name,
      vswitchId: props.vswitch.vswitchId,
      securityGroups: props.securityGroups.map((group) => group.securityGroupId),
      zoneId: props.zoneId,
      instanceName: props.instanceName,
      description: props.description,
      systemDiskCategory: props.systemDiskCategory?.value,
      systemDiskSize: props.systemDiskSizeGiB,
      systemDiskName: props.systemDiskName,
      internetMaxBandwidthOut: props.internetMaxBandwidthOutMbps,
      keyName: props.keyPairName,
      // A shell script: its ${VAR} must reach the instance as written, not be read by Terraform.
      userData: props.userData,
      tags: props.tags,
    }));
    guardProviderConflicts(this, this.resource, [['subnet_id', 'vswitch_id'], ['availability_zone', 'zone_id']]);
    this.instanceId = Lazy.stringValue({ produce: () => this.resource.id });
    // Lazy, like instanceId: an attribute token made now would fix the address before an overrideLogicalId.
    this.privateIp = Lazy.stringValue({ produce: () => this.resource.privateIp });
    this.zoneId = props.zoneId ?? vswitchZone;
  }
}
