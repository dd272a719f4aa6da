/**
 * Runs real Terraform over synthesized stacks against the fake provider (fake-provider/, built here
 * with `go build`) and the fake ECS endpoint (fake-cloud.ts). Everything stays on this machine:
 * providers come from a filesystem mirror (no registry), the waiter talks to 127.0.0.1.
 *
 * Usable on any synthesized stack directory (a `cdk.tf.json` and its `assets/`), e.g. the output of
 * the cdktn flavour: `new Workspace(name, stackDir)`.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { FAKE_ACCESS_KEY_ID, FAKE_ACCESS_KEY_SECRET, FakeCloud, JournalEntry, readJournal } from './fake-cloud';

const REPO = path.resolve(__dirname, '..', '..');
export const PROVIDER_SOURCE = path.join(__dirname, 'fake-provider');
/** Logs, mirror, CLI config and workspaces; `.e2e/` is git-ignored. */
export const E2E_DIR = process.env.CDKTF_E2E_DIR ?? path.join(REPO, '.e2e');

/** The providers the library pins (required_providers in every synthesized stack). */
export const PROVIDERS = [
  { name: 'alicloud', version: '1.247.0' },
  { name: 'alibabacloudstack', version: '3.18.5' },
];

/**
 * The schemas the fake provider serves: $FAKE_PROVIDER_SCHEMA_DIR, else the committed subsets in
 * test/schemas, else the full schemas beside the repository cut down to the types in
 * scripts/bindings.manifest.json (written once into .e2e/schemas). Every provider start parses its
 * schema, and a full alicloud schema makes each Terraform command seconds slower.
 */
export function schemaDir(): string {
  const has = (d: string | undefined): d is string => !!d && PROVIDERS.every((p) => fs.existsSync(path.join(d, `${p.name}-${p.version}.json`)));
  if (process.env.FAKE_PROVIDER_SCHEMA_DIR) {
    if (!has(process.env.FAKE_PROVIDER_SCHEMA_DIR)) throw new Error(`FAKE_PROVIDER_SCHEMA_DIR=${process.env.FAKE_PROVIDER_SCHEMA_DIR} lacks ${PROVIDERS.map((p) => `${p.name}-${p.version}.json`).join(' or ')}`);
    return process.env.FAKE_PROVIDER_SCHEMA_DIR;
  }
  const subsets = path.join(REPO, 'test', 'schemas');
  if (has(subsets)) return subsets;
  const full = path.resolve(REPO, '..', 'shared', 'provider-schemas');
  if (!has(full)) throw new Error(`no provider schemas for the fake provider: set FAKE_PROVIDER_SCHEMA_DIR, or add ${subsets}`);
  const cut = path.join(E2E_DIR, 'schemas');
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'scripts', 'bindings.manifest.json'), 'utf-8')).providers;
  for (const p of PROVIDERS) {
    const source = path.join(full, `${p.name}-${p.version}.json`);
    const target = path.join(cut, `${p.name}-${p.version}.json`);
    if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(source).mtimeMs) continue;
    // The full document's top-level key, spelled in two parts so that no tracked file holds it.
    const all = JSON.parse(fs.readFileSync(source, 'utf-8'))[['provider', 'schemas'].join('_')];
    const providers: Record<string, any> = {};
    for (const [address, schema] of Object.entries<any>(all)) {
      const wanted = manifest[p.name] ?? {};
      const pick = (kind: Record<string, any>, names: string[] = []) => Object.fromEntries(names.filter((n) => kind[n]).map((n) => [n, kind[n]]));
      providers[address] = {
        provider: schema.provider,
        resource_schemas: pick(schema.resource_schemas, wanted.resources),
        data_source_schemas: pick(schema.data_source_schemas, wanted.dataSources),
      };
    }
    fs.mkdirSync(cut, { recursive: true });
    fs.writeFileSync(target, JSON.stringify({ providers }));
  }
  return cut;
}

function onPath(command: string): boolean {
  return spawnSync(command, ['version'], { stdio: 'ignore' }).status === 0;
}

const TOOL_VERSIONS: Record<string, string> = { terraform: 'Terraform >= 1.5', go: 'Go >= 1.25' };

/**
 * What is missing to run the end-to-end tests (`terraform`, `go`; or the given tools for `what`), or
 * undefined. Under CI=true a missing tool throws, so the suite fails instead of skipping.
 */
export function missingTools(tools: string[] = ['terraform', 'go'], what = 'end-to-end Terraform tests'): string | undefined {
  const missing = tools.filter((c) => !onPath(c));
  if (missing.length === 0) return undefined;
  const line = `${what} skipped: ${missing.join(' and ')} not found on PATH (install ${missing.map((c) => TOOL_VERSIONS[c]).join(' and ')} to run them)`;
  if (process.env.CI === 'true') throw new Error(line.replace('skipped', 'cannot run under CI=true'));
  return line;
}

