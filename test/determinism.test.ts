/**
 * The same app synthesizes byte-identical output in separate processes, whatever the working
 * directory, time zone and locale. The one value that must differ is cdktf's default local state
 * path (an absolute path below the working directory when the stack configures no backend): it is
 * checked to be exactly that, then the whole outdirs (cdk.tf.json, manifest.json with the security
 * annotations, assets) are compared byte for byte.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureWaiterBundle } from './util/fake-ecs';

const CHILD = path.join(__dirname, 'util', 'synth-examples-child.js');
const EXAMPLES_DIR = path.resolve(__dirname, '..', 'examples');
/** Every TypeScript example, in one app per process. */
const EXAMPLES = fs.readdirSync(EXAMPLES_DIR)
  .filter((name) => fs.existsSync(path.join(EXAMPLES_DIR, name, 'main.ts')) && fs.existsSync(path.join(EXAMPLES_DIR, name, 'cdktf.json')))
  .sort();

const RUNS = [
  { name: 'utc-c', cwd: 'work-a', locale: 'en-US', env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } },
  { name: 'shanghai-zh', cwd: 'work-b/nested dir', locale: 'zh-CN', env: { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' } },
  { name: 'los-angeles-tr', cwd: 'work-c', locale: 'tr-TR', env: { TZ: 'America/Los_Angeles', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', LC_COLLATE: 'tr_TR.UTF-8' } },
];

/** Every file below `dir`, by path relative to it, in a fixed order. */
function filesOf(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child); else out[child] = fs.readFileSync(path.join(dir, child));
    }
  };
  walk('');
  return out;
}

let base: string;
beforeAll(() => {
  ensureWaiterBundle();
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'determinism-'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

test('examples synthesize byte-identical output across processes, working directories, time zones and locales', () => {
  const outputs = RUNS.map((run) => {
    const cwd = path.join(base, run.cwd);
    const outdir = path.join(base, `out-${run.name}`);
    fs.mkdirSync(cwd, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, ...run.env };
    delete env.CDKTF_OUTDIR;
    const seen = JSON.parse(execFileSync(process.execPath, [CHILD, outdir, ...EXAMPLES], { cwd, env, stdio: 'pipe' }).toString('utf-8'));
    expect(seen).toMatchObject({ cwd, timeZone: run.env.TZ, locale: run.locale });
    const files = filesOf(outdir);
    const stackFiles = Object.keys(files).filter((f) => /^stacks\/[^/]+\/cdk\.tf\.json$/.test(f));
    expect(stackFiles.length).toBeGreaterThanOrEqual(EXAMPLES.length);
    for (const file of stackFiles) {
      const stack = file.split('/')[1];
      const statePath = path.join(cwd, `terraform.${stack}.tfstate`);
      const text = files[file].toString('utf-8');
      // cdktf's default backend: local state next to where synth ran. Must differ, so it is pinned here.
      expect(JSON.parse(text).terraform.backend).toEqual({ local: { path: statePath } });
      files[file] = Buffer.from(text.split(JSON.stringify(statePath)).join('"<local state>"'));
    }
    return { run: run.name, files };
  });

  const [first, ...others] = outputs;
  expect(EXAMPLES).toEqual(expect.arrayContaining(['golden-image-factory', 'apsara-stack']));
  const manifest = JSON.parse(first.files['manifest.json'].toString('utf-8'));
  // The factory's public build bandwidth is a warning of the rule pack: annotations are compared too.
  expect(manifest.stacks['golden-image-factory'].annotations.map((a: any) => a.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^AIB-SEC-005 .*: internet_max_bandwidth_out is 10 Mbit\/s/)]));
  for (const other of others) {
    expect(Object.keys(other.files)).toEqual(Object.keys(first.files));
    for (const [file, bytes] of Object.entries(first.files)) {
      // Compared as text first for a readable diff, then as bytes.
      expect(`${other.run}: ${file}\n${other.files[file].toString('utf-8')}`).toEqual(`${other.run}: ${file}\n${bytes.toString('utf-8')}`);
      expect(Buffer.compare(other.files[file], bytes)).toBe(0);
    }
  }
});
