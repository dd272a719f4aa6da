/**
 * Post-build image settings: boot mode, NVMe and IMDS support (ModifyImageAttribute) and tags
 * (TagResources) on the built image, and the same plus the image family on its copies in the
 * distribution regions (the family step in wait-execution.ts covers the built image). Current
 * values are read first (DescribeImages) and only what differs is sent, so a re-run changes nothing.
 */
import { ExitCode } from './exit-codes';
import type { ImageAttributes, ImageInfo, ImageOps } from './image-api';
import type { OptionSpec } from './options';
import { callWithRetries, CallResult, RetryContext } from './retry';

export interface ImageSettings {
  /** `BIOS`, `UEFI` or `UEFI-Preferred`. */
  readonly bootMode?: string;
  /** `supported` or `unsupported`. */
  readonly nvmeSupport?: string;
  /** `v1` or `v2` (IMDSv2 only; an image cannot go back to v1). */
  readonly imdsSupport?: string;
  readonly tags?: Record<string, string>;
  /** Regions with a copy of the image (the pipeline's ToRegionId list); they get the settings and the family. */
  readonly copyRegionIds?: readonly string[];
}

export const BOOT_MODES = ['BIOS', 'UEFI', 'UEFI-Preferred'];
export const NVME_SUPPORT = ['supported', 'unsupported'];
export const IMDS_SUPPORT = ['v1', 'v2'];

/** wait-execution's options for the settings (rows of WAIT_OPTIONS). */
export const IMAGE_SETTING_OPTIONS: readonly OptionSpec[] = [
  {
    flag: '--boot-mode', env: 'CDKTF_ALICLOUD_WAIT_BOOT_MODE', value: 'MODE',
    help: 'after a successful build, set the boot mode of the image and its copies:\nBIOS, UEFI or UEFI-Preferred (ModifyImageAttribute)',
  },
  { flag: '--nvme-support', env: 'CDKTF_ALICLOUD_WAIT_NVME_SUPPORT', value: 'VALUE', help: 'the same for NVMe support: supported or unsupported' },
  { flag: '--imds-support', env: 'CDKTF_ALICLOUD_WAIT_IMDS_SUPPORT', value: 'v1|v2', help: 'the same for IMDS support; v2 = IMDSv2 only (cannot go back to v1)' },
  {
    flag: '--image-tags', env: 'CDKTF_ALICLOUD_WAIT_IMAGE_TAGS', value: 'JSON',
    help: 'tag the image and its copies (TagResources), a JSON object {"key":"value"}',
  },
  {
    flag: '--copy-regions', env: 'CDKTF_ALICLOUD_WAIT_COPY_REGIONS', value: 'R1,R2',
    help: 'regions with copies of the image (the pipeline\'s ToRegionId); each copy, found by\nthe image\'s name, gets the settings and --image-family too',
  },
];

/**
 * Reads the settings' options (`get` returns the raw value of a flag, `name` how to call it in a
 * message, `fail` builds the usage error); undefined when none is given.
 */
export function parseImageSettings(get: (flag: string) => string | undefined, name: (flag: string) => string, fail: (message: string) => Error): ImageSettings | undefined {
  const oneOf = (flag: string, allowed: readonly string[]) => {
    const value = get(flag);
    if (value !== undefined && !allowed.includes(value)) throw fail(`${name(flag)} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
    return value;
  };
  const bootMode = oneOf('--boot-mode', BOOT_MODES);
  const nvmeSupport = oneOf('--nvme-support', NVME_SUPPORT);
  const imdsSupport = oneOf('--imds-support', IMDS_SUPPORT);

  let tags: Record<string, string> | undefined;
  const rawTags = get('--image-tags');
  if (rawTags !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawTags);
    } catch {
      throw fail(`${name('--image-tags')} must be a JSON object of strings, got ${JSON.stringify(rawTags)}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
      throw fail(`${name('--image-tags')} must be a JSON object of strings, got ${JSON.stringify(rawTags)}`);
    }
    tags = parsed as Record<string, string>;
    const problem = tagProblem(tags);
    if (problem) throw fail(`${name('--image-tags')} ${problem}`);
  }

  const rawRegions = get('--copy-regions');
  const copyRegionIds = rawRegions?.split(',');
  if (copyRegionIds && (copyRegionIds.some((r) => !/^[a-z]{2,}(-[a-z0-9]+)+$/.test(r)) || new Set(copyRegionIds).size !== copyRegionIds.length)) {
    throw fail(`${name('--copy-regions')} must be a comma list of different region ids such as cn-shanghai,cn-beijing, got ${JSON.stringify(rawRegions)}`);
  }
  if ([bootMode, nvmeSupport, imdsSupport, tags, copyRegionIds].every((v) => v === undefined)) return undefined;
  return { bootMode, nvmeSupport, imdsSupport, tags, copyRegionIds };
}

