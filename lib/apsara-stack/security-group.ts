import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checkDescription, checkLength, checkNotUrl, checkTags, fail } from '../private/validation';
import { guardProviderAtLeastOne, guardProviderConflicts } from '../private/provider-conflicts';
import { securityGroupRuleArgs } from '../private/security-group-rules';
import { ISecurityGroup, IVpc } from '../core/interfaces';
// The rule vocabulary is the public cloud's: the same Peer, Port and options on both clouds.
import { Peer } from '../network/peer';
import { Port } from '../network/port';
// One enum per concept on both clouds: the group kind and inner access policy are the root's.
import { InnerAccessPolicy, SecurityGroupRuleOptions, SecurityGroupType } from '../network/security-group';
import { ExistingSecurityGroup } from '../private/existing-security-group';
import { literalValue } from '../private/template-escape';
import { checkProps, obj, oneOf, required, str, strMap } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/**
 * Properties of a `SecurityGroup`.
 */
export interface SecurityGroupProps {
  /**
   * The VPC the security group belongs to.
   */
  readonly vpc: IVpc;

  /**
   * The security group name, 2 to 128 characters, not starting with `http://` or `https://`.
   *
   * @default - Apsara Stack generates a name
   */
  readonly securityGroupName?: string;

  /**
   * The description, 2 to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The kind of security group.
   *
   * @default SecurityGroupType.NORMAL
   */
  readonly securityGroupType?: SecurityGroupType;

  /**
   * Whether instances in the group can reach each other.
   *
   * @default - Apsara Stack decides (Accept for normal groups)
   */
  readonly innerAccessPolicy?: InnerAccessPolicy;

  /**
   * Tags of the security group (at most 20).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;
}

/**
 * What identifies an Apsara Stack security group that exists outside this app.
 */
export interface SecurityGroupAttributes {
  /**
   * The security group id (`sg-...`).
   */
  readonly securityGroupId: string;

  /**
   * The id of the group's VPC (`vpc-...`). With it, an `apsara.Instance` that uses the group checks
   * at synth that its vSwitch is in the same VPC (when the vSwitch's VPC id is known too).
   *
   * @default - unknown: the VPC is not checked
   */
  readonly vpcId?: string;
}

const APSARA_SECURITY_GROUP_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.SecurityGroup');

/**
 * A security group on Apsara Stack (`alibabacloudstack_ecs_securitygroup`). Like the public-cloud
 * `SecurityGroup`, it has **no inbound rules** unless you add them with `addIngressRule`
 * (`alibabacloudstack_security_group_rule`); outbound traffic follows the platform default unless you
 * add egress rules. The escape hatch is `resource`.
 *
 * @example
 * const group = new apsara.SecurityGroup(this, 'Sg', { vpc });
 * group.addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22), { description: 'SSH from the build subnet' });
 */
export class SecurityGroup extends Construct implements ISecurityGroup {
  /**
   * Whether `x` is a `SecurityGroup` construct of this library (imported ones are not).
   */
  public static isSecurityGroup(x: any): x is SecurityGroup {
    return x !== null && typeof x === 'object' && APSARA_SECURITY_GROUP_SYMBOL in x;
  }

  /**
   * Imports an existing Apsara Stack security group by id. Creates no resource.
   */
  public static fromSecurityGroupId(scope: Construct, id: string, securityGroupId: string): ISecurityGroup {
    return new ExistingSecurityGroup(scope, id, { securityGroupId }, false);
  }

  /**
   * Imports an existing Apsara Stack security group by id and VPC. Creates no resource.
   */
  public static fromSecurityGroupAttributes(scope: Construct, id: string, attrs: SecurityGroupAttributes): ISecurityGroup {
    return new ExistingSecurityGroup(scope, id, attrs, true);
  }

  /** The security group id, resolved at deploy time. */
  public readonly securityGroupId: string;

  /** The id of the group's VPC (a token when the VPC is created by this app). */
  public readonly vpcId?: string;

  /** The generated `alibabacloudstack_ecs_securitygroup` resource, for escape hatches. */
  public readonly resource: alibabacloudstack.ecsSecuritygroup.EcsSecuritygroup;

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_SECURITY_GROUP_SYMBOL, { value: true });
    checkProps(this, props, {
      vpc: required(obj), securityGroupName: str, description: str, securityGroupType: oneOf(SecurityGroupType, 'SecurityGroupType'),
      innerAccessPolicy: oneOf(InnerAccessPolicy, 'InnerAccessPolicy'), tags: strMap,
    });
    if (!props.vpc) fail(this, 'vpc', 'is required', props.vpc);
    checkLength(this, 'securityGroupName', props.securityGroupName, 2, 128);
    checkNotUrl(this, 'securityGroupName', props.securityGroupName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    this.resource = new alibabacloudstack.ecsSecuritygroup.EcsSecuritygroup(this, 'Resource', literalValue({
      vpcId: props.vpc.vpcId,
      name: props.securityGroupName,
      description: props.description,
      type: props.securityGroupType,
      innerAccessPolicy: props.innerAccessPolicy,
      tags: props.tags,
    }));
    this.securityGroupId = Lazy.stringValue({ produce: () => this.resource.id });
    this.vpcId = props.vpc.vpcId;
  }

  /**
   * Allows (or drops) inbound traffic from `peer` on `port`, e.g.
   * `addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22))`. Every argument of the rule but
   * its description is ForceNew: changing one replaces the rule.
   */
  public addIngressRule(peer: Peer, port: Port, options: SecurityGroupRuleOptions = {}): alibabacloudstack.securityGroupRule.SecurityGroupRule {
    return this.addRule('ingress', peer, port, options);
  }

  /**
   * Allows (or drops) outbound traffic to `peer` on `port`.
   */
  public addEgressRule(peer: Peer, port: Port, options: SecurityGroupRuleOptions = {}): alibabacloudstack.securityGroupRule.SecurityGroupRule {
    return this.addRule('egress', peer, port, options);
  }

  private addRule(direction: 'ingress' | 'egress', peer: Peer, port: Port, options: SecurityGroupRuleOptions): alibabacloudstack.securityGroupRule.SecurityGroupRule {
    const { id, ...args } = securityGroupRuleArgs(this, direction, peer, port, options);
    const rule = new alibabacloudstack.securityGroupRule.SecurityGroupRule(this, id, literalValue({
      securityGroupId: this.securityGroupId,
      ...args,
      // Apsara Stack difference: the group is in a VPC, whose rules are intranet rules. The provider
      // leaves nic_type computed; written here so the plan shows it (as the provider's example does).
      nicType: 'intranet',
    }));
    // Provider rules the schema does not carry (checked after escape-hatch overrides too): at least
    // one of the three peers, and cidr_ip with neither of the other two.
    guardProviderAtLeastOne(this, rule, ['cidr_ip', 'ipv6_cidr_ip', 'source_security_group_id']);
    guardProviderConflicts(this, rule, [['cidr_ip', 'ipv6_cidr_ip'], ['cidr_ip', 'source_security_group_id']]);
    return rule;
  }
}
