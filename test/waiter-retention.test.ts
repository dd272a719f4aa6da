/**
 * `retain-images` end to end: the bundled waiter against the fake image store on 127.0.0.1. Each
 * refusal (in use, shared, another factory's image, another name) is asserted on the calls made
 * and on the state left behind.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FakeEcs, RunResult, ensureWaiterBundle, errorReply, runNode } from './util/fake-ecs';
import { FakeImage, FakeImages } from './util/fake-ecs-images';

const SECRET = 'TestSecretValue-9f8e7d6c5b4a3928';
const TAG_KEY = 'cdktf-alicloud-image-builder:factory';
const TAG_VALUE = 'App/Web';
const DAY = 24 * 3600 * 1000;

let bundle: string;
let home: string;
let fake: FakeEcs | undefined;

beforeAll(() => {
  bundle = ensureWaiterBundle();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-home-'));
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString().replace(/\.\d+Z$/, 'Z');
}

function image(imageId: string, days: number, extra: Partial<FakeImage> = {}, regionId = 'cn-hangzhou'): FakeImage {
  return {
    regionId, imageId, imageName: `web_exec-${imageId.slice(2)}`, status: 'Available', creationTime: daysAgo(days),
    tags: { [TAG_KEY]: TAG_VALUE }, ...extra,
  };
}

/** Seven images of the factory, newest first, and three that are not its own. */
function world(): FakeImages {
  return new FakeImages([
    image('m-new5', 0),
    image('m-new4', 2),
    image('m-old3', 13),
    image('m-used2', 32),
    image('m-shared1', 60, { sharedWith: ['1234567890123456'] }),
    image('m-dep0', 90, { status: 'Deprecated' }),
    image('m-public9', 95, { shareGroups: ['all'] }),
    // Not this factory's: another name with the tag, the name without the tag, another factory's tag.
    image('m-other', 120, { imageName: 'api_exec-1' }),
    image('m-untagged', 120, { tags: {} }),
    image('m-otherfactory', 120, { tags: { [TAG_KEY]: 'App/Api' } }),
  ], [
    { regionId: 'cn-hangzhou', instanceId: 'i-stopped01', imageId: 'm-used2', status: 'Stopped' },
  ]);
}

const BASE = ['--name-prefix', 'web', '--tag-key', TAG_KEY, '--tag-value', TAG_VALUE, '--regions', 'cn-hangzhou', '--keep-latest', '2'];

async function retain(images: FakeImages, args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  fake = await FakeEcs.start([], SECRET);
  images.attach(fake);
  return runNode(bundle, ['retain-images', ...args, '--endpoint', fake.endpoint], {
    HOME: home,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
    ...extraEnv,
  });
}

function calls(action: string): Array<Record<string, string>> {
  return fake!.requestsFor(action).map((r) => r.params);
}

function status(images: FakeImages, id: string, region = 'cn-hangzhou'): string {
  return images.image(region, id)?.status ?? 'deleted';
}

