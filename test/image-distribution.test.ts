/** Importers, lookup, OSS import, and distribution: shareWith, copyTo (alias provider), exportTo. */
import { Lazy, TerraformOutput, TerraformStack } from 'cdktf';
import {
  alibabacloudstack, alicloud, Architecture, BootMode, DiskImageFormat, DiskType, IAlicloudImage, Image, ImageImportProps,
  ImageLookupOptions, ImageOwner, ImageSource, ImageStatus, LicenseType, OsType, Platform,
} from '../lib';
import { expectInvalid } from './util/validation-error';
import { dataLogicalId, logicalId, ref } from './util/refs';
import { alicloudStack, emptyStack, synth } from './util/synth';


/** A stack with the default cn-hangzhou provider, a `beijing` alias and one image. */
function withImage(): { stack: TerraformStack; beijing: alicloud.provider.AlicloudProvider; image: Image } {
  const stack = alicloudStack();
  const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
  const image = new Image(stack, 'Image', { source: ImageSource.fromSnapshotId('s-1') });
  return { stack, beijing, image };
}

describe('importers', () => {
  test('fromImageId creates no resources and keeps the id', () => {
    const stack = alicloudStack();
    const image = Image.fromImageId(stack, 'Existing', 'm-bp1existing');
    expect(image.imageId).toBe('m-bp1existing');
    new TerraformOutput(stack, 'id', { value: image.imageId });
    const out = synth(stack);
    expect(out.json.resource).toBeUndefined();
    expect(out.json.data).toBeUndefined();
    expect(out.outputs().id.value).toBe('m-bp1existing');
  });

  test('fromImageAttributes: shares and copies of the imported image use its provider', () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const image = Image.fromImageAttributes(stack, 'Existing', { imageId: 'm-2ze', provider: beijing });
    image.shareWith('1234567890123456');
    image.copyTo('Home', { provider: stack.node.findChild('alicloud') as alicloud.provider.AlicloudProvider });
    const out = synth(stack);
    expect(out.resource('alicloud_image_share_permission')).toEqual({ account_id: '1234567890123456', image_id: 'm-2ze', provider: 'alicloud.beijing' });
    expect(out.resource('alicloud_image_copy')).toMatchObject({ source_image_id: 'm-2ze', source_region_id: 'cn-beijing', provider: 'alicloud' });
  });

  test('fromImageId rejects a missing id', () => {
    expectInvalid(() => Image.fromImageId(alicloudStack(), 'Existing', undefined as any), /test\/Existing: imageId is required/);
  });
});

