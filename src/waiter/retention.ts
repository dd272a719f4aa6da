/**
 * `retain-images`: after a successful build, retires the older images of ONE factory. An image is
 * the factory's only when its name starts with `{prefix}_` AND it carries the factory tag; the
 * newest `keepLatest` of them stay. Each older one is deprecated (ModifyImageAttribute
 * Status=Deprecated) and/or deleted (DeleteImage, never forced) once it is `deleteAfterDays` old,
 * except when an instance (running, stopped, any state) uses it, or when it is shared with other
 * accounts and sharing was not allowed (`includeShared` unshares it first). Every decision is
 * printed; with dry run nothing is changed.
 */
import type Credential from '@alicloud/credentials';
import { resolveCredential } from './credentials';
import { ExitCode, WaiterExit } from './exit-codes';
import { ImageApi, ImageInfo, ImageOps } from './image-api';
import { parseEndpoint, REGION_ENVS } from './options';
import { listAll } from './post-build';
import type { Reporter } from './reporter';
import { callWithRetries, Deadline, RetryContext } from './retry';
import { Clock, systemClock } from './wait-execution';

export interface RetentionOptions {
  /** The build region first, then the distribution regions (their copies carry the same name and tags). */
  readonly regionIds: readonly string[];
  readonly namePrefix: string;
  readonly tagKey: string;
  readonly tagValue: string;
  readonly keepLatest: number;
  readonly deprecateOlder: boolean;
  readonly deleteAfterDays?: number;
  readonly dryRun: boolean;
  readonly includeShared: boolean;
  readonly timeoutMs: number;
  readonly endpoint?: string;
  readonly protocol: string;
}

const DAY_MS = 24 * 3600 * 1000;
/** Statuses retention looks at; images still being created or that failed are left alone. */
const STATUSES = 'Available,Deprecated';

interface Spec { readonly flag: string; readonly env: string; readonly value?: string; readonly help: string }

export const RETAIN_OPTIONS: readonly Spec[] = [
  { flag: '--name-prefix', env: 'CDKTF_ALICLOUD_RETAIN_NAME_PREFIX', value: 'PREFIX', help: 'the images are named PREFIX_exec-... (required)' },
  { flag: '--tag-key', env: 'CDKTF_ALICLOUD_RETAIN_TAG_KEY', value: 'KEY', help: 'the tag the images carry (required)' },
  { flag: '--tag-value', env: 'CDKTF_ALICLOUD_RETAIN_TAG_VALUE', value: 'VALUE', help: 'its value (required)' },
  { flag: '--regions', env: 'CDKTF_ALICLOUD_RETAIN_REGIONS', value: 'R1,R2', help: 'regions to clean up; default $ALIBABA_CLOUD_REGION_ID, then $ALICLOUD_REGION' },
  { flag: '--keep-latest', env: 'CDKTF_ALICLOUD_RETAIN_KEEP_LATEST', value: 'N', help: 'newest images to keep in each region (1-100; default 3)' },
  { flag: '--deprecate-older', env: 'CDKTF_ALICLOUD_RETAIN_DEPRECATE_OLDER', help: 'deprecate the older ones' },
  { flag: '--delete-after-days', env: 'CDKTF_ALICLOUD_RETAIN_DELETE_AFTER_DAYS', value: 'N', help: 'delete an older one once it is N days old (0-3650)' },
  { flag: '--include-shared', env: 'CDKTF_ALICLOUD_RETAIN_INCLUDE_SHARED', help: 'unshare and retire shared images too (default: leave them)' },
  { flag: '--dry-run', env: 'CDKTF_ALICLOUD_RETAIN_DRY_RUN', help: 'print what would be done, change nothing' },
  { flag: '--timeout-minutes', env: 'CDKTF_ALICLOUD_RETAIN_TIMEOUT_MINUTES', value: 'N', help: 'give up after N minutes (default 10)' },
  { flag: '--endpoint', env: 'CDKTF_ALICLOUD_ECS_ENDPOINT', value: 'URL', help: 'ECS endpoint for every region, host[:port] or http(s)://host[:port]' },
];

