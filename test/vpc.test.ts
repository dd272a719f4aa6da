/** Vpc and VSwitch: CIDR rules both ways, names, importers. */
import { Lazy, Token } from 'cdktf';
import { IVpc, Vpc, VSwitch, VSwitchProps } from '../lib';
import { expectInvalid } from './util/validation-error';
import { logicalId, ref } from './util/refs';
import { alicloudStack, synth } from './util/synth';

describe('Vpc', () => {
  test('defaults to 172.16.0.0/16', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc');
    expect(vpc.cidrBlock).toBe('172.16.0.0/16');
    expect(vpc.node.defaultChild).toBe(vpc.resource);
    expect(synth(stack).resource('alicloud_vpc')).toEqual({ cidr_block: '172.16.0.0/16' });
  });

  test('every property reaches alicloud_vpc', () => {
    const stack = alicloudStack();
    new Vpc(stack, 'Vpc', { cidrBlock: '10.0.0.0/8', vpcName: 'build', description: 'image builds', tags: { team: 'platform' }, resourceGroupId: 'rg-1' });
    expect(synth(stack).resource('alicloud_vpc')).toEqual({
      cidr_block: '10.0.0.0/8', vpc_name: 'build', description: 'image builds', tags: { team: 'platform' }, resource_group_id: 'rg-1',
    });
  });

  test('cidrBlock: an IPv4 block from /8 to /28 with zero host bits', () => {
    const vpc = (cidrBlock: string) => new Vpc(alicloudStack(), 'Vpc', { cidrBlock });
    expect(() => vpc('10.0.0.0/8')).not.toThrow();
    expect(() => vpc('192.168.0.0/28')).not.toThrow();
    expectInvalid(() => vpc('10.0.0.0/7'), /test\/Vpc: cidrBlock must have a prefix length from \/8 to \/28 \(got "10.0.0.0\/7"\)/);
    expectInvalid(() => vpc('192.168.0.0/29'), /cidrBlock must have a prefix length from \/8 to \/28/);
    expectInvalid(() => vpc('172.16.0.1/16'), /cidrBlock must have its host bits set to zero, e.g. 172.16.0.0\/16 \(got "172.16.0.1\/16"\)/);
    expectInvalid(() => vpc('172.16.0.0'), /cidrBlock must be an IPv4 CIDR block such as 172.16.0.0\/16/);
    expectInvalid(() => vpc('256.0.0.0/8'), /cidrBlock must be an IPv4 CIDR block/);
    expect(() => vpc(Lazy.stringValue({ produce: () => 'nonsense' }))).not.toThrow();
  });

  test('vpcName: 1-128 characters, not a URL', () => {
    const vpc = (vpcName: string) => new Vpc(alicloudStack(), 'Vpc', { vpcName });
    expect(() => vpc('v')).not.toThrow();
    expect(() => vpc('v'.repeat(128))).not.toThrow();
    expectInvalid(() => vpc(''), /vpcName must be 1 to 128 characters long, but is 0/);
    expectInvalid(() => vpc('v'.repeat(129)), /vpcName must be 1 to 128 characters long, but is 129/);
    expectInvalid(() => vpc('https://vpc'), /vpcName must not start with http/);
  });

  test('fromVpcId and fromVpcAttributes create no resources', () => {
    const stack = alicloudStack();
    const vpc = Vpc.fromVpcId(stack, 'Imported', 'vpc-bp1');
    const withBlock = Vpc.fromVpcAttributes(stack, 'WithBlock', { vpcId: 'vpc-bp2', cidrBlock: '10.0.0.0/16' });
    expect([vpc.vpcId, vpc.cidrBlock, withBlock.cidrBlock]).toEqual(['vpc-bp1', undefined, '10.0.0.0/16']);
    expect(synth(stack).json.resource).toBeUndefined();
    expectInvalid(() => Vpc.fromVpcAttributes(stack, 'Bad', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/33' }), /test\/Bad: cidrBlock must be an IPv4 CIDR block/);
  });
});

describe('VSwitch', () => {
  const vswitchIn = (vpc: (s: any) => IVpc, props: Partial<VSwitchProps> = {}) => {
    const stack = alicloudStack();
    new VSwitch(stack, 'VSwitch', { vpc: vpc(stack), cidrBlock: '172.16.1.0/24', zoneId: 'cn-hangzhou-i', ...props });
    return synth(stack);
  };
  const created = (s: any) => new Vpc(s, 'Vpc');

  test('belongs to the VPC, in the given zone', () => {
    const stack = alicloudStack();
    const vswitch = new VSwitch(stack, 'VSwitch', {
      vpc: new Vpc(stack, 'Vpc'), cidrBlock: '172.16.1.0/24', zoneId: 'cn-hangzhou-i', vswitchName: 'build', description: 'builds', tags: { a: 'b' },
    });
    expect(vswitch.zoneId).toBe('cn-hangzhou-i');
    const out = synth(stack);
    expect(out.resource('alicloud_vswitch')).toEqual({
      vpc_id: ref(`alicloud_vpc.${logicalId(out, 'alicloud_vpc')}.id`),
      cidr_block: '172.16.1.0/24', zone_id: 'cn-hangzhou-i', vswitch_name: 'build', description: 'builds', tags: { a: 'b' },
    });
  });

  test('cidrBlock: /16 to /29', () => {
    expect(() => vswitchIn(created, { cidrBlock: '172.16.0.0/16' })).not.toThrow();
    expect(() => vswitchIn(created, { cidrBlock: '172.16.0.8/29' })).not.toThrow();
    expectInvalid(() => vswitchIn(created, { cidrBlock: '172.16.0.0/30' }), /test\/VSwitch: cidrBlock must have a prefix length from \/16 to \/29/);
    expectInvalid(() => vswitchIn(created, { cidrBlock: '172.16.0.0/15' }), /cidrBlock must have a prefix length from \/16 to \/29/);
  });

  test('cidrBlock lies inside a known VPC block', () => {
    expect(() => vswitchIn(created, { cidrBlock: '172.16.255.0/24' })).not.toThrow();
    expectInvalid(() => vswitchIn(created, { cidrBlock: '172.17.0.0/24' }),
      /cidrBlock must lie within the VPC block 172.16.0.0\/16 \(got "172.17.0.0\/24"\)/);
    // An imported VPC of unknown block is not checked.
    expect(() => vswitchIn((s) => Vpc.fromVpcId(s, 'Vpc', 'vpc-1'), { cidrBlock: '10.1.0.0/24' })).not.toThrow();
    expectInvalid(() => vswitchIn((s) => Vpc.fromVpcAttributes(s, 'Vpc', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16' }), { cidrBlock: '10.1.0.0/24' }),
      /must lie within the VPC block 10.0.0.0\/16/);
    expect(() => vswitchIn(created, { cidrBlock: Lazy.stringValue({ produce: () => '10.9.9.0/24' }) })).not.toThrow();
  });

  test('vswitchName: 1-128 characters', () => {
    expectInvalid(() => vswitchIn(created, { vswitchName: 'v'.repeat(129) }), /vswitchName must be 1 to 128 characters long/);
  });

  test('fromVSwitchId and fromVSwitchAttributes create no resources', () => {
    const stack = alicloudStack();
    const plain = VSwitch.fromVSwitchId(stack, 'Plain', 'vsw-1');
    const full = VSwitch.fromVSwitchAttributes(stack, 'Full', { vswitchId: 'vsw-2', zoneId: 'cn-hangzhou-j', vpcId: 'vpc-2' });
    expect([plain.vswitchId, plain.zoneId, full.zoneId, full.vpcId]).toEqual(['vsw-1', undefined, 'cn-hangzhou-j', 'vpc-2']);
    expect(synth(stack).json.resource).toBeUndefined();
    expectInvalid(() => VSwitch.fromVSwitchId(stack, 'Missing', undefined as any), /test\/Missing: vswitchId is required/);
  });
});

describe('IPv6 and a service-assigned CIDR block (seed 000: enable_ipv6 = true, no cidr_block)', () => {
  test('the seed 000 VPC: enableIpv6 and no cidr_block written', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc', { serviceAssignsCidrBlock: true, enableIpv6: true, vpcName: 'pipeline', description: 'example-pipeline' });
    const out = synth(stack);
    expect(out.resource('alicloud_vpc')).toEqual({ enable_ipv6: true, vpc_name: 'pipeline', description: 'example-pipeline' });
    expect(vpc.ipv6Enabled).toBe(true);
    // The block is the resource's computed attribute, so vSwitch blocks are not checked against it.
    expect(Token.isUnresolved(vpc.cidrBlock)).toBe(true);
    new VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-hangzhou-i', enableIpv6: true, ipv6CidrBlockMask: 1 });
    expect(synth(stack).resource('alicloud_vswitch')).toEqual(expect.objectContaining({
      vpc_id: ref(`alicloud_vpc.${logicalId(out, 'alicloud_vpc')}.id`), cidr_block: '172.16.0.0/24', enable_ipv6: true, ipv6_cidr_block_mask: 1,
    }));
  });

  test('the default stays 172.16.0.0/16 with IPv6 off (existing apps synthesize the same JSON)', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc', { serviceAssignsCidrBlock: false });
    expect(vpc.ipv6Enabled).toBe(false);
    expect(synth(stack).resource('alicloud_vpc')).toEqual({ cidr_block: '172.16.0.0/16' });
  });

  test('cidrBlock cannot be combined with serviceAssignsCidrBlock', () => {
    expectInvalid(() => new Vpc(alicloudStack(), 'Vpc', { serviceAssignsCidrBlock: true, cidrBlock: '10.0.0.0/8' }),
      /test\/Vpc: cidrBlock cannot be combined with serviceAssignsCidrBlock: true \(got "10.0.0.0\/8"\)/);
  });

  test('a vSwitch with enableIpv6 needs an IPv6 VPC; the mask is 0-255 and needs enableIpv6', () => {
    const stack = alicloudStack();
    const v4 = new Vpc(stack, 'V4');
    const v6 = new Vpc(stack, 'V6', { enableIpv6: true });
    const imported = Vpc.fromVpcId(stack, 'Imported', 'vpc-1');
    const vsw = (id: string, props: Partial<VSwitchProps>) => new VSwitch(stack, id, { vpc: v6, cidrBlock: '172.16.1.0/24', zoneId: 'cn-hangzhou-i', ...props });
    expectInvalid(() => vsw('A', { vpc: v4, enableIpv6: true }), /test\/A: enableIpv6 needs a VPC with an IPv6 block \(Vpc enableIpv6: true\) \(got true\)/);
    expect(() => vsw('B', { vpc: imported, enableIpv6: true })).not.toThrow(); // unknown: not checked
    expectInvalid(() => vsw('C', { enableIpv6: true, ipv6CidrBlockMask: 256 }), /test\/C: ipv6CidrBlockMask must be an integer from 0 to 255 \(got 256\)/);
    expectInvalid(() => vsw('D', { ipv6CidrBlockMask: 3 }), /test\/D: ipv6CidrBlockMask needs enableIpv6: true \(got 3\)/);
    expect(Vpc.fromVpcAttributes(stack, 'WithV6', { vpcId: 'vpc-2', ipv6Enabled: true }).ipv6Enabled).toBe(true);
  });
});
