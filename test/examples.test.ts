/**
 * Every example synthesizes, twice: through its exported build() (fast, in-process) and through the
 * `app` command of its cdktf.json with CDKTF_OUTDIR set (what `cdktf synth` runs). Each stack passes
 * the provider schema check.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { expectValidAgainstSchema } from './util/schema-check';

const EXAMPLES = path.resolve(__dirname, '..', 'examples');
export const typescriptExamples = fs.readdirSync(EXAMPLES)
  .filter((name) => fs.existsSync(path.join(EXAMPLES, name, 'cdktf.json')) && fs.existsSync(path.join(EXAMPLES, name, 'main.ts')))
  .sort();

function stackFiles(outdir: string): Record<string, string> {
  const stacks = path.join(outdir, 'stacks');
  return Object.fromEntries(fs.readdirSync(stacks).map((s) => [s, fs.readFileSync(path.join(stacks, s, 'cdk.tf.json'), 'utf-8')]));
}

test('there are examples to check', () => {
  expect(typescriptExamples).toContain('l1-image-pipeline');
});

describe.each(typescriptExamples)('example %s', (name) => {
  const dir = path.join(EXAMPLES, name);

  test('build() synthesizes stacks that pass the schema check', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `ex-${name}-`));
    const app = new App({ outdir });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(dir, 'main.ts')).build(app);
    app.synth();
    const stacks = stackFiles(outdir);
    expect(Object.keys(stacks).length).toBeGreaterThan(0);
    for (const text of Object.values(stacks)) expectValidAgainstSchema(text);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('the cdktf.json app command writes cdk.tf.json into CDKTF_OUTDIR', () => {
    const config = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf-8'));
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `ex-${name}-app-`));
    execSync(config.app, { cwd: dir, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: 'pipe' });
    const stacks = stackFiles(outdir);
    expect(Object.keys(stacks).length).toBeGreaterThan(0);
    for (const text of Object.values(stacks)) expectValidAgainstSchema(text);
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
