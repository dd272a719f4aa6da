/** Command line and environment of `wait-execution`, validated up front (exit 64 on bad input). */
import { ExitCode, WaiterExit } from './exit-codes';

export interface WaitOptions {
  readonly executionId: string;
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
}

/**
 * Image family names (ModifyImageAttribute's ImageFamily): 2-128 characters, a letter first, then
 * letters, digits and `: . _ -`, not starting with `acs:` or `aliyun` (IMAGE_BUILDER_FACTS §4).
 */
export const IMAGE_FAMILY_PATTERN = /^(?!acs:|aliyun)[a-zA-Z][a-zA-Z0-9:._-]{1,127}$/;

/** Environment variable that overrides the ECS endpoint (for tests, VPC endpoints or proxies). */
export const ENDPOINT_ENV = 'CDKTF_ALICLOUD_ECS_ENDPOINT';
/** Region variables, first found wins: the SDK's own, then the Terraform provider's. */
export const REGION_ENVS = ['ALIBABA_CLOUD_REGION_ID', 'ALICLOUD_REGION'];

export const DEFAULT_TIMEOUT_MINUTES = 60;
export const DEFAULT_POLL_SECONDS = 15;

export const WAIT_EXECUTION_HELP = `Usage: cdktf-alicloud-image-builder wait-execution --execution-id exec-... [options]

Waits until an ECS Image Builder execution (alicloud_ecs_image_pipeline_execution) reaches a final
status by polling DescribeImagePipelineExecutions, then prints one JSON line on stdout:
  {"executionId":"exec-...","imagePipelineId":"ip-...","status":"SUCCESS","imageId":"m-..."}
(with --image-family, after the image is in the family, and with "imageFamily" added).
Progress goes to stderr.

Options:
  --execution-id ID          the execution to wait for (required)
  --region REGION            region id; default $ALIBABA_CLOUD_REGION_ID, then $ALICLOUD_REGION
  --timeout-minutes N        give up after N minutes (fractions allowed; default ${DEFAULT_TIMEOUT_MINUTES})
  --timeout-seconds N        the same in seconds (instead of --timeout-minutes)
  --poll-seconds N           longest pause between polls (fractions allowed; default ${DEFAULT_POLL_SECONDS})
  --endpoint URL             ECS endpoint, host[:port] or http(s)://host[:port];
                             default $${ENDPOINT_ENV}, then the region's public endpoint
  --fail-on-partial-success  treat PARTITION_SUCCESS (image built, copy/share partly failed) as a failure
  --image-family FAMILY      after a successful build, put the image into this image family
                             (ModifyImageAttribute) so "the latest image of FAMILY" finds it; copies in
                             other regions do not get the family
  -h, --help                 show this help

Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET / ALIBABA_CLOUD_SECURITY_TOKEN,
or the Terraform provider's ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY / ALICLOUD_SECURITY_TOKEN, or the
Alibaba Cloud credentials chain (credentials file, CLI profile, ECS RAM role, OIDC). RAM permission
needed: ecs:DescribeImagePipelineExecutions, and ecs:ModifyImageAttribute with --image-family.

Exit codes:
  0   SUCCESS (or PARTITION_SUCCESS, with a warning, unless --fail-on-partial-success)
  1   FAILED, TEST_FAILED or CANCELLED; the service's message is printed
  2   timed out; the build goes on in the cloud
  3   malformed API response, or the execution id is unknown in this region
  4   the API refused the request (credentials, RAM permission), or no credentials were found;
      with --image-family also when ModifyImageAttribute is refused (the image was built)
  64  bad command line
`;

function usage(message: string): WaiterExit {
  return new WaiterExit(ExitCode.USAGE, `${message} (see --help)`);
}

