/**
 * An app that already has its providers (a default one and an alias) and a VPC adopts the
 * constructs: they use the user's providers and network, and create neither a second provider nor
 * a second VPC.
 */
import { Testing, TerraformStack } from 'cdktf';
import { alicloud, BuildNetwork, Image, ImageSource, Instance, InstanceType, SecurityGroup, Vpc, VSwitch } from '../lib';
import { logicalId, ref } from './util/refs';
import { synth } from './util/synth';

function existingApp() {
  const stack = new TerraformStack(Testing.app(), 'existing');
  // What the app already had before adopting the library.
  new alicloud.provider.AlicloudProvider(stack, 'main', { region: 'cn-shanghai' });
  const hongkong = new alicloud.provider.AlicloudProvider(stack, 'hk', { region: 'cn-hongkong', alias: 'hk' });
  new alicloud.vpc.Vpc(stack, 'legacy_vpc', { cidrBlock: '10.0.0.0/16', vpcName: 'legacy' });
  return { stack, hongkong };
}

test('constructs use the existing providers and VPC and create no provider or VPC of their own', () => {
  const { stack, hongkong } = existingApp();
  const vpc = Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-uf6existing', cidrBlock: '10.0.0.0/16' });
  const vswitch = new VSwitch(stack, 'BuildSubnet', { vpc, cidrBlock: '10.0.42.0/24', zoneId: 'cn-shanghai-b' });
  const network = new BuildNetwork(stack, 'Network', { existingVSwitch: vswitch });
  const sg = new SecurityGroup(stack, 'BuildSg', { vpc });
  const instance = new Instance(stack, 'Builder', {
    image: Image.fromImageId(stack, 'Base', 'aliyun_3_x64_20G_alibase_20240819.vhd'),
    instanceType: InstanceType.G7_LARGE,
    vswitch: network.vswitch,
    securityGroups: [sg],
  });
  const image = new Image(stack, 'Golden', { source: ImageSource.fromInstance(instance), imageName: 'golden' });
  image.copyTo('HongKong', { provider: hongkong });

  const out = synth(stack);
  // Exactly the user's two providers.
  expect(out.json.provider).toEqual({ alicloud: [{ region: 'cn-shanghai' }, { alias: 'hk', region: 'cn-hongkong' }] });
  // Only the user's own VPC resource; the constructs reference the imported id.
  expect(Object.keys(out.resources('alicloud_vpc'))).toEqual(['legacy_vpc']);
  expect(out.resource('alicloud_vswitch').vpc_id).toBe('vpc-uf6existing');
  expect(out.resource('alicloud_security_group').vpc_id).toBe('vpc-uf6existing');
  expect(out.dataSources('alicloud_zones')).toEqual({});
  expect(out.resource('alicloud_instance').vswitch_id).toBe(ref(`alicloud_vswitch.${logicalId(out, 'alicloud_vswitch')}.id`));
  // Resources in the default region carry no provider; the copy goes through the alias.
  expect(out.resource('alicloud_image').provider).toBeUndefined();
  expect(out.resource('alicloud_image_copy')).toMatchObject({ provider: 'alicloud.hk', source_region_id: 'cn-shanghai' });
});

test('an image built with the aliased provider is copied back with its region as the source', () => {
  const { stack, hongkong } = existingApp();
  const main = stack.node.findChild('main') as alicloud.provider.AlicloudProvider;
  const image = new Image(stack, 'HkImage', { source: ImageSource.fromSnapshotId('s-j6cexisting'), provider: hongkong });
  image.shareWith('1234567890123456');
  image.copyTo('BackHome', { provider: main });

  const out = synth(stack);
  expect(out.resource('alicloud_image').provider).toBe('alicloud.hk');
  expect(out.resource('alicloud_image_share_permission').provider).toBe('alicloud.hk');
  const copy = out.resource('alicloud_image_copy');
  expect(copy.source_region_id).toBe('cn-hongkong');
  expect(copy.provider).toBe('alicloud');
});
