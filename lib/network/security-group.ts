import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ISecurityGroup, IVpc } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { Peer } from './peer';
import { Port } from './port';
import { checkAlicloudProvider } from '../private/providers';
import { securityGroupRuleArgs } from '../private/security-group-rules';
import { checkDescription, checkOneOf, checkRequired, checkResourceName, checkTags, fail } from '../private/validation';
import { ExistingSecurityGroup } from '../private/existing-security-group';
import { literalValue } from '../private/template-escape';
import { checkProps, nonEmpty, obj, required, str, strMap } from '../private/runtime-checks';

/**
 * The kind of a security group (`security_group_type`).
 */
export enum SecurityGroupType {
  /** A basic security group. */
  NORMAL = 'normal',
  /** An advanced (enterprise) security group: more instances, instances isolated from each other. */
  ENTERPRISE = 'enterprise',
}

/**
 * Whether instances in the same security group can reach each other (`inner_access_policy`).
 */
export enum InnerAccessPolicy {
  /** Instances in the group can reach each other. */
  ACCEPT = 'Accept',
  /** Instances in the group are isolated from each other. */
  DROP = 'Drop',
}

/**
 * Properties of a `SecurityGroup`.
 */
export interface SecurityGroupProps {
  /**
   * The VPC of the group.
   */
  readonly vpc: IVpc;

  /**
   * The group name: 2-128 characters, starting with a letter; letters, digits, `.`, `:`, `_` and `-`.
   *
   * @default - no name
   */
  readonly securityGroupName?: string;

  /**
   * Description: 2-256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

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
   * Basic or advanced (enterprise) security group.
   *
   * @default SecurityGroupType.NORMAL
   */
  readonly securityGroupType?: SecurityGroupType;

  /**
   * Whether instances in a basic group can reach each other. Advanced groups always isolate them,
   * so `ACCEPT` cannot be combined with `SecurityGroupType.ENTERPRISE`.
   *
   * @default - the service default (Accept for basic groups)
   */
  readonly innerAccessPolicy?: InnerAccessPolicy;

  /**
   * The provider (region) the group is created with.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/** Whether a rule lets matching traffic through. */
export enum RulePolicy {
  /** Allow the traffic. */
  ACCEPT = 'accept',
  /** Drop the traffic. */
  DROP = 'drop',
}

/**
 * Options of a security group rule.
 */
export interface SecurityGroupRuleOptions {
  /**
   * Description: 2-256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether the rule accepts or drops the traffic.
   *
   * @default RulePolicy.ACCEPT
   */
  readonly policy?: RulePolicy;

  /**
   * Priority from 1 (highest) to 100.
   *
   * @default 1
   */
  readonly priority?: number;
}

/**
 * What identifies a security group that exists outside this app.
 */
export interface SecurityGroupAttributes {
  /**
   * The security group id (`sg-...`).
   */
  readonly securityGroupId: string;

  /**
   * The id of the group's VPC (`vpc-...`). With it, an `Instance` or `LaunchTemplate` that uses the
   * group checks at synth that its vSwitch is in the same VPC (when the vSwitch's VPC id is known too).
   *
   * @default - unknown: the VPC is not checked
   */
  readonly vpcId?: string;
}

const SECURITY_GROUP_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.SecurityGroup');

/**
 * A security group (`alicloud_security_group`) in a VPC. It has **no inbound rules** unless you add
 * them with `addIngressRule`; outbound traffic follows the service default (allowed) unless you add
 * egress rules. The L1 is `securityGroup.resource`.
 */
export class SecurityGroup extends Construct implements ISecurityGroup {
  /**
   * Whether `x` is a `SecurityGroup` construct of this library (imported ones are not).
   */
  public static isSecurityGroup(x: any): x is SecurityGroup {
    return x !== null && typeof x === 'object' && SECURITY_GROUP_SYMBOL in x;
  }

  /**
   * An existing security group by id. Creates no resources.
   */
  public static fromSecurityGroupId(scope: Construct, id: string, securityGroupId: string): ISecurityGroup {
    return new ExistingSecurityGroup(scope, id, { securityGroupId }, false);
  }

  /**
   * An existing security group by id and VPC. Creates no resources.
   */
  public static fromSecurityGroupAttributes(scope: Construct, id: string, attrs: SecurityGroupAttributes): ISecurityGroup {
    return new ExistingSecurityGroup(scope, id, attrs, true);
  }

  /**
   * The security group id, resolved at deploy time.
   */
  public readonly securityGroupId: string;

  /**
   * The id of the group's VPC (a token when the VPC is created by this app).
   */
  public readonly vpcId?: string;

  /**
   * The underlying `alicloud_security_group` resource.
   */
  public readonly resource: alicloud.securityGroup.SecurityGroup;

  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    Object.defineProperty(this, SECURITY_GROUP_SYMBOL, { value: true });
    checkProps(this, props, {
      vpc: required(obj), securityGroupName: str, description: str, tags: strMap, resourceGroupId: nonEmpty, provider: obj,
      securityGroupType: str, innerAccessPolicy: str, // values: checkOneOf below
    });
    checkRequired(this, 'vpc', props.vpc);
    checkResourceName(this, 'securityGroupName', props.securityGroupName, 128);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkOneOf(this, 'securityGroupType', props.securityGroupType, Object.values(SecurityGroupType));
    checkOneOf(this, 'innerAccessPolicy', props.innerAccessPolicy, Object.values(InnerAccessPolicy));
    if (props.securityGroupType === SecurityGroupType.ENTERPRISE && props.innerAccessPolicy === InnerAccessPolicy.ACCEPT) {
      fail(this, 'innerAccessPolicy', 'cannot be Accept for an advanced (enterprise) security group: its instances are always isolated', props.innerAccessPolicy);
    }
    checkAlicloudProvider(this, 'provider', props.provider);
    this.provider = props.provider;
    this.resource = new alicloud.securityGroup.SecurityGroup(this, 'Resource', literalValue({
      vpcId: props.vpc.vpcId,
      securityGroupName: props.securityGroupName,
      description: props.description,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      securityGroupType: props.securityGroupType,
      innerAccessPolicy: props.innerAccessPolicy,
      provider: props.provider,
    }));
    this.securityGroupId = this.resource.id;
    this.vpcId = props.vpc.vpcId;
  }

  /**
   * Allows (or drops) inbound traffic from `peer` on `port`, e.g.
   * `addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22))`.
   */
  public addIngressRule(peer: Peer, port: Port, options: SecurityGroupRuleOptions = {}): alicloud.securityGroupRule.SecurityGroupRule {
    return this.addRule('ingress', peer, port, options);
  }

  /**
   * Allows (or drops) outbound traffic to `peer` on `port`.
   */
  public addEgressRule(peer: Peer, port: Port, options: SecurityGroupRuleOptions = {}): alicloud.securityGroupRule.SecurityGroupRule {
    return this.addRule('egress', peer, port, options);
  }

  private addRule(direction: 'ingress' | 'egress', peer: Peer, port: Port, options: SecurityGroupRuleOptions): alicloud.securityGroupRule.SecurityGroupRule {
    const { id, ...args } = securityGroupRuleArgs(this, direction, peer, port, options);
    return new alicloud.securityGroupRule.SecurityGroupRule(this, id, literalValue({
      securityGroupId: this.securityGroupId,
      ...args,
      provider: this.provider,
    }));
  }
}
