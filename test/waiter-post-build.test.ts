/**
 * Post-build image settings end to end: the bundled waiter runs as a child process against the fake
 * ECS endpoint on 127.0.0.1 with a stateful image store (test/util/fake-ecs-images.ts). Every call
 * is recorded, and its parameters and the resulting image state are asserted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FakeEcs, FakeReply, RunResult, ensureWaiterBundle, errorReply, executionReply, runNode } from './util/fake-ecs';
import { FakeImage, FakeImages } from './util/fake-ecs-images';

const EXECUTION_ID = 'exec-5fb8facb8ed7427c0001';
const SECRET = 'TestSecretValue-9f8e7d6c5b4a3928';
const BUILT = 'm-built0001';
const NAME = `web_${EXECUTION_ID}`;

let bundle: string;
let home: string;
let fake: FakeEcs | undefined;

beforeAll(() => {
  bundle = ensureWaiterBundle();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'waiter-home-'));
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: home,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
    ...extra,
  };
}

function image(regionId: string, imageId: string, imageName = NAME, extra: Partial<FakeImage> = {}): FakeImage {
  return { regionId, imageId, imageName, status: 'Available', creationTime: '2026-12-03T08:00:00Z', tags: {}, ...extra };
}

/** The built image and its copies in Shanghai and Beijing, plus a look-alike the fuzzy name filter also returns. */
function world(): FakeImages {
  return new FakeImages([
    image('cn-hangzhou', BUILT),
    image('cn-shanghai', 'm-sh0001'),
    image('cn-shanghai', 'm-sh-older', `${NAME}x`),
    image('cn-beijing', 'm-bj0001'),
  ]);
}

const ALL_SETTINGS = [
  '--image-family', 'web', '--boot-mode', 'UEFI', '--nvme-support', 'supported', '--imds-support', 'v2',
  '--image-tags', JSON.stringify({ team: 'platform', 'cost-center': 'cc-42' }), '--copy-regions', 'cn-shanghai,cn-beijing',
];

async function run(images: FakeImages, args: string[], status = 'SUCCESS', extraEnv: Record<string, string> = {}, timeoutSeconds = '30'): Promise<RunResult> {
  fake = await FakeEcs.start([executionReply(status, { ImageId: BUILT })], SECRET);
  images.attach(fake);
  return runNode(bundle, [
    'wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--poll-seconds', '0.02', '--timeout-seconds', timeoutSeconds,
    '--endpoint', fake.endpoint, ...args,
  ], env(extraEnv));
}

function calls(action: string): Array<Record<string, string>> {
  return fake!.requestsFor(action).map((r) => r.params);
}

