/** StackImage (alibabacloudstack_ecs_image): sources, conflicts, rules, share/copy/export, importers. */
import { Lazy, TerraformStack, TerraformVariable } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import {
  IImage, StackImage, StackImageCopy, StackImageOwners, StackImageSource, StackInstance, StackSecurityGroup, StackVpc, StackVSwitch,
} from '../lib';
import { blockOf } from './util/paths';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

const IMAGE = 'alibabacloudstack_ecs_image';
const SHARE = 'alibabacloudstack_image_share_permission';
const COPY = 'alibabacloudstack_image_copy';
const EXPORT = 'alibabacloudstack_image_export';

function image(stack: TerraformStack, props: Partial<ConstructorParameters<typeof StackImage>[2]> = {}): StackImage {
  return new StackImage(stack, 'Image', { source: StackImageSource.fromInstanceId('i-build01'), ...props });
}

function instance(stack: TerraformStack): StackInstance {
  const vpc = new StackVpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
  const vswitch = new StackVSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' });
  return new StackInstance(stack, 'Instance', {
    image: StackImage.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'),
    instanceType: 'ecs.n4.large',
    vswitch,
    securityGroups: [new StackSecurityGroup(stack, 'Group', { vpc })],
  });
}

describe('sources: exactly one of instance_id, snapshot_id, disk_device_mapping', () => {
  test('fromInstance references the instance and sets no other source', () => {
    const stack = apsaraStack();
    const vm = instance(stack);
    new StackImage(stack, 'Image', { source: StackImageSource.fromInstance(vm), imageName: 'golden' });
    const resource = synth(stack).resource(IMAGE);
    expect(resource.instance_id).toBe(resolve(stack, vm.instanceId));
    expect(resource.instance_id).toMatch(/^\$\{alibabacloudstack_ecs_instance\.\w+\.id\}$/);
    expect(resource).not.toHaveProperty('snapshot_id');
    expect(resource).not.toHaveProperty('disk_device_mapping');
  });

  test('fromInstanceId', () => {
    const stack = apsaraStack();
    image(stack);
    const resource = synth(stack).resource(IMAGE);
    expect(resource.instance_id).toBe('i-build01');
    expect(resource).not.toHaveProperty('snapshot_id');
    expect(resource).not.toHaveProperty('disk_device_mapping');
  });

  test('fromSnapshotId', () => {
    const stack = apsaraStack();
    image(stack, { source: StackImageSource.fromSnapshotId('s-system01') });
    const resource = synth(stack).resource(IMAGE);
    expect(resource.snapshot_id).toBe('s-system01');
    expect(resource).not.toHaveProperty('instance_id');
    expect(resource).not.toHaveProperty('disk_device_mapping');
  });

  test('fromDiskDeviceMappings writes size and snapshot_id only (the 3.18.5 block has no device or disk_type)', () => {
    const stack = apsaraStack();
    image(stack, {
      source: StackImageSource.fromDiskDeviceMappings([{ sizeGiB: 40, snapshotId: 's-system01' }, { sizeGiB: 100 }]),
    });
    const resource = synth(stack).resource(IMAGE);
    expect(resource.disk_device_mapping).toEqual([{ size: 40, snapshot_id: 's-system01' }, { size: 100 }]);
    expect(resource).not.toHaveProperty('instance_id');
    expect(resource).not.toHaveProperty('snapshot_id');
  });

  test('disk device mappings: at least one', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { source: StackImageSource.fromDiskDeviceMappings([]) })))
      .toBe('test/Image: source.diskDeviceMappings must have at least one mapping (got [])');
    expect(() => image(apsaraStack(), { source: StackImageSource.fromDiskDeviceMappings([{ sizeGiB: 5 }]) })).not.toThrow();
  });

  test('disk device mappings: size from 5 to 2000 GiB', () => {
    const withSize = (sizeGiB: number) => () => image(apsaraStack(), { source: StackImageSource.fromDiskDeviceMappings([{ sizeGiB: 20 }, { sizeGiB }]) });
    expect(validationErrorOf(withSize(4))).toBe('test/Image: source.diskDeviceMappings[1].sizeGiB must be an integer from 5 to 2000 GiB (got 4)');
    expect(withSize(5)).not.toThrow();
    expect(withSize(2000)).not.toThrow();
    expect(validationErrorOf(withSize(2001))).toMatch(/sizeGiB must be an integer from 5 to 2000 GiB \(got 2001\)/);
    expect(validationErrorOf(withSize(5.5))).toMatch(/got 5.5/);
  });

  test('empty ids are rejected', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { source: StackImageSource.fromInstanceId('') })))
      .toBe('test/Image: source.instanceId is required and must not be empty (got "")');
    expect(validationErrorOf(() => image(apsaraStack(), { source: StackImageSource.fromSnapshotId('') })))
      .toMatch(/source.snapshotId is required/);
  });

  test('a missing source is rejected (untyped callers)', () => {
    expect(validationErrorOf(() => new StackImage(apsaraStack(), 'Image', {} as any))).toMatch(/test\/Image: source is required/);
  });

  test('tokens pass: instance id, snapshot id, sizes and the whole mapping list', () => {
    const stack = apsaraStack();
    const size = new TerraformVariable(stack, 'size', { type: 'number' });
    const snapshot = new TerraformVariable(stack, 'snapshot', { type: 'string' });
    new StackImage(stack, 'A', { source: StackImageSource.fromDiskDeviceMappings([{ sizeGiB: size.numberValue }]) });
    new StackImage(stack, 'B', { source: StackImageSource.fromSnapshotId(snapshot.stringValue) });
    new StackImage(stack, 'C', { source: StackImageSource.fromDiskDeviceMappings(Lazy.anyValue({ produce: () => [{ size: 10 }] }) as any) });
    const images = Object.values(synth(stack).resources(IMAGE));
    expect(images.map((r: any) => r.disk_device_mapping ?? r.snapshot_id)).toEqual([
      [{ size: '${var.size}' }], '${var.snapshot}', [{ size: 10 }],
    ]);
  });
});

