/**
 * Post-build image settings and retention in the library: what reaches the waiter's environment
 * (BuildWaiter, ImagePipelineExecution, GoldenImageFactory), the synth-time rules, and the
 * synthesized provisioners run as Terraform would run them against the fake ECS endpoint.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import {
  alicloud, BaseImage, BootMode, BuildContent, BuildWaiter, GoldenImageFactory, GoldenImageFactoryProps, ImagePipeline, ImdsSupport, NvmeSupport,
} from '../lib';
import { FakeEcs, RunResult, ensureWaiterBundle, executionReply } from './util/fake-ecs';
import { FakeImages } from './util/fake-ecs-images';
import { alicloudStack, synth, Synthesized } from './util/synth';
import { expectInvalid } from './util/validation-error';

const FACTORY_TAG_KEY = 'cdktf-alicloud-image-builder:factory';
const EXECUTION_ID = 'exec-5fb8facb8ed7427c0001';

beforeAll(() => ensureWaiterBundle());

const required = (): GoldenImageFactoryProps => ({
  baseImage: BaseImage.fromImageId('ubuntu_22_04_x64_20G_alibase_20240926.vhd'),
  buildContent: BuildContent.fromCommands('RUN apt-get update -y'),
  imageNamePrefix: 'web',
});

interface LocalExec { readonly command: string; readonly interpreter: string[]; readonly environment: Record<string, string> }

/** The provisioners of the stack's terraform_data resources, by construct id in the logical id. */
function execs(out: Synthesized): Record<string, { config: any; exec: LocalExec }> {
  return Object.fromEntries(Object.entries<any>(out.resources('terraform_data'))
    .filter(([, c]) => c.provisioner !== undefined)
    .map(([id, config]) => [id, { config, exec: config.provisioner[0]['local-exec'] }]));
}

function one(out: Synthesized, part: string): { id: string; config: any; exec: LocalExec } {
  const found = Object.entries(execs(out)).filter(([id]) => id.includes(part));
  expect(found).toHaveLength(1);
  return { id: found[0][0], ...found[0][1] };
}

