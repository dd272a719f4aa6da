/**
 * BuildWaiter: the synthesized terraform_data + local-exec wiring, its defaults and rules, and the
 * bundled waiter really landing in the stack directory at the path the command uses.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BuildWaiter, BuildWaiterProps, Errors, alicloud } from '../lib';
import { FakeEcs, MODIFY_IMAGE_ATTRIBUTE, ensureWaiterBundle, executionReply, runNode } from './util/fake-ecs';
import { Synthesized, alicloudStack, emptyStack, synth, synthApp } from './util/synth';

const WAITER_PATH = /^assets\/CdktfAlicloudImageBuilderWaiter\/[0-9A-F]{32}\/waiter\.js$/;

beforeAll(() => ensureWaiterBundle());

/** A pipeline and its execution, as an app has them; returns the execution. */
function addExecution(stack: TerraformStack): alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution {
  const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(stack, 'pipeline', {
    baseImage: 'ubuntu_22_04_x64_20G_alibase_20240926.vhd',
    baseImageType: 'IMAGE',
    buildContent: 'RUN apt-get update -y',
    imageName: 'web-base',
  });
  return new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(stack, 'execution', { imagePipelineId: pipeline.id });
}

function waiterIn(out: Synthesized): { id: string; config: any; command: string } {
  const [[id, config]] = Object.entries<any>(out.resources('terraform_data'));
  return { id, config, command: config.provisioner[0]['local-exec'].command };
}

describe('synthesized wiring', () => {
  test('a terraform_data resource replaced per execution, running the bundled waiter from a relative path', () => {
    const stack = alicloudStack();
    const waiter = new BuildWaiter(stack, 'Waiter', { executionId: addExecution(stack).id });

    const { config, command } = waiterIn(synth(stack));
    expect(config.triggers_replace).toEqual({ execution_id: '${alicloud_ecs_image_pipeline_execution.execution.id}' });
    expect(config.input).toEqual({ execution_id: '${alicloud_ecs_image_pipeline_execution.execution.id}' });
    expect(config.provisioner).toHaveLength(1);
    expect(Object.keys(config.provisioner[0])).toEqual(['local-exec']);
    expect(waiter.waiterPath).toMatch(WAITER_PATH);
    expect(command).toBe(`node ${waiter.waiterPath} wait-execution --execution-id \${alicloud_ecs_image_pipeline_execution.execution.id}`
      + ' --region cn-hangzhou --timeout-minutes 60 --poll-seconds 15');
  });

  test('the command holds no path of the synth machine', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    const { command } = waiterIn(synth(stack));
    const repo = path.resolve(__dirname, '..');
    expect(command).not.toContain(repo);
    expect(command).not.toContain(os.tmpdir());
    expect(command.split(' ').filter((word) => path.isAbsolute(word))).toEqual([]);
  });

  test('all options reach the command', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', {
      executionId: 'exec-1234567890abcdef',
      region: 'ap-southeast-1',
      timeoutMinutes: 180,
      pollIntervalSeconds: 30,
      nodeCommand: '/opt/node20/bin/node',
      failOnPartialSuccess: true,
      imageFamily: 'web-base',
    });
    const { command } = waiterIn(synth(stack));
    expect(command).toMatch(/^\/opt\/node20\/bin\/node assets\/\S+\/waiter\.js wait-execution --execution-id exec-1234567890abcdef --region ap-southeast-1 --timeout-minutes 180 --poll-seconds 30 --fail-on-partial-success --image-family web-base$/);
  });

  test('imageFamily becomes --image-family; without it the waiter sets no family', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'WithFamily', { executionId: 'exec-aaaaaaaa', imageFamily: 'web-base:v1.2_x' });
    new BuildWaiter(stack, 'WithoutFamily', { executionId: 'exec-bbbbbbbb' });
    const commands = Object.values<any>(synth(stack).resources('terraform_data')).map((c) => c.provisioner[0]['local-exec'].command);
    expect(commands[0]).toMatch(/ --poll-seconds 15 --image-family web-base:v1\.2_x$/);
    expect(commands[1]).not.toContain('--image-family');
  });

  test('an imageFamily token is passed through for the deploy machine to resolve', () => {
    const stack = alicloudStack();
    const family = new TerraformVariable(stack, 'family', { type: 'string' });
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef', imageFamily: family.stringValue });
    expect(waiterIn(synth(stack)).command).toMatch(/ --image-family \$\{var\.family\}$/);
  });

  test('dependents wait: dependsOn the waiter, or use its executionId', () => {
    const stack = alicloudStack();
    const waiter = new BuildWaiter(stack, 'Waiter', { executionId: addExecution(stack).id });
    new alicloud.dataAlicloudImages.DataAlicloudImages(stack, 'by_dependency', { owners: 'self', nameRegex: '^web-base_', dependsOn: [waiter] });
    new alicloud.dataAlicloudImages.DataAlicloudImages(stack, 'by_reference', { owners: 'self', nameRegex: `^web-base_${waiter.executionId}$` });

    const out = synth(stack);
    const { id } = waiterIn(out);
    expect(out.dataSources('alicloud_images').by_dependency.depends_on).toEqual([`terraform_data.${id}`]);
    expect(out.dataSources('alicloud_images').by_reference.name_regex).toBe(`^web-base_\${terraform_data.${id}.output.execution_id}$`);
    expect(waiter.fqn).toBe(waiter.resource.fqn);
  });

  test('several waiters in a stack share one copy of the bundle', () => {
    const stack = alicloudStack();
    const a = new BuildWaiter(stack, 'A', { executionId: 'exec-aaaaaaaa' });
    const b = new BuildWaiter(stack, 'B', { executionId: 'exec-bbbbbbbb' });
    expect(a.waiterPath).toBe(b.waiterPath);
    expect(Object.keys(synth(stack).resources('terraform_data'))).toHaveLength(2);
  });

  test('the L1 is reachable for overrides', () => {
    const stack = alicloudStack();
    const waiter = new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    waiter.resource.addOverride('provisioner.0.local-exec.environment', { ALIBABA_CLOUD_PROFILE: 'builder' });
    expect(waiterIn(synth(stack)).config.provisioner[0]['local-exec'].environment).toEqual({ ALIBABA_CLOUD_PROFILE: 'builder' });
    expect(waiter.node.defaultChild).toBe(waiter.resource);
  });
});