describe('conflicts the provider enforces hold after escape-hatch overrides', () => {
  const cases: Array<[string, () => StackImageSource, string, unknown]> = [
    ['instance_id', () => StackImageSource.fromInstanceId('i-1'), 'snapshot_id', 's-1'],
    ['instance_id', () => StackImageSource.fromInstanceId('i-1'), 'disk_device_mapping', [{ size: 20 }]],
    ['snapshot_id', () => StackImageSource.fromSnapshotId('s-1'), 'instance_id', 'i-1'],
    ['snapshot_id', () => StackImageSource.fromSnapshotId('s-1'), 'disk_device_mapping', [{ size: 20 }]],
    ['disk_device_mapping', () => StackImageSource.fromDiskDeviceMappings([{ sizeGiB: 20 }]), 'instance_id', 'i-1'],
    ['disk_device_mapping', () => StackImageSource.fromDiskDeviceMappings([{ sizeGiB: 20 }]), 'snapshot_id', 's-1'],
  ];

  test.each(cases)('%s source plus an override of %s is rejected at synth; the source alone is accepted', (_, source, other, value) => {
    const ok = apsaraStack();
    new StackImage(ok, 'Image', { source: source() });
    expect(() => synth(ok)).not.toThrow();

    const bad = apsaraStack();
    new StackImage(bad, 'Image', { source: source() }).resource.addOverride(other, value);
    expect(validationErrorOf(() => synth(bad))).toMatch(/^test\/Image: (instance_id|snapshot_id) conflicts with (snapshot_id|disk_device_mapping): the provider accepts only one of them/);
  });

  test('an override that replaces the source (same attribute) is not a conflict', () => {
    const stack = apsaraStack();
    image(stack).resource.addOverride('instance_id', 'i-other');
    expect(synth(stack).resource(IMAGE).instance_id).toBe('i-other');
  });
});