describe('BuildWaiter', () => {
  test('each setting becomes one CDKTF_ALICLOUD_WAIT_* variable; tags as one JSON object; nothing on the command line', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', {
      executionId: EXECUTION_ID,
      imageFamily: 'web',
      bootMode: BootMode.UEFI,
      nvmeSupport: NvmeSupport.SUPPORTED,
      imdsSupport: ImdsSupport.V2,
      imageTags: { team: 'platform', note: 'costs ${HOME} 100%{x}' },
      copyRegionIds: ['cn-shanghai', 'cn-beijing'],
    });
    const { exec } = one(synth(stack), 'Waiter');
    expect(exec.command).toBe('--from-env');
    expect(exec.interpreter.slice(-1)).toEqual(['wait-execution']);
    expect(exec.environment).toMatchObject({
      CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web',
      CDKTF_ALICLOUD_WAIT_BOOT_MODE: 'UEFI',
      CDKTF_ALICLOUD_WAIT_NVME_SUPPORT: 'supported',
      CDKTF_ALICLOUD_WAIT_IMDS_SUPPORT: 'v2',
      CDKTF_ALICLOUD_WAIT_COPY_REGIONS: 'cn-shanghai,cn-beijing',
    });
    // Terraform would read ${ and %{ as a template: escaped, so the waiter gets the literal text.
    expect(exec.environment.CDKTF_ALICLOUD_WAIT_IMAGE_TAGS).toBe('{"team":"platform","note":"costs $${HOME} 100%%{x}"}');
  });

  test('no settings: no setting variables (and copy regions alone are left out)', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: EXECUTION_ID, copyRegionIds: ['cn-shanghai'] });
    const env = one(synth(stack), 'Waiter').exec.environment;
    expect(Object.keys(env).filter((k) => /BOOT|NVME|IMDS|TAGS|COPY/.test(k))).toEqual([]);
  });

  test('a changed setting changes the trigger, so the next apply runs the waiter again; without settings the trigger is the execution only', () => {
    const trigger = (props: object) => {
      const stack = alicloudStack();
      new BuildWaiter(stack, 'Waiter', { executionId: EXECUTION_ID, ...props });
      return one(synth(stack), 'Waiter').config.triggers_replace;
    };
    expect(trigger({ imageFamily: 'web' })).toEqual({ execution_id: EXECUTION_ID });
    const uefi = trigger({ bootMode: BootMode.UEFI, imageFamily: 'web' });
    expect(Object.keys(uefi)).toEqual(['execution_id', 'image_settings']);
    expect(JSON.parse(uefi.image_settings)).toEqual({ CDKTF_ALICLOUD_WAIT_BOOT_MODE: 'UEFI' });
    expect(trigger({ bootMode: BootMode.UEFI, imageFamily: 'web' })).toEqual(uefi);
    expect(trigger({ bootMode: BootMode.BIOS, imageFamily: 'web' })).not.toEqual(uefi);
    expect(trigger({ bootMode: BootMode.UEFI, imageTags: { a: 'b' } })).not.toEqual(uefi);
  });

  test('tags with a Terraform variable are encoded by Terraform (jsonencode)', () => {
    const stack = alicloudStack();
    const team = new TerraformVariable(stack, 'team', { type: 'string' });
    new BuildWaiter(stack, 'Waiter', { executionId: EXECUTION_ID, imageTags: { team: team.stringValue } });
    expect(one(synth(stack), 'Waiter').exec.environment.CDKTF_ALICLOUD_WAIT_IMAGE_TAGS).toBe('${jsonencode({"team" = var.team})}');
  });

  test.each<[string, object, RegExp]>([
    ['boot mode', { bootMode: 'uefi' }, /Waiter: bootMode must be one of BIOS, UEFI, UEFI-Preferred \(got "uefi"\)/],
    ['NVMe', { nvmeSupport: 'auto' }, /nvmeSupport must be one of supported, unsupported \(got "auto"\)/],
    ['IMDS', { imdsSupport: 'v3' }, /imdsSupport must be one of v1, v2 \(got "v3"\)/],
    ['a reserved tag key', { imageTags: { 'aliyun:x': 'y' } }, /imageTags key must not start with 'aliyun' or 'acs:' \(got "aliyun:x"\)/],
    ['a URL in a tag value', { imageTags: { k: 'see https://x' } }, /imageTags\.k must not contain http:\/\/ or https:\/\//],
    ['21 tags', { imageTags: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) }, /imageTags must have at most 20 tags, but has 21/],
    ['no tags', { imageTags: {} }, /imageTags must have at least one tag when given/],
    ['a bad copy region', { copyRegionIds: ['Shanghai'] }, /copyRegionIds\[0\] must be a region id such as cn-hangzhou \(got "Shanghai"\)/],
    ['a copy region twice', { copyRegionIds: ['cn-shanghai', 'cn-shanghai'] }, /copyRegionIds must not contain duplicates/],
  ])('rejects %s at synth', (_, props, message) => {
    expectInvalid(() => new BuildWaiter(alicloudStack(), 'Waiter', { executionId: EXECUTION_ID, ...props } as any), message);
  });
});