describe('settings on the built image and its copies', () => {
  test('boot mode, NVMe, IMDSv2 and tags on the built image; the same plus the family on each copy found by its exact name', async () => {
    const images = world();
    const result = await run(images, ALL_SETTINGS);

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ imageId: BUILT, imageFamily: 'web', copies: { 'cn-shanghai': 'm-sh0001', 'cn-beijing': 'm-bj0001' } });
    // Every call signed, made in the right region.
    expect(fake!.requests.every((r) => r.signatureValid)).toBe(true);

    const modify = calls('ModifyImageAttribute');
    expect(modify).toHaveLength(4);
    // The family step first (built image), then the settings, then each copy with the family.
    expect(modify[0]).toMatchObject({ RegionId: 'cn-hangzhou', ImageId: BUILT, ImageFamily: 'web' });
    expect(modify[1]).toMatchObject({ RegionId: 'cn-hangzhou', ImageId: BUILT, BootMode: 'UEFI', 'Features.NvmeSupport': 'supported', 'Features.ImdsSupport': 'v2' });
    expect(modify[1]).not.toHaveProperty('ImageFamily');
    expect(modify[2]).toMatchObject({ RegionId: 'cn-shanghai', ImageId: 'm-sh0001', ImageFamily: 'web', BootMode: 'UEFI', 'Features.NvmeSupport': 'supported', 'Features.ImdsSupport': 'v2' });
    expect(modify[3]).toMatchObject({ RegionId: 'cn-beijing', ImageId: 'm-bj0001', ImageFamily: 'web' });
    for (const m of modify) expect(m).not.toHaveProperty('Status');

    const tags = calls('TagResources');
    expect(tags.map((t) => [t.RegionId, t['ResourceId.1']])).toEqual([['cn-hangzhou', BUILT], ['cn-shanghai', 'm-sh0001'], ['cn-beijing', 'm-bj0001']]);
    expect(tags[0]).toMatchObject({ ResourceType: 'image', 'Tag.1.Key': 'team', 'Tag.1.Value': 'platform', 'Tag.2.Key': 'cost-center', 'Tag.2.Value': 'cc-42' });

    // The copy lookup asks by name in each region, for own images.
    const lookups = calls('DescribeImages').filter((p) => p.ImageName !== undefined);
    expect(lookups.map((p) => p.RegionId)).toEqual(['cn-shanghai', 'cn-beijing']);
    expect(lookups[0]).toMatchObject({ ImageName: NAME, ImageOwnerAlias: 'self' });

    for (const [region, id] of [['cn-hangzhou', BUILT], ['cn-shanghai', 'm-sh0001'], ['cn-beijing', 'm-bj0001']]) {
      expect(images.image(region, id)).toMatchObject({ imageFamily: 'web', bootMode: 'UEFI', nvmeSupport: 'supported', imdsSupport: 'v2', tags: { team: 'platform', 'cost-center': 'cc-42' } });
    }
    // The look-alike is left alone.
    expect(images.image('cn-shanghai', 'm-sh-older')).toMatchObject({ tags: {} });
    expect(images.image('cn-shanghai', 'm-sh-older')!.imageFamily).toBeUndefined();
  });

  test('a second run finds everything set and sends no settings again (only the idempotent family call on the built image)', async () => {
    const images = world();
    expect((await run(images, ALL_SETTINGS)).exitCode).toBe(0);
    await fake!.stop();

    const again = await run(images, ALL_SETTINGS);
    expect(again.exitCode).toBe(0);
    expect(calls('ModifyImageAttribute')).toEqual([expect.objectContaining({ ImageId: BUILT, ImageFamily: 'web' })]);
    expect(calls('TagResources')).toEqual([]);
    expect(again.stderr).toContain(`m-sh0001 in cn-shanghai already has boot mode UEFI, NVMe support supported, IMDS support v2, image family web`);
    expect(again.stderr).toContain('m-bj0001 in cn-beijing already has its tags');
  });

  test('only the values that differ are sent', async () => {
    const images = new FakeImages([image('cn-hangzhou', BUILT, NAME, { bootMode: 'UEFI', tags: { team: 'platform' } })]);
    const result = await run(images, ['--boot-mode', 'UEFI', '--nvme-support', 'supported', '--image-tags', '{"team":"platform","tier":"gold"}']);
    expect(result.exitCode).toBe(0);
    expect(calls('ModifyImageAttribute')).toEqual([expect.objectContaining({ 'Features.NvmeSupport': 'supported' })]);
    expect(calls('ModifyImageAttribute')[0]).not.toHaveProperty('BootMode');
    const [tag] = calls('TagResources');
    expect(tag).toMatchObject({ 'Tag.1.Key': 'tier', 'Tag.1.Value': 'gold' });
    expect(tag).not.toHaveProperty('Tag.2.Key');
  });

  test('values come through the environment with --from-env, as BuildWaiter passes them', async () => {
    const images = world();
    fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: BUILT })], SECRET);
    images.attach(fake);
    const result = await runNode(bundle, ['wait-execution', '--from-env'], env({
      CDKTF_ALICLOUD_WAIT_EXECUTION_ID: EXECUTION_ID,
      CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou',
      CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '0.02',
      CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
      CDKTF_ALICLOUD_WAIT_BOOT_MODE: 'UEFI-Preferred',
      CDKTF_ALICLOUD_WAIT_IMDS_SUPPORT: 'v2',
      CDKTF_ALICLOUD_WAIT_IMAGE_TAGS: '{"a b":"$(touch /tmp/pwned) `x` ;"}',
      CDKTF_ALICLOUD_WAIT_COPY_REGIONS: 'cn-beijing',
    }));
    expect(result.exitCode).toBe(0);
    expect(images.image('cn-hangzhou', BUILT)).toMatchObject({ bootMode: 'UEFI-Preferred', imdsSupport: 'v2', tags: { 'a b': '$(touch /tmp/pwned) `x` ;' } });
    expect(images.image('cn-beijing', 'm-bj0001')).toMatchObject({ bootMode: 'UEFI-Preferred', imdsSupport: 'v2' });
    expect(images.image('cn-shanghai', 'm-sh0001')!.bootMode).toBeUndefined();
  });

  test('without settings, no image API is called', async () => {
    const result = await run(world(), []);
    expect(result.exitCode).toBe(0);
    expect(fake!.requests.map((r) => r.action)).toEqual(['DescribeImagePipelineExecutions']);
    expect(JSON.parse(result.stdout)).not.toHaveProperty('copies');
  });

  test('the family alone with copy regions goes to the copies too', async () => {
    const images = world();
    const result = await run(images, ['--image-family', 'web', '--copy-regions', 'cn-beijing']);
    expect(result.exitCode).toBe(0);
    expect(calls('ModifyImageAttribute').map((p) => [p.RegionId, p.ImageId, p.ImageFamily])).toEqual([['cn-hangzhou', BUILT, 'web'], ['cn-beijing', 'm-bj0001', 'web']]);
  });
});

