/**
 * BuildWaiter: the synthesized terraform_data + local-exec wiring, its defaults and rules, and the
 * bundled waiter really landing in the stack directory at the path the command uses.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BuildWaiter, BuildWaiterProps, Errors, alicloud } from '../lib';
import { FakeEcs, MODIFY_IMAGE_ATTRIBUTE, RunResult, ensureWaiterBundle, executionReply, runNode } from './util/fake-ecs';
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

interface LocalExec {
  readonly command: string;
  readonly interpreter: string[];
  readonly environment: Record<string, string>;
}

/**
 * Runs a synthesized local-exec provisioner the way Terraform does on Linux: `interpreter` + `[command]`
 * as argv of the program (no shell), `environment` evaluated (here: `${var.NAME}` replaced by `vars`)
 * and added to the environment, in the stack directory.
 */
function runLocalExec(exec: LocalExec, vars: Record<string, string>, env: Record<string, string>, cwd: string): Promise<RunResult> {
  const evaluate = (value: string) => value.replace(/\$\{var\.([a-z_]+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`no value for var.${name}`);
    return vars[name];
  });
  const [program, ...args] = [...exec.interpreter, exec.command];
  const environment = Object.fromEntries(Object.entries(exec.environment).map(([k, v]) => [k, evaluate(v)]));
  return new Promise((resolve, reject) => {
    const child = spawn(program === 'node' ? process.execPath : program, args, {
      cwd, env: { PATH: process.env.PATH ?? '', ...env, ...environment }, stdio: ['ignore', 'pipe', 'pipe'], shell: false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

function waiterIn(out: Synthesized): { id: string; config: any; exec: LocalExec } {
  const [[id, config]] = Object.entries<any>(out.resources('terraform_data'));
  return { id, config, exec: config.provisioner[0]['local-exec'] };
}

/** The environment every waiter gets with the defaults, plus `extra`. */
function defaultEnv(executionId: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CDKTF_ALICLOUD_WAIT_EXECUTION_ID: executionId,
    CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES: '60',
    CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '15',
    CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'false',
    ...extra,
  };
}

describe('synthesized wiring', () => {
  test('a terraform_data resource replaced per execution, running the bundled waiter without a shell', () => {
    const stack = alicloudStack();
    const waiter = new BuildWaiter(stack, 'Waiter', { executionId: addExecution(stack).id });

    const { config, exec } = waiterIn(synth(stack));
    expect(config.triggers_replace).toEqual({ execution_id: '${alicloud_ecs_image_pipeline_execution.execution.id}' });
    expect(config.input).toEqual({ execution_id: '${alicloud_ecs_image_pipeline_execution.execution.id}' });
    expect(config.provisioner).toHaveLength(1);
    expect(Object.keys(config.provisioner[0])).toEqual(['local-exec']);
    expect(waiter.waiterPath).toMatch(WAITER_PATH);
    // Terraform runs interpreter + [command] as argv: no shell parses anything.
    expect(exec).toEqual({
      interpreter: ['node', waiter.waiterPath, 'wait-execution'],
      command: '--from-env',
      environment: defaultEnv('${alicloud_ecs_image_pipeline_execution.execution.id}', { CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou' }),
    });
    // A failure must fail the apply: no on_failure = continue, no `when`.
    expect(exec).not.toHaveProperty('on_failure');
  });

  test('values from Terraform variables reach only the environment, never the command or the interpreter', () => {
    // Issue 18: `-var 'execution_id=x; touch owned #'` ran `touch owned` through the shell.
    const stack = alicloudStack();
    const executionId = new TerraformVariable(stack, 'execution_id', { type: 'string' });
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    const family = new TerraformVariable(stack, 'family', { type: 'string' });
    const pipeline = new TerraformVariable(stack, 'pipeline', { type: 'string' });
    const node = new TerraformVariable(stack, 'node', { type: 'string' });
    new BuildWaiter(stack, 'Waiter', {
      executionId: executionId.stringValue, region: region.stringValue, imageFamily: family.stringValue,
      pipelineId: pipeline.stringValue, nodeCommand: node.stringValue,
    });
    const { exec } = waiterIn(synth(stack));
    expect(exec.command).toBe('--from-env');
    expect(exec.interpreter.slice(1)).toEqual([expect.stringMatching(WAITER_PATH), 'wait-execution']);
    // The node command is the program itself (argv[0]), not a shell line.
    expect(exec.interpreter[0]).toBe('${var.node}');
    expect(exec.environment).toEqual(defaultEnv('${var.execution_id}', {
      CDKTF_ALICLOUD_WAIT_REGION: '${var.region}',
      CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: '${var.family}',
      CDKTF_ALICLOUD_WAIT_PIPELINE_ID: '${var.pipeline}',
    }));
  });

  test('the provisioner holds no path of the synth machine', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    const { exec } = waiterIn(synth(stack));
    const text = JSON.stringify(exec);
    const repo = path.resolve(__dirname, '..');
    expect(text).not.toContain(repo);
    expect(text).not.toContain(os.tmpdir());
    expect(exec.interpreter.filter((word) => path.isAbsolute(word))).toEqual([]);
  });

  test('all options reach the environment', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', {
      executionId: 'exec-1234567890abcdef',
      pipelineId: 'ip-2ze5tsl5bp6nf2b3',
      region: 'ap-southeast-1',
      timeoutMinutes: 180,
      pollIntervalSeconds: 30,
      nodeCommand: '/opt/node 20/bin/node',
      failOnPartialSuccess: true,
      imageFamily: 'web-base',
    });
    const { exec } = waiterIn(synth(stack));
    expect(exec.interpreter).toEqual(['/opt/node 20/bin/node', expect.stringMatching(WAITER_PATH), 'wait-execution']);
    expect(exec.command).toBe('--from-env');
    expect(exec.environment).toEqual({
      CDKTF_ALICLOUD_WAIT_EXECUTION_ID: 'exec-1234567890abcdef',
      CDKTF_ALICLOUD_WAIT_PIPELINE_ID: 'ip-2ze5tsl5bp6nf2b3',
      CDKTF_ALICLOUD_WAIT_REGION: 'ap-southeast-1',
      CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES: '180',
      CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '30',
      CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'true',
      CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web-base',
    });
  });

  test('a literal ${ in nodeCommand stays text (Terraform would interpolate it)', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef', nodeCommand: '/opt/${x}/node' });
    expect(waiterIn(synth(stack)).exec.interpreter[0]).toBe('/opt/$${x}/node');
  });

  test('imageFamily becomes CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY; without it the waiter sets no family', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'WithFamily', { executionId: 'exec-aaaaaaaa', imageFamily: 'web-base:v1.2_x' });
    new BuildWaiter(stack, 'WithoutFamily', { executionId: 'exec-bbbbbbbb' });
    const envs = Object.values<any>(synth(stack).resources('terraform_data')).map((c) => c.provisioner[0]['local-exec'].environment);
    expect(envs[0].CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY).toBe('web-base:v1.2_x');
    expect(envs[1]).not.toHaveProperty('CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY');
    expect(envs[1]).not.toHaveProperty('CDKTF_ALICLOUD_WAIT_PIPELINE_ID');
  });

  test('number tokens pass through for the deploy machine to resolve', () => {
    const stack = alicloudStack();
    const minutes = new TerraformVariable(stack, 'minutes', { type: 'number' });
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef', timeoutMinutes: minutes.numberValue });
    expect(waiterIn(synth(stack)).exec.environment.CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES).toBe('${var.minutes}');
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
    waiter.resource.addOverride('provisioner.0.local-exec.environment.ALIBABA_CLOUD_PROFILE', 'builder');
    const { environment } = waiterIn(synth(stack)).exec;
    expect(environment.ALIBABA_CLOUD_PROFILE).toBe('builder');
    expect(environment.CDKTF_ALICLOUD_WAIT_EXECUTION_ID).toBe('exec-1234567890abcdef');
    expect(waiter.node.defaultChild).toBe(waiter.resource);
  });
});

