/**
 * Real Terraform over what the library synthesizes (issue 16): every example goes through init,
 * validate, plan, apply, a second plan that must be clean, and destroy; lifecycle scenarios deploy
 * GoldenImageFactory and ImagePipeline stacks again and again and check plans, state, outputs and
 * the calls the fake ECS endpoint got; broken stacks must fail. Terraform output goes to
 * .e2e/logs/<workspace>.log. Needs `terraform` and `go` (skipped with one line without them,
 * a failure under CI=true). Alone: `npm run test:e2e`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import {
  alicloud, BaseImage, BootMode, BuildContent, BuildWaiter, GoldenImageFactory, ImagePipeline, ImagePipelineExecution, ImdsSupport,
  InstanceType, NvmeSupport,
} from '../../lib';
import { ensureWaiterBundle } from '../util/fake-ecs';
import { imageIdForName } from './fake-cloud';
import { changes, deployCycle, E2E_DIR, installProvider, missingTools, Workspace } from './harness';

const started = Date.now();
const missing = missingTools();
if (missing) console.log(missing);
const e2e = missing ? describe.skip : describe;

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const typescriptExamples = fs.readdirSync(EXAMPLES)
  .filter((name) => fs.existsSync(path.join(EXAMPLES, name, 'main.ts')) && fs.existsSync(path.join(EXAMPLES, name, 'cdktf.json')))
  .sort();
/** Synthesized Python examples (scripts/test-python.sh writes them here when it runs first). */
const PYTHON_SYNTH = process.env.CDKTF_E2E_PYTHON_SYNTH ?? path.join(E2E_DIR, 'python-synth');

let cliConfig = '';
const summary: string[] = [];

beforeAll(() => {
  if (missing) return;
  ensureWaiterBundle();
  cliConfig = installProvider();
}, 300_000);

afterAll(() => {
  if (missing) return;
  console.log(`end-to-end Terraform: ${summary.length} runs in ${((Date.now() - started) / 1000).toFixed(1)} s (logs in ${path.join(E2E_DIR, 'logs')})\n${summary.join('\n')}`);
});

function synthDir(name: string, build: (app: App) => void): string {
  const outdir = path.join(E2E_DIR, 'synth', name);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir });
  build(app);
  app.synth();
  return outdir;
}

/** The newest modification time of any file below `dir`. */
function newestMtime(dir: string): number {
  return Math.max(0, ...fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs));
}

function stacksOf(outdir: string): Array<[string, string]> {
  const stacks = path.join(outdir, 'stacks');
  return fs.readdirSync(stacks).sort().map((s) => [s, path.join(stacks, s)]);
}

/** The full cycle (harness.ts `deployCycle`) on one stack; returns the workspace for more checks. */
async function fullCycle(name: string, stackDir: string): Promise<{ ws: Workspace; outputs: Record<string, any> }> {
  const result = await deployCycle(name, stackDir, cliConfig);
  expect(result.created).toBeGreaterThan(0);
  expect(result.remaining).toEqual([]);
  summary.push(`  ${result.summary}`);
  return result;
}