describe('name, description, tags, timeouts', () => {
  test('imageName: 2 to 128 characters (the provider rule), no URL', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { imageName: 'a' })))
      .toBe('test/Image: imageName must be 2 to 128 characters long, but is 1 (got "a")');
    expect(() => image(apsaraStack(), { imageName: 'ab' })).not.toThrow();
    expect(() => image(apsaraStack(), { imageName: 'a'.repeat(128) })).not.toThrow();
    expect(validationErrorOf(() => image(apsaraStack(), { imageName: 'a'.repeat(129) }))).toMatch(/imageName must be 2 to 128 characters long, but is 129/);
    expect(validationErrorOf(() => image(apsaraStack(), { imageName: 'http://x' }))).toMatch(/imageName must not start with http/);
    // The provider checks only the length: names starting with a digit or a Chinese character pass.
    expect(() => image(apsaraStack(), { imageName: '镜像-2024' })).not.toThrow();
  });

  test('description: 0 to 256 characters (the provider rule), no URL', () => {
    expect(() => image(apsaraStack(), { description: '' })).not.toThrow();
    expect(() => image(apsaraStack(), { description: 'd'.repeat(256) })).not.toThrow();
    expect(validationErrorOf(() => image(apsaraStack(), { description: 'd'.repeat(257) })))
      .toMatch(/^test\/Image: description must be 0 to 256 characters long, but is 257/);
    expect(validationErrorOf(() => image(apsaraStack(), { description: 'https://wiki' }))).toMatch(/description must not start with http/);
  });

  test('tags: at most 20, key rules', () => {
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v']));
    expect(() => image(apsaraStack(), { tags: twenty })).not.toThrow();
    expect(validationErrorOf(() => image(apsaraStack(), { tags: { ...twenty, k20: 'v' } }))).toMatch(/tags must have at most 20 tags, but has 21/);
    expect(validationErrorOf(() => image(apsaraStack(), { tags: { 'acs:owner': 'x' } }))).toMatch(/tags key must not start/);
  });

  test('createTimeoutMinutes: more than the 20-minute delay before the first status check', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { createTimeoutMinutes: 20 })))
      .toBe('test/Image: createTimeoutMinutes must be an integer from 21 to 1440 minutes (got 20)');
    expect(() => image(apsaraStack(), { createTimeoutMinutes: 21 })).not.toThrow();
    expect(() => image(apsaraStack(), { createTimeoutMinutes: 1440 })).not.toThrow();
    expect(validationErrorOf(() => image(apsaraStack(), { createTimeoutMinutes: 1441 }))).toMatch(/got 1441/);
  });

  test('deleteTimeoutMinutes: 1 to 1440', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { deleteTimeoutMinutes: 0 }))).toMatch(/deleteTimeoutMinutes must be an integer from 1 to 1440 minutes/);
    expect(() => image(apsaraStack(), { deleteTimeoutMinutes: 1 })).not.toThrow();
  });

  test('all props land in the JSON; timeouts render in minutes and are absent by default', () => {
    const stack = apsaraStack();
    const img = image(stack, {
      imageName: 'golden', description: 'base', tags: { Team: 'ops' }, createTimeoutMinutes: 45, deleteTimeoutMinutes: 15,
    });
    const plain = new StackImage(stack, 'Plain', { source: StackImageSource.fromSnapshotId('s-1') });
    const deleteOnly = new StackImage(stack, 'DeleteOnly', { source: StackImageSource.fromSnapshotId('s-2'), deleteTimeoutMinutes: 5 });
    const out = synth(stack);
    const full = blockOf(out, img.resource);
    expect(full).toMatchObject({
      image_name: 'golden', description: 'base', tags: { Team: 'ops' }, timeouts: { create: '45m', delete: '15m' },
    });
    expect(full).not.toHaveProperty('force');
    expect(blockOf(out, plain.resource)).not.toHaveProperty('timeouts');
    expect(blockOf(out, deleteOnly.resource).timeouts).toEqual({ delete: '5m' });
  });

  test('tokens pass for name, description, tags and timeouts', () => {
    const stack = apsaraStack();
    const text = new TerraformVariable(stack, 'text', { type: 'string' });
    const minutes = new TerraformVariable(stack, 'minutes', { type: 'number' });
    image(stack, {
      imageName: text.stringValue, description: text.stringValue, tags: { k: text.stringValue }, createTimeoutMinutes: minutes.numberValue,
    });
    expect(synth(stack).resource(IMAGE)).toMatchObject({ image_name: '${var.text}', description: '${var.text}', tags: { k: '${var.text}' } });
  });

  test('imageId and imageName are the resource attributes; the L1 is the default child', () => {
    const stack = apsaraStack();
    const img = image(stack);
    expect(resolve(stack, img.imageId)).toMatch(/^\$\{alibabacloudstack_ecs_image\.\w+\.id\}$/);
    expect(resolve(stack, img.imageName)).toMatch(/^\$\{alibabacloudstack_ecs_image\.\w+\.image_name\}$/);
    expect(img.node.defaultChild).toBe(img.resource);
  });
});

