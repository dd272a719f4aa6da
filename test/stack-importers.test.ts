/** Apsara Stack: isXxx, and the library types shareWith/exportTo return (at unchanged Terraform addresses). */
import { TerraformStack } from 'cdktf';
import {
  alibabacloudstack, StackImage, StackImageCopy, StackImageExport, StackImageFromInstance, StackImageShare, StackImageSource, StackInstance,
  StackSecurityGroup, StackVpc, StackVSwitch,
} from '../lib';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

function network(stack: TerraformStack) {
  const vpc = new StackVpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
  const vswitch = new StackVSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' });
  const group = new StackSecurityGroup(stack, 'Group', { vpc });
  const instance = new StackInstance(stack, 'Instance', {
    image: StackImage.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'), instanceType: 'ecs.n4.large', vswitch, securityGroups: [group],
  });
  return { vpc, vswitch, group, instance };
}

test('isXxx: true for the library\'s own Apsara Stack constructs only', () => {
  const stack = apsaraStack();
  const { vpc, vswitch, group, instance } = network(stack);
  const image = new StackImage(stack, 'Image', { source: StackImageSource.fromInstance(instance) });
  const copy = image.copyTo('cn-qingdao-env17-d02');
  const pattern = new StackImageFromInstance(stack, 'Golden', { instance });
  const cases: Array<[string, (x: any) => boolean, unknown, unknown]> = [
    ['StackVpc', StackVpc.isStackVpc, vpc, StackVpc.fromVpcId(stack, 'V', 'vpc-1')],
    ['StackVSwitch', StackVSwitch.isStackVSwitch, vswitch, StackVSwitch.fromVSwitchId(stack, 'S', 'vsw-1')],
    ['StackSecurityGroup', StackSecurityGroup.isStackSecurityGroup, group, StackSecurityGroup.fromSecurityGroupId(stack, 'G', 'sg-1')],
    ['StackInstance', StackInstance.isStackInstance, instance, StackInstance.fromInstanceId(stack, 'I', 'i-1')],
    ['StackImage', StackImage.isStackImage, image, StackImage.fromImageId(stack, 'M', 'm-1')],
    ['StackImageCopy', StackImageCopy.isStackImageCopy, copy, image],
    ['StackImageFromInstance', StackImageFromInstance.isStackImageFromInstance, pattern, image],
  ];
  for (const [name, is, own, other] of cases) {
    expect([name, is(own), is(other), is(undefined)]).toEqual([name, true, false, false]);
  }
});

test('shareWith and exportTo return StackImageShare and StackImageExport, whose L1s keep their addresses', () => {
  const stack = apsaraStack();
  const image = StackImage.fromImageId(stack, 'Img', 'm-1');
  const share = image.shareWith('123456789');
  const exported = image.exportTo('image-archive', { ossPrefix: 'golden', createTimeoutMinutes: 40 });
  expect([StackImageShare.isStackImageShare(share), StackImageExport.isStackImageExport(exported)]).toEqual([true, true]);
  expect([share.imageId, share.accountId, exported.ossBucket]).toEqual(['m-1', '123456789', 'image-archive']);
  expect(share.node.defaultChild).toBe(share.resource);
  const out = synth(stack);

  const before = apsaraStack();
  const old = StackImage.fromImageId(before, 'Img', 'm-1');
  new alibabacloudstack.imageSharePermission.ImageSharePermission(old, 'SharedWith123456789', { imageId: 'm-1', accountId: '123456789' });
  new alibabacloudstack.imageExport.ImageExport(old, 'ExportTo-image-archive', { imageId: 'm-1', ossBucket: 'image-archive', ossPrefix: 'golden', timeouts: { create: '40m' } });
  const oldOut = synth(before);
  for (const type of ['alibabacloudstack_image_share_permission', 'alibabacloudstack_image_export']) {
    expect(out.resources(type)).toEqual(oldOut.resources(type));
  }
});

test('StackImageShare and StackImageExport on their own, with their checks', () => {
  const stack = apsaraStack();
  const image = StackImage.fromImageId(stack, 'Img', 'm-1');
  new StackImageShare(stack, 'Share', { image, accountId: '42' });
  new StackImageExport(stack, 'Export', { image, ossBucket: 'bucket-1' });
  const out = synth(stack);
  expect(out.resource('alibabacloudstack_image_share_permission')).toEqual({ image_id: 'm-1', account_id: '42' });
  expect(out.resource('alibabacloudstack_image_export')).toEqual({ image_id: 'm-1', oss_bucket: 'bucket-1' });
  const known = StackImageShare.fromStackImageShareAttributes(stack, 'Known', { imageId: 'm-2', accountId: '7' });
  expect([StackImageShare.isStackImageShare(known), known.imageId]).toEqual([false, 'm-2']);
  expect(validationErrorOf(() => new StackImageShare(stack, 'Bad', { image, accountId: 'x' })))
    .toBe('test/Bad: accountId must be an Alibaba Cloud account id (digits only) (got "x")');
  expect(validationErrorOf(() => new StackImageExport(stack, 'Slow', { image, ossBucket: 'bucket-1', createTimeoutMinutes: 2 })))
    .toBe('test/Slow: createTimeoutMinutes must be an integer from 3 to 1440 minutes (got 2)');
  expect(validationErrorOf(() => new StackImageExport(stack, 'NoImage', { image: undefined as any, ossBucket: 'bucket-1' })))
    .toBe('test/NoImage: image is required (got undefined)');
});