describe('default region', () => {
  test('comes from the default provider even when the provider is added after the waiter', () => {
    const stack = emptyStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'eu-central-1' });
    expect(waiterIn(synth(stack)).command).toContain('--region eu-central-1 ');
  });

  test('is left to the deploy machine when the provider region is a variable', () => {
    const stack = emptyStack();
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: region.stringValue });
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    expect(waiterIn(synth(stack)).command).not.toContain('--region');
  });

  test('ignores aliased providers', () => {
    const stack = emptyStack();
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-beijing', alias: 'beijing' });
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    expect(waiterIn(synth(stack)).command).not.toContain('--region');
  });

  test('an explicit region wins over the provider', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef', region: 'cn-shanghai' });
    const { command } = waiterIn(synth(stack));
    expect(command).toContain('--region cn-shanghai ');
    expect(command).not.toContain('cn-hangzhou');
  });
});

describe('validation', () => {
  function make(props: Partial<BuildWaiterProps>): void {
    new BuildWaiter(alicloudStack(), 'Waiter', { executionId: 'exec-1234567890abcdef', ...props });
  }

  function validationError(props: Partial<BuildWaiterProps>): string {
    try {
      make(props);
    } catch (e) {
      expect(Errors.isValidationError(e)).toBe(true);
      return (e as Error).message;
    }
    throw new Error('no error thrown');
  }

  test('region must be a region id', () => {
    expect(validationError({ region: 'Hangzhou' })).toBe('test/Waiter: region must be a region id such as cn-hangzhou (got "Hangzhou")');
    expect(() => make({ region: 'cn-hangzhou' })).not.toThrow();
    expect(() => make({ region: Lazy.stringValue({ produce: () => 'anything' }) })).not.toThrow();
  });

  test('timeoutMinutes is an integer from 1 to 1440', () => {
    expect(validationError({ timeoutMinutes: 0 })).toBe('test/Waiter: timeoutMinutes must be an integer from 1 to 1440 minutes (got 0)');
    expect(validationError({ timeoutMinutes: 1441 })).toContain('(got 1441)');
    expect(validationError({ timeoutMinutes: 2.5 })).toContain('(got 2.5)');
    expect(() => make({ timeoutMinutes: 1 })).not.toThrow();
    expect(() => make({ timeoutMinutes: 1440 })).not.toThrow();
    expect(() => make({ timeoutMinutes: Lazy.numberValue({ produce: () => 0 }) })).not.toThrow();
  });

  test('pollIntervalSeconds is an integer from 1 to 600', () => {
    expect(validationError({ pollIntervalSeconds: 0 })).toBe('test/Waiter: pollIntervalSeconds must be an integer from 1 to 600 seconds (got 0)');
    expect(validationError({ pollIntervalSeconds: 601 })).toContain('(got 601)');
    expect(() => make({ pollIntervalSeconds: 1 })).not.toThrow();
    expect(() => make({ pollIntervalSeconds: 600 })).not.toThrow();
    expect(() => make({ pollIntervalSeconds: Lazy.numberValue({ produce: () => 0 }) })).not.toThrow();
  });

  test('imageFamily follows the image family naming rule', () => {
    expect(validationError({ imageFamily: 'aliyun-base' })).toBe("test/Waiter: imageFamily must not start with 'aliyun' or 'acs:' (got \"aliyun-base\")");
    expect(validationError({ imageFamily: 'acs:base' })).toContain("must not start with 'aliyun' or 'acs:'");
    for (const bad of ['9lives', 'x', 'web base', 'web/base', '', `w${'a'.repeat(128)}`]) {
      expect(validationError({ imageFamily: bad })).toMatch(/^test\/Waiter: imageFamily must be 2 to 128 characters, start with a letter/);
    }
    expect(() => make({ imageFamily: 'wb' })).not.toThrow();
    expect(() => make({ imageFamily: `W:._-${'a'.repeat(123)}` })).not.toThrow();
    expect(() => make({ imageFamily: Lazy.stringValue({ produce: () => 'aliyun-anything' }) })).not.toThrow();
  });

  test('nodeCommand is not empty', () => {
    expect(validationError({ nodeCommand: '' })).toBe('test/Waiter: nodeCommand must be 1 to 1024 characters long, but is 0 (got "")');
    expect(() => make({ nodeCommand: 'n' })).not.toThrow();
    expect(() => make({ nodeCommand: Lazy.stringValue({ produce: () => '' }) })).not.toThrow();
  });
});

