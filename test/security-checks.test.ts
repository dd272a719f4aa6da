/**
 * The security rule pack: rules AIB-SEC-004 to 008 firing and not firing, suppressions (reason
 * required), level overrides, props validation, and what `cdktf synth` does with the findings.
 * Secrets (001-003) are in security-checks-secrets.test.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import {
  alibabacloudstack, alicloud, BaseImage, BuildContent, Image, ImagePipeline, Peer, Port, RuleLevel, RulePolicy,
  apsara, SecurityChecks, SecurityGroup, Vpc,
} from '../lib';
import { findingsOf } from './util/annotations';
import { alicloudStack } from './util/synth';
import { expectInvalid } from './util/validation-error';

const short = (stack: TerraformStack, ruleId: string) => findingsOf(stack, ruleId).map((f) => [f.path, f.level, f.message.replace(/\. Fix it.*/, '')]);

/** A resource of a type the library has no binding for (yet), with its arguments as overrides. */
function rawResource(stack: TerraformStack, id: string, type: string, args: Record<string, unknown>): TerraformResource {
  const resource = new TerraformResource(stack, id, { terraformResourceType: type });
  for (const [key, value] of Object.entries(args)) resource.addOverride(key, value);
  return resource;
}

function securityGroup() {
  const stack = alicloudStack();
  return { stack, sg: new SecurityGroup(stack, 'Sg', { vpc: Vpc.fromVpcId(stack, 'Vpc', 'vpc-1') }) };
}