describe('ImagePipelineExecution', () => {
  test("the pipeline's toRegionIds become the copy regions", () => {
    const stack = alicloudStack();
    const pipeline = new ImagePipeline(stack, 'Pipeline', { ...required(), toRegionIds: ['cn-shanghai'] });
    expect(pipeline.toRegionIds).toEqual(['cn-shanghai']);
    pipeline.addExecution('Build', { waitForCompletion: true, waitOptions: { nvmeSupport: NvmeSupport.SUPPORTED } });
    expect(one(synth(stack), 'Waiter').exec.environment).toMatchObject({ CDKTF_ALICLOUD_WAIT_NVME_SUPPORT: 'supported', CDKTF_ALICLOUD_WAIT_COPY_REGIONS: 'cn-shanghai' });
  });

  test('an imported pipeline with toRegionIds passes them too; waitOptions.copyRegionIds wins', () => {
    const stack = alicloudStack();
    const imported = ImagePipeline.fromImagePipelineAttributes(stack, 'Imported', { imagePipelineId: 'ip-abc123', imageNamePrefix: 'web', toRegionIds: ['cn-beijing'] });
    imported.addExecution('A', { waitForCompletion: true, waitOptions: { bootMode: BootMode.UEFI } });
    imported.addExecution('B', { waitForCompletion: true, waitOptions: { bootMode: BootMode.UEFI, copyRegionIds: ['cn-shanghai'] } });
    const out = synth(stack);
    expect(one(out, 'A_Waiter').exec.environment.CDKTF_ALICLOUD_WAIT_COPY_REGIONS).toBe('cn-beijing');
    expect(one(out, 'B_Waiter').exec.environment.CDKTF_ALICLOUD_WAIT_COPY_REGIONS).toBe('cn-shanghai');
  });
});

