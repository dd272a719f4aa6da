/** Image (alicloud_image): each source kind, the exactly-one-source rule, every validation rule both ways. */
import { Lazy, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import {
  alicloud, Architecture, BootMode, DetectionStrategy, DiskDeviceMapping, DiskType, Image, ImageProps, ImageSource, Instance, InstanceType, LicenseType, NvmeSupport, Platform, SecurityGroup, Vpc, VSwitch,
} from '../lib';
import { expectInvalid } from './util/validation-error';
import { logicalId, ref } from './util/refs';
import { alicloudStack, synth, Synthesized } from './util/synth';

function imageIn(props: Partial<ImageProps> = {}): Synthesized {
  const stack = alicloudStack();
  new Image(stack, 'Image', { source: ImageSource.fromInstanceId('i-bp1source'), ...props });
  return synth(stack);
}


describe('sources', () => {
  test('fromInstance: instance_id references the instance; a changed instance replaces the image', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc');
    const instance = new Instance(stack, 'Instance', {
      image: Image.fromImageId(stack, 'Base', 'aliyun_3_x64_20G_alibase_20240819.vhd'),
      instanceType: InstanceType.G7_LARGE,
      vswitch: new VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-hangzhou-i' }),
      securityGroups: [new SecurityGroup(stack, 'Sg', { vpc })],
    });
    new Image(stack, 'Image', { source: ImageSource.fromInstance(instance) });
    const out = synth(stack);
    const image = out.resource('alicloud_image');
    const instanceRef = ref(`alicloud_instance.${logicalId(out, 'alicloud_instance')}.id`);
    expect(image.instance_id).toBe(instanceRef);
    expect(image.snapshot_id).toBeUndefined();
    expect(image.disk_device_mapping).toBeUndefined();
    // instance_id is not ForceNew in provider 1.247.0: the trigger replaces the image instead.
    const trigger = logicalId(out, 'terraform_data');
    expect(out.resource('terraform_data').triggers_replace).toEqual({ instance_id: instanceRef });
    expect(image.lifecycle).toEqual({ replace_triggered_by: [`terraform_data.${trigger}`] });
  });

  test('fromInstanceId: a literal instance id', () => {
    const out = imageIn();
    expect(out.resource('alicloud_image').instance_id).toBe('i-bp1source');
    expect(out.resource('terraform_data').triggers_replace).toEqual({ instance_id: 'i-bp1source' });
  });

  test('a different source changes only the replace trigger, so Terraform replaces the image', () => {
    const before = imageIn({ source: ImageSource.fromInstanceId('i-old') });
    const after = imageIn({ source: ImageSource.fromInstanceId('i-new') });
    expect(logicalId(after, 'alicloud_image')).toBe(logicalId(before, 'alicloud_image'));
    expect(logicalId(after, 'terraform_data')).toBe(logicalId(before, 'terraform_data'));
    expect(before.resource('terraform_data').triggers_replace).toEqual({ instance_id: 'i-old' });
    expect(after.resource('terraform_data').triggers_replace).toEqual({ instance_id: 'i-new' });
    expect(after.resource('alicloud_image').lifecycle.replace_triggered_by).toHaveLength(1);
  });

  test('fromSnapshotId: snapshot_id only, with a replace trigger', () => {
    const out = imageIn({ source: ImageSource.fromSnapshotId('s-bp1snap') });
    const image = out.resource('alicloud_image');
    expect(image.snapshot_id).toBe('s-bp1snap');
    expect(image.instance_id).toBeUndefined();
    expect(image.disk_device_mapping).toBeUndefined();
    expect(out.resource('terraform_data').triggers_replace).toEqual({ snapshot_id: 's-bp1snap' });
  });

  test('fromDiskDeviceMappings: disk_device_mapping only; the provider replaces on change, so no trigger', () => {
    const out = imageIn({
      source: ImageSource.fromDiskDeviceMappings([
        { diskType: DiskType.SYSTEM, snapshotId: 's-sys', sizeGiB: 40, device: '/dev/xvda' },
        { diskType: DiskType.DATA, sizeGiB: 100, device: '/dev/xvdb' },
      ]),
    });
    const image = out.resource('alicloud_image');
    expect(image.disk_device_mapping).toEqual([
      { disk_type: 'system', snapshot_id: 's-sys', size: 40, device: '/dev/xvda' },
      { disk_type: 'data', size: 100, device: '/dev/xvdb' },
    ]);
    expect(image.instance_id).toBeUndefined();
    expect(image.snapshot_id).toBeUndefined();
    expect(image.lifecycle).toBeUndefined();
    expect(out.resources('terraform_data')).toEqual({});
  });
});

