/**
 * apsara.SecurityGroup rules (alibabacloudstack_security_group_rule): the public cloud's API shape
 * (addIngressRule(peer, port, options)), its secure defaults, and each provider-side rule of
 * provider 3.18.5 that the schema does not carry, enforced at synth, both ways.
 */
import { TerraformStack, TerraformVariable } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import { apsara, Peer, Port, RulePolicy, SecurityChecks, SecurityGroupRuleOptions } from '../lib';
import { findingsOf } from './util/annotations';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

const RULE = 'alibabacloudstack_security_group_rule';

function group(stack: TerraformStack, id = 'Sg'): apsara.SecurityGroup {
  return new apsara.SecurityGroup(stack, id, { vpc: apsara.Vpc.fromVpcId(stack, `${id}Vpc`, 'vpc-1') });
}

describe('API shape and secure defaults (as SecurityGroup on Alibaba Cloud)', () => {
  test('a new group has no rules', () => {
    const stack = apsaraStack();
    group(stack);
    expect(synth(stack).resources(RULE)).toEqual({});
  });

  test('addIngressRule writes an intranet accept rule at priority 1 for the peer and port', () => {
    const stack = apsaraStack();
    const sg = group(stack);
    const rule = sg.addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22));
    const out = synth(stack);
    expect(Object.values(out.resources(RULE))).toEqual([{
      security_group_id: resolve(stack, sg.securityGroupId),
      type: 'ingress',
      ip_protocol: 'tcp',
      port_range: '22/22',
      cidr_ip: '172.16.0.0/24',
      nic_type: 'intranet',
      policy: 'accept',
      priority: 1,
    }]);
    expect(rule.node.scope).toBe(sg);
  });

  test('addEgressRule, drop policy, priority, description, port ranges and all traffic', () => {
    const stack = apsaraStack();
    const sg = group(stack);
    sg.addEgressRule(Peer.anyIpv4(), Port.allTraffic(), { policy: RulePolicy.DROP, priority: 100, description: 'no way out' });
    sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcpRange(8000, 8080));
    const rules = Object.values<any>(synth(stack).resources(RULE));
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'egress', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0', policy: 'drop', priority: 100, description: 'no way out' }),
      expect.objectContaining({ type: 'ingress', ip_protocol: 'tcp', port_range: '8000/8080', cidr_ip: '10.0.0.0/8' }),
    ]));
  });

  test('the same checks as the public cloud: priority 1-100, description, port order, duplicates, policy', () => {
    const sg = () => group(apsaraStack());
    const ssh = (options: SecurityGroupRuleOptions) => () => sg().addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), options);
    expect(validationErrorOf(ssh({ priority: 0 }))).toBe('test/Sg: ingress rule priority must be an integer from 1 to 100 (got 0)');
    expect(validationErrorOf(ssh({ priority: 101 }))).toMatch(/priority must be an integer from 1 to 100 \(got 101\)/);
    expect(() => ssh({ priority: 1 })()).not.toThrow();
    expect(() => ssh({ priority: 100 })()).not.toThrow();
    expect(validationErrorOf(ssh({ description: 'x' }))).toMatch(/ingress rule description must be 2 to 256 characters/);
    // Python and JavaScript callers can pass any string where the enum is expected.
    expect(validationErrorOf(ssh({ policy: 'allow' as RulePolicy }))).toMatch(/ingress rule policy must be one of accept, drop \(got "allow"\)/);
    expect(validationErrorOf(() => sg().addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcpRange(90, 80))))
      .toMatch(/ingress rule port must not start after it ends/);
    expect(validationErrorOf(() => sg().addIngressRule(Peer.ipv4('10.0.0.1/8'), Port.tcp(22)))).toMatch(/ingress rule peer/);
    const one = sg();
    one.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22));
    expect(validationErrorOf(() => one.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22))))
      .toMatch(/ingress rule already exists for this protocol, port range, peer and policy/);
    expect(validationErrorOf(() => one.addIngressRule(undefined as any, Port.tcp(22)))).toMatch(/ingress rule peer is required/);
  });

  test('ForceNew arguments: the construct id follows what the rule matches, not the call order', () => {
    const ids = (order: number[]) => {
      const stack = apsaraStack();
      const sg = group(stack);
      const calls = [
        () => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22)),
        () => sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(443)),
      ];
      return order.map((i) => calls[i]().node.id).sort();
    };
    expect(ids([0, 1])).toEqual(ids([1, 0]));
    // description is the one in-place argument, so it does not take part in the id.
    const a = group(apsaraStack()).addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { description: 'one' }).node.id;
    const b = group(apsaraStack()).addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { description: 'two' }).node.id;
    expect(a).toBe(b);
  });
});

