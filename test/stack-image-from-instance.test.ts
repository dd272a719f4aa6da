/** StackImageFromInstance: capture an instance (created or imported), share it, copy it. */
import { TerraformVariable } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import {
  StackImage, StackImageFromInstance, StackInstance, StackSecurityGroup, StackVSwitch,
} from '../lib';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

test('captures a created instance, shares with each account and copies to each region', () => {
  const stack = apsaraStack();
  const instance = new StackInstance(stack, 'Builder', {
    image: StackImage.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'),
    instanceType: 'ecs.n4.large',
    vswitch: StackVSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1'),
    securityGroups: [StackSecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
  });
  const golden = new StackImageFromInstance(stack, 'Golden', {
    instance,
    imageName: 'golden-ubuntu',
    description: 'hardened ubuntu',
    tags: { Team: 'ops' },
    shareWithAccountIds: ['111111111', '222222222'],
    copyToRegionIds: ['cn-neimeng-env30-d01'],
    createTimeoutMinutes: 60,
  });
  const out = synth(stack);
  expect(out.resource('alibabacloudstack_ecs_image')).toEqual(expect.objectContaining({
    instance_id: resolve(stack, instance.instanceId),
    image_name: 'golden-ubuntu',
    description: 'hardened ubuntu',
    tags: { Team: 'ops' },
    timeouts: { create: '60m' },
  }));
  const imageRef = resolve(stack, golden.image.imageId);
  expect(Object.values<any>(out.resources('alibabacloudstack_image_share_permission')).map((s) => [s.image_id, s.account_id]))
    .toEqual([[imageRef, '111111111'], [imageRef, '222222222']]);
  expect(out.resource('alibabacloudstack_image_copy')).toEqual(expect.objectContaining({
    source_image_id: imageRef, destination_region_id: 'cn-neimeng-env30-d01', image_name: 'golden-ubuntu', description: 'hardened ubuntu',
  }));
  expect(golden.copies.map((c) => c.destinationRegionId)).toEqual(['cn-neimeng-env30-d01']);
});

test('captures an imported instance; with no shares or copies it writes one image only', () => {
  const stack = apsaraStack();
  const golden = new StackImageFromInstance(stack, 'Golden', { instance: StackInstance.fromInstanceId(stack, 'Builder', 'i-existing') });
  const out = synth(stack);
  expect(Object.keys(out.json.resource)).toEqual(['alibabacloudstack_ecs_image']);
  expect(out.resource('alibabacloudstack_ecs_image').instance_id).toBe('i-existing');
  expect(golden.copies).toEqual([]);
});

test('accounts and regions: valid and unique', () => {
  const instance = (s: any) => StackInstance.fromInstanceId(s, 'Builder', 'i-1');
  let stack = apsaraStack();
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'G', { instance: instance(stack), shareWithAccountIds: ['1', '1'] })))
    .toBe('test/G: shareWithAccountIds must not contain duplicates (got "1")');
  stack = apsaraStack();
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'G', { instance: instance(stack), shareWithAccountIds: ['12', 'ops'] })))
    .toMatch(/shareWithAccountIds\[1\] must be an Alibaba Cloud account id/);
  stack = apsaraStack();
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'G', { instance: instance(stack), copyToRegionIds: ['cn-a-1', 'cn-a-1'] })))
    .toMatch(/copyToRegionIds must not contain duplicates/);
  stack = apsaraStack();
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'G', { instance: instance(stack), copyToRegionIds: ['Qingdao'] })))
    .toMatch(/copyToRegionIds\[0\] must be a region id/);
  stack = apsaraStack();
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'G', {} as any))).toMatch(/test\/G: instance is required/);
});

test('image rules apply through the pattern (path of the inner image)', () => {
  const stack = apsaraStack();
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'G', {
    instance: StackInstance.fromInstanceId(stack, 'Builder', 'i-1'), createTimeoutMinutes: 20,
  }))).toMatch(/^test\/G\/Image: createTimeoutMinutes must be an integer from 21/);
});

test('account and region lists known only at deploy cannot be split into resources: a clear error', () => {
  const stack = apsaraStack();
  const accounts = new TerraformVariable(stack, 'accounts', { type: 'list(string)' });
  const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' });
  const instance = StackInstance.fromInstanceId(stack, 'Existing', 'i-abc');
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'A', { instance, shareWithAccountIds: accounts.listValue })))
    .toMatch(/^test\/A: shareWithAccountIds must be a list written in the code \(one resource is created per element\), not a token known only at deploy/);
  expect(validationErrorOf(() => new StackImageFromInstance(stack, 'B', { instance, copyToRegionIds: regions.listValue })))
    .toMatch(/^test\/B: copyToRegionIds must be a list written in the code/);
});