describe('AIB-SEC-004 ingress from anywhere', () => {
  test.each([
    ['SSH', Peer.anyIpv4(), Port.tcp(22), 'allows inbound tcp 22/22 (SSH 22) from 0.0.0.0/0'],
    ['RDP', Peer.anyIpv4(), Port.tcp(3389), 'allows inbound tcp 3389/3389 (RDP 3389) from 0.0.0.0/0'],
    ['RDP over UDP', Peer.anyIpv4(), Port.udp(3389), 'allows inbound udp 3389/3389 (RDP 3389) from 0.0.0.0/0'],
    ['a range holding 22', Peer.anyIpv4(), Port.tcpRange(1, 1024), 'allows inbound tcp 1/1024 (SSH 22) from 0.0.0.0/0'],
    ['all TCP ports', Peer.anyIpv4(), Port.allTcp(), 'allows inbound all tcp ports from 0.0.0.0/0'],
    ['all traffic', Peer.anyIpv4(), Port.allTraffic(), 'allows inbound all protocols and ports from 0.0.0.0/0'],
  ])('fires on %s from anywhere', (_name, peer, port, message) => {
    const { stack, sg } = securityGroup();
    sg.addIngressRule(peer, port);
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-004')).toEqual([[expect.stringMatching(/^Sg\/Ingress/), 'error', `AIB-SEC-004 Ingress from anywhere to SSH, RDP or all ports: ${message}`]]);
  });

  test('does not fire on a narrower source, other ports, drop rules, egress or ICMP', () => {
    const { stack, sg } = securityGroup();
    sg.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22));
    sg.addIngressRule(Peer.anyIpv4(), Port.tcp(443));
    sg.addIngressRule(Peer.anyIpv4(), Port.udp(22));
    sg.addIngressRule(Peer.anyIpv4(), Port.icmp());
    sg.addIngressRule(Peer.anyIpv4(), Port.tcp(22), { policy: RulePolicy.DROP });
    sg.addEgressRule(Peer.anyIpv4(), Port.allTraffic());
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-004')).toEqual([]);
  });

  test('reads IPv6 sources and overrides of the L1; skips a port range known only at deploy', () => {
    const stack = alicloudStack();
    const v6 = new alicloud.securityGroupRule.SecurityGroupRule(stack, 'V6', { securityGroupId: 'sg-1', type: 'ingress', ipProtocol: 'tcp', portRange: '22/22', ipv6CidrIp: '::/0' });
    const overridden = new alicloud.securityGroupRule.SecurityGroupRule(stack, 'Overridden', { securityGroupId: 'sg-1', type: 'ingress', ipProtocol: 'tcp', portRange: '22/22', cidrIp: '10.0.0.0/8' });
    overridden.addOverride('cidr_ip', '0.0.0.0/0');
    const port = new TerraformVariable(stack, 'port', { type: 'string' });
    new alicloud.securityGroupRule.SecurityGroupRule(stack, 'Variable', { securityGroupId: 'sg-1', type: 'ingress', ipProtocol: 'tcp', portRange: port.stringValue, cidrIp: '0.0.0.0/0' });
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-004').map(([p, , m]) => [p, m])).toEqual([
      [v6.node.id, expect.stringContaining('tcp 22/22 (SSH 22) from ::/0')],
      [overridden.node.id, expect.stringContaining('tcp 22/22 (SSH 22) from 0.0.0.0/0')],
    ]);
  });

  test('checks the Apsara Stack rule resource too (one table row per resource type)', () => {
    const stack = alicloudStack();
    rawResource(stack, 'Apsara', 'alibabacloudstack_security_group_rule', { type: 'ingress', ip_protocol: 'all', port_range: '-1/-1', cidr_ip: '0.0.0.0/0' });
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-004')).toEqual([['Apsara', 'error', expect.stringContaining('all protocols and ports from 0.0.0.0/0')]]);
  });

  test('a suppression on the security group covers its rules and is reported as info; its reason is required', () => {
    const { stack, sg } = securityGroup();
    sg.addIngressRule(Peer.anyIpv4(), Port.tcp(22));
    expectInvalid(() => SecurityChecks.suppress(sg, 'AIB-SEC-004', ''), /^test\/Sg: reason must say why AIB-SEC-004 is accepted here \(a suppression needs a non-empty reason\) \(got ""\)$/);
    expectInvalid(() => SecurityChecks.suppress(sg, 'AIB-SEC-004', '  '), /reason must say why/);
    expectInvalid(() => SecurityChecks.suppress(sg, 'AIB-SEC-004', undefined as any), /reason must say why .* \(got undefined\)/);
    expectInvalid(() => SecurityChecks.suppress(sg, 'AIB-SEC-999', 'typo'), /^test\/Sg: ruleId must be a rule id of the pack \(AIB-SEC-001 to AIB-SEC-008\) \(got "AIB-SEC-999"\)$/);
    SecurityChecks.suppress(sg, 'AIB-SEC-004', 'bastion host, SSH keys only');
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-004')).toEqual([[expect.stringMatching(/^Sg\/Ingress/), 'info', 'AIB-SEC-004 suppressed (bastion host, SSH keys only): allows inbound tcp 22/22 (SSH 22) from 0.0.0.0/0']]);
  });
});