export const RETAIN_IMAGES_HELP = `Usage: cdktf-alicloud-image-builder retain-images --name-prefix P --tag-key K --tag-value V [options]
       cdktf-alicloud-image-builder retain-images --from-env

Retires the older images of one GoldenImageFactory: images whose name starts with P_ and that carry
the tag K=V, in each region; the newest --keep-latest stay. Never touches an image that an instance
uses, nor (without --include-shared) one shared with other accounts. Prints each decision on stderr
and one JSON summary line on stdout.

Options:
${RETAIN_OPTIONS.map((o) => `  ${`${o.flag}${o.value ? ` ${o.value}` : ''}`.padEnd(26)}${o.help}`).join('\n')}
  --from-env                take every option from its variable instead (must be the only argument):
${RETAIN_OPTIONS.map((o) => `                              ${o.env}`).join('\n')}

RAM permissions: ecs:DescribeImages, ecs:DescribeInstances, ecs:DescribeImageSharePermission;
ecs:ModifyImageAttribute to deprecate, ecs:DeleteImage to delete, ecs:ModifyImageSharePermission
with --include-shared.

Exit codes: 0 done (refusals are not errors), 2 timed out, 3 malformed answer, 4 refused, 64 bad input.
`;

function usage(message: string): WaiterExit {
  return new WaiterExit(ExitCode.USAGE, `${message} (see retain-images --help)`);
}