describe('in a synthesized app', () => {
  let outdir: string;

  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-waiter-app-'));
  });

  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('the bundle is copied into the stack directory at the path the command uses, and runs from there', async () => {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'images');
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    const waiter = new BuildWaiter(stack, 'Waiter', { executionId: addExecution(stack).id });

    const { command } = waiterIn(synthApp(app).images);
    const relative = command.split(' ')[1];
    expect(relative).toBe(waiter.waiterPath);
    const stackDir = path.join(outdir, 'stacks', 'images');
    const copied = path.join(stackDir, relative);
    expect(fs.existsSync(copied)).toBe(true);
    expect(fs.readFileSync(copied).equals(fs.readFileSync(ensureWaiterBundle()))).toBe(true);

    // As local-exec would: from the stack directory, with only node on the PATH and nothing else.
    const help = await runNode(relative, ['wait-execution', '--help'], {}, stackDir);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: cdktf-alicloud-image-builder wait-execution');
  });

  test('the synthesized command with imageFamily runs: the waiter accepts the flag and sets the family', async () => {
    const secret = 'TestSecretValue-0a1b2c3d4e5f6a7b';
    const fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-built' })], secret);
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'images');
      new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-shanghai' });
      new BuildWaiter(stack, 'Waiter', { executionId: 'exec-5fb8facb8ed7427c0001', imageFamily: 'web-base', pollIntervalSeconds: 1 });

      const [, script, ...args] = waiterIn(synthApp(app).images).command.split(' ');
      const result = await runNode(script, args, {
        HOME: outdir,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret,
        CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
      }, path.join(outdir, 'stacks', 'images'));
      expect(result.exitCode).toBe(0);
      expect(fake.requestsFor(MODIFY_IMAGE_ATTRIBUTE).map((r) => r.params))
        .toEqual([expect.objectContaining({ ImageId: 'm-built', ImageFamily: 'web-base', RegionId: 'cn-shanghai' })]);
    } finally {
      await fake.stop();
    }
  });

  test('the stack passes the schema check with terraform_data as a built-in resource', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: addExecution(stack).id });
    expect(() => synth(stack)).not.toThrow();
    expect(JSON.parse(Testing.synth(stack)).resource.terraform_data).toBeDefined();
  });
});