describe('fromLookup', () => {
  const lookup = (options: ImageLookupOptions) => {
    const stack = alicloudStack();
    const image = Image.fromLookup(stack, 'Base', options);
    new TerraformOutput(stack, 'id', { value: image.imageId });
    return synth(stack);
  };

  test('wraps alicloud_images; the id is the first result', () => {
    const out = lookup({
      nameRegex: '^aliyun_3_x64',
      owners: ImageOwner.SYSTEM,
      mostRecent: true,
      imageFamily: 'acs:alibaba_cloud_linux_3',
      imageName: 'aliyun_3',
      architecture: Architecture.X86_64,
      osType: OsType.LINUX,
      status: ImageStatus.AVAILABLE,
      instanceType: 'ecs.g7.large',
      resourceGroupId: 'rg-1',
      tags: { team: 'platform' },
    });
    const id = dataLogicalId(out, 'alicloud_images');
    expect(out.dataSource('alicloud_images')).toEqual({
      name_regex: '^aliyun_3_x64',
      owners: 'system',
      most_recent: true,
      image_family: 'acs:alibaba_cloud_linux_3',
      image_name: 'aliyun_3',
      architecture: 'x86_64',
      os_type: 'linux',
      status: 'Available',
      instance_type: 'ecs.g7.large',
      resource_group_id: 'rg-1',
      tags: { team: 'platform' },
    });
    expect(out.outputs().id.value).toBe(ref(`element(data.alicloud_images.${id}.ids, 0)`));
    expect(out.json.resource).toBeUndefined();
  });

  test('needs nameRegex, owners, imageOwnerId or mostRecent: true (provider 1.247.0)', () => {
    expect(() => lookup({ owners: ImageOwner.SELF })).not.toThrow();
    expect(() => lookup({ nameRegex: '^web' })).not.toThrow();
    expect(() => lookup({ imageOwnerId: '1234567890123456' })).not.toThrow();
    expect(lookup({ mostRecent: true }).dataSource('alicloud_images')).toEqual({ most_recent: true });
    expectInvalid(() => lookup({ imageFamily: 'web' }),
      /test\/Base: options must set at least one of nameRegex, owners, imageOwnerId or mostRecent: true .* \(got \["imageFamily"\]\)/);
    expectInvalid(() => lookup({ mostRecent: false, imageName: 'web' }), /options must set at least one of/);
  });

  test('nameRegex must compile', () => {
    expect(() => lookup({ nameRegex: '^web_[0-9]+$' })).not.toThrow();
    expectInvalid(() => lookup({ nameRegex: '^web_[0-9+$' }), /nameRegex must be a valid regular expression \(got "\^web_\[0-9\+\$"\)/);
  });

  test('imageOwnerId is an account id', () => {
    expectInvalid(() => lookup({ imageOwnerId: 'alice' }), /imageOwnerId must be an Alibaba Cloud account id/);
  });

  test('architecture: no arm64 filter in provider 1.247.0', () => {
    expect(() => lookup({ owners: ImageOwner.SYSTEM, architecture: Architecture.I386 })).not.toThrow();
    expectInvalid(() => lookup({ owners: ImageOwner.SYSTEM, architecture: Architecture.ARM64 }), /architecture must be one of i386, x86_64 \(got "arm64"\)/);
  });

  test('dependsOn and provider reach the data source', () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const waiter = new alicloud.ecsImagePipeline.EcsImagePipeline(stack, 'pipeline', {
      baseImage: 'm-1', baseImageType: 'IMAGE', provider: beijing,
    });
    Image.fromLookup(stack, 'Built', { owners: ImageOwner.SELF, nameRegex: '^web_', dependsOn: [waiter], provider: beijing });
    const data = synth(stack).dataSource('alicloud_images');
    expect(data.depends_on).toEqual(['alicloud_ecs_image_pipeline.pipeline']);
    expect(data.provider).toBe('alicloud.beijing');
  });

  test('tokens are not checked', () => {
    expect(() => lookup({ nameRegex: Lazy.stringValue({ produce: () => '[' }) })).not.toThrow();
  });
});

describe('fromImport', () => {
  const importIn = (props: Partial<ImageImportProps>) => {
    const stack = alicloudStack();
    Image.fromImport(stack, 'Imported', { diskImages: [{ ossBucket: 'images', ossObject: 'web.qcow2' }], ...props });
    return synth(stack);
  };

  test('every property reaches alicloud_image_import', () => {
    const out = importIn({
      diskImages: [
        { ossBucket: 'images', ossObject: 'web.qcow2', format: DiskImageFormat.QCOW2, device: '/dev/xvda', diskImageSizeGiB: 40 },
        { ossBucket: 'images', ossObject: 'data.raw', format: DiskImageFormat.RAW },
      ],
      imageName: 'web-imported',
      description: 'Imported from OSS',
      architecture: Architecture.I386,
      osType: OsType.WINDOWS,
      platform: Platform.WINDOWS_SERVER_2019,
      bootMode: BootMode.UEFI,
      licenseType: LicenseType.BYOL,
      timeouts: { create: '1h', delete: '30m' },
    });
    expect(out.resource('alicloud_image_import')).toEqual({
      disk_device_mapping: [
        { oss_bucket: 'images', oss_object: 'web.qcow2', format: 'qcow2', device: '/dev/xvda', disk_image_size: 40 },
        { oss_bucket: 'images', oss_object: 'data.raw', format: 'RAW' },
      ],
      image_name: 'web-imported',
      description: 'Imported from OSS',
      architecture: 'i386',
      os_type: 'windows',
      platform: 'Windows Server 2019',
      boot_mode: 'UEFI',
      license_type: 'BYOL',
      timeouts: { create: '1h', delete: '30m' },
    });
  });

  test('an imported image can be shared and copied', () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const image = Image.fromImport(stack, 'Imported', { diskImages: [{ ossBucket: 'images', ossObject: 'web.raw' }] });
    image.shareWith('1234567890123456');
    image.copyTo('Beijing', { provider: beijing });
    const out = synth(stack);
    const importRef = ref(`alicloud_image_import.${logicalId(out, 'alicloud_image_import')}.id`);
    expect(out.resource('alicloud_image_share_permission').image_id).toBe(importRef);
    expect(out.resource('alicloud_image_copy')).toMatchObject({ source_image_id: importRef, provider: 'alicloud.beijing', source_region_id: 'cn-hangzhou' });
  });

  test('at least one disk image', () => {
    expectInvalid(() => importIn({ diskImages: [] }), /test\/Imported: diskImages must have at least 1 disk image/);
  });

  test('architecture: x86_64 or i386; boot mode: BIOS or UEFI', () => {
    expect(() => importIn({ architecture: Architecture.X86_64, bootMode: BootMode.BIOS })).not.toThrow();
    expectInvalid(() => importIn({ architecture: Architecture.ARM64 }), /architecture must be one of x86_64, i386 \(got "arm64"\)/);
    expectInvalid(() => importIn({ bootMode: BootMode.UEFI_PREFERRED }), /bootMode must be one of BIOS, UEFI \(got "UEFI-Preferred"\)/);
  });

  test('name, description, device and timeouts rules', () => {
    expectInvalid(() => importIn({ imageName: 'aliyun_web' }), /imageName must not start with 'aliyun'/);
    expectInvalid(() => importIn({ description: 'x' }), /description must be 2 to 256 characters/);
    expectInvalid(() => importIn({ diskImages: [{ ossBucket: 'b', ossObject: 'o', device: 'xvda' }] }), /diskImages\[0\]\.device must be a device name/);
    expectInvalid(() => importIn({ timeouts: { update: '10m' } }), /timeouts.update is not supported by alicloud_image_import \(it has create, delete\)/);
  });
});