describe('shareWith', () => {
  test('writes one alibabacloudstack_image_share_permission per account, idempotently', () => {
    const stack = apsaraStack();
    const img = image(stack);
    const first = img.shareWith('123456789');
    expect(img.shareWith('123456789')).toBe(first);
    img.shareWith('987654321');
    const shares = Object.values<any>(synth(stack).resources(SHARE));
    expect(shares).toEqual([
      expect.objectContaining({ image_id: resolve(stack, img.imageId), account_id: '123456789' }),
      expect.objectContaining({ image_id: resolve(stack, img.imageId), account_id: '987654321' }),
    ]);
  });

  test('account ids are digits; tokens pass', () => {
    const stack = apsaraStack();
    const img = image(stack);
    expect(validationErrorOf(() => img.shareWith('acct-1'))).toBe('test/Image: accountId must be an Alibaba Cloud account id (digits only) (got "acct-1")');
    expect(validationErrorOf(() => img.shareWith(''))).toMatch(/accountId is required/);
    const account = new TerraformVariable(stack, 'account', { type: 'string' });
    const accountId = account.stringValue;
    img.shareWith(accountId);
    expect(img.shareWith(accountId).node.id).toBe('SharedWith0');
    expect(synth(stack).resource(SHARE).account_id).toBe('${var.account}');
  });

  test('imported and looked-up images can be shared too', () => {
    const stack = apsaraStack();
    StackImage.fromImageId(stack, 'Existing', 'm-existing').shareWith('123456789');
    StackImage.fromLookup(stack, 'Latest', { nameRegex: '^golden-' }).shareWith('123456789');
    const shares = Object.values<any>(synth(stack).resources(SHARE));
    expect(shares.map((s) => s.image_id)).toEqual([
      'm-existing', expect.stringMatching(/^\$\{data\.alibabacloudstack_images\.\w+\.images\[0\]\.id\}$/),
    ]);
  });
});

