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
  alicloud, BaseImage, BuildContent, BuildWaiter, GoldenImageFactory, ImagePipeline, ImagePipelineExecution, InstanceType,
} from '../../lib';
import { ensureWaiterBundle } from '../util/fake-ecs';
import { imageIdForName } from './fake-cloud';
import { changes, E2E_DIR, installProvider, missingTools, Workspace } from './harness';

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

function stacksOf(outdir: string): Array<[string, string]> {
  const stacks = path.join(outdir, 'stacks');
  return fs.readdirSync(stacks).sort().map((s) => [s, path.join(stacks, s)]);
}

/** init, validate, plan, apply, a clean second plan, destroy; returns the workspace for more checks. */
async function fullCycle(name: string, stackDir: string): Promise<{ ws: Workspace; outputs: Record<string, any> }> {
  const t0 = Date.now();
  const ws = new Workspace(name, stackDir, cliConfig);
  await ws.startCloud();
  try {
    await ws.init();
    await ws.validate();
    const plan = await ws.plan();
    const created = Object.values(changes(plan)).filter((a) => a === 'create').length;
    expect(created).toBeGreaterThan(0);
    await ws.ok(['apply', '-no-color', '-input=false', 'tfplan']);
    const outputs = await ws.outputs();
    await ws.planIsClean();
    await ws.destroy();
    const state = await ws.state();
    expect(state.values?.root_module?.resources ?? []).toEqual([]);
    summary.push(`  ${name}: ${created} created, second plan clean, destroyed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return { ws, outputs };
  } finally {
    await ws.stop();
  }
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
    }
  });

  const pythonExamples = fs.readdirSync(EXAMPLES).filter((name) => fs.existsSync(path.join(EXAMPLES, name, 'main.py'))).sort();
  const synthesized = pythonExamples.filter((name) => fs.existsSync(path.join(PYTHON_SYNTH, name, 'stacks')));
  test('Python examples were synthesized by the Python step (or are run there)', () => {
    expect(pythonExamples.length).toBeGreaterThan(0);
    if (synthesized.length < pythonExamples.length) {
      console.log(`Python examples not synthesized in ${PYTHON_SYNTH} (${pythonExamples.filter((n) => !synthesized.includes(n)).join(', ')}): scripts/test-python.sh runs them after it built the wheel`);
    }
  });
  for (const name of synthesized) {
    test(`Python example ${name}`, async () => {
      for (const [stack, dir] of stacksOf(path.join(PYTHON_SYNTH, name))) await fullCycle(`python-${name}-${stack}`, dir);
    });
  }
});
