#!/usr/bin/env node
// Builds the CDK Terrain flavour of this package, `cdktn-alicloud-image-builder`, from the same
// source: copies every file of the working tree (what git tracks or would track, whatever the
// layout) into .twin/, rewrites the `cdktf` module names to `cdktn` and the package's own names
// (npm package, Python module), starts its lockfile from ours, installs and runs the jsii build
// there. Nothing in the repository itself changes; .twin/ is ignored by git.
//
// Usage: node scripts/build-twin.js [--no-build] [--out DIR]
//   --no-build   write and install only (no `npm run build` in the twin)
//   --out DIR    write the twin into DIR instead of .twin
//
// What is renamed, and what deliberately is not (so both flavours write the same Terraform and a
// user moving from one to the other sees no diff in `cdktf plan`):
//   renamed   `cdktf` -> `cdktn` as a module (import/require/jest.mock, deep paths such as
//             cdktf/lib/testing/adapters/jest, Python `import cdktf`/`from cdktf ...`), the npm package
//             cdktf-alicloud-image-builder -> cdktn-alicloud-image-builder, the Python module
//             cdktf_alicloud_image_builder -> cdktn_alicloud_image_builder (also in .jsiirc.json)
//   kept      runtime identities: the factory tag key `cdktf-alicloud-image-builder:factory`, the
//             Symbol.for(...) keys behind isXxx/isValidationError, the waiter's bin name and user agent
//             and the waiter bundle itself (byte-identical, so the asset hash is the same), and cdktn's
//             own cdktf names (cdktf.json, cdktf.out, CDKTF_OUTDIR, the @cdktf/warn metadata type)
// The twin's node_modules are kept between runs and reinstalled only when the install key (our
// lockfile + the twin's package.json) changes.
'use strict';

const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_OUT = path.join(ROOT, '.twin');

const CDKTN_VERSION = '0.24.0';
const CONSTRUCTS_RANGE = '>=10.6.0 <10.8.0';
const CONSTRUCTS_DEV = '10.6.0';

const NPM_NAME = 'cdktf-alicloud-image-builder';
const TWIN_NPM_NAME = 'cdktn-alicloud-image-builder';
const PY_MODULE = 'cdktf_alicloud_image_builder';
const TWIN_PY_MODULE = 'cdktn_alicloud_image_builder';

/** Files whose text is rewritten; everything else is copied as it is. */
const TEXT = /\.(ts|js|cjs|mjs|json|py|md|sh|cfg|toml|txt|snap)$/;
/** Never copied: the twin gets its own package.json, lockfile and node_modules. */
const SKIP = new Set(['package.json', 'package-lock.json']);

