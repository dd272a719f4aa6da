/**
 * Command line and environment of `wait-execution`, validated up front (exit 64 on bad input).
 *
 * Every option is a row of WAIT_OPTIONS: a flag for manual use and an environment variable for
 * BuildWaiter's `local-exec`, which runs the waiter with the fixed argument `--from-env` and passes
 * every value through the provisioner's `environment`, so that no value is ever parsed by a shell.
 * Values are validated here whichever way they came.
 */
import { ExitCode, WaiterExit } from './exit-codes';
import { IMAGE_SETTING_OPTIONS, ImageSettings, parseImageSettings } from './post-build';

export interface WaitOptions {
  readonly executionId: string;
  /**
   * The execution's pipeline (`ip-...`). With it, an execution that has already failed when the
   * waiter first looks is built again: the waiter starts a fresh execution of the pipeline.
   */
  readonly pipelineId?: string;
  readonly regionId: string;
  readonly timeoutMs: number;
  readonly pollIntervalMs: number;
  /** host[:port], without scheme. */
  readonly endpoint?: string;
  /** 'HTTP' or 'HTTPS'; HTTP only when the endpoint says http://. */
  readonly protocol: string;
  readonly failOnPartialSuccess: boolean;
  /** Image family to put the built image into (ModifyImageAttribute) once the build has succeeded. */
  readonly imageFamily?: string;
  /** Boot mode, NVMe/IMDS support, tags and copy regions applied after the build (post-build.ts). */
  readonly imageSettings?: ImageSettings;
}

/**
 * Image family names (ModifyImageAttribute's ImageFamily): 2-128 characters, a letter first, then
 * letters, digits and `: . _ -`, not starting with `acs:` or `aliyun` (IMAGE_BUILDER_FACTS §4).
 */
export const IMAGE_FAMILY_PATTERN = /^(?!acs:|aliyun)[a-zA-Z][a-zA-Z0-9:._-]{1,127}$/;
export const EXECUTION_ID_PATTERN = /^exec-[A-Za-z0-9]+$/;
export const PIPELINE_ID_PATTERN = /^ip-[A-Za-z0-9]+$/;
export const REGION_ID_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** Environment variable that overrides the ECS endpoint (for tests, VPC endpoints or proxies); read with or without --from-env. */
export const ENDPOINT_ENV = 'CDKTF_ALICLOUD_ECS_ENDPOINT';
/** Region variables, first found wins: the SDK's own, then the Terraform provider's. */
export const REGION_ENVS = ['ALIBABA_CLOUD_REGION_ID', 'ALICLOUD_REGION'];
/** The one argument BuildWaiter's provisioner passes: every option comes from its environment variable. */
export const FROM_ENV_FLAG = '--from-env';

export const DEFAULT_TIMEOUT_MINUTES = 60;
export const DEFAULT_POLL_SECONDS = 15;

/** One option of `wait-execution`. */
export interface OptionSpec {
  /** `--execution-id`. */
  readonly flag: string;
  /** The variable read instead of the flag with `--from-env`. */
  readonly env: string;
  /** Placeholder of the value in --help; absent for a boolean flag (`true`/`false` in the environment). */
  readonly value?: string;
  /** --help text; further lines are indented by the table. */
  readonly help: string;
}

/** Every option, in --help order. Add a row here (and read it in parseWaitOptions) for a new option. */
export const WAIT_OPTIONS: readonly OptionSpec[] = [
  { flag: '--execution-id', env: 'CDKTF_ALICLOUD_WAIT_EXECUTION_ID', value: 'ID', help: 'the execution to wait for, exec-... (required)' },
  {
    flag: '--pipeline-id', env: 'CDKTF_ALICLOUD_WAIT_PIPELINE_ID', value: 'ID',
    help: 'its pipeline, ip-...; if the execution has already failed when the waiter\nfirst looks, start a fresh execution of the pipeline and wait for that one',
  },
  { flag: '--region', env: 'CDKTF_ALICLOUD_WAIT_REGION', value: 'REGION', help: 'region id; default $ALIBABA_CLOUD_REGION_ID, then $ALICLOUD_REGION' },
  { flag: '--timeout-minutes', env: 'CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES', value: 'N', help: `give up after N minutes (fractions allowed; default ${DEFAULT_TIMEOUT_MINUTES})` },
  { flag: '--timeout-seconds', env: 'CDKTF_ALICLOUD_WAIT_TIMEOUT_SECONDS', value: 'N', help: 'the same in seconds (instead of --timeout-minutes)' },
  { flag: '--poll-seconds', env: 'CDKTF_ALICLOUD_WAIT_POLL_SECONDS', value: 'N', help: `longest pause between polls (fractions allowed; default ${DEFAULT_POLL_SECONDS})` },
  {
    flag: '--endpoint', env: ENDPOINT_ENV, value: 'URL',
    help: `ECS endpoint, host[:port] or http(s)://host[:port];\ndefault $${ENDPOINT_ENV}, then the region's public endpoint`,
  },
  {
    flag: '--fail-on-partial-success', env: 'CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS',
    help: 'treat PARTITION_SUCCESS (image built, copy/share partly failed) as a failure',
  },
  {
    flag: '--image-family', env: 'CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY', value: 'FAMILY',
    help: 'after a successful build, put the image into this image family\n(ModifyImageAttribute) so "the latest image of FAMILY" finds it; copies in\nother regions get it only with --copy-regions',
  },
  ...IMAGE_SETTING_OPTIONS,
];