describe('provider rule: at least one of cidr_ip, ipv6_cidr_ip, source_security_group_id', () => {
  test.each([
    ['cidr_ip', () => Peer.ipv4('172.16.0.0/24'), '172.16.0.0/24'],
    ['ipv6_cidr_ip', () => Peer.ipv6('2001:db8::/32'), '2001:db8::/32'],
  ])('each peer kind sets exactly one of them: %s', (attribute, peer, value) => {
    const stack = apsaraStack();
    group(stack).addIngressRule(peer(), Port.tcp(22));
    const [rule] = Object.values<any>(synth(stack).resources(RULE));
    expect(rule[attribute]).toBe(value);
    for (const other of ['cidr_ip', 'ipv6_cidr_ip', 'source_security_group_id'].filter((a) => a !== attribute)) expect(rule).not.toHaveProperty(other);
  });

  test('a security group peer sets source_security_group_id', () => {
    const stack = apsaraStack();
    const sg = group(stack);
    const peer = group(stack, 'Peer');
    sg.addIngressRule(Peer.securityGroup(peer), Port.tcp(22));
    const [rule] = Object.values<any>(synth(stack).resources(RULE));
    expect(rule.source_security_group_id).toBe(resolve(stack, peer.securityGroupId));
    expect(rule).not.toHaveProperty('cidr_ip');
  });

  test('an escape hatch that removes the peer is caught at synth', () => {
    const stack = apsaraStack();
    group(stack).addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22)).addOverride('cidr_ip', null);
    expect(validationErrorOf(() => synth(stack)))
      .toMatch(/^test\/Sg: Ingress\w+ must set at least one of cidr_ip, ipv6_cidr_ip, source_security_group_id \(the provider's rule\)/);
  });

  test('empty peers are rejected', () => {
    expect(validationErrorOf(() => group(apsaraStack()).addIngressRule(Peer.ipv4(''), Port.tcp(22)))).toMatch(/ingress rule peer/);
    expect(validationErrorOf(() => group(apsaraStack()).addIngressRule(Peer.ipv6(''), Port.tcp(22))))
      .toMatch(/ingress rule peer must be an IPv6 address or CIDR block/);
    expect(validationErrorOf(() => group(apsaraStack()).addIngressRule(Peer.ipv6('10.0.0.0/8'), Port.tcp(22))))
      .toMatch(/ingress rule peer must be an IPv6 address or CIDR block such as 2408:4000::\/56 \(got "10.0.0.0\/8"\)/);
  });
});

describe.each([
  ['ipv6_cidr_ip', '2001:db8::/32', () => Peer.ipv6('2001:db8::/32')],
  ['source_security_group_id', 'sg-other', () => Peer.securityGroup(apsara.SecurityGroup.fromSecurityGroupId(apsaraStack('other'), 'X', 'sg-other'))],
])('provider rule: %s conflicts with cidr_ip', (attribute, value, peer) => {
  test(`${attribute} alone passes`, () => {
    const stack = apsaraStack();
    group(stack).addIngressRule(peer(), Port.tcp(22));
    expect(Object.values<any>(synth(stack).resources(RULE))[0][attribute]).toBe(value);
  });

  test(`${attribute} together with cidr_ip (through an escape hatch) is a synth-time error`, () => {
    const stack = apsaraStack();
    group(stack).addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22)).addOverride(attribute, value);
    expect(validationErrorOf(() => synth(stack)))
      .toBe(`test/Sg: cidr_ip conflicts with ${attribute}: the provider accepts only one of them (got "172.16.0.0/24")`);
  });
});

test('tokens pass for peers, ports and options', () => {
  const stack = apsaraStack();
  const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
  const port = new TerraformVariable(stack, 'port', { type: 'number' });
  group(stack).addIngressRule(Peer.ipv4(cidr.stringValue), Port.tcp(port.numberValue));
  const [rule] = Object.values<any>(synth(stack).resources(RULE));
  expect(rule.cidr_ip).toBe('${var.cidr}');
  expect(rule.port_range).toBe('${var.port}/${var.port}');
});

test('the security rule pack reads Apsara Stack rules too (AIB-SEC-004: SSH from anywhere)', () => {
  const stack = apsaraStack();
  const sg = group(stack);
  sg.addIngressRule(Peer.anyIpv4(), Port.tcp(22));
  sg.addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22));
  SecurityChecks.apply(stack);
  const findings = findingsOf(stack, 'AIB-SEC-004');
  expect(findings.map((f) => [f.path, f.level])).toEqual([[expect.stringMatching(/^Sg\/Ingress/), 'error']]);
  expect(findings[0].message).toMatch(/allows inbound tcp 22\/22 \(SSH 22\) from 0\.0\.0\.0\/0/);
});