describe('retain-images', () => {
  test('keeps the newest 2, deprecates the next, deletes what is old enough, refuses used and shared images, ignores other images', async () => {
    const images = world();
    const result = await retain(images, [...BASE, '--deprecate-older', '--delete-after-days', '30']);

    expect(result.exitCode).toBe(0);
    expect(fake!.requests.every((r) => r.signatureValid)).toBe(true);
    expect([
      'm-new5', 'm-new4', 'm-old3', 'm-used2', 'm-shared1', 'm-dep0', 'm-public9', 'm-other', 'm-untagged', 'm-otherfactory',
    ].map((id) => [id, status(images, id)])).toEqual([
      ['m-new5', 'Available'], ['m-new4', 'Available'],
      ['m-old3', 'Deprecated'], // 13 days: deprecated, not yet deleted
      ['m-used2', 'Available'], // a stopped instance uses it
      ['m-shared1', 'Available'], // shared with an account
      ['m-dep0', 'deleted'], // 90 days
      ['m-public9', 'Available'], // public (share group all)
      ['m-other', 'Available'], ['m-untagged', 'Available'], ['m-otherfactory', 'Available'],
    ]);

    // The listing asks for own images with the factory tag, Available and Deprecated ones.
    expect(calls('DescribeImages')[0]).toMatchObject({
      RegionId: 'cn-hangzhou', ImageOwnerAlias: 'self', Status: 'Available,Deprecated', 'Tag.1.Key': TAG_KEY, 'Tag.1.Value': TAG_VALUE, PageSize: '100',
    });
    // Instances and sharing are checked only for images an action is due for; never for kept or ignored ones.
    expect(calls('DescribeInstances').map((p) => p.ImageId)).toEqual(['m-old3', 'm-used2', 'm-shared1', 'm-dep0', 'm-public9']);
    expect(calls('DescribeImageSharePermission').map((p) => p.ImageId)).toEqual(['m-old3', 'm-shared1', 'm-dep0', 'm-public9']);
    expect(calls('ModifyImageAttribute')).toEqual([expect.objectContaining({ ImageId: 'm-old3', Status: 'Deprecated', RegionId: 'cn-hangzhou' })]);
    expect(calls('DeleteImage')).toEqual([expect.objectContaining({ ImageId: 'm-dep0', Force: 'false' })]);
    expect(calls('ModifyImageSharePermission')).toEqual([]);

    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      dryRun: false,
      kept: [{ regionId: 'cn-hangzhou', imageId: 'm-new5' }, { regionId: 'cn-hangzhou', imageId: 'm-new4' }],
      deprecated: [{ regionId: 'cn-hangzhou', imageId: 'm-old3' }],
      deleted: [{ regionId: 'cn-hangzhou', imageId: 'm-dep0' }],
    });
    expect(summary.refused.map((r: any) => [r.imageId, r.reason])).toEqual([
      ['m-used2', '1 instance(s) use it'],
      ['m-shared1', 'shared with 1234567890123456 (allow with includeShared)'],
      ['m-public9', 'shared with group all (allow with includeShared)'],
    ]);
    expect(result.stderr).toContain('cn-hangzhou: 7 images of this factory (1 others with the tag but another name ignored)');
  });

  test('dry run: the same decisions are printed, nothing is changed', async () => {
    const images = world();
    const before = JSON.stringify(images.images);
    const result = await retain(images, [...BASE, '--deprecate-older', '--delete-after-days', '30', '--dry-run']);
    expect(result.exitCode).toBe(0);
    expect(JSON.stringify(images.images)).toBe(before);
    for (const action of ['ModifyImageAttribute', 'DeleteImage', 'ModifyImageSharePermission', 'TagResources']) expect(calls(action)).toEqual([]);
    const summary = JSON.parse(result.stdout);
    expect(summary.dryRun).toBe(true);
    expect(summary.wouldDeprecate.map((d: any) => d.imageId)).toEqual(['m-old3']);
    expect(summary.wouldDelete.map((d: any) => d.imageId)).toEqual(['m-dep0']);
    expect(result.stderr).toContain('dry run: keeping the newest 2');
    expect(result.stderr).toMatch(/m-old3 .*: would be deprecated, older than the newest 2/);
  });

  test('deprecate only: deprecated images stay, nothing is deleted', async () => {
    const images = world();
    const result = await retain(images, [...BASE, '--deprecate-older']);
    expect(result.exitCode).toBe(0);
    expect(calls('DeleteImage')).toEqual([]);
    expect(calls('ModifyImageAttribute').map((p) => p.ImageId)).toEqual(['m-old3']);
    expect(status(images, 'm-dep0')).toBe('Deprecated');
    expect(result.stderr).toMatch(/m-dep0 .*: skipped, already deprecated/);
  });

  test('includeShared unshares (accounts and public) before retiring; an image in use is still refused', async () => {
    const images = world();
    const result = await retain(images, [...BASE, '--deprecate-older', '--delete-after-days', '30', '--include-shared']);
    expect(result.exitCode).toBe(0);
    expect(calls('ModifyImageSharePermission')).toEqual([
      expect.objectContaining({ ImageId: 'm-shared1', 'RemoveAccount.1': '1234567890123456' }),
      expect.objectContaining({ ImageId: 'm-public9', IsPublic: 'false' }),
    ]);
    expect(status(images, 'm-shared1')).toBe('deleted');
    expect(status(images, 'm-public9')).toBe('deleted');
    expect(status(images, 'm-used2')).toBe('Available');
  });

  test('every region is handled: the copies carry the same name and tag', async () => {
    const images = world();
    images.images.push(image('m-sh-new', 0, { imageName: 'web_exec-new5' }, 'cn-shanghai'), image('m-sh-old', 13, { imageName: 'web_exec-old3' }, 'cn-shanghai'));
    const result = await retain(images, ['--name-prefix', 'web', '--tag-key', TAG_KEY, '--tag-value', TAG_VALUE, '--regions', 'cn-hangzhou,cn-shanghai', '--keep-latest', '1', '--deprecate-older']);
    expect(result.exitCode).toBe(0);
    expect(status(images, 'm-sh-new', 'cn-shanghai')).toBe('Available');
    expect(status(images, 'm-sh-old', 'cn-shanghai')).toBe('Deprecated');
    expect(calls('ModifyImageAttribute').filter((p) => p.RegionId === 'cn-shanghai').map((p) => p.ImageId)).toEqual(['m-sh-old']);
  });

  test('paging: more than 100 images are all seen', async () => {
    const images = new FakeImages(Array.from({ length: 105 }, (_, i) => image(`m-p${String(i).padStart(3, '0')}`, i)));
    const result = await retain(images, [...BASE.slice(0, -2), '--keep-latest', '100', '--deprecate-older']);
    expect(result.exitCode).toBe(0);
    expect(calls('DescribeImages').map((p) => p.PageNumber)).toEqual(['1', '2']);
    expect(calls('ModifyImageAttribute').map((p) => p.ImageId)).toEqual(['m-p100', 'm-p101', 'm-p102', 'm-p103', 'm-p104']);
  });

  test('options come through the environment with --from-env', async () => {
    const images = world();
    fake = await FakeEcs.start([], SECRET);
    images.attach(fake);
    const result = await runNode(bundle, ['retain-images', '--from-env'], {
      HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
      CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
      CDKTF_ALICLOUD_RETAIN_NAME_PREFIX: 'web',
      CDKTF_ALICLOUD_RETAIN_TAG_KEY: TAG_KEY,
      CDKTF_ALICLOUD_RETAIN_TAG_VALUE: TAG_VALUE,
      CDKTF_ALICLOUD_RETAIN_REGIONS: 'cn-hangzhou',
      CDKTF_ALICLOUD_RETAIN_KEEP_LATEST: '3',
      CDKTF_ALICLOUD_RETAIN_DEPRECATE_OLDER: 'true',
      CDKTF_ALICLOUD_RETAIN_DRY_RUN: 'false',
      CDKTF_ALICLOUD_RETAIN_INCLUDE_SHARED: 'false',
    });
    expect(result.exitCode).toBe(0);
    expect(calls('ModifyImageAttribute')).toEqual([]); // m-old3 is the 3rd newest: kept
    expect(JSON.parse(result.stdout).kept).toHaveLength(3);
  });
});