// A module specifier in JS/TS: import ... from 'x', import 'x', require('x'), import('x'),
// jest.mock('x'), jest.requireActual('x'), require.resolve('x').
const JS_MODULE = /(\bfrom\s+|\bimport\s+|\brequire\(\s*|\bimport\(\s*|\bjest\.(?:mock|requireActual|requireMock)\(\s*|\brequire\.resolve\(\s*)(['"`])(cdktf|@cdktf\/(?:provider-generator|commons)|cdktf-alicloud-image-builder)(\/[^'"`]*)?\2/g;
const JS_RENAMES = {
  'cdktf': 'cdktn',
  '@cdktf/provider-generator': '@cdktn/provider-generator',
  '@cdktf/commons': '@cdktn/commons',
  [NPM_NAME]: TWIN_NPM_NAME,
};

/** The README section that describes both flavours (kept word for word in the twin's README). */
const FLAVOURS_SECTION = /\n## Two flavours[\s\S]*?(?=\n## |$)/;

/** Rewrites one file's text for the twin. `file` is the path relative to the repository root. */
function rewriteText(file, text) {
  const kept = file === 'README.md' ? text.match(FLAVOURS_SECTION) : null;
  if (kept) {
    const [before, after] = [text.slice(0, kept.index), text.slice(kept.index + kept[0].length)];
    return rewriteText('README.md#before', before) + kept[0] + rewriteText('README.md#after', after);
  }
  let out = text.replace(JS_MODULE, (_m, lead, quote, name, rest) => `${lead}${quote}${JS_RENAMES[name]}${rest ?? ''}${quote}`);
  // The Python module (also in .jsiirc.json and the package's jsii targets) is renamed everywhere.
  out = out.split(PY_MODULE).join(TWIN_PY_MODULE);
  if (/\.(py|md)(#\w+)?$/.test(file)) {
    // Python imports of the framework, and attribute access on the imported module (cdktf.Testing).
    out = out.replace(/^(\s*)(from|import)\s+cdktf(?=[\s.])/gm, '$1$2 cdktn');
    out = out.replace(/\bcdktf\.(?=[A-Z])/g, 'cdktn.');
  }
  if (file === 'README.md' || file === 'README.md#before') {
    out = out.replace(/^# cdktf-alicloud-image-builder\n/, `# ${TWIN_NPM_NAME}\n\n`
      + `> The CDK Terrain (\`cdktn\` ${CDKTN_VERSION}) flavour of \`${NPM_NAME}\`, built from the same source: `
      + `the same API; where the text below names the \`cdktf\` framework, read \`cdktn\`. See "Two flavours: cdktf and cdktn".\n`);
  }
  return out;
}

/** The twin's package.json: our own, with the framework and the package's names swapped. */
function twinPackageJson(pkg) {
  const twin = JSON.parse(JSON.stringify(pkg));
  twin.name = TWIN_NPM_NAME;
  twin.description = pkg.description.replace(/\bCDKTF\b/, 'CDK Terrain (cdktn)');
  twin.keywords = pkg.keywords.map((k) => (k === 'cdktf' ? 'cdktn' : k));
  twin.peerDependencies = { ...pkg.peerDependencies, constructs: CONSTRUCTS_RANGE };
  delete twin.peerDependencies.cdktf;
  twin.peerDependencies.cdktn = CDKTN_VERSION;
  twin.devDependencies = { ...pkg.devDependencies, constructs: CONSTRUCTS_DEV };
  // The bindings are generated in the cdktf package and rewritten; the twin never runs the
  // generator, and @cdktf/provider-generator would bring cdktf back in through @cdktf/commons.
  delete twin.devDependencies.cdktf;
  delete twin.devDependencies['@cdktf/provider-generator'];
  twin.devDependencies.cdktn = CDKTN_VERSION;
  twin.devDependencies = Object.fromEntries(Object.entries(twin.devDependencies).sort(([a], [b]) => a.localeCompare(b)));
  twin.jsii.targets.python = { distName: TWIN_NPM_NAME, module: TWIN_PY_MODULE };
  return twin;
}

/** Our lockfile with its root entry made the twin's: `npm install` then changes only what differs. */
function twinLockfile(lock, twinPkg) {
  const twin = JSON.parse(JSON.stringify(lock));
  twin.name = twinPkg.name;
  const rootEntry = twin.packages[''];
  rootEntry.name = twinPkg.name;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    if (twinPkg[field]) rootEntry[field] = twinPkg[field];
  }
  return twin;
}

/** Every file of the working tree git tracks or would track (not ignored ones), whatever the layout. */
function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf-8' });
  return out.split('\0').filter((f) => f !== '' && fs.existsSync(path.join(ROOT, f)) && !SKIP.has(f));
}

function installKey(twinPkg, lockText) {
  return crypto.createHash('sha256').update(JSON.stringify(twinPkg)).update(lockText).digest('hex');
}

function log(message) {
  console.log(`build-twin: ${message}`);
}

function writeTwin(out) {
  // Everything but node_modules goes: files removed from the source must not linger in the twin.
  fs.mkdirSync(out, { recursive: true });
  for (const entry of fs.readdirSync(out)) {
    if (entry !== 'node_modules') fs.rmSync(path.join(out, entry), { recursive: true, force: true });
  }
  const files = sourceFiles();
  for (const file of files) {
    const from = path.join(ROOT, file);
    const to = path.join(out, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (TEXT.test(file) || path.basename(file) === '.jsiirc.json') {
      fs.writeFileSync(to, rewriteText(file, fs.readFileSync(from, 'utf-8')));
      fs.chmodSync(to, fs.statSync(from).mode);
    } else {
      fs.copyFileSync(from, to);
    }
  }
  const pkg = twinPackageJson(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8')));
  fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const lockText = fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf-8');
  fs.writeFileSync(path.join(out, 'package-lock.json'), JSON.stringify(twinLockfile(JSON.parse(lockText), pkg), null, 2) + '\n');
  log(`wrote ${files.length + 2} files into ${path.relative(ROOT, out) || out}`);
  return installKey(pkg, lockText);
}

function install(out, key) {
  const keyFile = path.join(out, 'node_modules', '.twin-install-key');
  const savedLock = path.join(out, 'node_modules', '.twin-package-lock.json');
  if (fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf-8') === key && fs.existsSync(savedLock)) {
    fs.copyFileSync(savedLock, path.join(out, 'package-lock.json'));
    log('node_modules up to date (same lockfile and package.json as last time)');
    return;
  }
  const started = Date.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: out, stdio: 'inherit' });
  fs.copyFileSync(path.join(out, 'package-lock.json'), savedLock);
  fs.writeFileSync(keyFile, key);
  log(`npm install took ${Math.round((Date.now() - started) / 1000)} s`);
}

function main() {
  const argv = process.argv.slice(2);
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? path.resolve(argv[outIndex + 1]) : DEFAULT_OUT;
  const started = Date.now();
  const key = writeTwin(out);
  install(out, key);
  if (!argv.includes('--no-build')) {
    execFileSync('npm', ['run', '--silent', 'build'], {
      cwd: out,
      stdio: 'inherit',
      env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: process.env.JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION ?? '20' },
    });
  }
  log(`${TWIN_NPM_NAME} ready in ${path.relative(ROOT, out) || out} (${Math.round((Date.now() - started) / 1000)} s)`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`build-twin: ${err.message}`);
    process.exit(1);
  }
}

module.exports = { rewriteText, twinPackageJson, twinLockfile, DEFAULT_OUT, TWIN_NPM_NAME, TWIN_PY_MODULE, CDKTN_VERSION };
