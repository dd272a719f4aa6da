#!/usr/bin/env node
// The synth benchmark of issue 19, run with plain node (`npm run bench`; `npm run bench -- --quick`
// for a short run while developing). Every measurement is a fresh process (bench/workload.js);
// L2 and L1 runs alternate. Prints a table and the goals as pass/fail, writes bench/results.json.
// Needs a built library (`npm run build`); the full run rebuilds it to time jsii.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const skipBuild = quick || process.argv.includes('--no-build');
const SIZES = quick ? [10, 100, 300] : [10, 100, 1000, 5000];
const REPS = quick ? 2 : 3;
const REQUIRE_REPS = quick ? 10 : 30;
const WORKLOADS = ['factory-wait', 'factory-nowait', 'pipeline'];
// The waiting L1 floor runs `terraform version` twice per unit (cdktf's DataResource check): at
// N=1000 one run takes minutes, at N=5000 it alone would exceed the time budget. Fewer repetitions
// there, and none at 5000 (reported as skipped, never estimated).
const L1_WAIT_REPS = (n) => (n >= 5000 ? 0 : n >= 300 ? 1 : REPS);
const GOALS = { ratioAt1000: 1.10, perUnitGrowth: 1.3, rssRatio: 1.20, requireRatio: 1.3, totalMinutes: 15 };

const env = { ...process.env, CHECKPOINT_DISABLE: '1', JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' };
if (!env.TF_CLI_CONFIG_FILE) {
  env.TF_CLI_CONFIG_FILE = path.join(os.tmpdir(), 'bench-empty.tfrc');
  fs.writeFileSync(env.TF_CLI_CONFIG_FILE, '');
}
const started = Date.now();
const machine = {
  date: new Date().toISOString(),
  nproc: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  mode: quick ? 'quick' : 'full',
};
const log = (line) => process.stderr.write(`${line}\n`);

const build = skipBuild ? undefined : timeBuild();
if (!fs.existsSync(path.join(root, 'lib', 'index.js'))) {
  console.error('lib/index.js is missing: run "npm run build" first');
  process.exit(2);
}
const synth = runSynth();
const coldRequire = runColdRequire();
const pack = packSize();
machine.loadAverageAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
const totalMinutes = (Date.now() - started) / 60000;
const goals = evaluate();
const results = { machine, sizes: SIZES, repetitions: REPS, synth, coldRequire, build, pack, totalMinutes, goals };
fs.writeFileSync(path.join(__dirname, quick ? 'results.quick.json' : 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
printTables();
process.exit(goals.every((g) => g.pass !== false) ? 0 : 1);

function timeBuild() {
  log('jsii build (npm run build) ...');
  const t = Date.now();
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return { seconds: (Date.now() - t) / 1000 };
}

function measure(workload, variant, n) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'workload.js'), workload, variant, String(n)], { cwd: root, env, encoding: 'utf-8' });
  if (r.status !== 0) throw new Error(`workload ${workload} ${variant} ${n} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function runSynth() {
  const rows = [];
  for (const n of SIZES) {
    for (const workload of WORKLOADS) {
      const runs = { l2: [], l1: [] };
      const l1Reps = workload === 'factory-wait' ? Math.min(REPS, L1_WAIT_REPS(n)) : REPS;
      for (let rep = 0; rep < REPS; rep++) {
        // Alternate which variant goes first, so a slow phase of a busy machine hits both.
        const order = rep % 2 === 0 ? ['l2', 'l1'] : ['l1', 'l2'];
        for (const variant of order) {
          if (variant === 'l1' && rep >= l1Reps) continue;
          const m = measure(workload, variant, n);
          runs[variant].push(m);
          log(`  ${workload} ${variant} N=${n} rep ${rep + 1}: ${m.synthMs.toFixed(0)} ms, ${m.peakRssMb.toFixed(0)} MB`);
        }
      }
      rows.push({ workload, n, l2: summarize(runs.l2), l1: summarize(runs.l1), l1Skipped: runs.l1.length === 0 ? 'the floor runs 2 terraform processes per unit; too slow for the time budget' : undefined });
    }
  }
  return rows;
}

function summarize(runs) {
  if (runs.length === 0) return undefined;
  const times = runs.map((r) => r.synthMs);
  const rss = runs.map((r) => r.peakRssMb);
  const cpu = runs.map((r) => r.cpuMs);
  return {
    runs: runs.length,
    minMs: Math.min(...times),
    medianMs: median(times),
    minCpuMs: Math.min(...cpu),
    peakRssMb: median(rss),
    resources: runs[0].resources,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runColdRequire() {
  // The time `require` takes in a fresh process, cdktf alone vs the library (which loads cdktf).
  const script = (target) => `const t = process.hrtime.bigint(); require(${JSON.stringify(target)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const samples = { cdktf: [], library: [] };
  for (let i = 0; i < REQUIRE_REPS; i++) {
    const order = i % 2 === 0 ? ['cdktf', 'library'] : ['library', 'cdktf'];
    for (const which of order) {
      const target = which === 'cdktf' ? 'cdktf' : root;
      const out = execFileSync(process.execPath, ['-e', script(target)], { cwd: root, env, encoding: 'utf-8' });
      samples[which].push(Number(out.trim()));
    }
  }
  const stat = (v) => ({ minMs: Math.min(...v), medianMs: median(v) });
  return { repetitions: REQUIRE_REPS, cdktf: stat(samples.cdktf), library: stat(samples.library) };
}

function packSize() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, env, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out);
  return { tarballBytes: info.size, unpackedBytes: info.unpackedSize, files: info.entryCount };
}