describe('copies that cannot be found', () => {
  test('after SUCCESS, a missing copy is looked up 3 times, then exit 3 naming the region', async () => {
    const images = new FakeImages([image('cn-hangzhou', BUILT)]);
    const result = await run(images, ['--nvme-support', 'supported', '--copy-regions', 'cn-shanghai']);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(calls('DescribeImages').filter((p) => p.RegionId === 'cn-shanghai')).toHaveLength(3);
    expect(result.stderr).toContain(`no copy named ${NAME} in cn-shanghai after 3 lookups`);
  });

  test('after PARTITION_SUCCESS, a missing copy is a warning and the others still get their settings', async () => {
    const images = new FakeImages([image('cn-hangzhou', BUILT), image('cn-beijing', 'm-bj0001')]);
    const result = await run(images, ['--nvme-support', 'supported', '--copy-regions', 'cn-shanghai,cn-beijing'], 'PARTITION_SUCCESS');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain(`warning: no copy named ${NAME} in cn-shanghai`);
    expect(JSON.parse(result.stdout).copies).toEqual({ 'cn-beijing': 'm-bj0001' });
    expect(images.image('cn-beijing', 'm-bj0001')!.nvmeSupport).toBe('supported');
  });

  test('two images with the exact name in a region: exit 3, neither is changed', async () => {
    const images = new FakeImages([image('cn-hangzhou', BUILT), image('cn-shanghai', 'm-a'), image('cn-shanghai', 'm-b')]);
    const result = await run(images, ['--boot-mode', 'UEFI', '--copy-regions', 'cn-shanghai']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('2 images are named');
    expect(calls('ModifyImageAttribute').filter((p) => p.RegionId === 'cn-shanghai')).toEqual([]);
  });
});

describe('API faults', () => {
  test('throttling and a 503 are retried, then the setting is applied', async () => {
    const images = world();
    images.failures.TagResources = [
      errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.'),
      errorReply(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
    ];
    const result = await run(images, ['--image-tags', '{"team":"platform"}']);
    expect(result.exitCode).toBe(0);
    expect(calls('TagResources')).toHaveLength(3);
    expect(images.image('cn-hangzhou', BUILT)!.tags).toEqual({ team: 'platform' });
  });

  test.each<[string, FakeReply, string]>([
    ['TagResources', errorReply(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.'), 'ecs:TagResources'],
    ['ModifyImageAttribute', errorReply(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.'), 'ecs:ModifyImageAttribute'],
    ['DescribeImages', errorReply(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.'), 'ecs:DescribeImages'],
  ])('%s refused: exit 4 at once, naming the RAM permission', async (action, reply, permission) => {
    const images = world();
    images.failures[action] = [reply];
    const result = await run(images, ['--boot-mode', 'UEFI', '--image-tags', '{"team":"platform"}']);
    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(calls(action)).toHaveLength(1);
    expect(result.stderr).toContain(`the API refused ${action}`);
    expect(result.stderr).toContain(permission);
  });

  test('IMDS v1 on an image that is already IMDSv2-only: the API refuses, exit 4', async () => {
    const images = new FakeImages([image('cn-hangzhou', BUILT, NAME, { imdsSupport: 'v2' })]);
    const result = await run(images, ['--imds-support', 'v1']);
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain('InvalidParameter.ImdsSupport');
    expect(images.image('cn-hangzhou', BUILT)!.imdsSupport).toBe('v2');
  });

  test('throttled until the deadline: exit 2, saying what was not applied', async () => {
    const images = world();
    images.failures.ModifyImageAttribute = Array.from({ length: 200 }, () => errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.'));
    const result = await run(images, ['--boot-mode', 'UEFI'], 'SUCCESS', {}, '0.5');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`image ${BUILT} exists but does not have boot mode UEFI`);
  });
});

describe('bad values exit 64 before any call', () => {
  test.each([
    [['--boot-mode', 'uefi'], '--boot-mode must be one of BIOS, UEFI, UEFI-Preferred'],
    [['--nvme-support', 'auto'], '--nvme-support must be one of supported, unsupported'],
    [['--imds-support', 'v3'], '--imds-support must be one of v1, v2'],
    [['--image-tags', '{"team":'], '--image-tags must be a JSON object of strings'],
    [['--image-tags', '["a"]'], '--image-tags must be a JSON object of strings'],
    [['--image-tags', '{"n":1}'], '--image-tags must be a JSON object of strings'],
    [['--image-tags', '{"aliyun-x":"v"}'], '--image-tags has a tag key'],
    [['--image-tags', '{"k":"acs:v"}'], '--image-tags has a value for "k"'],
    [['--copy-regions', 'cn-shanghai,cn-shanghai'], '--copy-regions must be a comma list of different region ids'],
    [['--copy-regions', 'cn-shanghai;rm'], '--copy-regions must be a comma list'],
  ])('%j', async (args, message) => {
    const result = await run(world(), args);
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(message);
    expect(fake!.requests).toEqual([]);
  });

  test('an empty variable with --from-env names the variable', async () => {
    const result = await runNode(bundle, ['wait-execution', '--from-env'], env({
      CDKTF_ALICLOUD_WAIT_EXECUTION_ID: EXECUTION_ID, CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou', CDKTF_ALICLOUD_WAIT_BOOT_MODE: 'legacy',
    }));
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain('CDKTF_ALICLOUD_WAIT_BOOT_MODE must be one of BIOS, UEFI, UEFI-Preferred');
  });
});
