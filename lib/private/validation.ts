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
  const json = JSON.stringify(value) ?? String(value);
  if (json.length <= 200) return json;
  // Long lists and objects (all commands of a build, say) are cut too, so the message stays readable.
  return `${json.slice(0, 200)}... (${Array.isArray(value) ? `${value.length} items` : `${json.length} characters`})`;
}

/** Whether a value holds a Terraform token anywhere (and so cannot be checked at synth time). */
export function isToken(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  // A list token (`var.regions`) is an array of one encoded element that isUnresolved does not see.
  return Token.isUnresolved(value) || (typeof value === 'string' && LIST_TOKEN_ELEMENT.test(value));
}

const LIST_TOKEN_ELEMENT = /#\{TfToken\[TOKEN\.\d+\]\}/;

/**
 * For lists the construct must split into one resource per element: a list token (unknown until
 * deploy) cannot be split at synth, so it is rejected with a clear message.
 */
export function checkLiteralList(scope: IConstruct, property: string, values: readonly string[] | undefined): void {
  if (values !== undefined && isToken(values)) {
    fail(scope, property, 'must be a list written in the code (one resource is created per element), not a token known only at deploy', values);
  }
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

/** A list that must not be empty (or shorter than `min`), e.g. the disks of an image. */
export function checkMinItems(scope: IConstruct, property: string, values: readonly unknown[] | undefined, min: number, noun: string): void {
  if (values === undefined || isToken(values)) return;
  if (values.length < min) fail(scope, property, `must have at least ${min} ${noun}`, values);
}

/** Disk device names `/dev/vda`-`/dev/vdz` or `/dev/xvda`-`/dev/xvdz` (IMAGE_BUILDER_FACTS §3.3). */
export function checkDeviceName(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^\/dev\/x?vd[a-z]$/, 'must be a device name from /dev/vda to /dev/vdz or /dev/xvda to /dev/xvdz');
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

/**
 * Description rule shared by pipelines, components and images: 2-256 characters, not a URL. The
 * provider checks the length with Go's len(), which counts UTF-8 bytes: 100 CJK characters are 300.
 */
export function checkDescription(scope: IConstruct, property: string, value: string | undefined): void {
  checkLength(scope, property, value, 2, 256);
  if (!isToken(value)) checkMaxBytes(scope, property, value, 256);
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
  checkImageName(scope, property, value);
}

/** Image names (image, copy, import): the same rule as families (IMAGE_BUILDER_FACTS §3.3, §3.4). */
export function checkImageName(scope: IConstruct, property: string, value: string | undefined): void {
  checkNoReservedPrefix(scope, property, value);
  checkResourceName(scope, property, value, 128);
}

/**
 * An IPv4 CIDR block such as 172.16.0.0/16 whose prefix length is within `minPrefix`-`maxPrefix`
 * and whose host bits are zero (the API rejects 172.16.0.1/16).
 */
export function checkCidr(scope: IConstruct, property: string, value: string | undefined, minPrefix: number, maxPrefix: number): void {
  if (value === undefined || isToken(value)) return;
  const parsed = parseCidr(value);
  if (!parsed) fail(scope, property, 'must be an IPv4 CIDR block such as 172.16.0.0/16', value);
  if (parsed.prefix < minPrefix || parsed.prefix > maxPrefix) {
    fail(scope, property, `must have a prefix length from /${minPrefix} to /${maxPrefix}`, value);
  }
  const network = (parsed.address & mask(parsed.prefix)) >>> 0;
  if (network !== parsed.address) {
    const canonical = [24, 16, 8, 0].map((shift) => (network >>> shift) & 255).join('.');
    fail(scope, property, `must have its host bits set to zero, e.g. ${canonical}/${parsed.prefix}`, value);
  }
}

/** Whether the literal CIDR block `inner` lies inside `outer` (tokens: assumed yes). */
export function checkCidrWithin(scope: IConstruct, property: string, inner: string | undefined, outer: string | undefined, outerName: string): void {
  if (inner === undefined || outer === undefined || isToken(inner) || isToken(outer)) return;
  const a = parseCidr(inner);
  const b = parseCidr(outer);
  if (!a || !b) return; // malformed blocks are reported by checkCidr
  if (a.prefix < b.prefix || ((a.address & mask(b.prefix)) >>> 0) !== b.address) {
    fail(scope, property, `must lie within the ${outerName} ${outer}`, inner);
  }
}

function parseCidr(value: string): { address: number; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!m || m.slice(1, 5).some((o) => o.length > 1 && o.startsWith('0'))) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  return { address: octets.reduce((acc, o) => acc * 256 + o, 0), prefix };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** An ECS instance type name: `ecs.<family>.<size>`, e.g. ecs.g7.large. */
export function checkInstanceTypeName(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^ecs\.[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+$/, 'must be an ECS instance type such as ecs.g7.large');
}

/** The bucket and object prefix of an image export (alicloud_image_export). */
export function checkOssExportTarget(scope: IConstruct, ossBucket: string | undefined, ossPrefix: string | undefined): void {
  checkRequired(scope, 'ossBucket', ossBucket);
  checkPattern(scope, 'ossBucket', ossBucket, /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
    'must be an OSS bucket name: 3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit');
  checkPattern(scope, 'ossPrefix', ossPrefix, /^[a-zA-Z0-9]{1,30}$/, 'must be 1 to 30 letters and digits');
}

/** RAM role names (instance RAM roles): 1-64 letters, digits, `.` and `-`. */
export function checkRamRoleName(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^[a-zA-Z0-9.-]{1,64}$/, "must be 1 to 64 characters: letters, digits, '.' and '-'");
}