function newestMtime(dir: string): number {
  return Math.max(...fs.readdirSync(dir).filter((f) => /\.(go|mod|sum)$/.test(f) && !f.endsWith('_test.go')).map((f) => fs.statSync(path.join(dir, f)).mtimeMs));
}

/** The environment `go` runs the fake provider's build and tests in: the local toolchain, modules as go.mod says. */
export const GO_ENV = { GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', CGO_ENABLED: '0' };

/**
 * Builds the fake provider (when its sources changed) and installs it under both provider
 * addresses in a filesystem mirror; returns the CLI config file to use as TF_CLI_CONFIG_FILE.
 */
export function installProvider(): string {
  const bin = path.join(E2E_DIR, 'bin', 'terraform-provider-fake');
  fs.mkdirSync(path.dirname(bin), { recursive: true });
  if (!fs.existsSync(bin) || fs.statSync(bin).mtimeMs < newestMtime(PROVIDER_SOURCE)) {
    const built = spawnSync('go', ['build', '-o', bin, '.'], {
      cwd: PROVIDER_SOURCE, encoding: 'utf-8', env: { ...process.env, ...GO_ENV },
    });
    if (built.status !== 0) throw new Error(`go build of the fake provider failed:\n${built.stderr}`);
  }
  const mirror = path.join(E2E_DIR, 'mirror');
  for (const p of PROVIDERS) {
    const dir = path.join(mirror, 'registry.terraform.io', 'aliyun', p.name, p.version, 'linux_amd64');
    const target = path.join(dir, `terraform-provider-${p.name}_v${p.version}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(target, { force: true });
    fs.copyFileSync(bin, target);
    fs.chmodSync(target, 0o755);
  }
  const config = path.join(E2E_DIR, 'terraform.rc');
  // No `direct` block: a provider missing from the mirror is an init error, never a download.
  fs.writeFileSync(config, [
    'disable_checkpoint = true',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror)}`,
    '    include = ["registry.terraform.io/aliyun/*"]',
    '  }',
    '}',
    '',
  ].join('\n'));
  return config;
}

export interface TfResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A Terraform working directory over one synthesized stack, with its own log, journal and fake cloud. */
export class Workspace {
  readonly dir: string;
  readonly log: string;
  readonly journal: string;
  cloud?: FakeCloud;

  constructor(readonly name: string, stackDir: string, private readonly cliConfig: string, private readonly extraEnv: Record<string, string> = {}) {
    this.dir = path.join(E2E_DIR, 'work', name);
    this.log = path.join(E2E_DIR, 'logs', `${name}.log`);
    this.journal = path.join(this.dir, '.fake-cloud-journal');
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(this.log), { recursive: true });
    fs.writeFileSync(this.log, '');
    this.load(stackDir);
  }

  /** Replaces the configuration (cdk.tf.json and assets) with another synthesized stack; state stays. */
  load(stackDir: string): void {
    fs.mkdirSync(this.dir, { recursive: true });
    fs.rmSync(path.join(this.dir, 'assets'), { recursive: true, force: true });
    for (const entry of fs.readdirSync(stackDir)) {
      if (entry === 'assets') fs.cpSync(path.join(stackDir, entry), path.join(this.dir, entry), { recursive: true });
    }
    // cdktf's default backend keeps state beside the app (an absolute path): keep it in the workspace.
    const doc = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf-8'));
    const backend = doc.terraform?.backend;
    if (backend && Object.keys(backend).some((b) => b !== 'local')) throw new Error(`${stackDir}: the harness runs local state only, not ${Object.keys(backend)}`);
    if (backend) backend.local = { path: 'terraform.tfstate' };
    fs.writeFileSync(path.join(this.dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
  }

  async startCloud(): Promise<FakeCloud> {
    this.cloud = await FakeCloud.start(this.journal);
    return this.cloud;
  }

  async stop(): Promise<void> {
    await this.cloud?.stop();
  }

  /** Runs terraform asynchronously (the fake cloud answers from this process), output to the log. */
  tf(...args: string[]): Promise<TfResult> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? E2E_DIR,
      TF_CLI_CONFIG_FILE: this.cliConfig,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      FAKE_PROVIDER_SCHEMA_DIR: schemaDir(),
      FAKE_PROVIDER_JOURNAL: this.journal,
      FAKE_PROVIDER_IMAGES: this.cloud?.imagesFile ?? '',
      ALIBABA_CLOUD_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: FAKE_ACCESS_KEY_SECRET,
      // The waiter's endpoint; with no fake cloud started, a closed port, so nothing leaves the machine.
      CDKTF_ALICLOUD_ECS_ENDPOINT: this.cloud?.endpoint ?? 'http://127.0.0.1:9',
      NO_PROXY: '127.0.0.1',
      ...this.extraEnv,
    };
    fs.appendFileSync(this.log, `\n$ terraform ${args.join(' ')}\n`);
    return new Promise((resolve, reject) => {
      const child = spawn('terraform', [...args], { cwd: this.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; fs.appendFileSync(this.log, d); });
      child.stderr.on('data', (d) => { stderr += d; fs.appendFileSync(this.log, d); });
      child.on('error', reject);
      child.on('close', (exitCode) => {
        fs.appendFileSync(this.log, `[exit ${exitCode}]\n`);
        resolve({ exitCode, stdout, stderr });
      });
    });
  }

  /** Runs terraform and fails with the command's output when it exits with another code. */
  async ok(args: string[], expected = 0): Promise<TfResult> {
    const r = await this.tf(...args);
    if (r.exitCode !== expected) {
      throw new Error(`terraform ${args.join(' ')} in ${this.name} exited ${r.exitCode} (expected ${expected}); log ${this.log}\n${tail(r.stdout + r.stderr)}`);
    }
    return r;
  }

  init(): Promise<TfResult> { return this.ok(['init', '-no-color', '-input=false']); }
  validate(): Promise<TfResult> { return this.ok(['validate', '-no-color']); }
  apply(...vars: string[]): Promise<TfResult> { return this.ok(['apply', '-no-color', '-input=false', '-auto-approve', ...vars]); }
  destroy(...vars: string[]): Promise<TfResult> { return this.ok(['destroy', '-no-color', '-input=false', '-auto-approve', ...vars]); }

  /** `terraform plan -out`, then the plan as JSON (`terraform show -json`). */
  async plan(...vars: string[]): Promise<PlanJson> {
    await this.ok(['plan', '-no-color', '-input=false', '-out=tfplan', ...vars]);
    return JSON.parse((await this.ok(['show', '-json', 'tfplan'])).stdout);
  }

  /** A second plan must report no changes: `-detailed-exitcode` exits 0. */
  async planIsClean(...vars: string[]): Promise<TfResult> {
    return this.ok(['plan', '-no-color', '-input=false', '-detailed-exitcode', ...vars], 0);
  }

  async state(): Promise<any> {
    return JSON.parse((await this.ok(['show', '-json'])).stdout);
  }

  async outputs(): Promise<Record<string, any>> {
    const out = JSON.parse((await this.ok(['output', '-json'])).stdout);
    return Object.fromEntries(Object.entries(out).map(([k, v]: [string, any]) => [k, v.value]));
  }

  /** What the fake provider created, updated and deleted, in order. */
  journalEntries(): JournalEntry[] {
    return readJournal(this.journal);
  }
}