describe('shareWith', () => {
  test('one share permission per account, in the image region', () => {
    const { stack, image } = withImage();
    image.shareWith('1234567890123456');
    image.shareWith('6543210987654321');
    const out = synth(stack);
    const imageRef = ref(`alicloud_image.${logicalId(out, 'alicloud_image')}.id`);
    const shares = Object.values(out.resources('alicloud_image_share_permission'));
    expect(shares).toEqual([
      { account_id: '1234567890123456', image_id: imageRef },
      { account_id: '6543210987654321', image_id: imageRef },
    ]);
  });

  test('sharing with the same account twice returns the same permission', () => {
    const { stack, image } = withImage();
    const first = image.shareWith('1234567890123456');
    expect(image.shareWith('1234567890123456')).toBe(first);
    expect(Object.keys(synth(stack).resources('alicloud_image_share_permission'))).toHaveLength(1);
  });

  test('account ids are digits', () => {
    const { image } = withImage();
    expectInvalid(() => image.shareWith('acct-1'), /test\/Image: accountId must be an Alibaba Cloud account id \(digits only\) \(got "acct-1"\)/);
  });

  test('at most 50 accounts per image', () => {
    const { stack, image } = withImage();
    for (let i = 0; i < 50; i++) image.shareWith(String(1000 + i));
    expect(Object.keys(synth(stack).resources('alicloud_image_share_permission'))).toHaveLength(50);
    expectInvalid(() => image.shareWith('2000'), /accountId cannot be added: an image can be shared with at most 50 accounts \(got "2000"\)/);
  });

  test('token account ids are accepted', () => {
    const { stack, image } = withImage();
    const account = new alicloud.dataAlicloudAccount.DataAlicloudAccount(stack, 'account');
    image.shareWith(account.id);
    image.shareWith(Lazy.stringValue({ produce: () => '42' }));
    const shares = Object.values(synth(stack).resources('alicloud_image_share_permission'));
    expect(shares.map((s: any) => s.account_id)).toEqual([ref('data.alicloud_account.account.id'), '42']);
  });
});