describe('exactly one source', () => {
  test('a missing source is rejected (jsii callers can pass null)', () => {
    expectInvalid(() => imageIn({ source: undefined as any }), /test\/Image: source is required/);
  });

  test('an empty mapping list is rejected', () => {
    expectInvalid(() => imageIn({ source: ImageSource.fromDiskDeviceMappings([]) }), /source.diskDeviceMappings must have at least 1 mapping/);
  });

  test('at most one system disk', () => {
    const system: DiskDeviceMapping = { diskType: DiskType.SYSTEM, sizeGiB: 40 };
    expect(() => imageIn({ source: ImageSource.fromDiskDeviceMappings([system]) })).not.toThrow();
    expectInvalid(() => imageIn({ source: ImageSource.fromDiskDeviceMappings([system, system]) }),
      /source.diskDeviceMappings must have at most 1 system disk, but has 2/);
  });

  test('at most 16 data disks', () => {
    const data = (n: number) => Array.from({ length: n }, () => ({ diskType: DiskType.DATA, sizeGiB: 20 }));
    const out = imageIn({ source: ImageSource.fromDiskDeviceMappings([{ diskType: DiskType.SYSTEM }, ...data(16)]) });
    expect(out.resource('alicloud_image').disk_device_mapping).toHaveLength(17);
    expectInvalid(() => imageIn({ source: ImageSource.fromDiskDeviceMappings(data(17)) }),
      /source.diskDeviceMappings \(data disks\) must have at most 16 items, but has 17/);
  });

  test('an unknown disk type is rejected', () => {
    expectInvalid(() => imageIn({ source: ImageSource.fromDiskDeviceMappings([{ diskType: 'root' as DiskType }]) }),
      /source.diskDeviceMappings\[0\]\.diskType must be DiskType.SYSTEM or DiskType.DATA \(got "root"\)/);
  });
});

describe('disk device mapping rules', () => {
  const one = (m: Partial<DiskDeviceMapping>) => ImageSource.fromDiskDeviceMappings([{ diskType: DiskType.DATA, ...m }]);

  test('size at most 32768 GiB', () => {
    expect(imageIn({ source: one({ sizeGiB: 32768 }) }).resource('alicloud_image').disk_device_mapping[0].size).toBe(32768);
    expectInvalid(() => imageIn({ source: one({ sizeGiB: 32769 }) }),
      /source.diskDeviceMappings\[0\]\.sizeGiB must be an integer from 5 to 32768 GiB \(got 32769\)/);
  });

  test('without a snapshot at least 5 GiB; with one the snapshot sets the floor', () => {
    expect(() => imageIn({ source: one({ sizeGiB: 5 }) })).not.toThrow();
    expectInvalid(() => imageIn({ source: one({ sizeGiB: 4 }) }), /sizeGiB must be an integer from 5 to 32768 GiB \(got 4\)/);
    expect(() => imageIn({ source: one({ sizeGiB: 1, snapshotId: 's-1' }) })).not.toThrow();
    expectInvalid(() => imageIn({ source: one({ sizeGiB: 0, snapshotId: 's-1' }) }), /sizeGiB must be an integer from 1 to 32768 GiB \(got 0\)/);
    expectInvalid(() => imageIn({ source: one({ sizeGiB: 20.5 }) }), /sizeGiB must be an integer/);
  });

  test('device names /dev/vdX or /dev/xvdX, unique', () => {
    expect(() => imageIn({ source: one({ device: '/dev/vdz' }) })).not.toThrow();
    expect(() => imageIn({ source: one({ device: '/dev/xvda' }) })).not.toThrow();
    expectInvalid(() => imageIn({ source: one({ device: '/dev/sda' }) }),
      /source.diskDeviceMappings\[0\]\.device must be a device name from \/dev\/vda to \/dev\/vdz or \/dev\/xvda to \/dev\/xvdz \(got "\/dev\/sda"\)/);
    expectInvalid(() => imageIn({
      source: ImageSource.fromDiskDeviceMappings([
        { diskType: DiskType.DATA, device: '/dev/vdb' },
        { diskType: DiskType.DATA, device: '/dev/vdb' },
      ]),
    }), /source.diskDeviceMappings devices must not contain duplicates \(got "\/dev\/vdb"\)/);
  });

  test('tokens are not checked', () => {
    const size = Lazy.numberValue({ produce: () => 99999 });
    const device = Lazy.stringValue({ produce: () => 'sda' });
    expect(() => imageIn({ source: one({ sizeGiB: size, device }) })).not.toThrow();
  });
});