describe('retain-images faults', () => {
  test('DescribeInstances refused: exit 4 before anything is changed', async () => {
    const images = world();
    images.failures.DescribeInstances = [errorReply(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.')];
    const result = await retain(images, [...BASE, '--deprecate-older', '--delete-after-days', '30']);
    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('ecs:DescribeInstances');
    expect(calls('ModifyImageAttribute')).toEqual([]);
    expect(calls('DeleteImage')).toEqual([]);
  });

  test('throttled DeleteImage is retried', async () => {
    const images = world();
    images.failures.DeleteImage = [errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.')];
    const result = await retain(images, [...BASE, '--delete-after-days', '30']);
    expect(result.exitCode).toBe(0);
    expect(calls('DeleteImage').map((p) => p.ImageId)).toEqual(['m-dep0', 'm-dep0']);
    expect(status(images, 'm-dep0')).toBe('deleted');
  });

  test.each([
    [['--tag-key', TAG_KEY, '--tag-value', TAG_VALUE, '--regions', 'cn-hangzhou', '--deprecate-older'], '--name-prefix is required'],
    [[...BASE.slice(0, -2), '--keep-latest', '0', '--deprecate-older'], '--keep-latest must be an integer from 1 to 100'],
    [[...BASE], 'nothing to do'],
    [[...BASE, '--delete-after-days', '-1'], '--delete-after-days must be an integer from 0 to 3650'],
    [['--name-prefix', 'web', '--tag-key', TAG_KEY, '--tag-value', TAG_VALUE, '--regions', 'cn-hangzhou;x', '--deprecate-older'], '--regions must be a comma list'],
  ])('bad input %j exits 64 without a call', async (args, message) => {
    const result = await retain(world(), args);
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(message);
    expect(fake!.requests).toEqual([]);
  });
});
