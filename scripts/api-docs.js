#!/usr/bin/env node
// Writes API.md: jsii-docgen's page for the package root, then one section per hand-written jsii
// submodule (`apsara`, the Apsara Stack constructs). `-s root` alone leaves submodule types out,
// and a run without `-s` would also document every generated L1 binding.
//
// Usage: node scripts/api-docs.js [outfile]   (default: API.md)
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DOCGEN = path.join(ROOT, 'node_modules', '.bin', 'jsii-docgen');
const PACKAGE = require(path.join(ROOT, 'package.json')).name;
/** Hand-written submodules and the title of their section. */
const SUBMODULES = [['apsara', 'Apsara Stack constructs (`apsara`)']];

function docgen(submodule) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'api-docs-')), 'API.md');
  execFileSync(DOCGEN, ['-o', out, '-s', submodule], { cwd: ROOT, stdio: 'pipe' });
  return fs.readFileSync(out, 'utf-8');
}

/** Both flavours are built from this one source (scripts/build-twin.js), so one reference serves both. */
const FLAVOURS = [
  '> One reference for both flavours, built from the same source: `cdktf-alicloud-image-builder` on CDKTF',
  '> (peer `cdktf` 0.21.0, Python module `cdktf_alicloud_image_builder`) and `cdktn-alicloud-image-builder` on',
  '> CDK Terrain (peer `cdktn` 0.24.0, Python module `cdktn_alicloud_image_builder`). Types, members and defaults',
  '> are the same; only the framework package they are used with differs (README, "Two flavours").',
  '',
].join('\n');

/** What every construct below guarantees, which no single member's doc says (README has the details). */
const GUARANTEES = [
  '> **Literal strings.** Every string you pass to a construct (descriptions, names, tags, ids, user data,',
  '> build content, rebuild tokens) reaches Terraform exactly as written: a literal `${` or `%{` is escaped,',
  '> tokens inside your strings stay live references. Escape hatches (`addOverride`, the L1 `resource`) are',
  '> not escaped. **Runtime checks.** Props from JavaScript or Python are checked when a construct is created',
  '> (required props, enums and enum-like classes, list, map and struct elements, byte limits); a wrong value',
  '> is a `ValidationError` naming the construct path, property, rule and value. **Security checks.**',
  '> `SecurityChecks.apply(stack)` reports rules AIB-SEC-001..008 as annotations (README, "Security checks").',
  '',
].join('\n');

const parts = [docgen('root').replace(/^(# API Reference .*\n)/, `$1\n${FLAVOURS}\n${GUARANTEES}\n`)];
for (const [name, title] of SUBMODULES) {
  const text = docgen(`${PACKAGE}.${name}`)
    // One page: the submodule's top heading becomes a section, its section anchors get a prefix.
    .replace(/^# API Reference <a name="API Reference" id="api-reference"><\/a>/m, `# ${title} <a name="${name}" id="${name}"></a>`)
    .replace(/^## (\w+) <a name="(\w+)" id="(\w+)"><\/a>/gm, `## $1 <a name="${name}.$2" id="${name}.$3"></a>`);
  parts.push(text);
}
fs.writeFileSync(path.resolve(process.argv[2] || path.join(ROOT, 'API.md')), parts.join('\n'));
