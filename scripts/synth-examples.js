#!/usr/bin/env node
// Synthesizes the TypeScript examples in one process, each into <outdir>/<example>/ as its cdktf.json
// app would (build(app), then app.synth(), from the example's own folder), and writes
// <outdir>/summary.json: the stacks of each example and the framework packages that were loaded.
// The parity test runs it in this repository and in the cdktn twin (.twin, where
// scripts/build-twin.js has rewritten its imports), then compares the two.
//
// Usage: node scripts/synth-examples.js [outdir] [example ...]
//   outdir   default: cdktf.out/examples
//   example  default: every examples/<name> with a cdktf.json and a main.ts
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const EXAMPLES = path.join(ROOT, 'examples');

require('ts-node').register({ transpileOnly: true, project: path.join(EXAMPLES, 'tsconfig.json') });
const { App } = require('cdktf');

const [outArg, ...names] = process.argv.slice(2);
const outdir = path.resolve(outArg || path.join(ROOT, 'cdktf.out', 'examples'));
const known = fs.readdirSync(EXAMPLES)
  .filter((e) => fs.existsSync(path.join(EXAMPLES, e, 'cdktf.json')) && fs.existsSync(path.join(EXAMPLES, e, 'main.ts')))
  .sort();
const unknown = names.filter((n) => !known.includes(n));
if (unknown.length > 0) {
  console.error(`synth-examples: no TypeScript example ${unknown.join(', ')}; examples: ${known.join(', ')}`);
  process.exit(2);
}

const summary = { examples: {}, frameworks: [] };
const cwd = process.cwd();
for (const name of names.length > 0 ? names : known) {
  const dir = path.join(EXAMPLES, name);
  const out = path.join(outdir, name);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  // The default local backend keeps its state beside the app: synthesize from the example's folder.
  process.chdir(dir);
  try {
    const app = new App({ outdir: out });
    require(path.join(dir, 'main.ts')).build(app);
    app.synth();
  } finally {
    process.chdir(cwd);
  }
  summary.examples[name] = fs.readdirSync(path.join(out, 'stacks')).sort();
  console.log(`synthesized ${name}: ${summary.examples[name].join(', ')} -> ${out}`);
}

// Which cdktf/cdktn packages (and @cdktf/@cdktn scoped ones) this process loaded, by folder.
const FRAMEWORK = /^(.*[\\/]node_modules[\\/](?:cdktf|cdktn|@cdktf[\\/][^\\/]+|@cdktn[\\/][^\\/]+))[\\/]/;
summary.frameworks = [...new Set(Object.keys(require.cache).map((f) => (f.match(FRAMEWORK) || [])[1]).filter(Boolean))].sort();
fs.writeFileSync(path.join(outdir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
