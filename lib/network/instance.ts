import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DiskCategory } from '../core/disk-category';
import { IImage, IInstance, ISecurityGroup, IVSwitch } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { InstanceType } from '../core/instance-type';
import { checkAlicloudProvider } from '../private/providers';
import {
  checkDescription, checkGroupsInVpc, checkInstanceTypeName, checkMinItems, checkOneOf, checkRamRoleName, checkRange, checkRequired,
  checkResourceName, checkTags,
} from '../private/validation';
import { ExistingInstance } from '../private/existing-instance';
import { literalValue } from '../private/template-escape';
import { checkProps, instanceOf, listOf, nonEmpty, num, obj, required, str, strMap } from '../private/runtime-checks';

/**
 * Whether the instance metadata service requires session tokens (`http_tokens`).
 */
export enum HttpTokens {
  /** Plain and token requests are both answered (IMDSv1 and IMDSv2). */
  OPTIONAL = 'optional',
  /** Only token requests are answered (IMDSv2 only), the hardened mode. */
  REQUIRED = 'required',
}

/**
 * Properties of an `Instance`.
 */
export interface InstanceProps {
  /**
   * The image the instance boots from.
   */
  readonly image: IImage;

  /**
   * The instance type, e.g. `ecs.g7.large`.
   */
  readonly instanceType: InstanceType;

  /**
   * The vSwitch the instance is placed in (and so its VPC and zone).
   */
  readonly vswitch: IVSwitch;

  /**
   * The security groups of the instance: at least one, all in the vSwitch's VPC.
   */
  readonly securityGroups: ISecurityGroup[];

  /**
   * Public outbound bandwidth in Mbit/s, 0-100. Any value above 0 gives the instance a public IP
   * address; 0 keeps it private (reach the Internet through a NAT gateway instead).
   *
   * @default 0
   */
  readonly internetMaxBandwidthOutMbps?: number;

  /**
   * The instance name: 2-128 characters, starting with a letter; letters, digits, `.`, `:`, `_` and `-`.
   *
   * @default - the service names the instance
   */
  readonly instanceName?: string;

  /**
   * Description: 2-256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The system disk size in GiB, 20-2048 and at least the image size.
   *
   * @default - the image size (at least 20 GiB)
   */
  readonly systemDiskSizeGiB?: number;

  /**
   * The system disk category.
   *
   * @default DiskCategory.CLOUD_EFFICIENCY (the provider default)
   */
  readonly systemDiskCategory?: DiskCategory;

  /**
   * The SSH key pair for Linux instances.
   *
   * @default - no key pair
   */
  readonly keyName?: string;

  /**
   * User data (a cloud-init script for Linux), as plain text; the provider encodes it. Written as
   * is: `${...}` and `%{...}` are escaped so Terraform does not interpolate them (tokens stay live).
   *
   * @default - no user data
   */
  readonly userData?: string;

  /**
   * Whether the instance metadata service requires session tokens (IMDSv2 only, `REQUIRED`) or also
   * answers plain requests (`OPTIONAL`). `REQUIRED` is the hardened choice; the image must use a
   * cloud-init or agent version that speaks IMDSv2.
   *
   * @default - the service default (optional)
   */
  readonly httpTokens?: HttpTokens;

  /**
   * The RAM role the instance assumes (instance RAM role): 1-64 letters, digits, `.` and `-`.
   *
   * @default - no role
   */
  readonly ramRoleName?: string;

  /**
   * Tags (at most 20; same rules as image tags).
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
   * The provider (region) the instance is created with; the vSwitch's region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * What identifies an instance that exists outside this app, and what consumers read from it.
 */
export interface InstanceAttributes {
  /**
   * The instance id (`i-...`).
   */
  readonly instanceId: string;

  /**
   * The primary private IPv4 address, e.g. for a security group rule or a configuration that
   * addresses the instance.
   *
   * @default - unknown
   */
  readonly privateIp?: string;

