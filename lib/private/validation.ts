/**
 * Every synth-time rule of the library lives here, once. Constructs call these with the property name
 * the user wrote; values that are Terraform tokens (unknown until deploy) are skipped, never rejected.
 * The message format is built in one place: `<path>: <property> <rule> (got <value>)`.
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from './validation-error';

/** Throws the library's ValidationError in the one message format. */
export function fail(scope: IConstruct, property: string, rule: string, value: unknown): never {
  throw new ValidationError(`${property} ${rule} (got ${describe(value)})`, scope);
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}... (${value.length} characters)` : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

/** Whether a value holds a Terraform token anywhere (and so cannot be checked at synth time). */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return Token.isUnresolved(value);
}

export function checkLength(scope: IConstruct, property: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined || isToken(value)) return;
  if (value.length < min || value.length > max) {
    fail(scope, property, `must be ${min} to ${max} characters long, but is ${value.length}`, value);
  }
}

export function checkRange(scope: IConstruct, property: string, value: number | undefined, min: number, max: number, unit = ''): void {
  if (value === undefined || isToken(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(scope, property, `must be an integer from ${min} to ${max}${unit ? ' ' + unit : ''}`, value);
  }
}

export function checkPattern(scope: IConstruct, property: string, value: string | undefined, pattern: RegExp, rule: string): void {
  if (value === undefined || isToken(value)) return;
  if (!pattern.test(value)) fail(scope, property, rule, value);
}

/** The API rejects names and descriptions that start with http:// or https://. */
export function checkNotUrl(scope: IConstruct, property: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  if (/^https?:\/\//.test(value)) fail(scope, property, 'must not start with http:// or https://', value);
}

export function checkOneOf(scope: IConstruct, property: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined || isToken(value)) return;
  if (!allowed.includes(value)) fail(scope, property, `must be one of ${allowed.join(', ')}`, value);
}

export function checkMaxItems(scope: IConstruct, property: string, values: readonly unknown[] | undefined, max: number): void {
  if (values === undefined || isToken(values)) return;
  if (values.length > max) fail(scope, property, `must have at most ${max} items, but has ${values.length}`, values);
}

export function checkUnique(scope: IConstruct, property: string, values: readonly string[] | undefined): void {
  if (values === undefined || isToken(values)) return;
  const seen = new Set<string>();
  for (const v of values) {
    if (isToken(v)) continue;
    if (seen.has(v)) fail(scope, property, 'must not contain duplicates', v);
    seen.add(v);
  }
}

/** Description rule shared by pipelines, components and images: 2-256 characters, not a URL. */
export function checkDescription(scope: IConstruct, property: string, value: string | undefined): void {
  checkLength(scope, property, value, 2, 256);
  checkNotUrl(scope, property, value);
}

/** Alibaba Cloud account ids are integers (AddAccount.N is int64). */
export function checkAccountId(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^\d+$/, 'must be an Alibaba Cloud account id (digits only)');
}

/** Region ids such as cn-hangzhou, ap-southeast-1, us-west-1. */
export function checkRegionId(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^[a-z]{2,}(-[a-z0-9]+)+$/, 'must be a region id such as cn-hangzhou');
}

/**
 * Image and template name rule: 2-`max` characters, starts with a letter, letters, digits and
 * `: _ . -` only (the provider's regex), not starting with http(s)://.
 */
export function checkResourceName(scope: IConstruct, property: string, value: string | undefined, max: number): void {
  checkNotUrl(scope, property, value);
  checkPattern(scope, property, value, new RegExp(`^[a-zA-Z][a-zA-Z0-9:._-]{1,${max - 1}}$`),
    `must be 2 to ${max} characters, start with a letter and contain only letters, digits, ':', '_', '.' and '-'`);
}

/** Names that the API reserves for the system: `aliyun...` and `acs:...`. */
export function checkNoReservedPrefix(scope: IConstruct, property: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  if (/^(aliyun|acs:)/.test(value)) fail(scope, property, "must not start with 'aliyun' or 'acs:'", value);
}

/** Image family names: 2-128 characters, a letter first, not aliyun/acs:, no URLs. */
export function checkImageFamily(scope: IConstruct, property: string, value: string | undefined): void {
  checkNoReservedPrefix(scope, property, value);
  checkResourceName(scope, property, value, 128);
}

/** Tag rules shared by pipeline, component, image, copy and execution (IMAGE_BUILDER_FACTS §3.6). */
export function checkTags(scope: IConstruct, property: string, tags: Record<string, string> | undefined): void {
  if (tags === undefined || isToken(tags)) return;
  const keys = Object.keys(tags);
  if (keys.length > 20) fail(scope, property, `must have at most 20 tags, but has ${keys.length}`, keys);
  for (const [key, value] of Object.entries(tags)) {
    if (!isToken(key)) {
      if (key.length < 1 || key.length > 128) fail(scope, `${property} key`, 'must be 1 to 128 characters long', key);
      if (/^(aliyun|acs:)/.test(key)) fail(scope, `${property} key`, "must not start with 'aliyun' or 'acs:'", key);
      if (/https?:\/\//.test(key)) fail(scope, `${property} key`, 'must not contain http:// or https://', key);
    }
    if (!isToken(value)) {
      if (value.length > 128) fail(scope, `${property}.${key}`, 'must be at most 128 characters long', value);
      if (/^acs:/.test(value)) fail(scope, `${property}.${key}`, "must not start with 'acs:'", value);
      if (/https?:\/\//.test(value)) fail(scope, `${property}.${key}`, 'must not contain http:// or https://', value);
    }
  }
}

const IMAGE_ID = /^(m-[a-zA-Z0-9]+|[a-zA-Z][a-zA-Z0-9._-]*\.vhd)$/;

/**
 * Image ids: custom, shared and marketplace images are `m-...`; public images are named like
 * `aliyun_3_x64_20G_alibase_20240819.vhd` (IMAGE_BUILDER_FACTS §3.1).
 */
export function checkImageId(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, IMAGE_ID,
    'must be an image id: m-... for custom, shared and marketplace images, or a public image id such as aliyun_3_x64_20G_alibase_20240819.vhd');
}

/** Whether a literal looks like an image id (used to catch an id passed where a name belongs). */
export function looksLikeImageId(value: string): boolean {
  return IMAGE_ID.test(value);
}

/** Terraform timeouts are Go durations such as `30s`, `10m` or `1h30m`. */
export function checkDuration(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, 'must be a duration such as 30s, 10m or 1h30m');
}

/** Size limit in UTF-8 bytes (the API counts bytes; a token counts as its encoded placeholder). */
export function checkMaxBytes(scope: IConstruct, property: string, value: string | undefined, max: number): void {
  if (value === undefined) return;
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > max) fail(scope, property, `must be at most ${max} bytes (UTF-8), but is ${bytes}`, value);
}

/**
 * Runs a check now and again when the app is synthesized, for inputs that can still change after
 * construction (such as build content). Errors stay ValidationErrors in both cases.
 */
export function checkNowAndAtSynth(scope: IConstruct, check: () => void): void {
  check();
  scope.node.addValidation({ validate: () => { check(); return []; } });
}
