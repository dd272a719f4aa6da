/**
 * The cdktn flavour (built into .twin by scripts/build-twin.js) is the same library: every example
 * synthesizes to the same Terraform JSON under cdktf and cdktn, ignoring only the framework version
 * in the stack metadata and the checkout folder in the local state path; both pass the schema
 * check; and nothing in the twin resolves a cdktf module.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deployCycle, installProvider, missingTools } from '../terraform/harness';
import { expectValidAgainstSchema } from '../util/schema-check';
import { CDKTF_MODULE, ROOT, TWIN, TWIN_SOURCE_OF_RULES, scannable } from '../util/twin';

const flavours = {
  cdktf: { root: ROOT, version: '0.21.0', out: '' },
  cdktn: { root: TWIN, version: '0.24.0', out: '' },
};
type Flavour = keyof typeof flavours;

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  }).sort();
}

function read(flavour: Flavour, file: string): string {
  return fs.readFileSync(path.join(flavours[flavour].out, file), 'utf-8');
}

/** The stack as the other flavour would write it: checkout folder and framework version taken out. */
function normalized(flavour: Flavour, file: string): any {
  const doc = JSON.parse(read(flavour, file).split(flavours[flavour].root).join('<checkout>'));
  expect(doc['//'].metadata.version).toBe(flavours[flavour].version);
  delete doc['//'].metadata.version;
  return doc;
}

const examples = fs.readdirSync(path.join(ROOT, 'examples'))
  .filter((e) => fs.existsSync(path.join(ROOT, 'examples', e, 'cdktf.json')) && fs.existsSync(path.join(ROOT, 'examples', e, 'main.ts')))
  .sort();

beforeAll(() => {
  if (!fs.existsSync(path.join(TWIN, '.jsii'))) {
    throw new Error(`no cdktn build in ${TWIN}: run "npm run build:cdktn" first (scripts/test-all.sh does)`);
  }
  for (const [name, flavour] of Object.entries(flavours)) {
    flavour.out = fs.mkdtempSync(path.join(os.tmpdir(), `parity-${name}-`));
    execFileSync(process.execPath, [path.join(flavour.root, 'scripts', 'synth-examples.js'), flavour.out], { cwd: flavour.root, stdio: 'pipe' });
  }
});

afterAll(() => {
  for (const flavour of Object.values(flavours)) if (flavour.out) fs.rmSync(flavour.out, { recursive: true, force: true });
});

describe('the cdktn twin', () => {
  const twinPkg = () => JSON.parse(fs.readFileSync(path.join(TWIN, 'package.json'), 'utf-8'));
  const assembly = () => JSON.parse(fs.readFileSync(path.join(TWIN, '.jsii'), 'utf-8'));

  test('is the cdktn-alicloud-image-builder package with cdktn peers', () => {
    const pkg = twinPkg();
    expect(pkg.name).toBe('cdktn-alicloud-image-builder');
    expect(pkg.peerDependencies).toEqual({ cdktn: '0.24.0', constructs: '>=10.6.0 <10.8.0' });
  });

  test('its jsii assembly depends on cdktn and constructs only; every Python module is cdktn_alicloud_image_builder', () => {
    const jsii = assembly();
    expect(jsii.name).toBe('cdktn-alicloud-image-builder');
    expect(jsii.dependencies).toEqual({ cdktn: '0.24.0', constructs: '>=10.6.0 <10.8.0' });
    expect(Object.keys(jsii.dependencyClosure ?? {}).sort()).toEqual(['cdktn', 'constructs']);
    expect(jsii.targets.python).toEqual({ distName: 'cdktn-alicloud-image-builder', module: 'cdktn_alicloud_image_builder' });
    // The provider namespaces carry their own Python module names (from .jsiirc.json); deeper ones inherit.
    const pythonModules = Object.values<any>(jsii.submodules ?? {}).map((s) => s.targets?.python?.module).filter(Boolean).sort();
    expect(pythonModules).toEqual(expect.arrayContaining(['cdktn_alicloud_image_builder.alibabacloudstack', 'cdktn_alicloud_image_builder.alicloud']));
    expect(pythonModules.filter((m) => !m.startsWith('cdktn_alicloud_image_builder.'))).toEqual([]);
    // The README (embedded as `readme`) names both flavours on purpose; nothing else may name the cdktf module.
    expect(JSON.stringify({ ...jsii, readme: undefined })).not.toContain('cdktf_alicloud_image_builder');
  });

  test('names no cdktf module in any file, compiled output included', () => {
    const files = listFiles(TWIN).filter((f) => !/^(node_modules|dist|\.venv|cdktf\.out)\//.test(f)
      && /\.(ts|js|py|json|md)$/.test(f) && !TWIN_SOURCE_OF_RULES.includes(f));
    expect(files).toContain('lib/index.js');
    const left = files.filter((f) => CDKTF_MODULE.test(scannable(f, fs.readFileSync(path.join(TWIN, f), 'utf-8'))));
    expect(left).toEqual([]);
  });

  test('has no cdktf package installed (nothing could satisfy a missed import from its own node_modules)', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(TWIN, 'package-lock.json'), 'utf-8'));
    const cdktfPackages = Object.keys(lock.packages).filter((p) => /(^|\/)node_modules\/(cdktf|@cdktf\/[^/]+)$/.test(p));
    expect(cdktfPackages).toEqual([]);
    expect(fs.existsSync(path.join(TWIN, 'node_modules', 'cdktf'))).toBe(false);
    expect(fs.existsSync(path.join(TWIN, 'node_modules', '@cdktf'))).toBe(false);
    expect(lock.packages['node_modules/cdktn'].version).toBe('0.24.0');
  });

  test('synthesizing loads cdktn only in the twin and cdktf only here', () => {
    const frameworks = (flavour: Flavour) => JSON.parse(read(flavour, 'summary.json')).frameworks;
    expect(frameworks('cdktn')).toEqual([path.join(TWIN, 'node_modules', 'cdktn')]);
    expect(frameworks('cdktf')).toEqual([path.join(ROOT, 'node_modules', 'cdktf')]);
  });

  test('the waiter bundle is byte-identical (same asset hash in both flavours)', () => {
    const bundle = path.join('assets', 'waiter', 'waiter.js');
    expect(fs.readFileSync(path.join(TWIN, bundle)).equals(fs.readFileSync(path.join(ROOT, bundle)))).toBe(true);
  });
});