/** Reads flags, or with `--from-env` only the variables; validates every value. */
export function parseRetentionOptions(argv: readonly string[], env: NodeJS.ProcessEnv): RetentionOptions {
  const raw = new Map<string, string>();
  const nameOf = new Map<string, string>();
  if (argv.length === 1 && argv[0] === '--from-env') {
    for (const spec of RETAIN_OPTIONS) {
      const value = env[spec.env];
      if (value === undefined) continue;
      if (value === '') throw usage(`${spec.env} is set but empty`);
      if (spec.value === undefined && value !== 'true' && value !== 'false') throw usage(`${spec.env} must be true or false, got ${JSON.stringify(value)}`);
      if (spec.value === undefined && value === 'false') continue;
      raw.set(spec.flag, value);
      nameOf.set(spec.flag, spec.env);
    }
  } else {
    for (let i = 0; i < argv.length; i++) {
      const [name, inline] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
      const spec = RETAIN_OPTIONS.find((o) => o.flag === name);
      if (!spec) throw usage(`unknown option ${JSON.stringify(name)}`);
      if (raw.has(name)) throw usage(`${name} given twice`);
      if (spec.value === undefined) {
        if (inline !== undefined) throw usage(`${name} takes no value`);
        raw.set(name, 'true');
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined) throw usage(`${name} needs a value`);
        raw.set(name, value);
      }
    }
  }
  const name = (flag: string) => nameOf.get(flag) ?? flag;
  const required = (flag: string) => {
    const value = raw.get(flag);
    if (value === undefined || value === '') throw usage(`${name(flag)} is required`);
    return value;
  };
  const integer = (flag: string, min: number, max: number, fallback?: number) => {
    const value = raw.get(flag);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw usage(`${name(flag)} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
    return n;
  };

  const namePrefix = required('--name-prefix');
  if (!/^[a-zA-Z][a-zA-Z0-9:._-]{1,63}$/.test(namePrefix)) throw usage(`${name('--name-prefix')} must be an image name prefix (2-64 characters, a letter first), got ${JSON.stringify(namePrefix)}`);
  const tagKey = required('--tag-key');
  const tagValue = required('--tag-value');
  if (tagKey.length > 128 || tagValue.length > 128) throw usage('the tag key and value must be at most 128 characters');

  const regionList = raw.get('--regions') ?? REGION_ENVS.map((n) => env[n]).find((v) => v);
  if (!regionList) throw usage(`no region: pass ${name('--regions')} or set ${REGION_ENVS.join(' or ')}`);
  const regionIds = regionList.split(',');
  for (const r of regionIds) {
    if (!/^[a-z]{2,}(-[a-z0-9]+)+$/.test(r)) throw usage(`${name('--regions')} must be a comma list of region ids such as cn-hangzhou, got ${JSON.stringify(regionList)}`);
  }
  if (new Set(regionIds).size !== regionIds.length) throw usage(`${name('--regions')} lists a region twice: ${JSON.stringify(regionList)}`);

  const timeoutMinutes = Number(raw.get('--timeout-minutes') ?? '10');
  if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0) throw usage(`${name('--timeout-minutes')} must be a positive number, got ${JSON.stringify(raw.get('--timeout-minutes'))}`);
  const { endpoint, protocol } = parseEndpoint(raw.get('--endpoint') ?? env.CDKTF_ALICLOUD_ECS_ENDPOINT);

  const options: RetentionOptions = {
    regionIds,
    namePrefix,
    tagKey,
    tagValue,
    keepLatest: integer('--keep-latest', 1, 100, 3)!,
    deprecateOlder: raw.has('--deprecate-older'),
    deleteAfterDays: integer('--delete-after-days', 0, 3650),
    dryRun: raw.has('--dry-run'),
    includeShared: raw.has('--include-shared'),
    timeoutMs: timeoutMinutes * 60_000,
    endpoint,
    protocol,
  };
  if (!options.deprecateOlder && options.deleteAfterDays === undefined) {
    throw usage(`nothing to do: give ${name('--deprecate-older')}, ${name('--delete-after-days')} or both`);
  }
  return options;
}

/** What happened to one image, for the summary. */
export interface RetentionDecision {
  readonly regionId: string;
  readonly imageId: string;
  readonly imageName: string;
  /** kept (one of the newest), deprecated, deleted, skipped (nothing due yet), refused (in use / shared). */
  readonly outcome: 'kept' | 'deprecated' | 'deleted' | 'skipped' | 'refused';
  readonly reason: string;
}

export interface RetentionResult {
  readonly exitCode: number;
  readonly decisions: RetentionDecision[];
}

/** Runs retention in every region; stops at the first call that fails. */
export async function retainImages(options: RetentionOptions, api: ImageOps, ctx: RetryContext, now: number): Promise<RetentionResult> {
  const decisions: RetentionDecision[] = [];
  const { reporter } = ctx;
  const verb = (done: string, would: string) => (options.dryRun ? would : done);
  reporter.progress(`${options.dryRun ? 'dry run: ' : ''}keeping the newest ${options.keepLatest} images named ${options.namePrefix}_* tagged ${options.tagKey}=${options.tagValue} in ${options.regionIds.join(', ')}`);

  for (const regionId of options.regionIds) {
    const listed = await listAll(regionId, { status: STATUSES, tags: { [options.tagKey]: options.tagValue } }, api, ctx, `listing the factory's images in ${regionId}`);
    if (!listed.ok) return { exitCode: listed.exitCode, decisions };
    // The tag filter is the API's; both rules are checked here again, so a loose filter never widens the set.
    const ours = listed.value
      .filter((i) => i.imageName.startsWith(`${options.namePrefix}_`) && i.tags[options.tagKey] === options.tagValue)
      .sort(newestFirst);
    const ignored = listed.value.length - ours.length;
    reporter.progress(`${regionId}: ${ours.length} images of this factory${ignored > 0 ? ` (${ignored} others with the tag but another name ignored)` : ''}`);

    for (const [index, image] of ours.entries()) {
      const decide = (outcome: RetentionDecision['outcome'], reason: string) => {
        decisions.push({ regionId, imageId: image.imageId, imageName: image.imageName, outcome, reason });
        reporter.progress(`${regionId}: ${image.imageId} (${image.imageName}, ${image.status}, created ${image.creationTime}): ${outcome === 'kept' || outcome === 'skipped' || outcome === 'refused' ? outcome : verb(outcome, `would be ${outcome}`)}, ${reason}`);
      };
      if (index < options.keepLatest) {
        decide('kept', `one of the newest ${options.keepLatest}`);
        continue;
      }
      const created = Date.parse(image.creationTime);
      const ageDays = Number.isFinite(created) ? (now - created) / DAY_MS : undefined;
      const deleteDue = options.deleteAfterDays !== undefined && ageDays !== undefined && ageDays >= options.deleteAfterDays;
      const deprecateDue = options.deprecateOlder && image.status === 'Available';
      if (!deleteDue && !deprecateDue) {
        decide('skipped', options.deleteAfterDays === undefined
          ? 'already deprecated'
          : ageDays === undefined ? `its creation time is unreadable, so it is never deleted` : `${ageDays.toFixed(1)} days old, deleted after ${options.deleteAfterDays}`);
        continue;
      }

      const instances = await callWithRetries(ctx, {
        api: 'DescribeInstances', what: `instances using ${image.imageId} in ${regionId}`, permission: 'ecs:DescribeInstances', consequence: 'retention stopped',
      }, (timeoutMs) => api.countInstancesUsing(regionId, image.imageId, timeoutMs));
      if (!instances.ok) return { exitCode: instances.exitCode, decisions };
      if (instances.value > 0) {
        decide('refused', `${instances.value} instance(s) use it`);
        continue;
      }
      const shares = await callWithRetries(ctx, {
        api: 'DescribeImageSharePermission', what: `sharing of ${image.imageId} in ${regionId}`, permission: 'ecs:DescribeImageSharePermission', consequence: 'retention stopped',
      }, (timeoutMs) => api.sharePermissions(regionId, image.imageId, timeoutMs));
      if (!shares.ok) return { exitCode: shares.exitCode, decisions };
      const sharedWith = [...shares.value.accounts, ...shares.value.groups.map((g) => `group ${g}`)];
      if (sharedWith.length > 0 && !options.includeShared) {
        decide('refused', `shared with ${sharedWith.join(', ')} (allow with includeShared)`);
        continue;
      }

      const action = deleteDue ? 'deleted' : 'deprecated';
      const reason = deleteDue ? `${ageDays!.toFixed(1)} days old (deleted after ${options.deleteAfterDays})` : `older than the newest ${options.keepLatest}`;
      if (options.dryRun) {
        decide(action, `${reason}${sharedWith.length > 0 ? `; would be unshared from ${sharedWith.join(', ')} first` : ''}`);
        continue;
      }
      if (sharedWith.length > 0) {
        // A shared image cannot be deprecated (IMAGE_BUILDER_FACTS §8.2): unshare first.
        const unshared = await callWithRetries(ctx, {
          api: 'ModifyImageSharePermission', what: `unsharing ${image.imageId} in ${regionId}`, permission: 'ecs:ModifyImageSharePermission', consequence: 'retention stopped',
        }, (timeoutMs) => api.unshare(regionId, image.imageId, shares.value, timeoutMs));
        if (!unshared.ok) return { exitCode: unshared.exitCode, decisions };
        reporter.progress(`${regionId}: ${image.imageId} unshared from ${sharedWith.join(', ')} (request id ${unshared.value})`);
      }
      const done = deleteDue
        ? await callWithRetries(ctx, {
          api: 'DeleteImage', what: `deleting ${image.imageId} in ${regionId}`, permission: 'ecs:DeleteImage', consequence: 'retention stopped',
        }, (timeoutMs) => api.deleteImage(regionId, image.imageId, timeoutMs))
        : await callWithRetries(ctx, {
          api: 'ModifyImageAttribute', what: `deprecating ${image.imageId} in ${regionId}`, permission: 'ecs:ModifyImageAttribute', consequence: 'retention stopped',
        }, (timeoutMs) => api.modifyImage(regionId, image.imageId, { status: 'Deprecated' }, timeoutMs));
      if (!done.ok) return { exitCode: done.exitCode, decisions };
      decide(action, `${reason} (request id ${done.value})`);
    }
  }
  return { exitCode: ExitCode.SUCCESS, decisions };
}