/** The tag rules of IMAGE_BUILDER_FACTS §3.6, for values that bypassed the library's synth check. */
export function tagProblem(tags: Record<string, string>): string | undefined {
  const keys = Object.keys(tags);
  if (keys.length < 1 || keys.length > 20) return `must have 1 to 20 tags, has ${keys.length}`;
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128 || /^(aliyun|acs:)/.test(key) || /https?:\/\//.test(key)) {
      return `has a tag key that is empty, over 128 characters, starts with aliyun or acs: or contains http(s)://: ${JSON.stringify(key)}`;
    }
    if (value.length > 128 || /^acs:/.test(value) || /https?:\/\//.test(value)) {
      return `has a value for ${JSON.stringify(key)} that is over 128 characters, starts with acs: or contains http(s)://: ${JSON.stringify(value)}`;
    }
  }
  return undefined;
}

/** The copy lookup is tried this often: a copy made at the end of the build may show up late. */
export const COPY_LOOKUPS = 3;

/** Whether there is anything for the post-build step to do. */
export function hasImageSettings(settings: ImageSettings | undefined, imageFamily: string | undefined): boolean {
  if (!settings) return false;
  const own = settings.bootMode !== undefined || settings.nvmeSupport !== undefined || settings.imdsSupport !== undefined
    || Object.keys(settings.tags ?? {}).length > 0;
  return own || (imageFamily !== undefined && (settings.copyRegionIds ?? []).length > 0);
}

export interface PostBuildResult {
  readonly exitCode: number;
  /** The copy found in each distribution region (for the result line). */
  readonly copies: Record<string, string>;
}

/** What the step needs to know about the build. */
export interface BuiltImage {
  readonly imageId: string;
  readonly regionId: string;
  /** PARTITION_SUCCESS: a copy may be missing, which is then a warning, not an error. */
  readonly partial: boolean;
}

export async function applyImageSettings(
  built: BuiltImage, settings: ImageSettings, imageFamily: string | undefined, api: ImageOps, ctx: RetryContext,
): Promise<PostBuildResult> {
  const copies: Record<string, string> = {};
  const failed = (exitCode: number): PostBuildResult => ({ exitCode, copies });
  const wanted: ImageAttributes = { bootMode: settings.bootMode, nvmeSupport: settings.nvmeSupport, imdsSupport: settings.imdsSupport };

  const current = await describeOne(built.regionId, built.imageId, api, ctx);
  if (!current.ok) return failed(current.exitCode);
  const code = await settle(built.regionId, current.value, wanted, settings.tags, api, ctx);
  if (code !== ExitCode.SUCCESS) return failed(code);

  for (const regionId of settings.copyRegionIds ?? []) {
    const copy = await findCopy(regionId, current.value.imageName, built, api, ctx);
    if (!copy.ok) return failed(copy.exitCode);
    if (copy.value === undefined) continue; // a partial build without this copy: warned already
    copies[regionId] = copy.value.imageId;
    const copyCode = await settle(regionId, copy.value, { ...wanted, imageFamily }, settings.tags, api, ctx);
    if (copyCode !== ExitCode.SUCCESS) return failed(copyCode);
  }
  return { exitCode: ExitCode.SUCCESS, copies };
}

/** Reads one image by id; an answer without it is malformed (the image was just built). */
async function describeOne(regionId: string, imageId: string, api: ImageOps, ctx: RetryContext): Promise<CallResult<ImageInfo>> {
  const result = await callWithRetries(ctx, {
    api: 'DescribeImages', what: `reading ${imageId} in ${regionId}`, permission: 'ecs:DescribeImages',
    consequence: `image ${imageId} was built but its settings were not applied`,
  }, async (timeoutMs) => {
    const outcome = await api.describeImages(regionId, { imageId }, 1, timeoutMs);
    if (outcome.kind !== 'done') return outcome;
    const image = outcome.value.images.find((i) => i.imageId === imageId);
    return image ? { kind: 'done', value: image } : { kind: 'malformed', reason: `the answer does not list ${imageId}` };
  });
  return result;
}

/** Finds the copy of `name` in `regionId` by its exact name (copies keep the built image's name, IMAGE_BUILDER_FACTS §4). */
async function findCopy(regionId: string, name: string, built: BuiltImage, api: ImageOps, ctx: RetryContext): Promise<CallResult<ImageInfo | undefined>> {
  const { reporter } = ctx;
  for (let attempt = 0; ; attempt++) {
    const listed = await listAll(regionId, { imageName: name }, api, ctx, `looking up the copy ${name} in ${regionId}`);
    if (!listed.ok) return listed;
    const matches = listed.value.filter((i) => i.imageName === name);
    if (matches.length === 1) return { ok: true, value: matches[0] };
    if (matches.length > 1) {
      reporter.progress(`${matches.length} images are named ${name} in ${regionId} (${matches.map((i) => i.imageId).join(', ')}): cannot tell which is the copy; its settings were not applied`);
      return { ok: false, exitCode: ExitCode.BAD_RESPONSE, notFound: false };
    }
    if (attempt + 1 >= COPY_LOOKUPS) break;
    const delay = ctx.retryDelay(attempt);
    reporter.progress(`no copy named ${name} in ${regionId} yet; looking again in ${(delay / 1000).toFixed(1)}s`);
    if (!await ctx.pause(delay)) break;
  }
  if (built.partial) {
    reporter.progress(`warning: no copy named ${name} in ${regionId} (the build ended PARTITION_SUCCESS, so copying may have failed): it gets no settings`);
    return { ok: true, value: undefined };
  }
  reporter.progress(`no copy named ${name} in ${regionId} after ${COPY_LOOKUPS} lookups: image ${built.imageId} was built but its copy there did not get its settings`);
  return { ok: false, exitCode: ExitCode.BAD_RESPONSE, notFound: true };
}