function evaluate() {
  const goals = [];
  const row = (workload, n) => synth.find((r) => r.workload === workload && r.n === n);
  const atN = SIZES.includes(1000) ? 1000 : SIZES[SIZES.length - 1];
  for (const workload of WORKLOADS) {
    const r = row(workload, atN);
    const ratio = r?.l1 ? r.l2.minMs / r.l1.minMs : undefined;
    goals.push({
      goal: `${workload}: L2/L1 synth time at N=${atN} <= ${GOALS.ratioAt1000}`,
      value: ratio, medianRatio: r?.l1 ? r.l2.medianMs / r.l1.medianMs : undefined, cpuRatio: r?.l1 ? r.l2.minCpuMs / r.l1.minCpuMs : undefined,
      pass: ratio === undefined ? undefined : ratio <= GOALS.ratioAt1000,
    });
  }
  const big = SIZES[SIZES.length - 1];
  for (const workload of WORKLOADS) {
    const small = row(workload, 100);
    const large = row(workload, big);
    const growth = (large.l2.minMs / big) / (small.l2.minMs / 100);
    goals.push({ goal: `${workload}: L2 per-unit time at N=${big} within ${GOALS.perUnitGrowth}x of N=100`, value: growth, pass: growth <= GOALS.perUnitGrowth });
  }
  const rssRatios = synth.filter((r) => r.l1 && r.n >= 100).map((r) => r.l2.peakRssMb / r.l1.peakRssMb);
  const worstRss = Math.max(...rssRatios);
  goals.push({ goal: `peak RSS L2/L1 <= ${GOALS.rssRatio} (worst over N >= 100)`, value: worstRss, pass: worstRss <= GOALS.rssRatio });
  const req = coldRequire.library.minMs / coldRequire.cdktf.minMs;
  goals.push({
    goal: `cold require: library <= ${GOALS.requireRatio}x require('cdktf')`,
    value: req, medianRatio: coldRequire.library.medianMs / coldRequire.cdktf.medianMs, pass: req <= GOALS.requireRatio,
  });
  goals.push({
    goal: `bench runs in < ${GOALS.totalMinutes} minutes`, value: totalMinutes,
    pass: quick ? undefined : totalMinutes < GOALS.totalMinutes,
  });
  return goals;
}

function printTables() {
  const f = (v, d = 0) => (v === undefined ? '-' : v.toFixed(d));
  const lines = [];
  lines.push(`machine: ${machine.nproc} cores (${machine.cpu}), node ${machine.node}, load ${machine.loadAverageAtStart.join('/')} -> ${machine.loadAverageAtEnd.join('/')}, ${machine.date}, ${machine.mode}`);
  lines.push('');
  lines.push('| workload | N | L2 min ms | L2 median ms | L1 min ms | L1 median ms | L2/L1 (min) | L2/L1 (median) | L2/L1 (CPU, min) | L2 ms/unit | L1 ms/unit | RSS L2 MB | RSS L1 MB | RSS ratio |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of synth) {
    const l1 = r.l1;
    lines.push(`| ${r.workload} | ${r.n} | ${f(r.l2.minMs)} | ${f(r.l2.medianMs)} | ${f(l1?.minMs)} | ${f(l1?.medianMs)} | `
      + `${l1 ? f(r.l2.minMs / l1.minMs, 2) : 'skipped'} | ${l1 ? f(r.l2.medianMs / l1.medianMs, 2) : '-'} | ${l1 ? f(r.l2.minCpuMs / l1.minCpuMs, 2) : '-'} | ${f(r.l2.minMs / r.n, 2)} | ${f(l1 ? l1.minMs / r.n : undefined, 2)} | `
      + `${f(r.l2.peakRssMb)} | ${f(l1?.peakRssMb)} | ${l1 ? f(r.l2.peakRssMb / l1.peakRssMb, 2) : '-'} |`);
  }
  lines.push('');
  lines.push(`cold require (${coldRequire.repetitions} fresh processes each): cdktf min ${f(coldRequire.cdktf.minMs, 1)} ms / median ${f(coldRequire.cdktf.medianMs, 1)} ms; `
    + `library min ${f(coldRequire.library.minMs, 1)} ms / median ${f(coldRequire.library.medianMs, 1)} ms`);
  lines.push(`jsii build: ${build ? `${build.seconds.toFixed(1)} s` : 'not run (--quick/--no-build)'}; packed tarball ${(pack.tarballBytes / 1024).toFixed(0)} KiB (${(pack.unpackedBytes / 1024).toFixed(0)} KiB unpacked, ${pack.files} files)`);
  lines.push(`bench time: ${totalMinutes.toFixed(1)} min`);
  lines.push('');
  lines.push('| goal | value | result |');
  lines.push('|---|---|---|');
  for (const g of goals) {
    const value = g.value === undefined ? '-' : `${g.value.toFixed(2)}${g.medianRatio !== undefined ? ` (median ${g.medianRatio.toFixed(2)})` : ''}${g.cpuRatio !== undefined ? ` (CPU ${g.cpuRatio.toFixed(2)})` : ''}`;
    lines.push(`| ${g.goal} | ${value} | ${g.pass === undefined ? 'n/a' : g.pass ? 'PASS' : 'FAIL'} |`);
  }
  console.log(lines.join('\n'));
}
