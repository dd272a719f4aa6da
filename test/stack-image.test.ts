/** apsara.Image (alibabacloudstack_ecs_image): sources, conflicts, rules, share/copy/export, importers. */
import { Lazy, TerraformStack, TerraformVariable } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import { apsara, IImage, ImageOwner, InstanceType } from '../lib';
import { blockOf } from './util/paths';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

const IMAGE = 'alibabacloudstack_ecs_image';
const SHARE = 'alibabacloudstack_image_share_permission';
const COPY = 'alibabacloudstack_image_copy';
const EXPORT = 'alibabacloudstack_image_export';

function image(stack: TerraformStack, props: Partial<ConstructorParameters<typeof apsara.Image>[2]> = {}): apsara.Image {
  return new apsara.Image(stack, 'Image', { source: apsara.ImageSource.fromInstanceId('i-build01'), ...props });
}

function instance(stack: TerraformStack): apsara.Instance {
  const vpc = new apsara.Vpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
  const vswitch = new apsara.VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' });
  return new apsara.Instance(stack, 'Instance', {
    image: apsara.Image.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'),
    instanceType: InstanceType.of('ecs.n4.large'),
    vswitch,
    securityGroups: [new apsara.SecurityGroup(stack, 'Group', { vpc })],
  });
}

describe('sources: exactly one of instance_id, snapshot_id, disk_device_mapping', () => {
  test('fromInstance references the instance and sets no other source', () => {
    const stack = apsaraStack();
    const vm = instance(stack);
    new apsara.Image(stack, 'Image', { source: apsara.ImageSource.fromInstance(vm), imageName: 'golden' });
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
    image(stack, { source: apsara.ImageSource.fromSnapshotId('s-system01') });
    const resource = synth(stack).resource(IMAGE);
    expect(resource.snapshot_id).toBe('s-system01');
    expect(resource).not.toHaveProperty('instance_id');
    expect(resource).not.toHaveProperty('disk_device_mapping');
  });

  test('fromDiskDeviceMappings writes size and snapshot_id only (the 3.18.5 block has no device or disk_type)', () => {
    const stack = apsaraStack();
    image(stack, {
      source: apsara.ImageSource.fromDiskDeviceMappings([{ sizeGiB: 40, snapshotId: 's-system01' }, { sizeGiB: 100 }]),
    });
    const resource = synth(stack).resource(IMAGE);
    expect(resource.disk_device_mapping).toEqual([{ size: 40, snapshot_id: 's-system01' }, { size: 100 }]);
    expect(resource).not.toHaveProperty('instance_id');
    expect(resource).not.toHaveProperty('snapshot_id');
  });

  test('disk device mappings: at least one', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { source: apsara.ImageSource.fromDiskDeviceMappings([]) })))
      .toBe('test/Image: source.diskDeviceMappings must have at least one mapping (got [])');
    expect(() => image(apsaraStack(), { source: apsara.ImageSource.fromDiskDeviceMappings([{ sizeGiB: 5 }]) })).not.toThrow();
  });

  test('disk device mappings: size from 5 to 2000 GiB', () => {
    const withSize = (sizeGiB: number) => () => image(apsaraStack(), { source: apsara.ImageSource.fromDiskDeviceMappings([{ sizeGiB: 20 }, { sizeGiB }]) });
    expect(validationErrorOf(withSize(4))).toBe('test/Image: source.diskDeviceMappings[1].sizeGiB must be an integer from 5 to 2000 GiB (got 4)');
    expect(withSize(5)).not.toThrow();
    expect(withSize(2000)).not.toThrow();
    expect(validationErrorOf(withSize(2001))).toMatch(/sizeGiB must be an integer from 5 to 2000 GiB \(got 2001\)/);
    expect(validationErrorOf(withSize(5.5))).toMatch(/got 5.5/);
  });

  test('empty ids are rejected', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { source: apsara.ImageSource.fromInstanceId('') })))
      .toBe('test/Image: source.instanceId is required and must not be empty (got "")');
    expect(validationErrorOf(() => image(apsaraStack(), { source: apsara.ImageSource.fromSnapshotId('') })))
      .toMatch(/source.snapshotId is required/);
  });

  test('a missing source is rejected (untyped callers)', () => {
    expect(validationErrorOf(() => new apsara.Image(apsaraStack(), 'Image', {} as any))).toMatch(/test\/Image: source is required/);
  });

  test('tokens pass: instance id, snapshot id, sizes and the whole mapping list', () => {
    const stack = apsaraStack();
    const size = new TerraformVariable(stack, 'size', { type: 'number' });
    const snapshot = new TerraformVariable(stack, 'snapshot', { type: 'string' });
    new apsara.Image(stack, 'A', { source: apsara.ImageSource.fromDiskDeviceMappings([{ sizeGiB: size.numberValue }]) });
    new apsara.Image(stack, 'B', { source: apsara.ImageSource.fromSnapshotId(snapshot.stringValue) });
    new apsara.Image(stack, 'C', { source: apsara.ImageSource.fromDiskDeviceMappings(Lazy.anyValue({ produce: () => [{ size: 10 }] }) as any) });
    const images = Object.values(synth(stack).resources(IMAGE));
    expect(images.map((r: any) => r.disk_device_mapping ?? r.snapshot_id)).toEqual([
      [{ size: '${var.size}' }], '${var.snapshot}', [{ size: 10 }],
    ]);
  });
});