/** Every page of a DescribeImages query. */
export async function listAll(regionId: string, query: { imageName?: string; status?: string; tags?: Record<string, string> }, api: ImageOps, ctx: RetryContext, what: string): Promise<CallResult<ImageInfo[]>> {
  const images: ImageInfo[] = [];
  for (let page = 1; ; page++) {
    const result = await callWithRetries(ctx, {
      api: 'DescribeImages', what, permission: 'ecs:DescribeImages', consequence: 'nothing was changed by this step',
    }, (timeoutMs) => api.describeImages(regionId, query, page, timeoutMs));
    if (!result.ok) return result;
    images.push(...result.value.images);
    // An empty page ends it too, so a wrong TotalCount cannot loop forever.
    if (result.value.images.length === 0 || images.length >= result.value.totalCount) return { ok: true, value: images };
  }
}

/** Sends what differs from `image`'s current values: one ModifyImageAttribute, one TagResources. */
async function settle(
  regionId: string, image: ImageInfo, wanted: ImageAttributes, tags: Record<string, string> | undefined, api: ImageOps, ctx: RetryContext,
): Promise<number> {
  const { reporter } = ctx;
  const { imageId } = image;
  const changes: { -readonly [K in keyof ImageAttributes]: string } = {};
  if (wanted.imageFamily !== undefined && wanted.imageFamily !== image.imageFamily) changes.imageFamily = wanted.imageFamily;
  if (wanted.bootMode !== undefined && wanted.bootMode !== image.bootMode) changes.bootMode = wanted.bootMode;
  if (wanted.nvmeSupport !== undefined && wanted.nvmeSupport !== image.nvmeSupport) changes.nvmeSupport = wanted.nvmeSupport;
  if (wanted.imdsSupport !== undefined && wanted.imdsSupport !== image.imdsSupport) changes.imdsSupport = wanted.imdsSupport;
  const described = describeAttributes(changes);
  const unchanged = describeAttributes(Object.fromEntries(Object.entries(wanted).filter(([k, v]) => v !== undefined && !(k in changes))));
  if (unchanged) reporter.progress(`${imageId} in ${regionId} already has ${unchanged}`);
  if (described) {
    reporter.progress(`setting ${described} on ${imageId} in ${regionId}`);
    const result = await callWithRetries(ctx, {
      api: 'ModifyImageAttribute', what: `${described} for ${imageId} in ${regionId}`, permission: 'ecs:ModifyImageAttribute',
      consequence: `image ${imageId} exists but does not have ${described}`,
    }, (timeoutMs) => api.modifyImage(regionId, imageId, changes, timeoutMs));
    if (!result.ok) return result.exitCode;
    reporter.progress(`${imageId} in ${regionId} has ${described} (request id ${result.value})`);
  }

  const missing = Object.fromEntries(Object.entries(tags ?? {}).filter(([k, v]) => image.tags[k] !== v));
  const missingKeys = Object.keys(missing);
  if (Object.keys(tags ?? {}).length > 0 && missingKeys.length === 0) reporter.progress(`${imageId} in ${regionId} already has its tags`);
  if (missingKeys.length > 0) {
    const result = await callWithRetries(ctx, {
      api: 'TagResources', what: `tags ${missingKeys.join(', ')} on ${imageId} in ${regionId}`, permission: 'ecs:TagResources',
      consequence: `image ${imageId} exists but lacks the tags ${missingKeys.join(', ')}`,
    }, (timeoutMs) => api.tagImage(regionId, imageId, missing, timeoutMs));
    if (!result.ok) return result.exitCode;
    reporter.progress(`${imageId} in ${regionId} is tagged ${missingKeys.join(', ')} (request id ${result.value})`);
  }
  return ExitCode.SUCCESS;
}

const ATTRIBUTE_NAMES: Record<string, string> = {
  imageFamily: 'image family', bootMode: 'boot mode', nvmeSupport: 'NVMe support', imdsSupport: 'IMDS support',
};

function describeAttributes(attributes: Record<string, string | undefined>): string {
  return Object.entries(attributes).filter(([, v]) => v !== undefined).map(([k, v]) => `${ATTRIBUTE_NAMES[k] ?? k} ${v}`).join(', ');
}
