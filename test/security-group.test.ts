/** SecurityGroup: no inbound rules by default; typed ingress and egress rules; importer. */
import { Lazy } from 'cdktf';
import { InnerAccessPolicy, IpProtocol, Peer, Port, RulePolicy, SecurityGroup, SecurityGroupType, Vpc } from '../lib';
import { expectInvalid } from './util/validation-error';
import { logicalId, ref } from './util/refs';
import { alicloudStack, synth } from './util/synth';

function group() {
  const stack = alicloudStack();
  const sg = new SecurityGroup(stack, 'Sg', { vpc: Vpc.fromVpcId(stack, 'Vpc', 'vpc-1') });
  return { stack, sg };
}

test('a new group has no rules at all', () => {
  const stack = alicloudStack();
  const sg = new SecurityGroup(stack, 'Sg', {
    vpc: Vpc.fromVpcId(stack, 'Vpc', 'vpc-1'), securityGroupName: 'builds', description: 'build instances', tags: { a: 'b' }, resourceGroupId: 'rg-1',
  });
  const out = synth(stack);
  expect(out.resource('alicloud_security_group')).toEqual({
    vpc_id: 'vpc-1', security_group_name: 'builds', description: 'build instances', tags: { a: 'b' }, resource_group_id: 'rg-1',
  });
  expect(out.resources('alicloud_security_group_rule')).toEqual({});
  expect(sg.node.defaultChild).toBe(sg.resource);
});

test('addIngressRule and addEgressRule write typed rules', () => {
  const { stack, sg } = group();
  const other = SecurityGroup.fromSecurityGroupId(stack, 'Bastion', 'sg-bastion');
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { description: 'ssh from the office' });
  sg.addIngressRule(Peer.securityGroup(other), Port.tcpRange(8000, 8080), { priority: 10 });
  sg.addEgressRule(Peer.anyIpv4(), Port.allTraffic(), { policy: RulePolicy.DROP, priority: 100 });
  sg.addEgressRule(Peer.ipv4('192.0.2.10'), Port.udp(53));
  sg.addEgressRule(Peer.ipv4('100.100.2.136/32'), Port.icmp());
  const out = synth(stack);
  const sgRef = ref(`alicloud_security_group.${logicalId(out, 'alicloud_security_group')}.id`);
  const rules = Object.values(out.resources('alicloud_security_group_rule'));
  const common = { security_group_id: sgRef };
  expect(rules).toEqual(expect.arrayContaining([
    { ...common, type: 'ingress', ip_protocol: 'tcp', port_range: '22/22', cidr_ip: '10.0.0.0/8', policy: 'accept', priority: 1, description: 'ssh from the office' },
    { ...common, type: 'ingress', ip_protocol: 'tcp', port_range: '8000/8080', source_security_group_id: 'sg-bastion', policy: 'accept', priority: 10 },
    { ...common, type: 'egress', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 100 },
    { ...common, type: 'egress', ip_protocol: 'udp', port_range: '53/53', cidr_ip: '192.0.2.10', policy: 'accept', priority: 1 },
    { ...common, type: 'egress', ip_protocol: 'icmp', port_range: '-1/-1', cidr_ip: '100.100.2.136/32', policy: 'accept', priority: 1 },
  ]));
  expect(rules).toHaveLength(5);
});

test('Port factories', () => {
  expect([Port.allTcp(), Port.allUdp(), Port.udpRange(1, 2), Port.icmp()].map(String)).toEqual(['tcp 1/65535', 'udp 1/65535', 'udp 1/2', 'icmp']);
  expect(Port.tcp(443).protocol).toBe(IpProtocol.TCP);
});

test('ports: 1-65535, from before to', () => {
  const { sg } = group();
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(1));
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(65535));
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(0)), /test\/Sg: ingress rule port fromPort must be an integer from 1 to 65535 \(got 0\)/);
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.udp(65536)), /ingress rule port fromPort must be an integer from 1 to 65535/);
  expectInvalid(() => sg.addEgressRule(Peer.ipv4('10.0.0.0/8'), Port.tcpRange(81, 80)), /egress rule port must not start after it ends \(81 > 80\) \(got "81\/80"\)/);
  expect(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(Lazy.numberValue({ produce: () => 0 })))).not.toThrow();
});

test('priority: 1-100', () => {
  const { sg } = group();
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { priority: 100 });
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(80), { priority: 101 }), /ingress rule priority must be an integer from 1 to 100 \(got 101\)/);
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(80), { priority: 0 }), /ingress rule priority must be an integer from 1 to 100 \(got 0\)/);
});

test('peers: CIDR blocks or single addresses', () => {
  const { sg } = group();
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/33'), Port.tcp(22)), /ingress rule peer must be an IPv4 CIDR block/);
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('office'), Port.tcp(22)), /ingress rule peer must be an IPv4 address or CIDR block \(got "office"\)/);
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.1/8'), Port.tcp(22)), /ingress rule peer must have its host bits set to zero/);
  expect(() => sg.addIngressRule(Peer.ipv4('255.255.255.255'), Port.tcp(22))).not.toThrow();
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('256.0.0.1'), Port.tcp(22)), /ingress rule peer must be an IPv4 address or CIDR block \(got "256.0.0.1"\)/);
  expect(() => sg.addIngressRule(Peer.ipv4(Lazy.stringValue({ produce: () => 'x' })), Port.tcp(22))).not.toThrow();
});