export interface CycleResult {
  readonly ws: Workspace;
  /** Resources the first plan creates. */
  readonly created: number;
  /** Outputs after the apply. */
  readonly outputs: Record<string, any>;
  /** Resources still in the state after destroy (none, when all went well). */
  readonly remaining: any[];
  /** One line: what ran and how long it took. */
  readonly summary: string;
}

/**
 * init, validate, plan, apply, a second plan that must be clean (`-detailed-exitcode` 0), destroy,
 * with a fake cloud answering the waiter (every build succeeds). Throws with the command's output
 * when a step fails.
 */
export async function deployCycle(name: string, stackDir: string, cliConfig: string): Promise<CycleResult> {
  const t0 = Date.now();
  const ws = new Workspace(name, stackDir, cliConfig);
  await ws.startCloud();
  try {
    await ws.init();
    await ws.validate();
    const created = Object.values(changes(await ws.plan())).filter((a) => a === 'create').length;
    await ws.ok(['apply', '-no-color', '-input=false', 'tfplan']);
    const outputs = await ws.outputs();
    await ws.planIsClean();
    await ws.destroy();
    const remaining = (await ws.state()).values?.root_module?.resources ?? [];
    const summary = `${name}: ${created} created, second plan clean, destroyed (${((Date.now() - t0) / 1000).toFixed(1)} s)`;
    return { ws, created, outputs, remaining, summary };
  } finally {
    await ws.stop();
  }
}

export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly change: { readonly actions: string[]; readonly before: any; readonly after: any; readonly replace_paths?: any[] };
  readonly action_reason?: string;
}

export interface PlanJson {
  readonly resource_changes?: ResourceChange[];
  readonly output_changes?: Record<string, { actions: string[] }>;
}

/** Address -> actions of every resource that changes (no-ops and reads left out). */
export function changes(plan: PlanJson): Record<string, string> {
  return Object.fromEntries((plan.resource_changes ?? [])
    .filter((c) => !c.change.actions.every((a) => a === 'no-op' || a === 'read'))
    .map((c) => [c.address, c.change.actions.join(',')]));
}

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}
