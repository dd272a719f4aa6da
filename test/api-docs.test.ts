/** API.md is what jsii-docgen makes from the current assembly (`npm run build && npm run docs`), submodule `apsara` included. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

test('API.md is up to date', () => {
  expect(fs.existsSync(path.join(ROOT, '.jsii'))).toBe(true);
  const assemblyTime = fs.statSync(path.join(ROOT, '.jsii')).mtimeMs;
  const newestSource = Math.max(...listTs(path.join(ROOT, 'lib')).map((f) => fs.statSync(f).mtimeMs));
  expect({ assemblyOlderThanSources: assemblyTime < newestSource }).toEqual({ assemblyOlderThanSources: false });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docgen-')), 'API.md');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'api-docs.js'), out], { cwd: ROOT, stdio: 'pipe' });
  const fresh = fs.readFileSync(out, 'utf-8');
  const committed = fs.readFileSync(path.join(ROOT, 'API.md'), 'utf-8');
  if (fresh !== committed) {
    throw new Error('API.md is stale: run `npm run build && npm run docs` and commit the result');
  }
  expect(committed).toContain('# API Reference');
  // The Apsara Stack submodule is documented too (jsii-docgen -s root leaves submodules out).
  expect(committed).toContain('id="cdktf-alicloud-image-builder.apsara.Image"');
  expect(committed).toContain('id="cdktf-alicloud-image-builder.apsara.SecurityGroup"');
});

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return listTs(full);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [full] : [];
  });
}