describe('default region', () => {
  test('comes from the default provider even when the provider is added after the waiter', () => {
    const stack = emptyStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'eu-central-1' });
    expect(waiterIn(synth(stack)).exec.environment.CDKTF_ALICLOUD_WAIT_REGION).toBe('eu-central-1');
  });

  test('is left to the deploy machine when the provider region is a variable', () => {
    const stack = emptyStack();
    const region = new TerraformVariable(stack, 'region', { type: 'string' });
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: region.stringValue });
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    expect(waiterIn(synth(stack)).exec.environment).not.toHaveProperty('CDKTF_ALICLOUD_WAIT_REGION');
  });

  test('ignores aliased providers', () => {
    const stack = emptyStack();
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-beijing', alias: 'beijing' });
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef' });
    expect(waiterIn(synth(stack)).exec.environment).not.toHaveProperty('CDKTF_ALICLOUD_WAIT_REGION');
  });

  test('an explicit region wins over the provider', () => {
    const stack = alicloudStack();
    new BuildWaiter(stack, 'Waiter', { executionId: 'exec-1234567890abcdef', region: 'cn-shanghai' });
    const { exec } = waiterIn(synth(stack));
    expect(exec.environment.CDKTF_ALICLOUD_WAIT_REGION).toBe('cn-shanghai');
    expect(JSON.stringify(exec)).not.toContain('cn-hangzhou');
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

  test('nodeCommand is not empty and is one line without NUL', () => {
    expect(validationError({ nodeCommand: '' })).toBe('test/Waiter: nodeCommand must be 1 to 1024 characters long, but is 0 (got "")');
    for (const bad of ['node\n', 'no\rde', 'node\0']) {
      expect(validationError({ nodeCommand: bad })).toBe(
        `test/Waiter: nodeCommand must not contain NUL, CR or LF (it is one program path, run without a shell) (got ${JSON.stringify(bad)})`);
    }
    expect(() => make({ nodeCommand: 'n' })).not.toThrow();
    expect(() => make({ nodeCommand: 'C:\\Program Files\\nodejs\\node.exe' })).not.toThrow();
    expect(() => make({ nodeCommand: Lazy.stringValue({ produce: () => '' }) })).not.toThrow();
  });

  test('a literal executionId or pipelineId must look like one', () => {
    expect(validationError({ executionId: 'x; touch owned #' })).toBe('test/Waiter: executionId must be an execution id exec-... (got "x; touch owned #")');
    expect(validationError({ pipelineId: 'exec-1' })).toBe('test/Waiter: pipelineId must be a pipeline id ip-... (got "exec-1")');
    expect(() => make({ pipelineId: 'ip-2ze5tsl5bp6nf2b3' })).not.toThrow();
    expect(() => make({ executionId: Lazy.stringValue({ produce: () => 'anything' }) })).not.toThrow();
  });
});