describe('AIB-SEC-005 public bandwidth', () => {
  const pipeline = (stack: TerraformStack, id: string, internetMaxBandwidthOutMbps?: number) => new ImagePipeline(stack, id, {
    baseImage: BaseImage.fromImageId('m-base'), buildContent: BuildContent.fromCommands('RUN yum update -y'), internetMaxBandwidthOutMbps,
  });

  test('fires on a pipeline and an instance with public bandwidth, not on 0 or unset; a level override makes it an error', () => {
    const stack = alicloudStack();
    pipeline(stack, 'Public', 10);
    pipeline(stack, 'Private', 0);
    pipeline(stack, 'Default');
    new alicloud.instance.Instance(stack, 'Instance', { internetMaxBandwidthOut: 5 });
    new alicloud.instance.Instance(stack, 'PrivateInstance', { internetMaxBandwidthOut: 0 });
    rawResource(stack, 'Template', 'alicloud_ecs_launch_template', { internet_max_bandwidth_out: 1 });
    new alicloud.instance.Instance(stack, 'OverriddenAsText', { internetMaxBandwidthOut: 0 }).addOverride('internet_max_bandwidth_out', '2');
    const bandwidth = new TerraformVariable(stack, 'bandwidth', { type: 'number' });
    new alicloud.instance.Instance(stack, 'FromVariable', { internetMaxBandwidthOut: bandwidth.numberValue });
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-005')).toEqual([
      ['Public/Resource', 'warning', 'AIB-SEC-005 Public bandwidth on an instance or build: internet_max_bandwidth_out is 10 Mbit/s, so the instance gets a public IP address (use a vSwitch with a NAT gateway for egress)'],
      ['Instance', 'warning', expect.stringContaining('internet_max_bandwidth_out is 5 Mbit/s')],
      ['Template', 'warning', expect.stringContaining('internet_max_bandwidth_out is 1 Mbit/s')],
      ['OverriddenAsText', 'warning', expect.stringContaining('internet_max_bandwidth_out is 2 Mbit/s')],
    ]);

    const strict = alicloudStack();
    pipeline(strict, 'Public', 10);
    SecurityChecks.apply(strict, { ruleLevels: { 'AIB-SEC-005': RuleLevel.ERROR } });
    expect(short(strict, 'AIB-SEC-005').map(([p, level]) => [p, level])).toEqual([['Public/Resource', 'error']]);
  });
});

describe('AIB-SEC-006 image shares', () => {
  test('fires on shares outside allowedAccountIds (L2 shareWith, pipeline addAccounts, Apsara share), not on allowed ones', () => {
    const stack = alicloudStack();
    const image = Image.fromImageId(stack, 'Image', 'm-1');
    image.shareWith('1111111111111111');
    image.shareWith('2222222222222222');
    new ImagePipeline(stack, 'Pipeline', {
      baseImage: BaseImage.fromImageId('m-base'), buildContent: BuildContent.fromCommands('RUN yum update -y'), addAccounts: ['1111111111111111', '3333333333333333'],
    });
    new alibabacloudstack.imageSharePermission.ImageSharePermission(stack, 'ApsaraShare', { imageId: 'm-2', accountId: '4444444444444444' });
    const account = new TerraformVariable(stack, 'account', { type: 'string' });
    image.shareWith(account.stringValue);
    SecurityChecks.apply(stack, { allowedAccountIds: ['1111111111111111'] });
    expect(short(stack, 'AIB-SEC-006').map(([p, l, m]) => [p, l, m.replace(/^.*: /, '')])).toEqual([
      [expect.stringMatching(/^Image\/SharedWith.*2222/), 'error', 'account_id shares with account 2222222222222222, which is not in allowedAccountIds (1111111111111111)'],
      ['Pipeline/Resource', 'error', 'add_account shares with account 3333333333333333, which is not in allowedAccountIds (1111111111111111)'],
      ['ApsaraShare', 'error', 'account_id shares with account 4444444444444444, which is not in allowedAccountIds (1111111111111111)'],
    ]);
  });

  test('without an allow-list every share fires; a suppression on the stack covers all', () => {
    const stack = alicloudStack();
    Image.fromImageId(stack, 'Image', 'm-1').shareWith('1111111111111111');
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-006')).toEqual([[expect.any(String), 'error', expect.stringContaining('(no accounts are allowed)')]]);

    const suppressed = alicloudStack();
    Image.fromImageId(suppressed, 'Image', 'm-1').shareWith('1111111111111111');
    SecurityChecks.suppress(suppressed, 'AIB-SEC-006', 'the test account is ours');
    SecurityChecks.apply(suppressed);
    expect(short(suppressed, 'AIB-SEC-006').map(([, level]) => level)).toEqual(['info']);
  });
});