function newestFirst(a: ImageInfo, b: ImageInfo): number {
  const byTime = (Date.parse(b.creationTime) || 0) - (Date.parse(a.creationTime) || 0);
  return byTime !== 0 ? byTime : b.imageId.localeCompare(a.imageId);
}

/** The `retain-images` command: parse, resolve credentials, run, print the summary line. */
export async function retainImagesCommand(argv: string[], reporter: Reporter, clock: Clock = systemClock): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(RETAIN_IMAGES_HELP);
    return ExitCode.SUCCESS;
  }
  const options = parseRetentionOptions(argv, process.env);
  const { credential, source } = resolveCredential(process.env);
  await maskCredential(credential, source, reporter);
  const ctx = new Deadline(reporter, options.timeoutMs, 15_000, clock);
  const result = await retainImages(options, new ImageApi(options, credential), ctx, clock.now());
  if (result.exitCode === ExitCode.SUCCESS) {
    const ids = (outcome: RetentionDecision['outcome']) => result.decisions.filter((d) => d.outcome === outcome).map((d) => ({ regionId: d.regionId, imageId: d.imageId }));
    reporter.result(JSON.stringify({
      dryRun: options.dryRun,
      kept: ids('kept'),
      [options.dryRun ? 'wouldDeprecate' : 'deprecated']: ids('deprecated'),
      [options.dryRun ? 'wouldDelete' : 'deleted']: ids('deleted'),
      refused: result.decisions.filter((d) => d.outcome === 'refused').map((d) => ({ regionId: d.regionId, imageId: d.imageId, reason: d.reason })),
    }));
  }
  return result.exitCode;
}

async function maskCredential(credential: Credential, source: string, reporter: Reporter): Promise<void> {
  try {
    const resolved = await credential.getCredential();
    reporter.addSecret(resolved.accessKeySecret);
    reporter.addSecret(resolved.securityToken);
  } catch (e) {
    throw new WaiterExit(ExitCode.REFUSED, `no usable Alibaba Cloud credentials from ${source}: ${(e as Error).message}`);
  }
}