describe('in a synthesized app', () => {
  let outdir: string;

  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-waiter-app-'));
  });

  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  /** A stack `images` in `outdir` with a provider in `region`. */
  function imagesStack(region = 'cn-hangzhou'): { app: App; stack: TerraformStack; stackDir: string } {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'images');
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region });
    return { app, stack, stackDir: path.join(outdir, 'stacks', 'images') };
  }

  test('the bundle is copied into the stack directory at the path the interpreter uses, and runs from there', async () => {
    const { app, stack, stackDir } = imagesStack();
    const waiter = new BuildWaiter(stack, 'Waiter', { executionId: addExecution(stack).id });

    const { exec } = waiterIn(synthApp(app).images);
    const relative = exec.interpreter[1];
    expect(relative).toBe(waiter.waiterPath);
    const copied = path.join(stackDir, relative);
    expect(fs.existsSync(copied)).toBe(true);
    expect(fs.readFileSync(copied).equals(fs.readFileSync(ensureWaiterBundle()))).toBe(true);

    // As local-exec would: from the stack directory, with only node on the PATH and nothing else.
    const help = await runNode(relative, ['wait-execution', '--help'], {}, stackDir);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: cdktf-alicloud-image-builder wait-execution');
  });

  test('the synthesized provisioner with imageFamily runs: the waiter reads its environment and sets the family', async () => {
    const secret = 'TestSecretValue-0a1b2c3d4e5f6a7b';
    const fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-built' })], secret);
    try {
      const { app, stack, stackDir } = imagesStack('cn-shanghai');
      new BuildWaiter(stack, 'Waiter', { executionId: 'exec-5fb8facb8ed7427c0001', imageFamily: 'web-base', pollIntervalSeconds: 1 });

      const result = await runLocalExec(waiterIn(synthApp(app).images).exec, {}, {
        HOME: outdir,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret,
        CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
      }, stackDir);
      expect(result.exitCode).toBe(0);
      expect(fake.requestsFor(MODIFY_IMAGE_ATTRIBUTE).map((r) => r.params))
        .toEqual([expect.objectContaining({ ImageId: 'm-built', ImageFamily: 'web-base', RegionId: 'cn-shanghai' })]);
    } finally {
      await fake.stop();
    }
  });

  test('hostile values from Terraform variables are data: nothing runs, the waiter exits 64 and so fails the apply', async () => {
    // Issue 18: `-var 'execution_id=x; touch owned #'` created `owned` and the apply still succeeded.
    const fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-built' })], 'TestSecretValue-0a1b2c3d4e5f6a7b');
    try {
      const { app, stack, stackDir } = imagesStack();
      const vars = ['execution_id', 'region', 'family', 'pipeline'].map((name) => new TerraformVariable(stack, name, { type: 'string' }).stringValue);
      new BuildWaiter(stack, 'Waiter', { executionId: vars[0], region: vars[1], imageFamily: vars[2], pipelineId: vars[3] });
      const { exec } = waiterIn(synthApp(app).images);
      const good = { execution_id: 'exec-5fb8facb8ed7427c0001', region: 'cn-hangzhou', family: 'web-base', pipeline: 'ip-2ze5tsl5bp6nf2b3' };
      const hostile: Array<[string, string]> = [
        ['execution_id', 'x; touch owned #'],
        ['execution_id', 'exec-1$(touch owned)'],
        ['region', 'cn-hangzhou`touch owned`'],
        ['family', 'web;touch owned'],
        ['pipeline', 'ip-1 && touch owned'],
      ];
      for (const [name, value] of hostile) {
        const result = await runLocalExec(exec, { ...good, [name]: value }, {
          HOME: outdir, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
          ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tTestAccessKeyId01', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'TestSecretValue-0a1b2c3d4e5f6a7b',
        }, stackDir);
        expect(result.exitCode).toBe(64);
        expect(result.stderr).toContain(JSON.stringify(value));
        expect(fs.existsSync(path.join(stackDir, 'owned'))).toBe(false);
      }
      expect(fake.requests).toEqual([]);
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