  /**
   * The zone of the instance, e.g. `cn-hangzhou-i`.
   *
   * @default - unknown
   */
  readonly zoneId?: string;
}

const INSTANCE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.Instance');

/**
 * An ECS instance (`alicloud_instance`), pay-as-you-go, in a vSwitch, **without a public IP**
 * unless `internetMaxBandwidthOutMbps` is above 0. The L1 is `instance.resource`.
 */
export class Instance extends Construct implements IInstance {
  /**
   * Whether `x` is a `Instance` construct of this library (imported ones are not).
   */
  public static isInstance(x: any): x is Instance {
    return x !== null && typeof x === 'object' && INSTANCE_SYMBOL in x;
  }

  /**
   * An existing instance by id. Creates no resources.
   */
  public static fromInstanceId(scope: Construct, id: string, instanceId: string): IInstance {
    return new ExistingInstance(scope, id, { instanceId }, false);
  }

  /**
   * An existing instance by id, with its private IP address and zone. Creates no resources.
   */
  public static fromInstanceAttributes(scope: Construct, id: string, attrs: InstanceAttributes): IInstance {
    return new ExistingInstance(scope, id, attrs, true);
  }

  /**
   * The instance id, resolved at deploy time.
   */
  public readonly instanceId: string;

  /**
   * The private IP address, resolved at deploy time (always set for an instance of this app;
   * optional only because imported instances may not know it).
   */
  public readonly privateIp?: string;

  /**
   * The zone of the instance: its vSwitch's zone, when known.
   */
  public readonly zoneId?: string;

  /**
   * The underlying `alicloud_instance` resource.
   */
  public readonly resource: alicloud.instance.Instance;

  constructor(scope: Construct, id: string, props: InstanceProps) {
    super(scope, id);
    Object.defineProperty(this, INSTANCE_SYMBOL, { value: true });
    checkProps(this, props, {
      image: required(obj), instanceType: required(instanceOf(InstanceType, 'InstanceType')), vswitch: required(obj), securityGroups: required(listOf(obj)),
      internetMaxBandwidthOutMbps: num, instanceName: str, description: str, systemDiskSizeGiB: num,
      systemDiskCategory: instanceOf(DiskCategory, 'DiskCategory'), keyName: str, userData: str, tags: strMap, resourceGroupId: nonEmpty, provider: obj,
      // Values are checked below (checkOneOf), with the message main's checks give.
      httpTokens: str, ramRoleName: str,
    });
    checkRequired(this, 'image', props.image);
    checkRequired(this, 'instanceType', props.instanceType);
    checkInstanceTypeName(this, 'instanceType', props.instanceType.name);
    checkRequired(this, 'vswitch', props.vswitch);
    checkRequired(this, 'securityGroups', props.securityGroups);
    checkMinItems(this, 'securityGroups', props.securityGroups, 1, 'security group');
    checkGroupsInVpc(this, 'securityGroups', props.securityGroups, props.vswitch.vpcId);
    checkRange(this, 'internetMaxBandwidthOutMbps', props.internetMaxBandwidthOutMbps, 0, 100, 'Mbit/s');
    checkResourceName(this, 'instanceName', props.instanceName, 128);
    checkDescription(this, 'description', props.description);
    checkRange(this, 'systemDiskSizeGiB', props.systemDiskSizeGiB, 20, 2048, 'GiB');
    checkTags(this, 'tags', props.tags);
    checkOneOf(this, 'httpTokens', props.httpTokens, Object.values(HttpTokens));
    checkRamRoleName(this, 'ramRoleName', props.ramRoleName);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.resource = new alicloud.instance.Instance(this, 'Resource', literalValue({
      imageId: props.image.imageId,
      instanceType: props.instanceType.name,
      vswitchId: props.vswitch.vswitchId,
      securityGroups: props.securityGroups.map((sg) => sg.securityGroupId),
      // Written out even at 0, so the private default is visible in the plan.
      internetMaxBandwidthOut: props.internetMaxBandwidthOutMbps ?? 0,
      instanceName: props.instanceName,
      description: props.description,
      systemDiskSize: props.systemDiskSizeGiB,
      systemDiskCategory: props.systemDiskCategory?.value,
      keyName: props.keyName,
      // A shell script: its ${VAR} must reach the instance as written, not be read by Terraform.
      userData: props.userData,
      httpTokens: props.httpTokens,
      roleName: props.ramRoleName,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      provider: props.provider,
    }));
    this.instanceId = this.resource.id;
    this.privateIp = this.resource.privateIp;
    this.zoneId = props.vswitch.zoneId;
  }
}
