/** BuildNetwork: zone selection, secure defaults, wrapping an existing vSwitch. */
import { alicloud, BuildNetwork, BuildNetworkProps, InstanceType, SecurityGroup, VSwitch } from '../lib';
import { expectInvalid } from './util/validation-error';
import { dataLogicalId, logicalId, ref } from './util/refs';
import { alicloudStack, synth, Synthesized } from './util/synth';

function networkIn(props: BuildNetworkProps = {}): Synthesized {
  const stack = alicloudStack();
  new BuildNetwork(stack, 'Network', props);
  return synth(stack);
}

test('picks a zone where the instance type is available and builds a private network there', () => {
  const out = networkIn({ instanceType: InstanceType.G7_LARGE, networkName: 'image-builds', tags: { team: 'platform' } });
  expect(out.dataSource('alicloud_zones')).toEqual({ available_instance_type: 'ecs.g7.large', available_resource_creation: 'VSwitch' });
  const zones = dataLogicalId(out, 'alicloud_zones');
  const vpcRef = ref(`alicloud_vpc.${logicalId(out, 'alicloud_vpc')}.id`);
  expect(out.resource('alicloud_vpc')).toEqual({ cidr_block: '172.16.0.0/16', vpc_name: 'image-builds', tags: { team: 'platform' } });
  expect(out.resource('alicloud_vswitch')).toEqual({
    vpc_id: vpcRef,
    cidr_block: '172.16.0.0/24',
    zone_id: ref(`data.alicloud_zones.${zones}.zones[0].id`),
    vswitch_name: 'image-builds',
    tags: { team: 'platform' },
  });
  expect(out.resource('alicloud_security_group')).toMatchObject({ vpc_id: vpcRef, security_group_name: 'image-builds' });
  // Secure default: no inbound (and no other) rules.
  expect(out.resources('alicloud_security_group_rule')).toEqual({});
});

test('without an instance type the zone only needs to allow vSwitches', () => {
  expect(networkIn().dataSource('alicloud_zones')).toEqual({ available_resource_creation: 'VSwitch' });
});

test('an explicit zone skips the lookup; CIDR blocks can be chosen', () => {
  const stack = alicloudStack();
  const network = new BuildNetwork(stack, 'Network', { zoneId: 'cn-hangzhou-k', vpcCidrBlock: '10.8.0.0/16', vswitchCidrBlock: '10.8.1.0/24' });
  expect(network.zoneId).toBe('cn-hangzhou-k');
  expect(network.vswitch.zoneId).toBe('cn-hangzhou-k');
  const out = synth(stack);
  expect(out.dataSources('alicloud_zones')).toEqual({});
  expect(out.resource('alicloud_vpc').cidr_block).toBe('10.8.0.0/16');
  expect(out.resource('alicloud_vswitch')).toMatchObject({ zone_id: 'cn-hangzhou-k', cidr_block: '10.8.1.0/24' });
});

test('the vSwitch block must lie inside the VPC block', () => {
  expectInvalid(() => networkIn({ vpcCidrBlock: '10.8.0.0/16' }), /test\/Network\/VSwitch: cidrBlock must lie within the VPC block 10.8.0.0\/16 \(got "172.16.0.0\/24"\)/);
});

test('an existing vSwitch (and security group) is used as is: nothing is created', () => {
  const stack = alicloudStack();
  const vswitch = VSwitch.fromVSwitchAttributes(stack, 'VSwitch', { vswitchId: 'vsw-1', zoneId: 'cn-hangzhou-j' });
  const sg = SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1');
  const network = new BuildNetwork(stack, 'Network', { existingVSwitch: vswitch, existingSecurityGroup: sg });
  expect(network.vswitch).toBe(vswitch);
  expect(network.securityGroup).toBe(sg);
  expect(network.vpc).toBeUndefined();
  expect(network.zoneId).toBe('cn-hangzhou-j');
  const out = synth(stack);
  expect(out.json.resource).toBeUndefined();
  expect(out.json.data).toBeUndefined();
});

test('options for a new network cannot be combined with an existing vSwitch', () => {
  const stack = alicloudStack();
  const existingVSwitch = VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1');
  expect(new BuildNetwork(stack, 'Plain', { existingVSwitch }).securityGroup).toBeUndefined();
  expectInvalid(() => new BuildNetwork(stack, 'A', { existingVSwitch, instanceType: InstanceType.G7_LARGE }),
    /test\/A: instanceType cannot be combined with existingVSwitch \(got "ecs.g7.large"\)/);
  expectInvalid(() => new BuildNetwork(stack, 'B', { existingVSwitch, vpcCidrBlock: '10.0.0.0/16' }), /vpcCidrBlock cannot be combined with existingVSwitch/);
  expectInvalid(() => new BuildNetwork(stack, 'C', { existingVSwitch, zoneId: 'cn-hangzhou-j' }), /zoneId cannot be combined with existingVSwitch/);
  expectInvalid(() => new BuildNetwork(stack, 'D', { existingSecurityGroup: SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1') }),
    /test\/D: existingSecurityGroup requires existingVSwitch/);
  expectInvalid(() => new BuildNetwork(stack, 'E', { existingVSwitch, securityGroup: false }), /test\/E: securityGroup cannot be combined with existingVSwitch \(got false\)/);
});

test('securityGroup: false leaves the security group out (Image Builder makes its own)', () => {
  const stack = alicloudStack();
  const network = new BuildNetwork(stack, 'Network', { securityGroup: false });
  const out = synth(stack);
  expect(out.resources('alicloud_security_group')).toEqual({});
  expect(Object.keys(out.resources('alicloud_vswitch'))).toHaveLength(1);
  expect(network.securityGroup).toBeUndefined();
  expect(Object.keys(networkIn({ securityGroup: true }).resources('alicloud_security_group'))).toHaveLength(1);
});

test('the network can live in an aliased region', () => {
  const stack = alicloudStack();
  const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
  new BuildNetwork(stack, 'Network', { provider: beijing });
  const out = synth(stack);
  for (const type of ['alicloud_vpc', 'alicloud_vswitch', 'alicloud_security_group']) {
    expect(out.resource(type).provider).toBe('alicloud.beijing');
  }
  expect(out.dataSource('alicloud_zones').provider).toBe('alicloud.beijing');
});

test('instanceType must be an ECS instance type', () => {
  expectInvalid(() => networkIn({ instanceType: InstanceType.of('large') }),
    /test\/Network: instanceType must be an ECS instance type such as ecs.g7.large \(got "large"\)/);
  expect(networkIn({ instanceType: InstanceType.R7_LARGE }).dataSource('alicloud_zones').available_instance_type).toBe('ecs.r7.large');
});
