/** Apsara Stack: isXxx, and the library types shareWith/exportTo return (at unchanged Terraform addresses). */
import { TerraformStack } from 'cdktf';
import { alibabacloudstack, apsara, InstanceType } from '../lib';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

function network(stack: TerraformStack) {
  const vpc = new apsara.Vpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
  const vswitch = new apsara.VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' });
  const group = new apsara.SecurityGroup(stack, 'Group', { vpc });
  const instance = new apsara.Instance(stack, 'Instance', {
    image: apsara.Image.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'), instanceType: InstanceType.of('ecs.n4.large'), vswitch, securityGroups: [group],
  });
  return { vpc, vswitch, group, instance };
}

test('isXxx: true for the library\'s own Apsara Stack constructs only', () => {
  const stack = apsaraStack();
  const { vpc, vswitch, group, instance } = network(stack);
  const image = new apsara.Image(stack, 'Image', { source: apsara.ImageSource.fromInstance(instance) });
  const copy = image.copyTo('cn-qingdao-env17-d02');
  const pattern = new apsara.ImageFromInstance(stack, 'Golden', { instance });
  const cases: Array<[string, (x: any) => boolean, unknown, unknown]> = [
    ['apsara.Vpc', apsara.Vpc.isVpc, vpc, apsara.Vpc.fromVpcId(stack, 'V', 'vpc-1')],
    ['apsara.VSwitch', apsara.VSwitch.isVSwitch, vswitch, apsara.VSwitch.fromVSwitchId(stack, 'S', 'vsw-1')],
    ['apsara.SecurityGroup', apsara.SecurityGroup.isSecurityGroup, group, apsara.SecurityGroup.fromSecurityGroupId(stack, 'G', 'sg-1')],
    ['apsara.Instance', apsara.Instance.isInstance, instance, apsara.Instance.fromInstanceId(stack, 'I', 'i-1')],
    ['apsara.Image', apsara.Image.isImage, image, apsara.Image.fromImageId(stack, 'M', 'm-1')],
    ['apsara.ImageCopy', apsara.ImageCopy.isImageCopy, copy, image],
    ['apsara.ImageFromInstance', apsara.ImageFromInstance.isImageFromInstance, pattern, image],
  ];
  for (const [name, is, own, other] of cases) {
    expect([name, is(own), is(other), is(undefined)]).toEqual([name, true, false, false]);
  }
});

test('shareWith and exportTo return apsara.ImageShare and apsara.ImageExport, whose L1s keep their addresses', () => {
  const stack = apsaraStack();
  const image = apsara.Image.fromImageId(stack, 'Img', 'm-1');
  const share = image.shareWith('123456789');
  const exported = image.exportTo('image-archive', { ossPrefix: 'golden', timeouts: { create: '40m' } });
  expect([apsara.ImageShare.isImageShare(share), apsara.ImageExport.isImageExport(exported)]).toEqual([true, true]);
  expect([share.imageId, share.accountId, exported.ossBucket]).toEqual(['m-1', '123456789', 'image-archive']);
  expect(share.node.defaultChild).toBe(share.resource);
  const out = synth(stack);

  const before = apsaraStack();
  const old = apsara.Image.fromImageId(before, 'Img', 'm-1');
  new alibabacloudstack.imageSharePermission.ImageSharePermission(old, 'SharedWith123456789', { imageId: 'm-1', accountId: '123456789' });
  new alibabacloudstack.imageExport.ImageExport(old, 'ExportTo-image-archive', { imageId: 'm-1', ossBucket: 'image-archive', ossPrefix: 'golden', timeouts: { create: '40m' } });
  const oldOut = synth(before);
  for (const type of ['alibabacloudstack_image_share_permission', 'alibabacloudstack_image_export']) {
    expect(out.resources(type)).toEqual(oldOut.resources(type));
  }
});

test('apsara.ImageShare and apsara.ImageExport on their own, with their checks', () => {
  const stack = apsaraStack();
  const image = apsara.Image.fromImageId(stack, 'Img', 'm-1');
  new apsara.ImageShare(stack, 'Share', { image, accountId: '42' });
  new apsara.ImageExport(stack, 'Export', { image, ossBucket: 'bucket-1' });
  const out = synth(stack);
  expect(out.resource('alibabacloudstack_image_share_permission')).toEqual({ image_id: 'm-1', account_id: '42' });
  expect(out.resource('alibabacloudstack_image_export')).toEqual({ image_id: 'm-1', oss_bucket: 'bucket-1' });
  const known = apsara.ImageShare.fromImageShareAttributes(stack, 'Known', { imageId: 'm-2', accountId: '7' });
  expect([apsara.ImageShare.isImageShare(known), known.imageId]).toEqual([false, 'm-2']);
  expect(validationErrorOf(() => new apsara.ImageShare(stack, 'Bad', { image, accountId: 'x' })))
    .toBe('test/Bad: accountId must be an Alibaba Cloud account id (digits only) (got "x")');
  expect(validationErrorOf(() => new apsara.ImageExport(stack, 'Slow', { image, ossBucket: 'bucket-1', timeouts: { create: '2m' } })))
    .toMatch(/^test\/Slow: timeouts.create must be more than 2m/);
  expect(validationErrorOf(() => new apsara.ImageExport(stack, 'NoImage', { image: undefined as any, ossBucket: 'bucket-1' })))
    .toBe('test/NoImage: image is required (got undefined)');
});
