/**
 * The README's complete TypeScript programs (the ```ts blocks that call app.synth()) type-check
 * against the library and synthesize stacks that pass the schema check, so the README stays true.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { expectValidAgainstSchema } from './util/schema-check';
import { ensureWaiterBundle } from './util/fake-ecs';

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = 'cdktf-alicloud-image-builder';

function programs(): Array<[string, string]> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const blocks = [...readme.matchAll(/^## (.*)$|```ts\n([\s\S]*?)```/gm)];
  let section = '';
  const out: Array<[string, string]> = [];
  for (const [, heading, code] of blocks) {
    if (heading) section = heading;
    else if (code.includes('app.synth()')) out.push([`${section} #${out.filter(([s]) => s.startsWith(section)).length + 1}`, code]);
  }
  return out;
}

beforeAll(() => ensureWaiterBundle());

test('the README has complete programs to check', () => {
  expect(programs().length).toBeGreaterThanOrEqual(5);
});

describe.each(programs())('README: %s', (_name, code) => {
  test('type-checks against the library', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-'));
    const file = path.join(dir, 'snippet.ts');
    fs.writeFileSync(file, code);
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true, skipLibCheck: true,
      baseUrl: ROOT, paths: { [PACKAGE]: ['lib/index.ts'], '*': ['node_modules/*', 'node_modules/@types/*'] },
      typeRoots: [path.join(ROOT, 'node_modules', '@types')], types: ['node'],
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  test('synthesizes stacks that pass the schema check', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-out-'));
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    const requireFromTests = createRequire(__filename);
    const load = (id: string) => requireFromTests(id === PACKAGE ? '../lib' : id);
    const previous = process.env.CDKTF_OUTDIR;
    process.env.CDKTF_OUTDIR = outdir;
    try {
      new Function('require', 'exports', js)(load, {});
    } finally {
      if (previous === undefined) delete process.env.CDKTF_OUTDIR; else process.env.CDKTF_OUTDIR = previous;
    }
    const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) {
      const text = fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf-8');
      expectValidAgainstSchema(text);
      expect(Object.keys(JSON.parse(text).resource ?? {}).length).toBeGreaterThan(0);
    }
  });
});