e2e('every example deploys, re-plans clean and destroys', () => {
  test.each(typescriptExamples)('TypeScript example %s', async (name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const outdir = synthDir(`example-${name}`, (app) => require(path.join(EXAMPLES, name, 'main.ts')).build(app));
    for (const [stack, dir] of stacksOf(outdir)) {
      const { ws, outputs } = await fullCycle(`example-${name}-${stack}`, dir);
      // A stack that waited for a build reports the image the fake cloud built for that execution.
      const waited = ws.cloud!.executions;
      for (const [key, value] of Object.entries(outputs)) {
        if (key.endsWith('_image_id') && waited.size > 0) expect([...waited.values()].map((e) => e.imageId)).toContain(value);
      }
      const created = ws.journalEntries().filter((e) => e.op === 'create');
      if (name.startsWith('apsara-stack')) {
        // 7. Apsara Stack: everything goes through the alibabacloudstack provider.
        expect(created.map((e) => e.type).every((t) => t.startsWith('alibabacloudstack_'))).toBe(true);
        expect(created.find((e) => e.type === 'alibabacloudstack_ecs_image')?.values.id).toMatch(/^m-/);
      }
      if (name === 'existing-vpc') {
        // 8. An existing-VPC app: the build runs in the app's vSwitch, no network is created.
        expect(created.map((e) => e.type).filter((t) => /vpc|vswitch|security_group/.test(t))).toEqual([]);
        expect(created.find((e) => e.type === 'alicloud_ecs_image_pipeline')?.values.vswitch_id).toBe('vsw-uf6existing0build0net');
        expect(waited.size).toBe(1);
      }
    }
  });

  const pythonExamples = fs.readdirSync(EXAMPLES).filter((name) => fs.existsSync(path.join(EXAMPLES, name, 'main.py'))).sort();
  // Synthesized after the last change to the library and the example, or it would test old code.
  const libChanged = newestMtime(path.resolve(__dirname, '..', '..', 'lib'));
  const synthesized = pythonExamples.filter((name) => {
    const stacks = path.join(PYTHON_SYNTH, name, 'stacks');
    return fs.existsSync(stacks) && newestMtime(stacks) >= Math.max(libChanged, fs.statSync(path.join(EXAMPLES, name, 'main.py')).mtimeMs);
  });
  test('Python examples were synthesized by the Python step (or are run there)', () => {
    expect(pythonExamples.length).toBeGreaterThan(0);
    // npm test runs scripts/test-python.sh first, which synthesizes them; alone, they may be missing.
    if (process.env.CI === 'true') expect(synthesized).toEqual(pythonExamples);
    if (synthesized.length < pythonExamples.length) {
      console.log(`Python examples not synthesized (or older than lib/ or the example) in ${PYTHON_SYNTH} (${pythonExamples.filter((n) => !synthesized.includes(n)).join(', ')}): scripts/test-python.sh runs them after it built the wheel`);
    }
  });
  for (const name of synthesized) {
    test(`Python example ${name}`, async () => {
      for (const [stack, dir] of stacksOf(path.join(PYTHON_SYNTH, name))) await fullCycle(`python-${name}-${stack}`, dir);
    });
  }
});

interface FactoryVariant {
  readonly content?: string;
  readonly rebuildToken?: string;
  readonly wait?: boolean;
}

/** A GoldenImageFactory in its own new network, waiting with a 1 s poll interval. */
function factoryStack(name: string, v: FactoryVariant): string {
  const outdir = synthDir(name, (app) => {
    const stack = new TerraformStack(app, 'factory');
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new GoldenImageFactory(stack, 'Golden', {
      baseImage: BaseImage.fromImageId('ubuntu_22_04_x64_20G_alibase_20240926.vhd'),
      buildContent: BuildContent.create().addRun(v.content ?? 'echo one'),
      imageNamePrefix: 'golden',
      rebuildToken: v.rebuildToken,
      waitForCompletion: v.wait ?? true,
      waitOptions: v.wait === false ? undefined : { pollIntervalSeconds: 1 },
      terraformOutputs: true,
    });
  });
  return path.join(outdir, 'stacks', 'factory');
}

function resourcesOf(state: any, type: string): any[] {
  return (state.values?.root_module?.resources ?? []).filter((r: any) => r.type === type && r.mode === 'managed');
}

