/**
 * Network exposure: inbound rules open to the Internet, and public bandwidth on instances and builds.
 */
import { RuleLevel } from '../rule-level';
import { literalNumber, literalString, Rule } from './rule';

/** Where a security group rule resource keeps what the rule matches: one row per resource type. */
interface GroupRuleAttributes {
  readonly direction: string;
  readonly protocol: string;
  readonly portRange: string;
  readonly cidrs: readonly string[];
  readonly policy: string;
}

const ALICLOUD_STYLE: GroupRuleAttributes = {
  direction: 'type', protocol: 'ip_protocol', portRange: 'port_range', cidrs: ['cidr_ip', 'ipv6_cidr_ip'], policy: 'policy',
};

const GROUP_RULES: Record<string, GroupRuleAttributes> = {
  alicloud_security_group_rule: ALICLOUD_STYLE,
  alibabacloudstack_security_group_rule: ALICLOUD_STYLE,
};

/** Public bandwidth arguments of the resources that start (build) instances. */
const BANDWIDTH_ATTRIBUTES: Record<string, string> = {
  alicloud_ecs_image_pipeline: 'internet_max_bandwidth_out',
  alicloud_instance: 'internet_max_bandwidth_out',
  alicloud_ecs_launch_template: 'internet_max_bandwidth_out',
  alibabacloudstack_ecs_instance: 'internet_max_bandwidth_out',
  alibabacloudstack_instance: 'internet_max_bandwidth_out',
};

const ANYWHERE = ['0.0.0.0/0', '::/0'];
const SENSITIVE_PORTS: ReadonlyArray<{ port: number; protocols: readonly string[]; name: string }> = [
  { port: 22, protocols: ['tcp'], name: 'SSH' },
  { port: 3389, protocols: ['tcp', 'udp'], name: 'RDP' },
];

/** What an inbound rule open to anywhere exposes, or undefined when it exposes no sensitive port. */
function exposure(protocol: string, portRange: string | undefined): string | undefined {
  if (protocol === 'all') return 'all protocols and ports';
  const match = /^(-?\d+)\/(-?\d+)$/.exec(portRange ?? '');
  if (!match) return undefined;
  const [from, to] = [Number(match[1]), Number(match[2])];
  if ((from === -1 && to === -1) || (from <= 1 && to >= 65535)) return protocol === 'tcp' || protocol === 'udp' ? `all ${protocol} ports` : undefined;
  const hits = SENSITIVE_PORTS.filter((p) => p.protocols.includes(protocol) && from <= p.port && p.port <= to);
  return hits.length === 0 ? undefined : `${protocol} ${portRange} (${hits.map((h) => `${h.name} ${h.port}`).join(', ')})`;
}

export const OPEN_INGRESS_RULE: Rule = {
  id: 'AIB-SEC-004',
  title: 'Ingress from anywhere to SSH, RDP or all ports',
  catches: 'an accepting inbound security group rule (`alicloud_security_group_rule`, `alibabacloudstack_security_group_rule`) from `0.0.0.0/0` or `::/0` to TCP 22, TCP/UDP 3389, all TCP/UDP ports or all protocols',
  defaultLevel: RuleLevel.ERROR,
  check(resource) {
    const columns = GROUP_RULES[resource.type];
    if (!columns) return [];
    const a = resource.attributes;
    const policy = a[columns.policy] === undefined ? 'accept' : literalString(a[columns.policy]);
    const protocol = literalString(a[columns.protocol])?.toLowerCase();
    if (literalString(a[columns.direction]) !== 'ingress' || policy !== 'accept' || protocol === undefined) return [];
    const what = exposure(protocol, literalString(a[columns.portRange]));
    if (what === undefined) return [];
    return columns.cidrs
      .map((c) => literalString(a[c]))
      .filter((cidr): cidr is string => cidr !== undefined && ANYWHERE.includes(cidr.trim()))
      .map((cidr) => `allows inbound ${what} from ${cidr}`);
  },
};

export const PUBLIC_BANDWIDTH_RULE: Rule = {
  id: 'AIB-SEC-005',
  title: 'Public bandwidth on an instance or build',
  catches: '`internet_max_bandwidth_out` above 0 on an image pipeline (its build instance), an instance or a launch template: the instance gets a public IP address',
  defaultLevel: RuleLevel.WARNING,
  check(resource) {
    const attribute = BANDWIDTH_ATTRIBUTES[resource.type];
    const value = attribute === undefined ? undefined : literalNumber(resource.attributes[attribute]);
    return value !== undefined && value > 0
      ? [`${attribute} is ${value} Mbit/s, so the instance gets a public IP address (use a vSwitch with a NAT gateway for egress)`]
      : [];
  },
};
