import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ISecurityGroup, IVpc } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { Peer } from './peer';
import { Port } from './port';
import { contentHash } from '../private/hash';
import { checkAlicloudProvider } from '../private/providers';
import { checkDescription, checkRange, checkRequired, checkResourceName, checkTags, fail } from '../private/validation';

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
 * A security group (`alicloud_security_group`) in a VPC. It has **no inbound rules** unless you add
 * them with `addIngressRule`; outbound traffic follows the service default (allowed) unless you add
 * egress rules. The L1 is `securityGroup.resource`.
 */
export class SecurityGroup extends Construct implements ISecurityGroup {
  /**
   * An existing security group by id. Creates no resources.
   */
  public static fromSecurityGroupId(scope: Construct, id: string, securityGroupId: string): ISecurityGroup {
    return new ExistingSecurityGroup(scope, id, securityGroupId);
  }

  /**
   * The security group id, resolved at deploy time.
   */
  public readonly securityGroupId: string;

  /**
   * The underlying `alicloud_security_group` resource.
   */
  public readonly resource: alicloud.securityGroup.SecurityGroup;

  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    checkRequired(this, 'vpc', props.vpc);
    checkResourceName(this, 'securityGroupName', props.securityGroupName, 128);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.provider = props.provider;
    this.resource = new alicloud.securityGroup.SecurityGroup(this, 'Resource', {
      vpcId: props.vpc.vpcId,
      securityGroupName: props.securityGroupName,
      description: props.description,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      provider: props.provider,
    });
    this.securityGroupId = this.resource.id;
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
    const property = `${direction} rule`;
    checkRequired(this, `${property} peer`, peer);
    checkRequired(this, `${property} port`, port);
    const portRange = port._renderPortRange(this, `${property} port`);
    const target = peer._render(this, `${property} peer`);
    checkRange(this, `${property} priority`, options.priority, 1, 100);
    checkDescription(this, `${property} description`, options.description);
    // The id follows what the rule matches, so reordering addXxxRule calls does not replace rules.
    const id = `${direction === 'ingress' ? 'Ingress' : 'Egress'}${contentHash(port.protocol, portRange, target.key, options.policy ?? '')}`;
    if (this.node.tryFindChild(id)) fail(this, property, 'already exists for this protocol, port range, peer and policy', `${port} ${target.key}`);
    return new alicloud.securityGroupRule.SecurityGroupRule(this, id, {
      securityGroupId: this.securityGroupId,
      type: direction,
      ipProtocol: port.protocol,
      portRange,
      cidrIp: target.cidrIp,
      sourceSecurityGroupId: target.sourceSecurityGroupId,
      policy: options.policy ?? RulePolicy.ACCEPT,
      priority: options.priority ?? 1,
      description: options.description,
      provider: this.provider,
    });
  }
}

class ExistingSecurityGroup extends Construct implements ISecurityGroup {
  constructor(scope: Construct, id: string, public readonly securityGroupId: string) {
    super(scope, id);
    checkRequired(this, 'securityGroupId', securityGroupId);
  }
}
