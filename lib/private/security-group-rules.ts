// A security group rule's arguments, the same on both clouds (alicloud_security_group_rule and
// alibabacloudstack_security_group_rule take the same fields): the checks, the secure defaults
// (accept at priority 1, only what you add) and the content-addressed construct id.
import { IConstruct } from 'constructs';
import { contentHash } from './hash';
import { checkDescription, checkOneOf, checkRange, checkRequired, fail } from './validation';

/** What a Peer renders (lib/network/peer.ts). */
interface RulePeer {
  _render(scope: IConstruct, property: string): { cidrIp?: string; ipv6CidrIp?: string; sourceSecurityGroupId?: string; key: string };
}

/** What a Port renders (lib/network/port.ts). */
interface RulePort {
  readonly protocol: string;
  _renderPortRange(scope: IConstruct, property: string): string;
}

/** The options both clouds' addIngressRule/addEgressRule take. */
export interface RuleOptionsInput {
  readonly description?: string;
  readonly policy?: string;
  readonly priority?: number;
}

export interface RuleArgs {
  /** The construct id: follows what the rule matches, so reordering addXxxRule calls replaces nothing. */
  readonly id: string;
  readonly type: 'ingress' | 'egress';
  readonly ipProtocol: string;
  readonly portRange: string;
  readonly cidrIp?: string;
  readonly ipv6CidrIp?: string;
  readonly sourceSecurityGroupId?: string;
  readonly policy: string;
  readonly priority: number;
  readonly description?: string;
}

/** Validates a rule of the group at `scope` and returns its resource arguments. */
export function securityGroupRuleArgs(scope: IConstruct, direction: 'ingress' | 'egress', peer: RulePeer, port: RulePort,
  options: RuleOptionsInput): RuleArgs {
  const property = `${direction} rule`;
  checkRequired(scope, `${property} peer`, peer);
  checkRequired(scope, `${property} port`, port);
  const portRange = port._renderPortRange(scope, `${property} port`);
  const target = peer._render(scope, `${property} peer`);
  checkRange(scope, `${property} priority`, options.priority, 1, 100);
  checkDescription(scope, `${property} description`, options.description);
  checkOneOf(scope, `${property} policy`, options.policy, ['accept', 'drop']);
  const id = `${direction === 'ingress' ? 'Ingress' : 'Egress'}${contentHash(port.protocol, portRange, target.key, options.policy ?? '')}`;
  if (scope.node.tryFindChild(id)) fail(scope, property, 'already exists for this protocol, port range, peer and policy', `${port} ${target.key}`);
  return {
    id,
    type: direction,
    ipProtocol: port.protocol,
    portRange,
    cidrIp: target.cidrIp,
    ipv6CidrIp: target.ipv6CidrIp,
    sourceSecurityGroupId: target.sourceSecurityGroupId,
    policy: options.policy ?? 'accept',
    priority: options.priority ?? 1,
    description: options.description,
  };
}
