#!/usr/bin/env node
// Runs after jsii (npm run build): rewrites each compiled lib/generated/<provider>/index.js so its
// namespaces (one per resource) load on first use instead of all at `require`. The generated
// bindings are most of what the library adds to a cold `require` (issue 19); cdktf's prebuilt
// providers ship the same lazy index (`cdktf get` writes it as lazy-index.ts). jsii reads the types
// from index.ts (`export * as x from './x'`), which stays as generated; only the .js changes.
'use strict';
const fs = require('fs');
const path = require('path');

const generated = path.resolve(__dirname, '..', 'lib', 'generated');
const EXPORT = /^export \* as (\w+) from '\.\/([\w-]+)';$/;

for (const provider of fs.readdirSync(generated, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const dir = path.join(generated, provider.name);
  const source = fs.readFileSync(path.join(dir, 'index.ts'), 'utf-8').split('\n');
  const exported = source.map((line) => EXPORT.exec(line.trim())).filter(Boolean);
  const other = source.filter((line) => line.trim() !== '' && !line.startsWith('//') && !EXPORT.test(line.trim()));
  if (other.length > 0 || exported.length === 0) {
    throw new Error(`${dir}/index.ts has lines other than "export * as x from './x'": ${other.join(' | ') || '(no exports)'}`);
  }
  const lines = [
    '"use strict";',
    '// Written by scripts/lazy-bindings.js from index.ts: each namespace is required on first use.',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    ...exported.map(([, name, file]) => {
      if (!fs.existsSync(path.join(dir, file, 'index.js'))) throw new Error(`${dir}/${file}/index.js is missing: run jsii first`);
      return `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: function () { return require(${JSON.stringify(`./${file}`)}); } });`;
    }),
    '',
  ];
  fs.writeFileSync(path.join(dir, 'index.js'), lines.join('\n'));
  console.log(`lazy index: lib/generated/${provider.name}/index.js (${exported.length} namespaces)`);
}

// The `apsara` submodule the same way: an app on Alibaba Cloud never loads the Apsara Stack
// constructs (about a third of the library's own require time). jsii compiles
// `export * as apsara from './apsara-stack'` into the one line below; anything else is an error, so
// a different compiler output cannot silently skip this.
const indexJs = path.resolve(__dirname, '..', 'lib', 'index.js');
const EAGER = 'exports.apsara = __importStar(require("./apsara-stack"));';
const LAZY = 'Object.defineProperty(exports, "apsara", { enumerable: true, configurable: true, get: function () { return __importStar(require("./apsara-stack")); } });';
const compiled = fs.readFileSync(indexJs, 'utf-8');
if (!compiled.includes(LAZY)) {
  if (!compiled.includes(EAGER)) throw new Error(`lib/index.js has no line ${EAGER}: update scripts/lazy-bindings.js`);
  fs.writeFileSync(indexJs, compiled.replace(EAGER, LAZY));
}
console.log('lazy submodule: lib/index.js (apsara)');