function optionTable(): string {
  const left = (o: OptionSpec) => `${o.flag}${o.value ? ` ${o.value}` : ''}`;
  const width = Math.max(...WAIT_OPTIONS.map((o) => left(o).length), FROM_ENV_FLAG.length) + 2;
  const row = (l: string, help: string) => `  ${l.padEnd(width)}${help.split('\n').join(`\n  ${' '.repeat(width)}`)}`;
  return [
    ...WAIT_OPTIONS.map((o) => row(left(o), o.help)),
    row(FROM_ENV_FLAG, 'take every option from its environment variable (below) instead;\nmust be the only argument'),
    row('-h, --help', 'show this help'),
  ].join('\n');
}

function envTable(): string {
  const width = Math.max(...WAIT_OPTIONS.map((o) => o.env.length)) + 2;
  return WAIT_OPTIONS.map((o) => `  ${o.env.padEnd(width)}${o.flag}${o.value ? '' : ' (true or false)'}`).join('\n');
}

export const WAIT_EXECUTION_HELP = `Usage: cdktf-alicloud-image-builder wait-execution --execution-id exec-... [options]
       cdktf-alicloud-image-builder wait-execution --from-env

Waits until an ECS Image Builder execution (alicloud_ecs_image_pipeline_execution) reaches a final
status by polling DescribeImagePipelineExecutions, then prints one JSON line on stdout:
  {"executionId":"exec-...","imagePipelineId":"ip-...","status":"SUCCESS","imageId":"m-..."}
(with --image-family, after the image is in the family, and with "imageFamily" added; after a
restart, "executionId" is the new execution and "restartedFrom" the failed one; with --copy-regions
and settings, "copies" maps each region to its copy's image id).
Progress goes to stderr.

Options:
${optionTable()}

With --from-env (what BuildWaiter's local-exec runs), the options come from these variables; a
variable that is set must not be empty. Values are checked as strictly as the flags.
${envTable()}

Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET / ALIBABA_CLOUD_SECURITY_TOKEN,
or the Terraform provider's ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY / ALICLOUD_SECURITY_TOKEN, or the
Alibaba Cloud credentials chain (credentials file, CLI profile, ECS RAM role, OIDC). RAM permission
needed: ecs:DescribeImagePipelineExecutions; ecs:StartImagePipelineExecution with --pipeline-id;
ecs:ModifyImageAttribute with --image-family; with the image settings also ecs:DescribeImages,
ecs:ModifyImageAttribute (boot mode, NVMe, IMDS, the family of copies) and ecs:TagResources (tags).

Exit codes:
  0    SUCCESS (or PARTITION_SUCCESS, with a warning, unless --fail-on-partial-success)
  1    FAILED, TEST_FAILED or CANCELLED; the service's message is printed
  2    timed out; the build goes on in the cloud
  3    malformed API response, or the execution id is unknown in this region
  4    the credentials or the request were refused (unknown or disabled AccessKey, bad signature,
       expired token, missing RAM permission), or no credentials were found; with --image-family
       also when ModifyImageAttribute is refused (the image was built)
  64   bad command line or environment value
  130  interrupted (SIGINT); 143 terminated (SIGTERM): the build goes on in the cloud
`;

function usage(message: string): WaiterExit {
  return new WaiterExit(ExitCode.USAGE, `${message} (see --help)`);
}

/** Raw option values, and how to name each in a message (the flag, or the variable it came from). */
interface RawOptions {
  get(flag: string): string | undefined;
  has(flag: string): boolean;
  name(flag: string): string;
}

function specOf(flag: string): OptionSpec | undefined {
  return WAIT_OPTIONS.find((o) => o.flag === flag);
}

/** Splits `--flag value` / `--flag=value` pairs; boolean flags take no value. */
function parseFlags(argv: readonly string[]): RawOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw usage(`unexpected argument ${JSON.stringify(arg)}`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name === FROM_ENV_FLAG) throw usage(`${FROM_ENV_FLAG} must be the only argument`);
    const spec = specOf(name);
    if (!spec) throw usage(`unknown option ${name}`);
    if (flags.has(name)) throw usage(`${name} given twice`);
    if (spec.value === undefined) {
      if (eq >= 0) throw usage(`${name} takes no value`);
      flags.set(name, 'true');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw usage(`${name} needs a value`);
    flags.set(name, value);
  }
  return { get: (f) => flags.get(f), has: (f) => flags.has(f), name: (f) => f };
}