describe('copyTo', () => {
  test('the copy lives in the destination region through the alias provider', () => {
    const { stack, beijing, image } = withImage();
    const copy = image.copyTo('Beijing', {
      provider: beijing,
      imageName: 'web-copy',
      description: 'copy in beijing',
      encrypted: true,
      kmsKeyId: 'key-1',
      tags: { team: 'platform' },
      force: true,
      deleteAutoSnapshot: true,
      timeouts: { create: '40m', delete: '20m' },
    });
    new TerraformOutput(stack, 'copy_id', { value: copy.imageId });
    const out = synth(stack);
    const copyId = logicalId(out, 'alicloud_image_copy');
    expect(out.resource('alicloud_image_copy')).toEqual({
      provider: 'alicloud.beijing',
      source_image_id: ref(`alicloud_image.${logicalId(out, 'alicloud_image')}.id`),
      source_region_id: 'cn-hangzhou',
      image_name: 'web-copy',
      description: 'copy in beijing',
      encrypted: true,
      kms_key_id: 'key-1',
      tags: { team: 'platform' },
      force: true,
      delete_auto_snapshot: true,
      timeouts: { create: '40m', delete: '20m' },
    });
    expect(out.outputs().copy_id.value).toBe(ref(`alicloud_image_copy.${copyId}.id`));
  });

  test('a copy can be shared and copied again, each time with its own region', () => {
    const { stack, beijing, image } = withImage();
    const shanghai = new alicloud.provider.AlicloudProvider(stack, 'shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
    const inBeijing: IAlicloudImage = image.copyTo('Beijing', { provider: beijing });
    inBeijing.shareWith('1234567890123456');
    inBeijing.copyTo('Shanghai', { provider: shanghai });
    const out = synth(stack);
    const copies = Object.values(out.resources('alicloud_image_copy'));
    expect(copies.map((c: any) => [c.provider, c.source_region_id])).toEqual([
      ['alicloud.beijing', 'cn-hangzhou'],
      ['alicloud.shanghai', 'cn-beijing'],
    ]);
    expect(out.resource('alicloud_image_share_permission').provider).toBe('alicloud.beijing');
  });

  test('sourceRegionId: explicit value wins; required when the source region is not a literal', () => {
    const { beijing, image } = withImage();
    image.copyTo('Explicit', { provider: beijing, sourceRegionId: 'cn-hangzhou' });
    expectInvalid(() => image.copyTo('Bad', { provider: beijing, sourceRegionId: 'Hangzhou' }), /sourceRegionId must be a region id such as cn-hangzhou/);

    const stack = emptyStack();
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', {}); // region from ALICLOUD_REGION
    const bj = new alicloud.provider.AlicloudProvider(stack, 'bj', { region: 'cn-beijing', alias: 'bj' });
    const unknownRegion = Image.fromImageId(stack, 'Existing', 'm-1');
    expectInvalid(() => unknownRegion.copyTo('Copy', { provider: bj }),
      /test\/Existing\/Copy: sourceRegionId is required: the region of the source image's provider is not a literal in this stack/);
    unknownRegion.copyTo('WithRegion', { provider: bj, sourceRegionId: 'cn-qingdao' });
    expect(synth(stack).resource('alicloud_image_copy').source_region_id).toBe('cn-qingdao');
  });

  test('kmsKeyId implies encryption and contradicts encrypted: false', () => {
    const { stack, beijing, image } = withImage();
    image.copyTo('Kms', { provider: beijing, kmsKeyId: 'key-1' });
    expect(synth(stack).resource('alicloud_image_copy')).toMatchObject({ encrypted: true, kms_key_id: 'key-1' });
    expectInvalid(() => image.copyTo('Contradiction', { provider: beijing, kmsKeyId: 'key-1', encrypted: false }),
      /kmsKeyId requires encrypted to be true \(got "key-1"\)/);
  });

  test('name, description, tags and timeouts rules', () => {
    const { beijing, image } = withImage();
    expectInvalid(() => image.copyTo('A', { provider: beijing, imageName: 'acs:copy' }), /Image\/A: imageName must not start with 'aliyun' or 'acs:'/);
    expectInvalid(() => image.copyTo('B', { provider: beijing, description: 'x' }), /description must be 2 to 256 characters/);
    expectInvalid(() => image.copyTo('C', { provider: beijing, tags: { k: 'https://x' } }), /tags.k must not contain http/);
    expectInvalid(() => image.copyTo('D', { provider: beijing, timeouts: { update: '5m' } }),
      /timeouts.update is not supported by alicloud_image_copy \(it has create, delete\)/);
  });

  test('the destination provider is required and must be alicloud in the same stack', () => {
    const { image } = withImage();
    expectInvalid(() => image.copyTo('Missing', { provider: undefined as any }), /Image\/Missing: provider is required/);
    const other = alicloudStack('other');
    const foreign = new alicloud.provider.AlicloudProvider(other, 'bj', { region: 'cn-beijing', alias: 'bj' });
    expectInvalid(() => image.copyTo('Foreign', { provider: foreign }), /provider must be a provider of the same stack/);
    const { stack: s2, image: image2 } = withImage();
    const stackProvider = new alibabacloudstack.provider.AlibabacloudstackProvider(s2, 'apsara', { region: 'cn-qingdao-env17-d01', alias: 'apsara' });
    expectInvalid(() => image2.copyTo('Apsara', { provider: stackProvider }), /provider must be an alicloud provider \(got "alibabacloudstack"\)/);
  });
});

describe('exportTo', () => {
  test('exports to an OSS bucket with a prefix, in the image region', () => {
    const { stack, image } = withImage();
    image.exportTo('image-exports', { ossPrefix: 'web2024', timeouts: { create: '1h' } });
    const out = synth(stack);
    expect(out.resource('alicloud_image_export')).toEqual({
      image_id: ref(`alicloud_image.${logicalId(out, 'alicloud_image')}.id`),
      oss_bucket: 'image-exports',
      oss_prefix: 'web2024',
      timeouts: { create: '1h' },
    });
  });

  test('ossPrefix: 1-30 letters and digits', () => {
    const { image } = withImage();
    image.exportTo('bucket', { ossPrefix: 'a' });
    image.exportTo('bucket', { ossPrefix: 'a'.repeat(30) });
    expectInvalid(() => image.exportTo('bucket', { ossPrefix: 'a'.repeat(31) }), /ossPrefix must be 1 to 30 letters and digits/);
    expectInvalid(() => image.exportTo('bucket', { ossPrefix: 'web-2024' }), /ossPrefix must be 1 to 30 letters and digits \(got "web-2024"\)/);
  });

  test('ossBucket: an OSS bucket name', () => {
    const { image } = withImage();
    image.exportTo('abc');
    expectInvalid(() => image.exportTo('ab'), /ossBucket must be an OSS bucket name/);
    expectInvalid(() => image.exportTo('My_Bucket'), /ossBucket must be an OSS bucket name.* \(got "My_Bucket"\)/);
  });

  test('the same bucket and prefix only once; another prefix is another export', () => {
    const { stack, image } = withImage();
    image.exportTo('bucket', { ossPrefix: 'one' });
    image.exportTo('bucket', { ossPrefix: 'two' });
    expect(Object.keys(synth(stack).resources('alicloud_image_export'))).toHaveLength(2);
    expectInvalid(() => image.exportTo('bucket', { ossPrefix: 'one' }), /ossBucket is already an export target of this image with the same ossPrefix/);
    expectInvalid(() => image.exportTo('bucket', { timeouts: { delete: '5m' } }), /timeouts.delete is not supported by alicloud_image_export \(it has create\)/);
  });

  test('images from disk mappings: at most 4 data disks of at most 500 GiB', () => {
    const stack = alicloudStack();
    const disks = (n: number, sizeGiB: number) => [
      { diskType: DiskType.SYSTEM, snapshotId: 's-1' },
      ...Array.from({ length: n }, () => ({ diskType: DiskType.DATA, sizeGiB })),
    ];
    const fits = new Image(stack, 'Fits', { source: ImageSource.fromDiskDeviceMappings(disks(4, 500)) });
    fits.exportTo('bucket');
    const tooMany = new Image(stack, 'TooMany', { source: ImageSource.fromDiskDeviceMappings(disks(5, 20)) });
    expectInvalid(() => tooMany.exportTo('bucket'), /test\/TooMany: exported data disks must have at most 4 items, but has 5/);
    const tooLarge = new Image(stack, 'TooLarge', { source: ImageSource.fromDiskDeviceMappings(disks(1, 501)) });
    expectInvalid(() => tooLarge.exportTo('bucket'), /exported data disk size must be an integer from 1 to 500 GiB \(got 501\)/);
    expect(Object.keys(synth(stack).resources('alicloud_image_export'))).toHaveLength(1);
  });

  test('token buckets are accepted', () => {
    const { stack, image } = withImage();
    image.exportTo(Lazy.stringValue({ produce: () => 'Not_A_Bucket' }));
    expect(synth(stack).resource('alicloud_image_export').oss_bucket).toBe('Not_A_Bucket');
  });
});