describe('properties', () => {
  test('every property reaches alicloud_image', () => {
    const out = imageIn({
      imageName: 'web-base',
      description: 'Web server base image',
      platform: Platform.WINDOWS_SERVER_2022,
      architecture: Architecture.ARM64,
      bootMode: BootMode.UEFI_PREFERRED,
      licenseType: LicenseType.BYOL,
      detectionStrategy: DetectionStrategy.STANDARD,
      imageFamily: 'web',
      imageVersion: '2',
      nvmeSupport: NvmeSupport.SUPPORTED,
      tags: { team: 'platform' },
      resourceGroupId: 'rg-aek2',
      force: true,
      deleteAutoSnapshot: true,
      timeouts: { create: '30m', update: '15m', delete: '1h' },
    });
    expect(out.resource('alicloud_image')).toMatchObject({
      image_name: 'web-base',
      description: 'Web server base image',
      platform: 'Windows Server 2022',
      architecture: 'arm64',
      boot_mode: 'UEFI-Preferred',
      license_type: 'BYOL',
      detection_strategy: 'Standard',
      image_family: 'web',
      image_version: '2',
      features: { nvme_support: 'supported' },
      tags: { team: 'platform' },
      resource_group_id: 'rg-aek2',
      force: true,
      delete_auto_snapshot: true,
      timeouts: { create: '30m', update: '15m', delete: '1h' },
    });
  });

  test('defaults: only the source is written', () => {
    const image = imageIn().resource('alicloud_image');
    expect(Object.keys(image).sort()).toEqual(['instance_id', 'lifecycle']);
  });

  test('the L1 is reachable for overrides', () => {
    const stack = alicloudStack();
    const image = new Image(stack, 'Image', { source: ImageSource.fromInstanceId('i-1') });
    expect(image.node.defaultChild).toBe(image.resource);
    image.resource.addOverride('image_version', '7');
    new TerraformOutput(stack, 'image_id', { value: image.imageId });
    const out = synth(stack);
    expect(out.resource('alicloud_image').image_version).toBe('7');
    expect(out.outputs().image_id.value).toBe(ref(`alicloud_image.${logicalId(out, 'alicloud_image')}.id`));
  });
});