describe('GoldenImageFactory', () => {
  function shanghai(stack: TerraformStack) {
    return new alicloud.provider.AlicloudProvider(stack, 'Shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
  }

  test('settings go to the waiter; the distribution regions get them too; imageTags bring tags and the factory tag', () => {
    const stack = alicloudStack();
    new GoldenImageFactory(stack, 'Web', {
      ...required(),
      imageFamily: 'web',
      bootMode: BootMode.UEFI_PREFERRED,
      nvmeSupport: NvmeSupport.SUPPORTED,
      imdsSupport: ImdsSupport.V2,
      imageTags: { tier: 'gold' },
      tags: { team: 'platform' },
      distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghai(stack) }, { regionId: 'cn-beijing' }],
    });
    const out = synth(stack);
    const env = one(out, 'Waiter').exec.environment;
    expect(env).toMatchObject({
      CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web',
      CDKTF_ALICLOUD_WAIT_BOOT_MODE: 'UEFI-Preferred',
      CDKTF_ALICLOUD_WAIT_NVME_SUPPORT: 'supported',
      CDKTF_ALICLOUD_WAIT_IMDS_SUPPORT: 'v2',
      CDKTF_ALICLOUD_WAIT_COPY_REGIONS: 'cn-shanghai,cn-beijing',
    });
    expect(JSON.parse(env.CDKTF_ALICLOUD_WAIT_IMAGE_TAGS)).toEqual({ team: 'platform', tier: 'gold', [FACTORY_TAG_KEY]: 'test/Web' });
    // No retention unless asked.
    expect(Object.keys(execs(out)).filter((id) => id.includes('Retention'))).toEqual([]);
  });

  test('without settings the waiter environment is unchanged (no tagging, no new RAM permission)', () => {
    const stack = alicloudStack();
    new GoldenImageFactory(stack, 'Web', { ...required(), distributionRegions: [{ regionId: 'cn-shanghai' }] });
    const env = one(synth(stack), 'Waiter').exec.environment;
    expect(Object.keys(env).filter((k) => /BOOT|NVME|IMDS|TAGS|COPY/.test(k))).toEqual([]);
  });

  test('retention: a run after the waiter, re-run per build, with the prefix, the factory tag and every region', () => {
    const stack = alicloudStack();
    new GoldenImageFactory(stack, 'Web', {
      ...required(),
      distributionRegions: [{ regionId: 'cn-shanghai' }],
      retention: { keepLatest: 5, deleteAfterDays: 30 },
    });
    const out = synth(stack);
    const waiter = one(out, 'Build_Waiter');
    const retention = one(out, 'Retention');
    expect(retention.exec.interpreter.slice(-1)).toEqual(['retain-images']);
    expect(retention.exec.interpreter[1]).toBe(waiter.exec.interpreter[1]); // the same bundled waiter
    expect(retention.exec.command).toBe('--from-env');
    expect(retention.exec.environment).toEqual({
      CDKTF_ALICLOUD_RETAIN_NAME_PREFIX: 'web',
      CDKTF_ALICLOUD_RETAIN_TAG_KEY: FACTORY_TAG_KEY,
      CDKTF_ALICLOUD_RETAIN_TAG_VALUE: 'test/Web',
      CDKTF_ALICLOUD_RETAIN_REGIONS: 'cn-hangzhou,cn-shanghai',
      CDKTF_ALICLOUD_RETAIN_KEEP_LATEST: '5',
      CDKTF_ALICLOUD_RETAIN_DEPRECATE_OLDER: 'true',
      CDKTF_ALICLOUD_RETAIN_DELETE_AFTER_DAYS: '30',
      CDKTF_ALICLOUD_RETAIN_DRY_RUN: 'false',
      CDKTF_ALICLOUD_RETAIN_INCLUDE_SHARED: 'false',
      CDKTF_ALICLOUD_RETAIN_TIMEOUT_MINUTES: '10',
    });
    expect(retention.config.depends_on).toEqual([`terraform_data.${waiter.id}`]);
    expect(retention.config.triggers_replace.execution_id).toBe(`\${terraform_data.${waiter.id}.output.execution_id}`);
    // The waiter tags every image with the factory tag, which retention matches on.
    expect(JSON.parse(waiter.exec.environment.CDKTF_ALICLOUD_WAIT_IMAGE_TAGS)).toEqual({ [FACTORY_TAG_KEY]: 'test/Web' });
  });

  test.each<[string, Partial<GoldenImageFactoryProps>, RegExp]>([
    ['settings without waiting', { waitForCompletion: false, nvmeSupport: NvmeSupport.SUPPORTED }, /Web: nvmeSupport needs waitForCompletion: true/],
    ['retention without waiting', { waitForCompletion: false, retention: {} }, /Web: retention needs waitForCompletion: true/],
    ['a setting twice', { bootMode: BootMode.UEFI, waitOptions: { bootMode: BootMode.BIOS } }, /waitOptions.bootMode cannot be combined with bootMode/],
    ['keepLatest 0', { retention: { keepLatest: 0 } }, /retention.keepLatest must be an integer from 1 to 100 \(got 0\)/],
    ['deleteAfterDays over 10 years', { retention: { deleteAfterDays: 4000 } }, /retention.deleteAfterDays must be an integer from 0 to 3650 days/],
    ['retention that does nothing', { retention: { deprecateOlder: false } }, /retention.deprecateOlder is false and deleteAfterDays is not set, so retention would do nothing/],
    ['too many tags in all', { tags: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}`, 'v'])), imageTags: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`i${i}`, 'v'])) },
      /imageTags together with tags and the factory tag must be at most 20 tags, but are 21/],
    ['a bad IMDS value', { imdsSupport: 'v9' as ImdsSupport }, /imdsSupport must be one of v1, v2/],
  ])('rejects %s', (_, props, message) => {
    expectInvalid(() => new GoldenImageFactory(alicloudStack(), 'Web', { ...required(), ...props }), message);
  });

  test('retention with a default provider without a literal region fails at synth, naming the fix', () => {
    const app = new App();
    const stack = new TerraformStack(app, 'test');
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', {});
    new GoldenImageFactory(stack, 'Web', { ...required(), retention: {} });
    expect(() => synth(stack)).toThrow(/Web\/Retention: retention needs the build region at synth/);
  });
});

describe('the synthesized provisioners, run as Terraform runs them, against the fake endpoint', () => {
  let home: string;
  let fake: FakeEcs | undefined;
  beforeAll(() => { home = fs.mkdtempSync(path.join(os.tmpdir(), 'post-build-home-')); });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
  afterEach(async () => { await fake?.stop(); fake = undefined; });

  /** interpreter + [command] as argv (no shell), `environment` with Terraform references replaced, in the stack directory. */
  function run(exec: LocalExec, refs: Record<string, string>, env: Record<string, string>, cwd: string): Promise<RunResult> {
    const evaluate = (value: string) => value.replace(/\$\{([^}]+)\}/g, (whole, ref: string) => refs[ref] ?? whole).replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    const [program, ...args] = [...exec.interpreter, exec.command];
    const environment = Object.fromEntries(Object.entries(exec.environment).map(([k, v]) => [k, evaluate(v)]));
    return new Promise((resolve, reject) => {
      const child = spawn(program === 'node' ? process.execPath : program, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env, ...environment }, shell: false });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
    });
  }

  test('the waiter applies the factory settings to the image and its copy, then retention retires the older image', async () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'post-build-app-')) });
    const stack = new TerraformStack(app, 'web');
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new GoldenImageFactory(stack, 'Web', {
      ...required(),
      nvmeSupport: NvmeSupport.SUPPORTED,
      imdsSupport: ImdsSupport.V2,
      imageFamily: 'web',
      distributionRegions: [{ regionId: 'cn-shanghai' }],
      retention: { keepLatest: 1 },
    });
    app.synth();
    const dir = path.join(app.outdir, 'stacks', 'web');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf-8'));
    const out = { resources: (type: string) => json.resource?.[type] ?? {} } as unknown as Synthesized;
    const waiter = one(out, 'Build_Waiter');
    const retention = one(out, 'Retention');

    const name = `web_${EXECUTION_ID}`;
    const tag = { [FACTORY_TAG_KEY]: 'web/Web' };
    const images = new FakeImages([
      { regionId: 'cn-hangzhou', imageId: 'm-new', imageName: name, status: 'Available', creationTime: '2026-12-03T08:00:00Z', tags: {} },
      { regionId: 'cn-shanghai', imageId: 'm-new-sh', imageName: name, status: 'Available', creationTime: '2026-12-03T08:30:00Z', tags: {} },
      { regionId: 'cn-hangzhou', imageId: 'm-old', imageName: 'web_exec-0ld', status: 'Available', creationTime: '2026-11-01T08:00:00Z', tags: { ...tag } },
      { regionId: 'cn-shanghai', imageId: 'm-old-sh', imageName: 'web_exec-0ld', status: 'Available', creationTime: '2026-11-01T08:30:00Z', tags: { ...tag } },
    ]);
    fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-new' })], 'TestSecretValue-9f8e7d6c5b4a3928');
    images.attach(fake);
    const env = {
      HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'TestSecretValue-9f8e7d6c5b4a3928', CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
    };
    const refs = {
      [`alicloud_ecs_image_pipeline_execution.${Object.keys(json.resource.alicloud_ecs_image_pipeline_execution)[0]}.id`]: EXECUTION_ID,
      [`alicloud_ecs_image_pipeline.${Object.keys(json.resource.alicloud_ecs_image_pipeline)[0]}.id`]: 'ip-2ze5tsl5bp6nf2b3',
    };
    const waited = await run(waiter.exec, refs, env, dir);
    expect(waited.stderr).not.toContain('unexpected');
    expect(waited.exitCode).toBe(0);
    for (const [region, id] of [['cn-hangzhou', 'm-new'], ['cn-shanghai', 'm-new-sh']]) {
      expect(images.image(region, id)).toMatchObject({ nvmeSupport: 'supported', imdsSupport: 'v2', imageFamily: 'web', tags: tag });
    }

    const retained = await run(retention.exec, {}, env, dir);
    expect(retained.exitCode).toBe(0);
    expect(images.image('cn-hangzhou', 'm-old')!.status).toBe('Deprecated');
    expect(images.image('cn-shanghai', 'm-old-sh')!.status).toBe('Deprecated');
    expect(images.image('cn-hangzhou', 'm-new')!.status).toBe('Available');
    expect(JSON.parse(retained.stdout).deprecated).toEqual([{ regionId: 'cn-hangzhou', imageId: 'm-old' }, { regionId: 'cn-shanghai', imageId: 'm-old-sh' }]);
  });
});