function positiveNumber(flag: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) throw usage(`${flag} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

/** Splits `--flag value` / `--flag=value` pairs; boolean flags take no value. */
function parseFlags(argv: readonly string[], values: readonly string[], booleans: ReadonlySet<string>): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw usage(`unexpected argument ${JSON.stringify(arg)}`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!values.includes(name) && !booleans.has(name)) throw usage(`unknown option ${name}`);
    if (flags.has(name)) throw usage(`${name} given twice`);
    if (booleans.has(name)) {
      if (eq >= 0) throw usage(`${name} takes no value`);
      flags.set(name, 'true');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw usage(`${name} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

const VALUE_FLAGS = ['--execution-id', '--region', '--timeout-minutes', '--timeout-seconds', '--poll-seconds', '--endpoint', '--image-family'];
const BOOLEAN_FLAGS = new Set(['--fail-on-partial-success']);

/** Parses `wait-execution`'s arguments (after the subcommand) with the given environment. */
export function parseWaitOptions(argv: readonly string[], env: NodeJS.ProcessEnv): WaitOptions {
  const flags = parseFlags(argv, VALUE_FLAGS, BOOLEAN_FLAGS);

  const executionId = flags.get('--execution-id');
  if (!executionId) throw usage('--execution-id is required');
  // Catches an unresolved Terraform reference or a pipeline id passed by mistake before any API call.
  if (!/^exec-[A-Za-z0-9]+$/.test(executionId)) throw usage(`--execution-id must look like exec-..., got ${JSON.stringify(executionId)}`);

  const regionId = flags.get('--region') ?? REGION_ENVS.map((name) => env[name]).find((v) => v);
  if (!regionId) throw usage(`no region: pass --region or set ${REGION_ENVS.join(' or ')}`);
  if (!/^[a-z]{2,}(-[a-z0-9]+)+$/.test(regionId)) throw usage(`--region must be a region id such as cn-hangzhou, got ${JSON.stringify(regionId)}`);

  if (flags.has('--timeout-minutes') && flags.has('--timeout-seconds')) throw usage('give --timeout-minutes or --timeout-seconds, not both');
  const timeoutMs = flags.has('--timeout-seconds')
    ? positiveNumber('--timeout-seconds', flags.get('--timeout-seconds')!) * 1000
    : positiveNumber('--timeout-minutes', flags.get('--timeout-minutes') ?? String(DEFAULT_TIMEOUT_MINUTES)) * 60_000;
  const pollIntervalMs = positiveNumber('--poll-seconds', flags.get('--poll-seconds') ?? String(DEFAULT_POLL_SECONDS)) * 1000;

  const imageFamily = flags.get('--image-family');
  if (imageFamily !== undefined && !IMAGE_FAMILY_PATTERN.test(imageFamily)) {
    throw usage(`--image-family must be 2 to 128 characters, start with a letter, contain only letters, digits, ':', '_', '.' and '-', and not start with 'aliyun' or 'acs:', got ${JSON.stringify(imageFamily)}`);
  }

  const { endpoint, protocol } = parseEndpoint(flags.get('--endpoint') ?? env[ENDPOINT_ENV]);
  return {
    executionId,
    regionId,
    timeoutMs,
    pollIntervalMs,
    endpoint,
    protocol,
    failOnPartialSuccess: flags.has('--fail-on-partial-success'),
    imageFamily,
  };
}

/** `http://127.0.0.1:8080` -> host + HTTP; `ecs.cn-hangzhou.aliyuncs.com` -> host + HTTPS. */
export function parseEndpoint(raw: string | undefined): { endpoint?: string; protocol: string } {
  if (!raw) return { protocol: 'HTTPS' };
  const match = /^(https?):\/\/([^/]+)\/?$/i.exec(raw);
  if (match) return { endpoint: match[2], protocol: match[1].toUpperCase() };
  if (/^[A-Za-z0-9.-]+(:\d+)?$/.test(raw)) return { endpoint: raw, protocol: 'HTTPS' };
  throw usage(`--endpoint must be host[:port] or http(s)://host[:port], got ${JSON.stringify(raw)}`);
}