test('IPv6 peers write ipv6_cidr_ip only (Peer.ipv6 is shared with apsara.SecurityGroup)', () => {
  const { stack, sg } = group();
  sg.addIngressRule(Peer.ipv6('2001:db8::/32'), Port.tcp(443));
  const [rule] = Object.values<any>(synth(stack).resources('alicloud_security_group_rule'));
  expect(rule).toMatchObject({ ipv6_cidr_ip: '2001:db8::/32', port_range: '443/443', policy: 'accept', priority: 1 });
  expect(rule).not.toHaveProperty('cidr_ip');
  expectInvalid(() => group().sg.addIngressRule(Peer.ipv6('10.0.0.0/8'), Port.tcp(22)), /ingress rule peer must be an IPv6 address or CIDR block/);
});

test('a rule can be added once; a different policy is a different rule', () => {
  const { stack, sg } = group();
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22));
  sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { policy: RulePolicy.DROP });
  expect(Object.keys(synth(stack).resources('alicloud_security_group_rule'))).toHaveLength(2);
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { description: 'again' }),
    /ingress rule already exists for this protocol, port range, peer and policy \(got "tcp 22\/22 10.0.0.0\/8"\)/);
});

test('names, descriptions and a missing VPC', () => {
  const stack = alicloudStack();
  const vpc = Vpc.fromVpcId(stack, 'Vpc', 'vpc-1');
  expectInvalid(() => new SecurityGroup(stack, 'A', { vpc, securityGroupName: '1sg' }), /test\/A: securityGroupName must be 2 to 128 characters, start with a letter/);
  expectInvalid(() => new SecurityGroup(stack, 'B', { vpc, description: 'x' }), /description must be 2 to 256 characters/);
  expectInvalid(() => new SecurityGroup(stack, 'C', { vpc: undefined as any }), /test\/C: vpc is required/);
  const { sg } = group();
  expectInvalid(() => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { description: 'x' }), /ingress rule description must be 2 to 256 characters/);
});

test('fromSecurityGroupId creates no resources', () => {
  const stack = alicloudStack();
  expect(SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1').securityGroupId).toBe('sg-1');
  expect(synth(stack).json.resource).toBeUndefined();
  // The same rule as apsara.SecurityGroup.fromSecurityGroupId: an empty id is no id.
  expectInvalid(() => SecurityGroup.fromSecurityGroupId(stack, 'Empty', ''), /^test\/Empty: securityGroupId is required and must not be empty \(got ""\)$/);
});

describe('group type, inner access policy and IPv6 peers', () => {
  test('securityGroupType and innerAccessPolicy reach alicloud_security_group', () => {
    const stack = alicloudStack();
    new SecurityGroup(stack, 'Sg', { vpc: Vpc.fromVpcId(stack, 'Vpc', 'vpc-1'), securityGroupType: SecurityGroupType.ENTERPRISE, innerAccessPolicy: InnerAccessPolicy.DROP });
    expect(synth(stack).resource('alicloud_security_group')).toEqual({ vpc_id: 'vpc-1', security_group_type: 'enterprise', inner_access_policy: 'Drop' });
  });

  test('an advanced group cannot accept traffic between its instances; unknown values are rejected', () => {
    const stack = alicloudStack();
    const vpc = Vpc.fromVpcId(stack, 'Vpc', 'vpc-1');
    expectInvalid(() => new SecurityGroup(stack, 'A', { vpc, securityGroupType: SecurityGroupType.ENTERPRISE, innerAccessPolicy: InnerAccessPolicy.ACCEPT }),
      /test\/A: innerAccessPolicy cannot be Accept for an advanced \(enterprise\) security group/);
    expectInvalid(() => new SecurityGroup(stack, 'B', { vpc, securityGroupType: 'advanced' as SecurityGroupType }),
      /test\/B: securityGroupType must be one of normal, enterprise \(got "advanced"\)/);
  });

  test('Peer.ipv6 and Peer.anyIpv6 write ipv6_cidr_ip', () => {
    const { stack, sg } = group();
    sg.addIngressRule(Peer.ipv6('2408:4000::/56'), Port.tcp(443));
    sg.addEgressRule(Peer.anyIpv6(), Port.allTraffic());
    const rules = Object.values<any>(synth(stack).resources('alicloud_security_group_rule'));
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ingress', port_range: '443/443', ipv6_cidr_ip: '2408:4000::/56' }),
      expect.objectContaining({ type: 'egress', ipv6_cidr_ip: '::/0' }),
    ]));
    expect(rules.every((r) => r.cidr_ip === undefined)).toBe(true);
  });

  test('IPv6 peers must be IPv6 addresses or blocks', () => {
    const { sg } = group();
    expect(() => sg.addIngressRule(Peer.ipv6('2408:4000::1'), Port.tcp(22))).not.toThrow();
    expectInvalid(() => sg.addIngressRule(Peer.ipv6('10.0.0.0/8'), Port.tcp(22)), /ingress rule peer must be an IPv6 address or CIDR block such as 2408:4000::\/56 \(got "10.0.0.0\/8"\)/);
    expectInvalid(() => sg.addIngressRule(Peer.ipv6('::/129'), Port.tcp(22)), /ingress rule peer must be an IPv6 address or CIDR block/);
  });
});