e2e('GoldenImageFactory deploy lifecycle', () => {
  let ws: Workspace;
  beforeAll(async () => {
    if (missing) return;
    ws = new Workspace('lifecycle-factory', factoryStack('lifecycle-factory', { rebuildToken: 'r1' }), cliConfig);
    await ws.startCloud();
    await ws.init();
  });
  afterAll(async () => ws?.stop());

  let first: Record<string, any> = {};
  test('1. first deploy: the waiter waits once and the outputs carry the built image id', async () => {
    const t0 = Date.now();
    const plan = await ws.plan();
    expect(Object.values(changes(plan)).every((a) => a === 'create')).toBe(true);
    await ws.ok(['apply', '-no-color', '-input=false', 'tfplan']);
    const cloud = ws.cloud!;
    first = await ws.outputs();
    const [execution] = resourcesOf(await ws.state(), 'alicloud_ecs_image_pipeline_execution');
    expect(cloud.polledExecutionIds()).toEqual([execution.values.id]);
    expect(cloud.callsTo('DescribeImagePipelineExecutions').every((c) => c.signed)).toBe(true);
    expect(first.Golden_execution_id).toBe(execution.values.id);
    expect(first.Golden_image_name).toBe(`golden_${execution.values.id}`);
    expect(first.Golden_image_id).toBe(imageIdForName(`golden_${execution.values.id}`));
    expect(first.Golden_image_id).toBe(cloud.executions.get(execution.values.id)!.imageId);
    summary.push(`  lifecycle 1 first deploy: built ${first.Golden_image_id} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  });

  test('2. no change: nothing planned, no new build', async () => {
    const polls = ws.cloud!.calls.length;
    expect(changes(await ws.plan())).toEqual({});
    await ws.planIsClean();
    await ws.apply();
    expect(ws.cloud!.calls.length).toBe(polls);
    expect(await ws.outputs()).toEqual(first);
    summary.push('  lifecycle 2 no change: clean plan, no ECS call');
  });

  let second: Record<string, any> = {};
  test('3. build content changed: new pipeline before the old one goes, new build waited for, outputs change', async () => {
    ws.load(factoryStack('lifecycle-factory', { rebuildToken: 'r1', content: 'echo two' }));
    const planned = changes(await ws.plan());
    const pipeline = Object.keys(planned).find((a) => a.startsWith('alicloud_ecs_image_pipeline.'))!;
    expect(planned[pipeline]).toBe('create,delete');
    const execution = Object.keys(planned).find((a) => a.startsWith('alicloud_ecs_image_pipeline_execution.'))!;
    expect(planned[execution]).toMatch(/create/);
    expect(Object.entries(planned).filter(([a]) => a.startsWith('alicloud_vpc.') || a.startsWith('alicloud_vswitch.'))).toEqual([]);
    const journalBefore = ws.journalEntries().length;
    await ws.ok(['apply', '-no-color', '-input=false', 'tfplan']);
    const applied = ws.journalEntries().slice(journalBefore).filter((e) => e.type === 'alicloud_ecs_image_pipeline').map((e) => e.op);
    expect(applied).toEqual(['create', 'delete']);
    second = await ws.outputs();
    expect(second.Golden_pipeline_id).not.toBe(first.Golden_pipeline_id);
    expect(second.Golden_execution_id).not.toBe(first.Golden_execution_id);
    expect(ws.cloud!.polledExecutionIds()).toEqual([first.Golden_execution_id, second.Golden_execution_id]);
    expect(second.Golden_image_id).toBe(ws.cloud!.executions.get(second.Golden_execution_id)!.imageId);
    expect(second.Golden_image_id).not.toBe(first.Golden_image_id);
    await ws.planIsClean();
    summary.push(`  lifecycle 3 content changed: ${Object.keys(planned).length} replaced, new image ${second.Golden_image_id}`);
  });

  test('4. rebuildToken changed: only the execution and what depends on it are replaced', async () => {
    ws.load(factoryStack('lifecycle-factory', { rebuildToken: 'r2', content: 'echo two' }));
    const planned = changes(await ws.plan());
    const types = Object.keys(planned).map((a) => a.split('.')[0]).sort();
    expect(types).toEqual(['alicloud_ecs_image_pipeline_execution', 'terraform_data', 'terraform_data']);
    expect(Object.values(planned).every((a) => a.includes('create') && a.includes('delete'))).toBe(true);
    await ws.ok(['apply', '-no-color', '-input=false', 'tfplan']);
    const third = await ws.outputs();
    expect(third.Golden_pipeline_id).toBe(second.Golden_pipeline_id);
    expect(third.Golden_execution_id).not.toBe(second.Golden_execution_id);
    expect(ws.cloud!.polledExecutionIds().at(-1)).toBe(third.Golden_execution_id);
    expect(third.Golden_image_id).toBe(ws.cloud!.executions.get(third.Golden_execution_id)!.imageId);
    await ws.planIsClean();
    await ws.destroy();
    summary.push(`  lifecycle 4 rebuildToken changed: replaced ${types.join(', ')}`);
  });
});

e2e('builds that do not simply succeed', () => {
  test('6. waitForCompletion: false deploys without waiting and without an image lookup', async () => {
    const ws = new Workspace('lifecycle-nowait', factoryStack('lifecycle-nowait', { wait: false }), cliConfig);
    await ws.startCloud();
    try {
      await ws.init();
      await ws.apply();
      const outputs = await ws.outputs();
      expect(Object.keys(outputs).sort()).toEqual(['Golden_execution_id', 'Golden_image_name', 'Golden_pipeline_id']);
      expect(resourcesOf(await ws.state(), 'terraform_data')).toEqual([]);
      expect(ws.cloud!.calls).toEqual([]);
      await ws.planIsClean();
      await ws.destroy();
      summary.push('  lifecycle 6 waitForCompletion false: deployed, no ECS call');
    } finally {
      await ws.stop();
    }
  });

  test('5. a failed build fails the apply; the next deploy, with no change, builds again and succeeds', async () => {
    const ws = new Workspace('lifecycle-failed', factoryStack('lifecycle-failed', {}), cliConfig);
    const cloud = await ws.startCloud();
    // Seen running once, then failed: a transient cause (a package mirror was down).
    cloud.script({ status: 'FAILED', message: 'apt-get: package mirror unreachable', buildingPolls: 1 });
    try {
      await ws.init();
      const failed = await ws.ok(['apply', '-no-color', '-input=false', '-auto-approve'], 1);
      // Terraform wraps the provisioner's output: compare with the line breaks folded.
      expect(failed.stderr.replace(/\s+/g, ' ')).toContain('apt-get: package mirror unreachable');
      const state = await ws.state();
      const [execution] = resourcesOf(state, 'alicloud_ecs_image_pipeline_execution');
      const [pipeline] = resourcesOf(state, 'alicloud_ecs_image_pipeline');
      expect(resourcesOf(state, 'terraform_data').map((r) => r.tainted)).toEqual([true]);
      expect(cloud.callsTo('StartImagePipelineExecution')).toEqual([]);

      // The next deploy: only the tainted waiter is replaced; the waiter starts a fresh build.
      const planned = changes(await ws.plan());
      expect(Object.entries(planned).map(([a, actions]) => [a.split('.')[0], actions])).toEqual([['terraform_data', 'delete,create']]);
      await ws.ok(['apply', '-no-color', '-input=false', 'tfplan']);
      const started = cloud.callsTo('StartImagePipelineExecution');
      expect(started.map((c) => c.params.ImagePipelineId)).toEqual([pipeline.values.id]);
      const rebuilt = [...cloud.executions.values()].find((e) => e.startedBy === 'api')!;
      expect(rebuilt.outcome.status).toBe('SUCCESS');
      const outputs = await ws.outputs();
      expect(outputs.Golden_image_id).toBe(rebuilt.imageId);
      expect(outputs.Golden_image_name).toBe(`golden_${rebuilt.executionId}`);
      // The execution in the state is still the failed one (the README says so).
      expect(outputs.Golden_execution_id).toBe(execution.values.id);
      await ws.planIsClean();
      expect(cloud.callsTo('StartImagePipelineExecution')).toHaveLength(1);
      await ws.destroy();
      summary.push(`  lifecycle 5 failed build: apply failed, next deploy rebuilt ${rebuilt.executionId} -> ${rebuilt.imageId}`);
    } finally {
      await ws.stop();
    }
  });

  test('5b. when the rebuild fails too, that deploy fails; each deploy starts at most one new build', async () => {
    const ws = new Workspace('lifecycle-failed-twice', factoryStack('lifecycle-failed-twice', {}), cliConfig);
    const cloud = await ws.startCloud();
    cloud.script(
      { status: 'FAILED', message: 'first build: disk full', buildingPolls: 1 },
      { status: 'FAILED', message: 'second build: disk full again', buildingPolls: 1 },
    );
    try {
      await ws.init();
      await ws.ok(['apply', '-no-color', '-input=false', '-auto-approve'], 1);
      const second = await ws.ok(['apply', '-no-color', '-input=false', '-auto-approve'], 1);
      expect(second.stderr.replace(/\s+/g, ' ')).toContain('second build: disk full again');
      expect(cloud.callsTo('StartImagePipelineExecution')).toHaveLength(1);
      await ws.apply();
      expect(cloud.callsTo('StartImagePipelineExecution')).toHaveLength(2);
      const last = [...cloud.executions.values()].at(-1)!;
      expect(last.outcome.status).toBe('SUCCESS');
      expect((await ws.outputs()).Golden_image_id).toBe(last.imageId);
      await ws.planIsClean();
      await ws.destroy();
      summary.push('  lifecycle 5b failed twice: two failed deploys, one new build each, the third deploy succeeded');
    } finally {
      await ws.stop();
    }
  });

  /** An ImagePipeline with an execution that waits, in an existing vSwitch. */
  function pipelineStack(name: string, failOnPartialSuccess: boolean): string {
    const outdir = synthDir(name, (app) => {
      const stack = new TerraformStack(app, 'pipeline');
      new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
      const pipeline = new ImagePipeline(stack, 'Pipeline', {
        baseImage: BaseImage.fromImageId('aliyun_3_x64_20G_alibase_20240819.vhd'),
        buildContent: BuildContent.create().addRun('yum update -y'),
        imageNamePrefix: 'pipe',
        instanceType: InstanceType.G7_LARGE,
        vswitchId: 'vsw-bp1existing0000000001',
      });
      pipeline.addExecution('Build', { waitForCompletion: true, waitOptions: { pollIntervalSeconds: 1, failOnPartialSuccess } });
    });
    return path.join(outdir, 'stacks', 'pipeline');
  }

  test.each([
    ['PARTITION_SUCCESS passes by default', false, { status: 'PARTITION_SUCCESS', message: 'copy to cn-beijing failed' }, 0],
    ['PARTITION_SUCCESS fails with failOnPartialSuccess', true, { status: 'PARTITION_SUCCESS', message: 'copy to cn-beijing failed' }, 1],
    ['FAILED fails the apply with the service message', false, { status: 'FAILED', message: 'The build command exited with 100', buildingPolls: 1 }, 1],
  ] as const)('ImagePipeline execution: %s', async (label, failOnPartialSuccess, outcome, exitCode) => {
    const ws = new Workspace(`pipeline-${outcome.status.toLowerCase()}-${failOnPartialSuccess}`, pipelineStack(`pipeline-${failOnPartialSuccess}`, failOnPartialSuccess), cliConfig);
    const cloud = await ws.startCloud();
    cloud.script(outcome);
    try {
      await ws.init();
      const r = await ws.ok(['apply', '-no-color', '-input=false', '-auto-approve'], exitCode);
      expect(cloud.polledExecutionIds()).toHaveLength(1);
      if (exitCode !== 0) expect((r.stderr + r.stdout).replace(/\s+/g, ' ')).toContain(outcome.message);
      summary.push(`  ImagePipeline ${label}: apply exit ${r.exitCode}`);
    } finally {
      await ws.stop();
    }
  });
});

e2e('the waiter never runs shell text from Terraform values', () => {
  const HOSTILE = ['x; touch owned #', '$(touch owned)', '`touch owned`', 'x && touch owned', "x' ; touch owned ; '"];
  const cases = ['execution_id', 'region', 'image_family'].flatMap((v) => HOSTILE.map((h) => [v, h] as const));

  function waiterStack(): string {
    const outdir = synthDir('hostile', (app) => {
      const stack = new TerraformStack(app, 'hostile');
      const variable = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
      new BuildWaiter(stack, 'Waiter', {
        executionId: variable('execution_id'), region: variable('region'), imageFamily: variable('image_family'), pollIntervalSeconds: 1, timeoutMinutes: 1,
      });
    });
    return path.join(outdir, 'stacks', 'hostile');
  }

  let stackDir = '';
  beforeAll(() => { if (!missing) stackDir = waiterStack(); });

  test('with plain values the waiter runs and succeeds', async () => {
    const ws = new Workspace('hostile-control', stackDir, cliConfig);
    const cloud = await ws.startCloud();
    cloud.adopt('exec-0123456789abcdef0123', 'ip-0123456789abcdef0123');
    try {
      await ws.init();
      await ws.apply('-var', 'execution_id=exec-0123456789abcdef0123', '-var', 'region=cn-hangzhou', '-var', 'image_family=golden-web');
      expect(cloud.polledExecutionIds()).toEqual(['exec-0123456789abcdef0123']);
      expect(cloud.callsTo('ModifyImageAttribute')[0].params).toMatchObject({ ImageFamily: 'golden-web', RegionId: 'cn-hangzhou' });
    } finally {
      await ws.stop();
    }
  });

  test.each(cases)('%s = %j is never run by a shell, and the apply fails', async (name, value) => {
    const ws = new Workspace(`hostile-${name}-${HOSTILE.indexOf(value)}`, stackDir, cliConfig);
    const cloud = await ws.startCloud();
    cloud.adopt('exec-0123456789abcdef0123', 'ip-0123456789abcdef0123');
    const values: Record<string, string> = { execution_id: 'exec-0123456789abcdef0123', region: 'cn-hangzhou', image_family: 'golden-web', [name]: value };
    try {
      await ws.init();
      const vars = Object.entries(values).flatMap(([k, v]) => ['-var', `${k}=${v}`]);
      const r = await ws.tf('apply', '-no-color', '-input=false', '-auto-approve', ...vars);
      expect(fs.existsSync(path.join(ws.dir, 'owned'))).toBe(false);
      expect(r.exitCode).not.toBe(0);
      // The waiter itself refused the value (exit 64), before any API call.
      expect(r.stderr).toMatch(/exit status 64/);
      expect(cloud.calls).toEqual([]);
    } finally {
      await ws.stop();
    }
  });
});

// nodeCommand is the interpreter's program path (argv[0]): with shell text it names no program, so nothing runs.
e2e('a node command from a Terraform variable is never run by a shell', () => {
  const HOSTILE = ['node; touch owned #', '$(touch owned)', '`touch owned`', 'node && touch owned', "node' ; touch owned ; '"];
  let stackDir = '';
  beforeAll(() => {
    if (missing) return;
    const outdir = synthDir('hostile-node', (app) => {
      const stack = new TerraformStack(app, 'hostile');
      const nodeCommand = new TerraformVariable(stack, 'node_command', { type: 'string' }).stringValue;
      new BuildWaiter(stack, 'Waiter', { executionId: 'exec-0123456789abcdef0123', region: 'cn-hangzhou', nodeCommand, pollIntervalSeconds: 1, timeoutMinutes: 1 });
    });
    stackDir = path.join(outdir, 'stacks', 'hostile');
  });

  test.each(HOSTILE)('node_command = %j runs nothing, and the apply fails', async (value) => {
    const ws = new Workspace(`hostile-node-${HOSTILE.indexOf(value)}`, stackDir, cliConfig);
    const cloud = await ws.startCloud();
    cloud.adopt('exec-0123456789abcdef0123', 'ip-0123456789abcdef0123');
    try {
      await ws.init();
      const r = await ws.tf('apply', '-no-color', '-input=false', '-auto-approve', '-var', `node_command=${value}`);
      expect(fs.existsSync(path.join(ws.dir, 'owned'))).toBe(false);
      expect(r.exitCode).not.toBe(0);
      // Terraform looked for a program with that whole name: no shell split it.
      expect(r.stderr.replace(/\s+/g, ' ')).toContain(`exec: ${JSON.stringify(value)}: executable file not found`);
      expect(cloud.calls).toEqual([]);
    } finally {
      await ws.stop();
    }
  });
});

e2e('a broken stack fails the harness', () => {
  let good: any;
  let goodDir = '';
  beforeAll(() => {
    if (missing) return;
    goodDir = factoryStack('broken-base', { rebuildToken: 'r1' });
    good = JSON.parse(fs.readFileSync(path.join(goodDir, 'cdk.tf.json'), 'utf-8'));
  });

  function only(doc: any, type: string): any {
    return Object.values(doc.resource[type])[0];
  }

  test.each([
    ['unknown attribute', (doc: any) => { only(doc, 'alicloud_ecs_image_pipeline').bogus_argument = 'x'; }, /No argument or block type is named "bogus_argument"/],
    ['wrong type', (doc: any) => { only(doc, 'alicloud_ecs_image_pipeline').system_disk_size = 'forty'; }, /Incorrect attribute value type|Invalid value|a number is required/],
    ['${...} in replace_triggered_by', (doc: any) => {
      const execution = only(doc, 'alicloud_ecs_image_pipeline_execution');
      execution.lifecycle.replace_triggered_by = execution.lifecycle.replace_triggered_by.map((a: string) => `\${${a}}`);
    }, /replace_triggered_by|Invalid expression|Invalid reference/],
    ['reference to a missing resource', (doc: any) => { only(doc, 'alicloud_ecs_image_pipeline').vswitch_id = '${alicloud_vswitch.missing.id}'; }, /Reference to undeclared resource/],
  ] as const)('%s', async (label, breakIt, message) => {
    const doc = JSON.parse(JSON.stringify(good));
    breakIt(doc);
    const dir = path.join(E2E_DIR, 'synth', `broken-${label.replace(/\W+/g, '-')}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(goodDir, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
    const ws = new Workspace(`broken-${label.replace(/\W+/g, '-')}`, dir, cliConfig);
    const init = await ws.tf('init', '-no-color', '-input=false');
    const checked = init.exitCode === 0 ? await ws.tf('validate', '-no-color') : init;
    expect(checked.exitCode).toBe(1);
    expect(checked.stdout + checked.stderr).toMatch(message);
    summary.push(`  broken stack (${label}): rejected by terraform ${init.exitCode === 0 ? 'validate' : 'init'}`);
  });
});

/** A factory that sets the built image's features and tags and retires its older images. */
function settingsStack(rebuildToken: string): string {
  const outdir = synthDir(`post-build-${rebuildToken}`, (app) => {
    const stack = new TerraformStack(app, 'factory');
    new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    new GoldenImageFactory(stack, 'Golden', {
      baseImage: BaseImage.fromImageId('ubuntu_22_04_x64_20G_alibase_20240926.vhd'),
      buildContent: BuildContent.create().addRun('echo settings'),
      imageNamePrefix: 'settings',
      rebuildToken,
      waitOptions: { pollIntervalSeconds: 1 },
      bootMode: BootMode.UEFI,
      nvmeSupport: NvmeSupport.SUPPORTED,
      imdsSupport: ImdsSupport.V2,
      imageTags: { team: 'platform' },
      retention: { keepLatest: 1, deprecateOlder: true },
      terraformOutputs: true,
    });
  });
  return path.join(outdir, 'stacks', 'factory');
}

e2e('post-build settings and retention under real Terraform', () => {
  let ws: Workspace;
  beforeAll(async () => {
    if (missing) return;
    ws = new Workspace('post-build-settings', settingsStack('r1'), cliConfig);
    await ws.startCloud();
    await ws.init();
  });
  afterAll(async () => ws?.stop());

  test('the waiter sets boot mode, NVMe, IMDSv2 and tags on the built image; a rebuild deprecates the older one', async () => {
    await ws.ok(['apply', '-no-color', '-input=false', '-auto-approve']);
    const first = await ws.outputs();
    const images = ws.cloud!.images.images;
    const built = images.find((i) => i.imageId === first.Golden_image_id)!;
    expect(built).toMatchObject({ bootMode: 'UEFI', nvmeSupport: 'supported', imdsSupport: 'v2', status: 'Available' });
    expect(built.tags.team).toBe('platform');
    expect(built.tags[GoldenImageFactory.FACTORY_TAG_KEY]).toBeDefined();
    await ws.planIsClean();

    ws.load(settingsStack('r2'));
    await ws.ok(['apply', '-no-color', '-input=false', '-auto-approve']);
    const second = await ws.outputs();
    expect(second.Golden_image_id).not.toBe(first.Golden_image_id);
    const byId = (id: string) => images.find((i) => i.imageId === id)!;
    expect(byId(second.Golden_image_id)).toMatchObject({ status: 'Available', nvmeSupport: 'supported', imdsSupport: 'v2' });
    expect(byId(first.Golden_image_id).status).toBe('Deprecated');
    expect(ws.cloud!.callsTo('DeleteImage')).toEqual([]);
    summary.push(`  post-build settings: ${first.Golden_image_id} deprecated after the rebuild, ${second.Golden_image_id} kept`);
  });
});