describe('AIB-SEC-007 unencrypted copies', () => {
  test('fires on copies with encrypted false or unset (alicloud and Apsara), not on encrypted ones', () => {
    const stack = alicloudStack();
    const shanghai = new alicloud.provider.AlicloudProvider(stack, 'shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
    const image = Image.fromImageId(stack, 'Image', 'm-1');
    image.copyTo('Plain', { provider: shanghai });
    image.copyTo('Off', { provider: shanghai, encrypted: false });
    image.copyTo('Encrypted', { provider: shanghai, encrypted: true });
    new apsara.ImageCopy(stack, 'ApsaraCopy', { sourceImage: image, destinationRegionId: 'cn-qingdao-env17-d01' });
    new apsara.ImageCopy(stack, 'ApsaraEncrypted', { sourceImage: image, destinationRegionId: 'cn-qingdao-env17-d01', encrypted: true });
    SecurityChecks.apply(stack);
    expect(short(stack, 'AIB-SEC-007')).toEqual([
      ['Image/Plain/Resource', 'warning', 'AIB-SEC-007 Image copy without encryption: encrypted is not set, so the copy is not encrypted'],
      ['Image/Off/Resource', 'warning', 'AIB-SEC-007 Image copy without encryption: encrypted is false'],
      ['ApsaraCopy/Resource', 'warning', 'AIB-SEC-007 Image copy without encryption: encrypted is not set, so the copy is not encrypted'],
    ]);
  });
});

describe('AIB-SEC-008 required tags', () => {
  test('fires on taggable resources lacking a required tag; skips untaggable ones and tag maps known only at deploy', () => {
    const stack = alicloudStack();
    new Vpc(stack, 'Tagged', { cidrBlock: '10.0.0.0/16', tags: { team: 'platform', env: 'prod' } });
    new Vpc(stack, 'Partly', { cidrBlock: '10.0.0.0/16', tags: { team: 'platform' } });
    new Vpc(stack, 'Untagged', { cidrBlock: '10.0.0.0/16' });
    new alicloud.imageSharePermission.ImageSharePermission(stack, 'NoTagsInSchema', { imageId: 'm-1', accountId: '1' });
    const tags = new TerraformVariable(stack, 'tags', { type: 'map(string)' });
    new alicloud.vpc.Vpc(stack, 'FromVariable', { tags: tags.value });
    SecurityChecks.apply(stack, { requiredTags: ['team', 'env'], allowedAccountIds: ['1'] });
    expect(short(stack, 'AIB-SEC-008')).toEqual([
      ['Partly/Resource', 'warning', 'AIB-SEC-008 Required tags missing: tags lack env'],
      ['Untagged/Resource', 'warning', 'AIB-SEC-008 Required tags missing: tags lack team, env'],
    ]);
  });

  test('reports nothing without requiredTags', () => {
    const stack = alicloudStack();
    new Vpc(stack, 'Untagged', { cidrBlock: '10.0.0.0/16' });
    SecurityChecks.apply(stack);
    expect(findingsOf(stack, 'AIB-SEC-008')).toEqual([]);
  });
});

describe('the pack', () => {
  test('rejects bad props with the library validation error', () => {
    expectInvalid(() => new SecurityChecks({ ruleLevels: { 'AIB-SEC-42': RuleLevel.ERROR } }), /^SecurityChecks: ruleLevels must be a rule id of the pack \(AIB-SEC-001 to AIB-SEC-008\) \(got "AIB-SEC-42"\)$/);
    expectInvalid(() => new SecurityChecks({ ruleLevels: { 'AIB-SEC-001': 'fatal' as RuleLevel } }), /^SecurityChecks: ruleLevels\["AIB-SEC-001"\] must be one of error, warning \(got "fatal"\)$/);
    expectInvalid(() => new SecurityChecks({ allowedAccountIds: ['acct-1'] }), /allowedAccountIds must be Alibaba Cloud account ids \(digits only\) \(got "acct-1"\)/);
    expectInvalid(() => new SecurityChecks({ allowedAccountIds: [undefined as any] }), /allowedAccountIds must be .* \(got undefined\)/);
    expectInvalid(() => new SecurityChecks({ requiredTags: [''] }), /requiredTags must be non-empty tag keys \(got ""\)/);
    expectInvalid(() => new SecurityChecks({ requiredTags: 'team' as any }), /requiredTags must be a list \(got "team"\)/);
    expectInvalid(() => SecurityChecks.suppress(undefined as any, 'AIB-SEC-001', 'x'), /construct must be a construct \(got undefined\)/);
  });

  test('a second synth of the same tree adds no annotation twice', () => {
    const { stack, sg } = securityGroup();
    sg.addIngressRule(Peer.anyIpv4(), Port.tcp(22));
    SecurityChecks.apply(stack);
    expect(findingsOf(stack, 'AIB-SEC-004')).toHaveLength(1);
    expect(findingsOf(stack, 'AIB-SEC-004')).toHaveLength(1);
  });

  test('rules() lists every rule in id order, with its default level', () => {
    expect(SecurityChecks.rules().map((r) => [r.ruleId, r.defaultLevel])).toEqual([
      ['AIB-SEC-001', 'error'], ['AIB-SEC-002', 'error'], ['AIB-SEC-003', 'error'], ['AIB-SEC-004', 'error'],
      ['AIB-SEC-005', 'warning'], ['AIB-SEC-006', 'error'], ['AIB-SEC-007', 'warning'], ['AIB-SEC-008', 'warning'],
    ]);
  });

  test('the README table lists every rule with its title and default level', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf-8');
    for (const rule of SecurityChecks.rules()) {
      expect(readme).toContain(`| ${rule.ruleId} | ${rule.title} | ${rule.catches} | ${rule.defaultLevel} | \`SecurityChecks.suppress(construct, '${rule.ruleId}', reason)\` |`);
    }
  });

  describe('cdktf synth', () => {
    const synthApp = (build: (stack: TerraformStack) => void) => {
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-checks-'));
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'checked');
      new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
      build(stack);
      SecurityChecks.apply(stack);
      return { app, outdir };
    };

    test('writes warnings to manifest.json and the stack still synthesizes', () => {
      const { app, outdir } = synthApp((stack) => new alicloud.instance.Instance(stack, 'Public', { internetMaxBandwidthOut: 5 }));
      app.synth();
      const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8'));
      expect(manifest.stacks.checked.annotations.map((a: any) => [a.constructPath, a.level, a.message.replace(/:.*/s, '')])).toEqual([
        ['checked/Public', '@cdktf/warn', 'AIB-SEC-005 Public bandwidth on an instance or build'],
      ]);
      expect(fs.existsSync(path.join(outdir, 'stacks', 'checked', 'cdk.tf.json'))).toBe(true);
      fs.rmSync(outdir, { recursive: true, force: true });
    });

    test('apply on an app checks the stacks the app already has; an app without stacks is an error', () => {
      const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'security-checks-')) });
      expectInvalid(() => SecurityChecks.apply(app), /^scope must be a stack, a construct in a stack, or an app that already has its stacks \(cdktf runs aspects per stack\) \(got ""\)$/);
      const stacks = ['one', 'two'].map((id) => new TerraformStack(app, id));
      stacks.forEach((stack) => new alicloud.instance.Instance(stack, 'Public', { internetMaxBandwidthOut: 5 }));
      SecurityChecks.apply(app);
      for (const stack of stacks) expect(findingsOf(stack, 'AIB-SEC-005')).toHaveLength(1);
      fs.rmSync(app.outdir, { recursive: true, force: true });
    });

    test('fails on an error finding, naming the construct and the rule', () => {
      const { app, outdir } = synthApp((stack) => {
        new SecurityGroup(stack, 'Sg', { vpc: Vpc.fromVpcId(stack, 'Vpc', 'vpc-1') }).addIngressRule(Peer.anyIpv4(), Port.tcp(3389));
      });
      expect(() => app.synth()).toThrow(/\[checked\/Sg\/Ingress\w+\] AIB-SEC-004 Ingress from anywhere to SSH, RDP or all ports: allows inbound tcp 3389\/3389 \(RDP 3389\) from 0\.0\.0\.0\/0/);
      fs.rmSync(outdir, { recursive: true, force: true });
    });
  });
});
