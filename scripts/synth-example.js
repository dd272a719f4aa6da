#!/usr/bin/env node
// Synthesizes one example the way `cdktf synth` does (its cdktf.json `app` command with
// CDKTF_OUTDIR set) and prints where each stack's cdk.tf.json went.
// Usage: node scripts/synth-example.js <example-name> [outdir]
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const name = process.argv[2];
const examples = path.resolve(__dirname, '..', 'examples');
const dir = path.join(examples, name || '');
if (!name || !fs.existsSync(path.join(dir, 'cdktf.json'))) {
  const known = fs.readdirSync(examples).filter((e) => fs.existsSync(path.join(examples, e, 'cdktf.json')));
  console.error(`usage: synth-example.js <example> [outdir]; examples: ${known.join(', ')}`);
  process.exit(2);
}
const outdir = path.resolve(process.argv[3] || path.join(dir, 'cdktf.out'));
const { app } = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf-8'));
fs.rmSync(outdir, { recursive: true, force: true });
execSync(app, { cwd: dir, stdio: 'inherit', env: { ...process.env, CDKTF_OUTDIR: outdir } });
const stacks = path.join(outdir, 'stacks');
for (const stack of fs.readdirSync(stacks).sort()) {
  const file = path.join(stacks, stack, 'cdk.tf.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf-8'));
  const count = Object.values(doc.resource || {}).reduce((n, r) => n + Object.keys(r).length, 0);
  console.log(`synthesized ${name} stack "${stack}" (${count} resources): ${file}`);
}