describe('copyTo', () => {
  test('writes destination_region_id (the provider region is the source), with no tags or source_region_id', () => {
    const stack = apsaraStack();
    const img = image(stack, { tags: { Team: 'ops' } });
    const copy = img.copyTo('cn-neimeng-env30-d01', {
      imageName: 'golden-copy', description: 'copy', encrypted: true, kmsKeyId: 'key-1', createTimeoutMinutes: 90, deleteTimeoutMinutes: 30,
    });
    const resource = synth(stack).resource(COPY);
    expect(resource).toMatchObject({
      source_image_id: resolve(stack, img.imageId),
      destination_region_id: 'cn-neimeng-env30-d01',
      image_name: 'golden-copy',
      description: 'copy',
      encrypted: true,
      kms_key_id: 'key-1',
      timeouts: { create: '90m', delete: '30m' },
    });
    expect(resource).not.toHaveProperty('tags');
    expect(resource).not.toHaveProperty('source_region_id');
    expect(copy.destinationRegionId).toBe('cn-neimeng-env30-d01');
    expect(resolve(stack, copy.imageId)).toMatch(/^\$\{alibabacloudstack_image_copy\.Image_CopyTo-cn-neimeng-env30-d01_\w+\.id\}$/);
  });

  test('a copy is an IImage', () => {
    const stack = apsaraStack();
    const consumer = (img: IImage) => img.imageId;
    expect(resolve(stack, consumer(image(stack).copyTo('cn-neimeng-env30-d01')))).toMatch(/alibabacloudstack_image_copy/);
  });

  test('destination region: a region id, one copyTo() per region', () => {
    const img = image(apsaraStack());
    expect(validationErrorOf(() => img.copyTo('Qingdao'))).toMatch(/test\/Image\/CopyTo-Qingdao: destinationRegionId must be a region id/);
    img.copyTo('cn-neimeng-env30-d01');
    expect(validationErrorOf(() => img.copyTo('cn-neimeng-env30-d01')))
      .toMatch(/destinationRegionId already has a copy made by copyTo\(\); create further copies with new StackImageCopy\(\)/);
  });

  test('kmsKeyId needs encrypted: true', () => {
    const img = image(apsaraStack());
    expect(validationErrorOf(() => img.copyTo('cn-a-env1', { kmsKeyId: 'key-1' }))).toMatch(/kmsKeyId needs encrypted: true/);
    expect(validationErrorOf(() => img.copyTo('cn-b-env1', { kmsKeyId: 'key-1', encrypted: false }))).toMatch(/kmsKeyId needs encrypted: true/);
    expect(() => img.copyTo('cn-c-env1', { kmsKeyId: 'key-1', encrypted: true })).not.toThrow();
  });

  test('copy rules: name 2-128, description 0-256, create timeout above the 10-minute first poll', () => {
    const img = image(apsaraStack());
    expect(validationErrorOf(() => img.copyTo('cn-a-env1', { imageName: 'a' }))).toMatch(/imageName must be 2 to 128 characters/);
    expect(validationErrorOf(() => img.copyTo('cn-b-env1', { description: 'd'.repeat(257) }))).toMatch(/description must be 0 to 256/);
    expect(validationErrorOf(() => img.copyTo('cn-c-env1', { createTimeoutMinutes: 10 }))).toMatch(/createTimeoutMinutes must be an integer from 11 to 1440 minutes \(got 10\)/);
    expect(() => img.copyTo('cn-d-env1', { createTimeoutMinutes: 11, imageName: 'ab', description: '' })).not.toThrow();
  });

  test('name and image_name conflict (escape hatch); a token region passes', () => {
    const stack = apsaraStack();
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const copy = image(stack).copyTo(region.stringValue, { imageName: 'golden' });
    expect(synth(stack).resource(COPY).destination_region_id).toBe('${var.region}');
    copy.resource.addOverride('name', 'legacy');
    expect(validationErrorOf(() => synth(stack))).toMatch(/name conflicts with image_name/);
  });
});

test('StackImageCopy on its own: any IImage as the source, with your own construct id', () => {
  const stack = apsaraStack();
  const source = StackImage.fromImageId(stack, 'Existing', 'm-existing');
  new StackImageCopy(stack, 'FirstCopy', { sourceImage: source, destinationRegionId: 'cn-neimeng-env30-d01', imageName: 'one' });
  new StackImageCopy(stack, 'SecondCopy', { sourceImage: source, destinationRegionId: 'cn-neimeng-env30-d01', imageName: 'two' });
  const copies = Object.values<any>(synth(stack).resources(COPY));
  expect(copies.map((c) => [c.source_image_id, c.destination_region_id, c.image_name])).toEqual([
    ['m-existing', 'cn-neimeng-env30-d01', 'one'], ['m-existing', 'cn-neimeng-env30-d01', 'two'],
  ]);
  expect(validationErrorOf(() => new StackImageCopy(stack, 'NoSource', { destinationRegionId: 'cn-a-env1' } as any)))
    .toMatch(/test\/NoSource: sourceImage is required/);
});