test('every example is synthesized in both flavours', () => {
  expect(examples).toContain('golden-image-factory');
  for (const flavour of Object.keys(flavours) as Flavour[]) {
    expect(Object.keys(JSON.parse(read(flavour, 'summary.json')).examples)).toEqual(examples);
  }
});

describe.each(examples)('example %s', (name) => {
  const stackFiles = (flavour: Flavour) => listFiles(path.join(flavours[flavour].out, name)).filter((f) => f.endsWith('cdk.tf.json'));

  test('writes the same stacks and assets under cdktf and cdktn', () => {
    const all = (flavour: Flavour) => listFiles(path.join(flavours[flavour].out, name)).filter((f) => f !== 'manifest.json');
    expect(all('cdktn')).toEqual(all('cdktf'));
    expect(stackFiles('cdktf').length).toBeGreaterThan(0);
    for (const asset of all('cdktf').filter((f) => f.includes('/assets/'))) {
      expect([asset, read('cdktn', path.join(name, asset)) === read('cdktf', path.join(name, asset))]).toEqual([asset, true]);
    }
  });

  test('synthesizes the same JSON under cdktf and cdktn (but for the framework version and checkout folder)', () => {
    for (const file of stackFiles('cdktf')) {
      expect(normalized('cdktn', path.join(name, file))).toEqual(normalized('cdktf', path.join(name, file)));
    }
  });

  test('passes the schema check in both flavours', () => {
    for (const flavour of Object.keys(flavours) as Flavour[]) {
      for (const file of stackFiles(flavour)) expectValidAgainstSchema(read(flavour, path.join(name, file)));
    }
  });
});

// The fake-cloud harness (test/terraform) deploys what the cdktn flavour synthesized, waiter included.
test('the golden-image-factory example built with cdktn deploys under real Terraform', async () => {
  const missing = missingTools();
  if (missing) {
    console.log(missing);
    return;
  }
  const stackDir = path.join(flavours.cdktn.out, 'golden-image-factory', 'stacks', 'golden-image-factory');
  const result = await deployCycle('cdktn-golden-image-factory', stackDir, installProvider());
  expect(result.created).toBeGreaterThan(0);
  expect(result.remaining).toEqual([]);
  const built = [...result.ws.cloud!.executions.values()].map((e) => e.imageId);
  expect(built.length).toBe(1);
  const imageIds = Object.entries(result.outputs).filter(([key]) => key.endsWith('_image_id')).map(([, value]) => value);
  expect(imageIds.length).toBeGreaterThan(0);
  for (const id of imageIds) expect(built).toContain(id);
});
