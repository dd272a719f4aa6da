/**
 * scripts/build-twin.js rewrites this repository into the cdktn flavour. These tests check its
 * rewrite rules on samples and on every file of the repository, without building the twin (the
 * twin itself is built and compared by the `cdktn twin` step: test/twin/).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CDKTF_MODULE, TWIN_SOURCE_OF_RULES, scannable } from './util/twin';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const twin = require('../scripts/build-twin');

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8'));


describe('rewriteText', () => {
  test('renames cdktf as a module in every form TypeScript and jest use', () => {
    const source = [
      "import { App, TerraformStack } from 'cdktf';",
      "import * as cdktf from \"cdktf\";",
      "import 'cdktf/lib/testing/adapters/jest';",
      "import { Tokenization } from 'cdktf/lib/_tokens';",
      "const { Testing } = require('cdktf');",
      "const lazy = await import('cdktf');",
      "jest.mock('cdktf', () => jest.requireActual('cdktf'));",
      "const where = require.resolve('cdktf/package.json');",
      "import { alicloud } from 'cdktf-alicloud-image-builder';",
      "const { CodeMaker } = require('@cdktf/provider-generator');",
    ].join('\n');
    expect(twin.rewriteText('lib/x.ts', source)).toBe([
      "import { App, TerraformStack } from 'cdktn';",
      "import * as cdktf from \"cdktn\";",
      "import 'cdktn/lib/testing/adapters/jest';",
      "import { Tokenization } from 'cdktn/lib/_tokens';",
      "const { Testing } = require('cdktn');",
      "const lazy = await import('cdktn');",
      "jest.mock('cdktn', () => jest.requireActual('cdktn'));",
      "const where = require.resolve('cdktn/package.json');",
      "import { alicloud } from 'cdktn-alicloud-image-builder';",
      "const { CodeMaker } = require('@cdktn/provider-generator');",
    ].join('\n'));
  });

  test('keeps the runtime identities and cdktn\'s own cdktf names', () => {
    const source = [
      "tags: { ManagedBy: 'cdktf' },",
      "public static readonly FACTORY_TAG_KEY = 'cdktf-alicloud-image-builder:factory';",
      "const SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ImagePipeline');",
      "userAgent: 'cdktf-alicloud-image-builder-waiter',",
      "m.type === '@cdktf/warn'",
      "fs.existsSync(path.join(dir, 'cdktf.json')); process.env.CDKTF_OUTDIR; 'cdktf.out';",
      '// `cdktf deploy` prints them',
    ].join('\n');
    expect(twin.rewriteText('lib/x.ts', source)).toBe(source);
  });

  test('renames the Python module and Python imports of cdktf', () => {
    const source = [
      'import cdktf',
      'from cdktf import App, TerraformStack',
      'from cdktf_alicloud_image_builder import BaseImage, alicloud',
      'stack = TerraformStack(cdktf.Testing.app(), "x")',
      'tags={"ManagedBy": "cdktf"}',
      '# `cdktf deploy` waits; see cdktf.json',
    ].join('\n');
    expect(twin.rewriteText('examples/python/main.py', source)).toBe([
      'import cdktn',
      'from cdktn import App, TerraformStack',
      'from cdktn_alicloud_image_builder import BaseImage, alicloud',
      'stack = TerraformStack(cdktn.Testing.app(), "x")',
      'tags={"ManagedBy": "cdktf"}',
      '# `cdktf deploy` waits; see cdktf.json',
    ].join('\n'));
  });

  test('renames the Python submodule names in .jsiirc.json', () => {
    const jsiirc = fs.readFileSync(path.join(ROOT, '.jsiirc.json'), 'utf-8');
    expect(JSON.parse(twin.rewriteText('.jsiirc.json', jsiirc)).submoduleTargets.python.module)
      .toBe('cdktn_alicloud_image_builder.{namespace}');
  });

  test('leaves no cdktf module name in any file of the repository', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf-8' })
      .split('\n').filter((f) => /\.(ts|js|py|md|json)$/.test(f) && !['package.json', 'package-lock.json'].includes(f)
        && fs.existsSync(path.join(ROOT, f)));
    expect(files.length).toBeGreaterThan(50);
    const left = files.filter((f) => !TWIN_SOURCE_OF_RULES.includes(f)
      && CDKTF_MODULE.test(scannable(f, twin.rewriteText(f, fs.readFileSync(path.join(ROOT, f), 'utf-8')))));
    expect(left).toEqual([]);
  });
});

describe('twinPackageJson', () => {
  const twinPkg = twin.twinPackageJson(pkg);

  test('names the cdktn package, its peers and the Python module', () => {
    expect(twinPkg.name).toBe('cdktn-alicloud-image-builder');
    expect(twinPkg.peerDependencies).toEqual({ cdktn: '0.24.0', constructs: '>=10.6.0 <10.8.0' });
    expect(twinPkg.devDependencies.constructs).toBe('10.6.0');
    expect(twinPkg.devDependencies.cdktn).toBe('0.24.0');
    expect(twinPkg.jsii.targets.python).toEqual({ distName: 'cdktn-alicloud-image-builder', module: 'cdktn_alicloud_image_builder' });
  });

  test('depends on nothing named cdktf, and keeps what is framework-neutral', () => {
    const deps = { ...twinPkg.dependencies, ...twinPkg.devDependencies, ...twinPkg.peerDependencies };
    expect(Object.keys(deps).filter((d) => d.includes('cdktf'))).toEqual([]);
    expect(twinPkg.bin).toEqual(pkg.bin);
    expect(twinPkg.allowScripts).toEqual(pkg.allowScripts);
    expect(twinPkg.version).toBe(pkg.version);
    expect(twinPkg.files).toEqual(pkg.files);
  });

  test('leaves the cdktf package.json as it is', () => {
    expect(pkg.name).toBe('cdktf-alicloud-image-builder');
    expect(pkg.peerDependencies.cdktf).toBe('0.21.0');
  });

  test('the twin lockfile starts from ours, with the root entry made the twin\'s', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf-8'));
    const twinLock = twin.twinLockfile(lock, twinPkg);
    expect(twinLock.name).toBe('cdktn-alicloud-image-builder');
    expect(twinLock.packages[''].devDependencies).toEqual(twinPkg.devDependencies);
    expect(twinLock.packages[''].peerDependencies).toEqual(twinPkg.peerDependencies);
    expect(twinLock.packages['node_modules/jsii']).toEqual(lock.packages['node_modules/jsii']);
  });
});

describe('the twin README', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const twinReadme = twin.rewriteText('README.md', readme);
  const section = (text: string) => text.match(/\n## Two flavours[\s\S]*?(?=\n## )/)![0];

  test('names the cdktn package and points at the flavours section', () => {
    expect(twinReadme.startsWith('# cdktn-alicloud-image-builder\n')).toBe(true);
    expect(twinReadme).toContain('flavour of `cdktf-alicloud-image-builder`, built from the same source');
  });

  test('keeps the flavours section word for word (its migration steps name both)', () => {
    expect(section(twinReadme)).toBe(section(readme));
    expect(section(twinReadme)).toContain("`from 'cdktf'` -> `from 'cdktn'`");
  });

  test('rewrites the code elsewhere', () => {
    expect(twinReadme).toContain("from 'cdktn-alicloud-image-builder';");
    expect(twinReadme).toContain('from cdktn_alicloud_image_builder import alicloud');
    expect(twinReadme).not.toMatch(/^from cdktf import/m);
  });
});
