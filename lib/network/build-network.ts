import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import * as alicloud from '../generated/alicloud';
import { InstanceType } from '../core/instance-type';
import { checkAlicloudProvider } from '../private/providers';
import { checkExclusive, checkInstanceTypeName, checkResourceName, fail } from '../private/validation';
import { SecurityGroup } from './security-group';
import { ISecurityGroup, IVpc, IVSwitch } from '../core/interfaces';
import { Vpc } from './vpc';
import { VSwitch } from './vswitch';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, instanceOf, nonEmpty, obj, str, strMap } from '../private/runtime-checks';

/**
 * Properties of a `BuildNetwork`.
 */
export interface BuildNetworkProps {
  /**
   * The instance type image builds run on. The vSwitch goes into the first zone where it is
   * available (data source `alicloud_zones`).
   *
   * @default - the first zone where a vSwitch can be created
   */
  readonly instanceType?: InstanceType;

  /**
   * The zone of the new vSwitch; skips the zone lookup.
   *
   * @default - chosen by the zone lookup
   */
  readonly zoneId?: string;

  /**
   * The CIDR block of the new VPC.
   *
   * @default '172.16.0.0/16'
   */
  readonly vpcCidrBlock?: string;

  /**
   * The CIDR block of the new vSwitch, inside the VPC block.
   *
   * @default '172.16.0.0/24'
   */
  readonly vswitchCidrBlock?: string;

  /**
   * The name of the new VPC, vSwitch and security group (same rule as security group names).
   *
   * @default - no names
   */
  readonly networkName?: string;

  /**
   * Use this vSwitch instead of creating a network: then nothing is created, and none of
   * `instanceType`, `zoneId`, `vpcCidrBlock`, `vswitchCidrBlock` or `networkName` may be set.
   *
   * @default - a new VPC, vSwitch and security group
   */
  readonly existingVSwitch?: IVSwitch;

  /**
   * The security group to use with `existingVSwitch`.
   *
   * @default - no security group when `existingVSwitch` is given, else a new one
   */
  readonly existingSecurityGroup?: ISecurityGroup;

  /**
   * Whether to create a security group (without inbound rules) with a new network, for instances
   * you launch into it. Image Builder does not need it: it creates its own for each build.
   *
   * @default true
   */
  readonly securityGroup?: boolean;

  /**
   * Tags of everything the construct creates.
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * The provider (region) of the network.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

const BUILD_NETWORK_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.BuildNetwork');

/**
 * The network image builds run in: a new VPC, a vSwitch in a zone where the build instance type
 * is available, and (unless `securityGroup: false`) a security group with no inbound rules for
 * instances you launch there, such as an `Instance` to capture as an image (Image Builder creates
 * its own security group per build); or an existing vSwitch (and security group), in which case
 * nothing is created.
 */
export class BuildNetwork extends Construct {
  /**
   * Whether `x` is a `BuildNetwork` construct of this library (imported ones are not).
   */
  public static isBuildNetwork(x: any): x is BuildNetwork {
    return x !== null && typeof x === 'object' && BUILD_NETWORK_SYMBOL in x;
  }

  /**
   * The vSwitch builds run in.
   */
  public readonly vswitch: IVSwitch;

  /**
   * The new VPC; undefined when an existing vSwitch is used.
   */
  public readonly vpc?: IVpc;

  /**
   * The security group for instances in this network (no inbound rules when created here);
   * undefined with `securityGroup: false`, or when an existing vSwitch is used without
   * `existingSecurityGroup`.
   */
  public readonly securityGroup?: ISecurityGroup;

  /**
   * The zone of the vSwitch (a token when chosen by the zone lookup); undefined when an existing
   * vSwitch of unknown zone is used.
   */
  public readonly zoneId?: string;

  constructor(scope: Construct, id: string, props: BuildNetworkProps = {}) {
    super(scope, id);
    Object.defineProperty(this, BUILD_NETWORK_SYMBOL, { value: true });
    checkProps(this, props, {
      instanceType: instanceOf(InstanceType, 'InstanceType'), zoneId: nonEmpty, vpcCidrBlock: str, vswitchCidrBlock: str, networkName: str,
      existingVSwitch: obj, existingSecurityGroup: obj, securityGroup: bool, tags: strMap, provider: obj,
    });
    checkAlicloudProvider(this, 'provider', props.provider);
    checkResourceName(this, 'networkName', props.networkName, 128);
    checkInstanceTypeName(this, 'instanceType', props.instanceType?.name);

    if (props.existingVSwitch) {
      for (const [name, value] of Object.entries({
        instanceType: props.instanceType?.name,
        zoneId: props.zoneId,
        vpcCidrBlock: props.vpcCidrBlock,
        vswitchCidrBlock: props.vswitchCidrBlock,
        networkName: props.networkName,
        securityGroup: props.securityGroup,
      })) {
        checkExclusive(this, name, value, 'existingVSwitch', props.existingVSwitch.node.path);
      }
      this.vswitch = props.existingVSwitch;
      this.zoneId = props.existingVSwitch.zoneId;
      this.securityGroup = props.existingSecurityGroup;
      return;
    }
    if (props.existingSecurityGroup) {
      fail(this, 'existingSecurityGroup', 'requires existingVSwitch (a new network gets its own security group)', props.existingSecurityGroup.node.path);
    }

    const zoneId = props.zoneId ?? new alicloud.dataAlicloudZones.DataAlicloudZones(this, 'Zones', literalValue({
      availableInstanceType: props.instanceType?.name,
      availableResourceCreation: 'VSwitch',
      provider: props.provider,
    })).zones.get(0).id;

    const vpc = new Vpc(this, 'Vpc', {
      cidrBlock: props.vpcCidrBlock,
      vpcName: props.networkName,
      tags: props.tags,
      provider: props.provider,
    });
    this.vswitch = new VSwitch(this, 'VSwitch', {
      vpc,
      cidrBlock: props.vswitchCidrBlock ?? '172.16.0.0/24',
      zoneId,
      vswitchName: props.networkName,
      tags: props.tags,
      provider: props.provider,
    });
    this.securityGroup = props.securityGroup === false ? undefined : new SecurityGroup(this, 'SecurityGroup', {
      vpc,
      securityGroupName: props.networkName,
      description: 'Image build instances: no inbound rules',
      tags: props.tags,
      provider: props.provider,
    });
    this.vpc = vpc;
    this.zoneId = zoneId;
  }
}