describe('exportTo', () => {
  test('writes alibabacloudstack_image_export', () => {
    const stack = apsaraStack();
    const img = image(stack);
    img.exportTo('image-archive', { ossPrefix: 'golden/', createTimeoutMinutes: 40 });
    expect(synth(stack).resource(EXPORT)).toMatchObject({
      image_id: resolve(stack, img.imageId), oss_bucket: 'image-archive', oss_prefix: 'golden/', timeouts: { create: '40m' },
    });
  });

  test('createTimeoutMinutes: more than the 2-minute delay before the first check', () => {
    const img = image(apsaraStack());
    expect(validationErrorOf(() => img.exportTo('bucket-a', { createTimeoutMinutes: 2 })))
      .toBe('test/Image: createTimeoutMinutes must be an integer from 3 to 1440 minutes (got 2)');
    expect(() => img.exportTo('bucket-b', { createTimeoutMinutes: 3 })).not.toThrow();
  });

  test('bucket names follow the OSS rule; one export per bucket', () => {
    const img = image(apsaraStack());
    expect(validationErrorOf(() => img.exportTo('Image_Archive'))).toMatch(/ossBucket must be an OSS bucket name/);
    expect(validationErrorOf(() => img.exportTo('ab'))).toMatch(/ossBucket must be an OSS bucket name/);
    expect(() => img.exportTo('abc')).not.toThrow();
    expect(validationErrorOf(() => img.exportTo('abc'))).toMatch(/ossBucket already has an export/);
  });
});

describe('importers', () => {
  test('fromImageId creates no resource and works as an IImage', () => {
    const stack = apsaraStack();
    const imported = StackImage.fromImageId(stack, 'Existing', 'm-abc123');
    expect(imported.imageId).toBe('m-abc123');
    const json = synth(stack, { schemaCheck: false }).json;
    expect(json.resource).toBeUndefined();
    expect(json.data).toBeUndefined();
    expect(validationErrorOf(() => StackImage.fromImageId(stack, 'Empty', ''))).toBe('test/Empty: imageId is required and must not be empty (got "")');
  });

  test('fromLookup writes only an alibabacloudstack_images data source, most recent by default', () => {
    const stack = apsaraStack();
    const found = StackImage.fromLookup(stack, 'Ubuntu', { nameRegex: '^ubuntu_', owners: StackImageOwners.SYSTEM });
    StackImage.fromLookup(stack, 'Mine', { owners: StackImageOwners.SELF, mostRecent: false });
    const out = synth(stack);
    expect(out.json.resource).toBeUndefined();
    const lookups = Object.values<any>(out.dataSources('alibabacloudstack_images'));
    expect(lookups).toContainEqual(expect.objectContaining({ name_regex: '^ubuntu_', owners: 'system', most_recent: true }));
    expect(lookups).toContainEqual(expect.objectContaining({ owners: 'self', most_recent: false }));
    expect(lookups).toHaveLength(2);
    expect(resolve(stack, found.imageId)).toMatch(/^\$\{data\.alibabacloudstack_images\.\w+\.images\[0\]\.id\}$/);
  });

  test('fromLookup needs nameRegex, owners or mostRecent (true by default), and an RE2-compatible regex', () => {
    expect(validationErrorOf(() => StackImage.fromLookup(apsaraStack(), 'L', { mostRecent: false })))
      .toBe('test/L: options must set nameRegex, owners or mostRecent: true (alibabacloudstack_images requires one of them) (got ["mostRecent"])');
    const newest = apsaraStack();
    StackImage.fromLookup(newest, 'L', {});
    expect(synth(newest).dataSource('alibabacloudstack_images')).toEqual({ most_recent: true });
    expect(validationErrorOf(() => StackImage.fromLookup(apsaraStack(), 'L', { nameRegex: '([' }))).toMatch(/nameRegex must be a valid regular expression/);
    expect(validationErrorOf(() => StackImage.fromLookup(apsaraStack(), 'L', { nameRegex: '^(?!test)' }))).toMatch(/Go RE2/);
    expect(() => StackImage.fromLookup(apsaraStack(), 'L', { nameRegex: '^golden-[0-9]+$' })).not.toThrow();
    const stack = apsaraStack();
    expect(() => StackImage.fromLookup(stack, 'L', { nameRegex: new TerraformVariable(stack, 'r', { type: 'string' }).stringValue })).not.toThrow();
  });
});

test('logical ids can be pinned after construction (ids are read lazily, so references follow)', () => {
  const stack = apsaraStack();
  const img = image(stack);
  img.shareWith('123456789');
  img.resource.overrideLogicalId('golden');
  const out = synth(stack);
  expect(out.resources(IMAGE)).toHaveProperty('golden');
  expect(out.resource(SHARE).image_id).toBe('${alibabacloudstack_ecs_image.golden.id}');
});
