/**
 * lib/generated must be exactly what scripts/generate-bindings.js makes from the provider schemas: the
 * full ones in ../shared/provider-schemas when they are there, else the committed subsets in
 * test/schemas (which keep everything the generator reads; test/schema-subset.test.ts ties them to the
 * full ones).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FULL_SCHEMA_DIR, SUBSET_DIR } from './util/schema-check';

const ROOT = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'bindings.manifest.json'), 'utf-8'));

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return listFiles(full, base);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') || d.name === '.jsiirc.json' ? [path.relative(base, full)] : [];
  }).sort();
}

describe.each(Object.entries<any>(manifest.providers))('generated %s bindings', (namespace, entry) => {
  const fullPath = path.join(FULL_SCHEMA_DIR, entry.schemaFile);
  const schemaPath = fs.existsSync(fullPath) ? fullPath : path.join(SUBSET_DIR, entry.schemaFile);
  const source = schemaPath === fullPath ? 'the full schema' : 'the committed schema subset';
  test(`match a fresh generation from ${source} (no drift)`, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-bindings.js'), schemaPath, '--out', out], { stdio: 'pipe' });
      const committed = path.join(ROOT, 'lib', 'generated', namespace);
      const fresh = path.join(out, namespace);
      expect(listFiles(committed)).toEqual(listFiles(fresh));
      const changed = listFiles(fresh).filter((f) =>
        fs.readFileSync(path.join(fresh, f), 'utf-8') !== fs.readFileSync(path.join(committed, f), 'utf-8'));
      expect(changed).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('hold exactly the manifest resources and data sources, with descriptions stripped', () => {
    const dir = path.join(ROOT, 'lib', 'generated', namespace);
    const folders = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const prefix = `${namespace}_`;
    const expected = [
      'provider',
      ...entry.resources.map((r: string) => r.slice(prefix.length).replace(/_/g, '-')),
      ...entry.dataSources.map((d: string) => `data-${d.replace(/_/g, '-')}`),
    ].sort();
    expect(folders).toEqual(expected);
    expect(fs.existsSync(path.join(dir, 'lazy-index.ts'))).toBe(false);
  });
});

test('the generator refuses a schema whose provider is not in the manifest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
  const bogus = path.join(dir, 'other.json');
  fs.writeFileSync(bogus, JSON.stringify({ format_version: '1.0', provider_schemas: { 'registry.terraform.io/acme/other': {} } }));
  expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-bindings.js'), bogus, '--out', dir], { stdio: 'pipe' }))
    .toThrow(/no provider in scripts\/bindings.manifest.json has the source of registry.terraform.io\/acme\/other/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('no provider schema (or a slice of one) is tracked by git, in any file', () => {
  // The key every `terraform providers schema -json` document has, quoted as in JSON; built here so
  // that this file does not contain it.
  const key = JSON.stringify(['provider', 'schemas'].join('_'));
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf-8' }).split('\n').filter((f) => f !== '');
  const schemas = tracked.filter((f) => fs.existsSync(path.join(ROOT, f)) && fs.readFileSync(path.join(ROOT, f), 'utf-8').includes(key));
  expect(schemas).toEqual([]);
});

test('description text is stripped, attributes named description are kept', () => {
  const provider = fs.readFileSync(path.join(ROOT, 'lib', 'generated', 'alicloud', 'provider', 'index.ts'), 'utf-8');
  expect(provider).toContain('readonly region?: string;');
  expect(provider).not.toContain('The region where Alibaba Cloud operations will take place');
  const pipeline = fs.readFileSync(path.join(ROOT, 'lib', 'generated', 'alicloud', 'ecs-image-pipeline', 'index.ts'), 'utf-8');
  expect(pipeline).toContain('readonly description?: string;');
});
