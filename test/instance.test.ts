/** Instance: private by default, every rule both ways, importer. */
import { Lazy, TerraformVariable } from 'cdktf';
import { DiskCategory, HttpTokens, Image, Instance, InstanceProps, InstanceType, SecurityGroup, VSwitch } from '../lib';
import { expectInvalid } from './util/validation-error';
import { alicloudStack, synth, Synthesized } from './util/synth';
import { evaluateTemplate } from './util/terraform-template';

function instanceIn(props: Partial<InstanceProps> = {}): Synthesized {
  const stack = alicloudStack();
  new Instance(stack, 'Instance', {
    image: Image.fromImageId(stack, 'Base', 'm-base'),
    instanceType: InstanceType.G7_LARGE,
    vswitch: VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1'),
    securityGroups: [SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
    ...props,
  });
  return synth(stack);
}

test('no public IP unless asked: internet_max_bandwidth_out is written as 0', () => {
  expect(instanceIn().resource('alicloud_instance')).toEqual({
    image_id: 'm-base',
    instance_type: 'ecs.g7.large',
    vswitch_id: 'vsw-1',
    security_groups: ['sg-1'],
    internet_max_bandwidth_out: 0,
  });
});

test('every property reaches alicloud_instance', () => {
  const out = instanceIn({
    internetMaxBandwidthOutMbps: 10,
    instanceName: 'builder',
    description: 'image builder',
    systemDiskSizeGiB: 80,
    systemDiskCategory: DiskCategory.CLOUD_ESSD,
    keyName: 'ops',
    userData: '#!/bin/sh\necho hi',
    tags: { team: 'platform' },
    resourceGroupId: 'rg-1',
  });
  expect(out.resource('alicloud_instance')).toMatchObject({
    internet_max_bandwidth_out: 10,
    instance_name: 'builder',
    description: 'image builder',
    system_disk_size: 80,
    system_disk_category: 'cloud_essd',
    key_name: 'ops',
    user_data: '#!/bin/sh\necho hi',
    tags: { team: 'platform' },
    resource_group_id: 'rg-1',
  });
});

test('internetMaxBandwidthOutMbps: 0-100', () => {
  expect(instanceIn({ internetMaxBandwidthOutMbps: 100 }).resource('alicloud_instance').internet_max_bandwidth_out).toBe(100);
  expectInvalid(() => instanceIn({ internetMaxBandwidthOutMbps: 101 }), /test\/Instance: internetMaxBandwidthOutMbps must be an integer from 0 to 100 Mbit\/s \(got 101\)/);
  expectInvalid(() => instanceIn({ internetMaxBandwidthOutMbps: -1 }), /internetMaxBandwidthOutMbps must be an integer from 0 to 100/);
});

test('systemDiskSizeGiB: 20-2048', () => {
  expect(() => instanceIn({ systemDiskSizeGiB: 20 })).not.toThrow();
  expect(() => instanceIn({ systemDiskSizeGiB: 2048 })).not.toThrow();
  expectInvalid(() => instanceIn({ systemDiskSizeGiB: 19 }), /systemDiskSizeGiB must be an integer from 20 to 2048 GiB \(got 19\)/);
  expectInvalid(() => instanceIn({ systemDiskSizeGiB: 2049 }), /systemDiskSizeGiB must be an integer from 20 to 2048 GiB/);
  expect(() => instanceIn({ systemDiskSizeGiB: Lazy.numberValue({ produce: () => 1 }) })).not.toThrow();
});

test('at least one security group', () => {
  expectInvalid(() => instanceIn({ securityGroups: [] }), /securityGroups must have at least 1 security group/);
});

test('instanceName and description rules', () => {
  expect(() => instanceIn({ instanceName: 'ab' })).not.toThrow();
  expectInvalid(() => instanceIn({ instanceName: 'a' }), /instanceName must be 2 to 128 characters/);
  expectInvalid(() => instanceIn({ description: 'http://x' }), /description must not start with http/);
});

test('DiskCategory.of passes any category through', () => {
  expect(instanceIn({ systemDiskCategory: DiskCategory.of('cloud_regional_disk_auto') }).resource('alicloud_instance').system_disk_category)
    .toBe('cloud_regional_disk_auto');
});

test('fromInstanceId creates no resources', () => {
  const stack = alicloudStack();
  expect(Instance.fromInstanceId(stack, 'Existing', 'i-1').instanceId).toBe('i-1');
  expect(synth(stack).json.resource).toBeUndefined();
  expectInvalid(() => Instance.fromInstanceId(stack, 'Missing', undefined as any), /test\/Missing: instanceId is required/);
  // The same rule as apsara.Instance.fromInstanceId: an empty id is no id.
  expectInvalid(() => Instance.fromInstanceId(stack, 'Empty', ''), /^test\/Empty: instanceId is required and must not be empty \(got ""\)$/);
});

test('user data reaches the instance as written: ${...} and %{...} are escaped, tokens stay live', () => {
  const script = '#!/bin/sh\necho "${HOME}" %{x}\n';
  const userData = instanceIn({ userData: script }).resource('alicloud_instance').user_data;
  expect(userData).toBe('#!/bin/sh\necho "$${HOME}" %%{x}\n');
  expect(evaluateTemplate(userData)).toBe(script);
  const stack = alicloudStack();
  const greeting = new TerraformVariable(stack, 'greeting', { type: 'string' });
  new Instance(stack, 'Instance', {
    image: Image.fromImageId(stack, 'Base', 'm-base'),
    instanceType: InstanceType.G7_LARGE,
    vswitch: VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1'),
    securityGroups: [SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
    userData: `echo \${X} ${greeting.stringValue}`,
  });
  expect(synth(stack).resource('alicloud_instance').user_data).toBe('echo $${X} ${var.greeting}');
});

test('instanceType: ecs.<family>.<size>, tokens pass', () => {
  expectInvalid(() => instanceIn({ instanceType: InstanceType.of('g7.large') }),
    /test\/Instance: instanceType must be an ECS instance type such as ecs.g7.large \(got "g7.large"\)/);
  expect(instanceIn({ instanceType: InstanceType.of('ecs.g8i.2xlarge') }).resource('alicloud_instance').instance_type).toBe('ecs.g8i.2xlarge');
  const token = Lazy.stringValue({ produce: () => 'ecs.t6-c1m1.large' });
  expect(instanceIn({ instanceType: InstanceType.of(token) }).resource('alicloud_instance').instance_type).toBe('ecs.t6-c1m1.large');
});

test('httpTokens (IMDSv2 only) and ramRoleName reach alicloud_instance, and are checked', () => {
  expect(instanceIn({ httpTokens: HttpTokens.REQUIRED, ramRoleName: 'web-role.v2' }).resource('alicloud_instance'))
    .toEqual(expect.objectContaining({ http_tokens: 'required', role_name: 'web-role.v2' }));
  expectInvalid(() => instanceIn({ ramRoleName: 'web role' }), /test\/Instance: ramRoleName must be 1 to 64 characters: letters, digits, '.' and '-' \(got "web role"\)/);
  expectInvalid(() => instanceIn({ httpTokens: 'v2' as HttpTokens }), /test\/Instance: httpTokens must be one of optional, required \(got "v2"\)/);
});