/** Terraform timeout strings: Go durations such as 30m, 1h30m, 90s. */
export function checkDuration(scope: IConstruct, property: string, value: string | undefined): void {
  checkPattern(scope, property, value, /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, 'must be a duration such as 30m, 1h or 1h30m');
}

/** A value that must be given (jsii callers from other languages can pass null for anything). */
export function checkRequired(scope: IConstruct, property: string, value: unknown): void {
  if (value === undefined || value === null) fail(scope, property, 'is required', value);
}

/** Two properties that must not be set together. */
export function checkExclusive(scope: IConstruct, property: string, value: unknown, other: string, otherValue: unknown): void {
  if (value !== undefined && otherValue !== undefined) fail(scope, property, `cannot be combined with ${other}`, value);
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

/**
 * Provider ConflictsWith pairs, checked on a resource's final configuration (after escape-hatch
 * overrides), so a conflicting override fails at synth instead of at `terraform plan`.
 * `config` maps Terraform attribute names to their values; null and undefined count as unset.
 */
export function checkConflicts(scope: IConstruct, config: Record<string, unknown>, pairs: ReadonlyArray<readonly [string, string]>): void {
  const isSet = (v: unknown) => v !== undefined && v !== null;
  for (const [a, b] of pairs) {
    if (isSet(config[a]) && isSet(config[b])) {
      fail(scope, a, `conflicts with ${b}: the provider accepts only one of them`, config[a]);
    }
  }
}

/** A required value that untyped callers (JavaScript, Python) could still leave out or leave empty. */
export function checkNotEmpty(scope: IConstruct, property: string, value: string | undefined): void {
  if (isToken(value)) return;
  if (value === undefined || value === null || value === '') fail(scope, property, 'is required and must not be empty', value);
}

/**
 * A name filter that the provider compiles with Go's RE2: it must be a valid regular expression and
 * must not use lookaround or backreferences, which RE2 does not support.
 */
export function checkRegex(scope: IConstruct, property: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  try {
    new RegExp(value);
  } catch {
    fail(scope, property, 'must be a valid regular expression', value);
  }
  if (/\(\?<?[=!]|\\[1-9]/.test(value)) {
    fail(scope, property, 'must not use lookaround or backreferences (the provider uses Go RE2 regular expressions)', value);
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

/** An id that is known at synth: a literal string, not a token. */
function knownId(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '' && !isToken(value);
}

/**
 * Security groups must be in the VPC of the vSwitch they are used with (and so in one VPC). Checked
 * only where both VPC ids are literal (imported with `fromSecurityGroupAttributes` /
 * `fromVSwitchAttributes`, say); tokens are resolved only at deploy.
 */
export function checkGroupsInVpc(
  scope: IConstruct, property: string,
  groups: ReadonlyArray<{ readonly securityGroupId: string; readonly vpcId?: string }>, vswitchVpcId: string | undefined,
): void {
  if (isToken(groups)) return;
  let expected = knownId(vswitchVpcId) ? vswitchVpcId : undefined;
  const where = expected !== undefined ? "the vSwitch's VPC" : 'the VPC of the other security groups';
  groups.forEach((group, i) => {
    if (!group || !knownId(group.vpcId)) return;
    if (expected === undefined) {
      expected = group.vpcId;
    } else if (group.vpcId !== expected) {
      fail(scope, `${property}[${i}]`, `must be in ${where} ${expected}, but security group ${group.securityGroupId} is in ${group.vpcId}`, group.vpcId);
    }
  });
}

/** An IPv4 address such as 172.16.1.10 (tokens are skipped). */
export function checkIpv4Address(scope: IConstruct, property: string, value: string | undefined): void {
  if (value === undefined || isToken(value)) return;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value);
  if (!m || m.slice(1).some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0')))) {
    fail(scope, property, 'must be an IPv4 address such as 172.16.1.10', value);
  }
}

/** An imported resource id of the form `<prefix>-<letters and digits>`, e.g. `vpc-bp1...` (tokens are skipped). */
export function checkResourceId(scope: IConstruct, property: string, value: string | undefined, prefix: string, noun: string): void {
  checkPattern(scope, property, value, new RegExp(`^${prefix}-[A-Za-z0-9]+$`), `must be ${noun} id (${prefix}-...)`);
}