describe('conflicts the provider enforces hold after escape-hatch overrides', () => {
  const cases: Array<[string, () => apsara.ImageSource, string, unknown]> = [
    ['instance_id', () => apsara.ImageSource.fromInstanceId('i-1'), 'snapshot_id', 's-1'],
    ['instance_id', () => apsara.ImageSource.fromInstanceId('i-1'), 'disk_device_mapping', [{ size: 20 }]],
    ['snapshot_id', () => apsara.ImageSource.fromSnapshotId('s-1'), 'instance_id', 'i-1'],
    ['snapshot_id', () => apsara.ImageSource.fromSnapshotId('s-1'), 'disk_device_mapping', [{ size: 20 }]],
    ['disk_device_mapping', () => apsara.ImageSource.fromDiskDeviceMappings([{ sizeGiB: 20 }]), 'instance_id', 'i-1'],
    ['disk_device_mapping', () => apsara.ImageSource.fromDiskDeviceMappings([{ sizeGiB: 20 }]), 'snapshot_id', 's-1'],
  ];

  test.each(cases)('%s source plus an override of %s is rejected at synth; the source alone is accepted', (_, source, other, value) => {
    const ok = apsaraStack();
    new apsara.Image(ok, 'Image', { source: source() });
    expect(() => synth(ok)).not.toThrow();

    const bad = apsaraStack();
    new apsara.Image(bad, 'Image', { source: source() }).resource.addOverride(other, value);
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

  test('timeouts.create: more than the 20-minute delay before the first status check', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { timeouts: { create: '20m' } })))
      .toBe('test/Image: timeouts.create must be more than 20m (alibabacloudstack_ecs_image checks the image 20 minutes after CreateImage for the first time) (got "20m")');
    expect(validationErrorOf(() => image(apsaraStack(), { timeouts: { create: '1200s' } }))).toMatch(/got "1200s"/);
    expect(() => image(apsaraStack(), { timeouts: { create: '21m' } })).not.toThrow();
    expect(() => image(apsaraStack(), { timeouts: { create: '20m1s' } })).not.toThrow();
    expect(() => image(apsaraStack(), { timeouts: { create: '24h' } })).not.toThrow();
  });

  test('timeouts: Go durations, create and delete only (the resource has no update timeout)', () => {
    expect(validationErrorOf(() => image(apsaraStack(), { timeouts: { delete: '0' } }))).toMatch(/timeouts.delete must be a duration such as 30m/);
    expect(validationErrorOf(() => image(apsaraStack(), { timeouts: { update: '5m' } })))
      .toMatch(/timeouts.update is not supported by alibabacloudstack_ecs_image \(it has create, delete\)/);
    expect(() => image(apsaraStack(), { timeouts: { delete: '1m' } })).not.toThrow();
  });

  test('all props land in the JSON; timeouts render in minutes and are absent by default', () => {
    const stack = apsaraStack();
    const img = image(stack, {
      imageName: 'golden', description: 'base', tags: { Team: 'ops' }, timeouts: { create: '45m', delete: '15m' },
    });
    const plain = new apsara.Image(stack, 'Plain', { source: apsara.ImageSource.fromSnapshotId('s-1') });
    const deleteOnly = new apsara.Image(stack, 'DeleteOnly', { source: apsara.ImageSource.fromSnapshotId('s-2'), timeouts: { delete: '5m' } });
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
    const duration = new TerraformVariable(stack, 'duration', { type: 'string' });
    image(stack, {
      imageName: text.stringValue, description: text.stringValue, tags: { k: text.stringValue }, timeouts: { create: duration.stringValue },
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
    apsara.Image.fromImageId(stack, 'Existing', 'm-existing').shareWith('123456789');
    apsara.Image.fromLookup(stack, 'Latest', { nameRegex: '^golden-' }).shareWith('123456789');
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
      imageName: 'golden-copy', description: 'copy', encrypted: true, kmsKeyId: 'key-1', timeouts: { create: '90m', delete: '30m' },
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
      .toMatch(/destinationRegionId already has a copy made by copyTo\(\); create further copies with new apsara.ImageCopy\(\)/);
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
    expect(validationErrorOf(() => img.copyTo('cn-c-env1', { timeouts: { create: '10m' } }))).toMatch(/timeouts.create must be more than 10m \(alibabacloudstack_image_copy checks the copy 10 minutes after CopyImage for the first time\) \(got "10m"\)/);
    expect(() => img.copyTo('cn-d-env1', { timeouts: { create: '11m' }, imageName: 'ab', description: '' })).not.toThrow();
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

test('apsara.ImageCopy on its own: any IImage as the source, with your own construct id', () => {
  const stack = apsaraStack();
  const source = apsara.Image.fromImageId(stack, 'Existing', 'm-existing');
  new apsara.ImageCopy(stack, 'FirstCopy', { sourceImage: source, destinationRegionId: 'cn-neimeng-env30-d01', imageName: 'one' });
  new apsara.ImageCopy(stack, 'SecondCopy', { sourceImage: source, destinationRegionId: 'cn-neimeng-env30-d01', imageName: 'two' });
  const copies = Object.values<any>(synth(stack).resources(COPY));
  expect(copies.map((c) => [c.source_image_id, c.destination_region_id, c.image_name])).toEqual([
    ['m-existing', 'cn-neimeng-env30-d01', 'one'], ['m-existing', 'cn-neimeng-env30-d01', 'two'],
  ]);
  expect(validationErrorOf(() => new apsara.ImageCopy(stack, 'NoSource', { destinationRegionId: 'cn-a-env1' } as any)))
    .toMatch(/test\/NoSource: sourceImage is required/);
});

describe('exportTo', () => {
  test('writes alibabacloudstack_image_export', () => {
    const stack = apsaraStack();
    const img = image(stack);
    img.exportTo('image-archive', { ossPrefix: 'golden/', timeouts: { create: '40m' } });
    expect(synth(stack).resource(EXPORT)).toMatchObject({
      image_id: resolve(stack, img.imageId), oss_bucket: 'image-archive', oss_prefix: 'golden/', timeouts: { create: '40m' },
    });
  });

  test('timeouts.create: more than the 2-minute delay before the first check', () => {
    const img = image(apsaraStack());
    expect(validationErrorOf(() => img.exportTo('bucket-a', { timeouts: { create: '2m' } })))
      .toBe('test/Image: timeouts.create must be more than 2m (alibabacloudstack_image_export checks the export task 2 minutes after ExportImage for the first time) (got "2m")');
    expect(() => img.exportTo('bucket-b', { timeouts: { create: '3m' } })).not.toThrow();
    expect(validationErrorOf(() => img.exportTo('bucket-c', { timeouts: { delete: '3m' } }))).toMatch(/timeouts.delete is not supported by alibabacloudstack_image_export/);
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
    const imported = apsara.Image.fromImageId(stack, 'Existing', 'm-abc123');
    expect(imported.imageId).toBe('m-abc123');
    const json = synth(stack, { schemaCheck: false }).json;
    expect(json.resource).toBeUndefined();
    expect(json.data).toBeUndefined();
    expect(validationErrorOf(() => apsara.Image.fromImageId(stack, 'Empty', ''))).toBe('test/Empty: imageId is required and must not be empty (got "")');
  });

  test('fromLookup writes only an alibabacloudstack_images data source, most recent by default', () => {
    const stack = apsaraStack();
    const found = apsara.Image.fromLookup(stack, 'Ubuntu', { nameRegex: '^ubuntu_', owners: ImageOwner.SYSTEM });
    apsara.Image.fromLookup(stack, 'Mine', { owners: ImageOwner.SELF, mostRecent: false });
    const out = synth(stack);
    expect(out.json.resource).toBeUndefined();
    const lookups = Object.values<any>(out.dataSources('alibabacloudstack_images'));
    expect(lookups).toContainEqual(expect.objectContaining({ name_regex: '^ubuntu_', owners: 'system', most_recent: true }));
    expect(lookups).toContainEqual(expect.objectContaining({ owners: 'self', most_recent: false }));
    expect(lookups).toHaveLength(2);
    expect(resolve(stack, found.imageId)).toMatch(/^\$\{data\.alibabacloudstack_images\.\w+\.images\[0\]\.id\}$/);
  });

  test('fromLookup needs nameRegex, owners or mostRecent (true by default), and an RE2-compatible regex', () => {
    expect(validationErrorOf(() => apsara.Image.fromLookup(apsaraStack(), 'L', { mostRecent: false })))
      .toBe('test/L: options must set nameRegex, owners or mostRecent: true (alibabacloudstack_images requires one of them) (got ["mostRecent"])');
    const newest = apsaraStack();
    apsara.Image.fromLookup(newest, 'L', {});
    expect(synth(newest).dataSource('alibabacloudstack_images')).toEqual({ most_recent: true });
    expect(validationErrorOf(() => apsara.Image.fromLookup(apsaraStack(), 'L', { nameRegex: '([' }))).toMatch(/nameRegex must be a valid regular expression/);
    expect(validationErrorOf(() => apsara.Image.fromLookup(apsaraStack(), 'L', { nameRegex: '^(?!test)' }))).toMatch(/Go RE2/);
    expect(() => apsara.Image.fromLookup(apsaraStack(), 'L', { nameRegex: '^golden-[0-9]+$' })).not.toThrow();
    const stack = apsaraStack();
    expect(() => apsara.Image.fromLookup(stack, 'L', { nameRegex: new TerraformVariable(stack, 'r', { type: 'string' }).stringValue })).not.toThrow();
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
