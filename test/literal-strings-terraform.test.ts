/**
 * Oracle: Terraform's own evaluation. Every string (and map key) that `literalValue()` escapes, with
 * and without embedded tokens, is given to a `terraform_data` input; after `terraform apply` its
 * output must equal the original text with each token replaced by the token's value.
 * One terraform run for all values. Skipped (with a note) when terraform is missing, unless CI=true.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, DataResource, Fn, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { literalValue } from '../lib/private/template-escape';

const SEED = 20261203;
const RUNS = 250;

const hasTerraform = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
if (!hasTerraform && process.env.CI !== 'true') {
  // eslint-disable-next-line no-console
  console.log('literal-strings-terraform: terraform not on PATH, oracle test skipped');
}
const maybe = hasTerraform || process.env.CI === 'true' ? describe : describe.skip;

/** Placeholders replaced by tokens in the stack and by the tokens' values in the expectation. */
const TOKENS: Record<string, { value: string }> = {
  '<A>': { value: 'alpha' },
  '<B>': { value: '${not} %{evaluated} $$' }, // a variable's value is never re-read as a template
  '<U>': { value: 'ALPHA' }, // Fn.upper(var.a): a function call token
};

const FIXED = [
  'a ${foo}', 'a %{ if true }x%{ endif }', '$${x}', '%%{x}', '$$${x}', '${', '%{', '$', '%', '$$', '}', '{',
  'echo ${<A>}', 'echo $${<A>}', 'echo $<A>', 'echo $$<A>', 'echo $$$<A>x', 'echo %<A>', 'echo %%{<A>}', '100%%<A>', '%%%<A>', '%{<A>}', '$${a}<A>', '$${a<A>}',
  '${"<A>"}', '<A>${', '<A>$', '<A>}', '}<A>{', '${<A><B>}', '$<A>$<B>$', 'x\ny\r\nz', 'tab\there', 'nul\u0000x',
  '"quoted" \\ back', '<<EOT\n${x}\nEOT', 'ünïcödé 中文 ${中}', '😀${😀}', '', ' ', '${TfToken[TOKEN.999999]}',
];

/** Strings dense in template syntax, tokens, quotes, escapes, control and non-ASCII characters. */
const pieceArb = fc.oneof(
  fc.constantFrom('$', '$', '%', '{', '}', '${', '%{', '$${', '%%{', '"', '\\', '\n', '\r\n', '\t', '\u0000', '<<EOT', 'EOT'),
  fc.constantFrom('<A>', '<B>', '<U>'),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const textArb = fc.array(pieceArb, { maxLength: 12 }).map((parts) => parts.join(''));

maybe('literal strings evaluated by Terraform', () => {
  test(`every escaped string evaluates back to its text (fast-check seed ${SEED}, ${RUNS} samples)`, () => {
    const generated = fc.sample(textArb, { seed: SEED, numRuns: RUNS });
    const texts = [...FIXED, ...generated];

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'literal-oracle-'));
    try {
      const app = new App({ outdir: dir });
      const stack = new TerraformStack(app, 'oracle');
      // cdktf's default local backend writes its state into the process's cwd (the repo): keep it in dir.
      new LocalBackend(stack, { path: path.join(dir, 'oracle.tfstate') });
      const a = new TerraformVariable(stack, 'a', { type: 'string', default: TOKENS['<A>'].value });
      const b = new TerraformVariable(stack, 'b', { type: 'string', default: TOKENS['<B>'].value });
      const tokenFor: Record<string, string> = { '<A>': a.stringValue, '<B>': b.stringValue, '<U>': Fn.upper(a.stringValue) };
      const withTokens = (t: string) => t.replace(/<[ABU]>/g, (p) => tokenFor[p]);
      const expected = (t: string) => t.replace(/<[ABU]>/g, (p) => TOKENS[p].value);

      const input = literalValue({
        list: texts.map(withTokens),
        // Map keys are templates too; a numbered prefix keeps them distinct after evaluation.
        map: Object.fromEntries(texts.map((t, i) => [`${i}:${withTokens(t)}`, withTokens(t)])),
      });
      const data = new DataResource(stack, 'Data', { input });
      new TerraformOutput(stack, 'out', { value: data.output });
      app.synth();

      const workdir = path.join(dir, 'stacks', 'oracle');
      const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'empty.tfrc') };
      fs.writeFileSync(env.TF_CLI_CONFIG_FILE, '');
      const tf = (...args: string[]) => execFileSync('terraform', args, { cwd: workdir, env, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
      tf('init', '-input=false', '-no-color');
      tf('apply', '-auto-approve', '-input=false', '-no-color');
      const out = JSON.parse(tf('output', '-json', '-no-color', 'out'));

      const failures: string[] = [];
      texts.forEach((t, i) => {
        if (out.list[i] !== expected(t)) failures.push(`list: ${JSON.stringify(t)} -> ${JSON.stringify(out.list[i])}`);
      });
      const expectedMap = Object.fromEntries(texts.map((t, i) => [`${i}:${expected(t)}`, expected(t)]));
      for (const [key, value] of Object.entries(expectedMap)) {
        if (out.map[key] !== value) failures.push(`map key ${JSON.stringify(key)} -> ${JSON.stringify(out.map[key])}`);
      }
      if (failures.length > 0) {
        throw new Error(`fast-check seed ${SEED}: ${failures.length} strings did not survive Terraform:\n${failures.slice(0, 20).join('\n')}`);
      }
      expect(out.list).toHaveLength(texts.length);
      expect(Object.keys(out.map)).toHaveLength(texts.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