describe('validation', () => {
  test('imageName: 2-128 characters, a letter first, allowed characters', () => {
    expect(imageIn({ imageName: 'ab' }).resource('alicloud_image').image_name).toBe('ab');
    expect(() => imageIn({ imageName: 'a'.repeat(128) })).not.toThrow();
    expect(() => imageIn({ imageName: 'a1.b:c_d-e' })).not.toThrow();
    expectInvalid(() => imageIn({ imageName: 'a' }), /test\/Image: imageName must be 2 to 128 characters, start with a letter.* \(got "a"\)/);
    expectInvalid(() => imageIn({ imageName: 'a'.repeat(129) }), /imageName must be 2 to 128 characters/);
    expectInvalid(() => imageIn({ imageName: '1abc' }), /imageName must be 2 to 128 characters, start with a letter/);
    expectInvalid(() => imageIn({ imageName: 'a b' }), /imageName must be 2 to 128 characters/);
  });

  test('imageName: not a URL and no reserved prefix', () => {
    expectInvalid(() => imageIn({ imageName: 'http://x' }), /imageName must not start with http:\/\/ or https:\/\/ \(got "http:\/\/x"\)/);
    expectInvalid(() => imageIn({ imageName: 'aliyun-base' }), /imageName must not start with 'aliyun' or 'acs:' \(got "aliyun-base"\)/);
    expectInvalid(() => imageIn({ imageName: 'acs:base' }), /imageName must not start with 'aliyun' or 'acs:'/);
    expect(() => imageIn({ imageName: 'my-aliyun-base' })).not.toThrow();
  });

  test('description: 2-256 characters, not a URL', () => {
    expect(() => imageIn({ description: 'ab' })).not.toThrow();
    expect(() => imageIn({ description: 'd'.repeat(256) })).not.toThrow();
    expectInvalid(() => imageIn({ description: 'd' }), /description must be 2 to 256 characters long, but is 1/);
    expectInvalid(() => imageIn({ description: 'd'.repeat(257) }), /description must be 2 to 256 characters long, but is 257/);
    expectInvalid(() => imageIn({ description: 'https://wiki' }), /description must not start with http/);
  });

  test('platform: one of the provider values', () => {
    expect(imageIn({ platform: Platform.of('Rocky Linux') }).resource('alicloud_image').platform).toBe('Rocky Linux');
    expectInvalid(() => imageIn({ platform: Platform.of('Windows 11') }), /platform must be one of Aliyun, Anolis, .*Windows Server 2003 \(got "Windows 11"\)/);
  });

  test('licenseType: only BYOL for custom images', () => {
    expect(() => imageIn({ licenseType: LicenseType.BYOL })).not.toThrow();
    expectInvalid(() => imageIn({ licenseType: LicenseType.AUTO }), /licenseType must be one of BYOL \(got "Auto"\)/);
  });

  test('imageFamily: the family rule', () => {
    expect(() => imageIn({ imageFamily: 'web-base' })).not.toThrow();
    expectInvalid(() => imageIn({ imageFamily: 'aliyun-web' }), /imageFamily must not start with 'aliyun' or 'acs:'/);
    expectInvalid(() => imageIn({ imageFamily: 'w' }), /imageFamily must be 2 to 128 characters/);
  });

  test('tags: the shared tag rules', () => {
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v']));
    expect(() => imageIn({ tags: twenty })).not.toThrow();
    expectInvalid(() => imageIn({ tags: { ...twenty, k20: 'v' } }), /tags must have at most 20 tags, but has 21/);
    expectInvalid(() => imageIn({ tags: { 'acs:team': 'x' } }), /tags key must not start with 'aliyun' or 'acs:'/);
  });

  test('timeouts: Go durations', () => {
    expect(() => imageIn({ timeouts: { create: '1h30m' } })).not.toThrow();
    expectInvalid(() => imageIn({ timeouts: { create: '30 minutes' } }), /timeouts.create must be a duration such as 30m, 1h or 1h30m \(got "30 minutes"\)/);
  });

  test('provider: an alicloud provider of the same stack', () => {
    const stack = alicloudStack();
    const other = new TerraformStack(Testing.app(), 'other');
    const foreign = new alicloud.provider.AlicloudProvider(other, 'p', { region: 'cn-beijing', alias: 'bj' });
    expectInvalid(() => new Image(stack, 'Image', { source: ImageSource.fromInstanceId('i-1'), provider: foreign }),
      /test\/Image: provider must be a provider of the same stack \(got "other\/p"\)/);
    const local = new alicloud.provider.AlicloudProvider(stack, 'bj', { region: 'cn-beijing', alias: 'bj' });
    new Image(stack, 'Local', { source: ImageSource.fromInstanceId('i-1'), provider: local });
    expect(synth(stack).resource('alicloud_image').provider).toBe('alicloud.bj');
  });

  test('tokens are skipped, never rejected', () => {
    const token = Lazy.stringValue({ produce: () => 'http://aliyun' });
    const out = imageIn({ imageName: token, description: token, imageFamily: token, platform: Platform.of(token), tags: { k: token } });
    expect(out.resource('alicloud_image').image_name).toBe('http://aliyun');
  });
});