/** Reads each option's variable; set-but-empty is an error (a Terraform value that came out empty). */
function readEnv(env: NodeJS.ProcessEnv): RawOptions {
  const values = new Map<string, string>();
  for (const spec of WAIT_OPTIONS) {
    const raw = env[spec.env];
    if (raw === undefined) continue;
    if (raw === '') throw usage(`${spec.env} is set but empty`);
    if (spec.value === undefined) {
      if (raw !== 'true' && raw !== 'false') throw usage(`${spec.env} must be true or false, got ${JSON.stringify(raw)}`);
      if (raw === 'false') continue;
    }
    values.set(spec.flag, raw);
  }
  return { get: (f) => values.get(f), has: (f) => values.has(f), name: (f) => specOf(f)?.env ?? f };
}

function positiveNumber(name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) throw usage(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

function matching(raw: RawOptions, flag: string, pattern: RegExp, rule: string): string | undefined {
  const value = raw.get(flag);
  if (value !== undefined && !pattern.test(value)) throw usage(`${raw.name(flag)} must ${rule}, got ${JSON.stringify(value)}`);
  return value;
}

/** Parses `wait-execution`'s arguments (after the subcommand) with the given environment. */
export function parseWaitOptions(argv: readonly string[], env: NodeJS.ProcessEnv): WaitOptions {
  const fromEnv = argv.length === 1 && argv[0] === FROM_ENV_FLAG;
  const raw = fromEnv ? readEnv(env) : parseFlags(argv);

  if (!raw.has('--execution-id')) throw usage(`${raw.name('--execution-id')} is required`);
  // Catches an unresolved Terraform reference, a pipeline id passed by mistake or a hostile value before any API call.
  const executionId = matching(raw, '--execution-id', EXECUTION_ID_PATTERN, 'look like exec-...')!;
  const pipelineId = matching(raw, '--pipeline-id', PIPELINE_ID_PATTERN, 'look like ip-...');

  const regionId = raw.get('--region') ?? REGION_ENVS.map((name) => env[name]).find((v) => v);
  if (!regionId) throw usage(`no region: pass ${raw.name('--region')} or set ${REGION_ENVS.join(' or ')}`);
  if (!REGION_ID_PATTERN.test(regionId)) throw usage(`${raw.name('--region')} must be a region id such as cn-hangzhou, got ${JSON.stringify(regionId)}`);

  if (raw.has('--timeout-minutes') && raw.has('--timeout-seconds')) {
    throw usage(`give ${raw.name('--timeout-minutes')} or ${raw.name('--timeout-seconds')}, not both`);
  }
  const timeoutMs = raw.has('--timeout-seconds')
    ? positiveNumber(raw.name('--timeout-seconds'), raw.get('--timeout-seconds')!) * 1000
    : positiveNumber(raw.name('--timeout-minutes'), raw.get('--timeout-minutes') ?? String(DEFAULT_TIMEOUT_MINUTES)) * 60_000;
  const pollIntervalMs = positiveNumber(raw.name('--poll-seconds'), raw.get('--poll-seconds') ?? String(DEFAULT_POLL_SECONDS)) * 1000;

  const imageFamily = matching(raw, '--image-family', IMAGE_FAMILY_PATTERN,
    "be 2 to 128 characters, start with a letter, contain only letters, digits, ':', '_', '.' and '-', and not start with 'aliyun' or 'acs:'");

  // The endpoint variable is read without --from-env too (tests, VPC endpoints, proxies).
  const { endpoint, protocol } = parseEndpoint(raw.get('--endpoint') ?? env[ENDPOINT_ENV], raw.name('--endpoint'));
  return {
    executionId,
    pipelineId,
    regionId,
    timeoutMs,
    pollIntervalMs,
    endpoint,
    protocol,
    failOnPartialSuccess: raw.has('--fail-on-partial-success'),
    imageFamily,
    imageSettings: parseImageSettings((f) => raw.get(f), (f) => raw.name(f), usage),
  };
}

/** `http://127.0.0.1:8080` -> host + HTTP; `ecs.cn-hangzhou.aliyuncs.com` -> host + HTTPS. */
export function parseEndpoint(raw: string | undefined, name = '--endpoint'): { endpoint?: string; protocol: string } {
  if (!raw) return { protocol: 'HTTPS' };
  const match = /^(https?):\/\/([A-Za-z0-9.-]+(?::\d+)?)\/?$/i.exec(raw);
  if (match) return { endpoint: match[2], protocol: match[1].toUpperCase() };
  if (/^[A-Za-z0-9.-]+(:\d+)?$/.test(raw)) return { endpoint: raw, protocol: 'HTTPS' };
  throw usage(`${name} must be host[:port] or http(s)://host[:port], got ${JSON.stringify(raw)}`);
}
