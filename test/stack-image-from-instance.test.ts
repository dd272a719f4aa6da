/** apsara.ImageFromInstance: capture an instance (created or imported), share it, copy it. */
import { TerraformVariable } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import { apsara, InstanceType } from '../lib';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

test('captures a created instance, shares with each account and copies to each region', () => {
  const stack = apsaraStack();
  const instance = new apsara.Instance(stack, 'Builder', {
    image: apsara.Image.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'),
    instanceType: InstanceType.of('ecs.n4.large'),
    vswitch: apsara.VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1'),
    securityGroups: [apsara.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
  });
  const golden = new apsara.ImageFromInstance(stack, 'Golden', {
    instance,
    imageName: 'golden-ubuntu',
    description: 'hardened ubuntu',
    tags: { Team: 'ops' },
    shareWithAccountIds: ['111111111', '222222222'],
    copyToRegionIds: ['cn-neimeng-env30-d01'],
    timeouts: { create: '60m' },
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
  const golden = new apsara.ImageFromInstance(stack, 'Golden', { instance: apsara.Instance.fromInstanceId(stack, 'Builder', 'i-existing') });
  const out = synth(stack);
  expect(Object.keys(out.json.resource)).toEqual(['alibabacloudstack_ecs_image']);
  expect(out.resource('alibabacloudstack_ecs_image').instance_id).toBe('i-existing');
  expect(golden.copies).toEqual([]);
});

test('accounts and regions: valid and unique', () => {
  const instance = (s: any) => apsara.Instance.fromInstanceId(s, 'Builder', 'i-1');
  let stack = apsaraStack();
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'G', { instance: instance(stack), shareWithAccountIds: ['1', '1'] })))
    .toBe('test/G: shareWithAccountIds must not contain duplicates (got "1")');
  stack = apsaraStack();
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'G', { instance: instance(stack), shareWithAccountIds: ['12', 'ops'] })))
    .toMatch(/shareWithAccountIds\[1\] must be an Alibaba Cloud account id/);
  stack = apsaraStack();
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'G', { instance: instance(stack), copyToRegionIds: ['cn-a-1', 'cn-a-1'] })))
    .toMatch(/copyToRegionIds must not contain duplicates/);
  stack = apsaraStack();
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'G', { instance: instance(stack), copyToRegionIds: ['Qingdao'] })))
    .toMatch(/copyToRegionIds\[0\] must be a region id/);
  stack = apsaraStack();
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'G', {} as any))).toMatch(/test\/G: instance is required/);
});

test('image rules apply through the pattern (path of the inner image)', () => {
  const stack = apsaraStack();
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'G', {
    instance: apsara.Instance.fromInstanceId(stack, 'Builder', 'i-1'), timeouts: { create: '20m' },
  }))).toMatch(/^test\/G\/Image: timeouts.create must be more than 20m/);
});

test('account and region lists known only at deploy cannot be split into resources: a clear error', () => {
  const stack = apsaraStack();
  const accounts = new TerraformVariable(stack, 'accounts', { type: 'list(string)' });
  const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' });
  const instance = apsara.Instance.fromInstanceId(stack, 'Existing', 'i-abc');
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'A', { instance, shareWithAccountIds: accounts.listValue })))
    .toMatch(/^test\/A: shareWithAccountIds must be a list written in the code \(one resource is created per element\), not a token known only at deploy/);
  expect(validationErrorOf(() => new apsara.ImageFromInstance(stack, 'B', { instance, copyToRegionIds: regions.listValue })))
    .toMatch(/^test\/B: copyToRegionIds must be a list written in the code/);
});
