/**
 * Runtime type checks for what jsii cannot guarantee: plain JavaScript and Python callers can pass
 * `null`, leave out required props, put `null` into lists and maps, or pass any string where an
 * enum belongs. Each construct declares the shape of its props once (`checkProps`) at the top of its
 * constructor, so a wrong value is the library's ValidationError naming path, property, rule and
 * value, never a TypeError later and never a silently emitted value.
 * Values that are Terraform tokens (known only at deploy) pass.
 */
import { IConstruct } from 'constructs';
import { fail, isToken } from './validation';

/** Checks one value (never `undefined`: absent values are the business of `required`). */
export type Check = (scope: IConstruct, property: string, value: unknown) => void;

/** How a prop is checked: a Check, or a Check that also demands the prop. */
export type PropsSpec = Record<string, Check>;

function present(scope: IConstruct, property: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null) fail(scope, property, 'must not be null (leave it out instead)', value);
  return true;
}

function checker(rule: string, ok: (value: unknown) => boolean): Check {
  return (scope, property, value) => {
    if (!present(scope, property, value) || isToken(value)) return;
    if (!ok(value)) fail(scope, property, rule, value);
  };
}

/** A string (a string token too). */
export const str: Check = checker('must be a string', (v) => typeof v === 'string');

/** A string that is not empty or blank: ids (zone, resource group, vSwitch, KMS key, ...). */
export const nonEmpty: Check = checker('must be a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');

/** A finite number (a number token too). */
export const num: Check = checker('must be a finite number', (v) => typeof v === 'number' && Number.isFinite(v));

/** true or false. */
export const bool: Check = checker('must be true or false', (v) => typeof v === 'boolean');

/** Any object: interfaces such as IVpc, providers, constructs. */
export const obj: Check = checker('must be an object', (v) => typeof v === 'object' || typeof v === 'function');

/** `a ComponentType`, `an InstanceType`. */
const article = (name: string) => (/^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`);

/** One of an enum's values. */
export function oneOf(enumObject: Record<string, string | number>, name: string): Check {
  const values = Object.values(enumObject).filter((v) => typeof v === 'string') as string[];
  return checker(`must be ${article(name)}: one of ${values.join(', ')}`, (v) => values.includes(v as string));
}

/** An instance of one of the library's enum-like classes (InstanceType, BaseImage, ...). */
export function instanceOf(cls: { readonly prototype: object }, name: string): Check {
  // Classes with private constructors are not `new`-able types, but `instanceof` works on them.
  return checker(`must be ${article(name)} (use the ${name} class)`, (v) => v instanceof (cls as unknown as new () => object));
}

/** A list whose elements all pass `item`. */
export function listOf(item: Check): Check {
  return (scope, property, value) => {
    if (!present(scope, property, value) || isToken(value)) return;
    if (!Array.isArray(value)) fail(scope, property, 'must be a list', value);
    value.forEach((element, i) => {
      if (element === undefined || element === null) fail(scope, `${property}[${i}]`, 'must not be null or undefined', element);
      item(scope, `${property}[${i}]`, element);
    });
  };
}

/** A list of strings. */
export const strList: Check = listOf(str);

/** A map of string keys to strings (tags, parameters). */
export const strMap: Check = (scope, property, value) => {
  if (!present(scope, property, value) || isToken(value)) return;
  if (typeof value !== 'object' || Array.isArray(value)) fail(scope, property, 'must be a map of strings', value);
  for (const [key, element] of Object.entries(value as object)) {
    if (element === undefined || element === null) fail(scope, `${property}.${key}`, 'must not be null or undefined', element);
    str(scope, `${property}.${key}`, element);
  }
};

/** A struct whose fields are checked by `spec` (errors name `property.field`). */
export function struct(spec: PropsSpec): Check {
  return (scope, property, value) => {
    if (!present(scope, property, value) || isToken(value)) return;
    if (typeof value !== 'object' || Array.isArray(value)) fail(scope, property, 'must be an object', value);
    checkFields(scope, value as Record<string, unknown>, spec, `${property}.`);
  };
}

/** A prop the caller must give. */
export function required(check: Check): Check {
  return (scope, property, value) => {
    if (value === undefined || value === null) fail(scope, property, 'is required', value);
    check(scope, property, value);
  };
}

/**
 * Checks a construct's props against its spec. `props` itself may be missing (JavaScript callers):
 * then every required prop is reported as missing.
 */
export function checkProps(scope: IConstruct, props: unknown, spec: PropsSpec): void {
  if (props !== undefined && props !== null && (typeof props !== 'object' || Array.isArray(props))) {
    fail(scope, 'props', 'must be an object', props);
  }
  checkFields(scope, (props ?? {}) as Record<string, unknown>, spec, '');
}

function checkFields(scope: IConstruct, values: Record<string, unknown>, spec: PropsSpec, prefix: string): void {
  for (const [name, check] of Object.entries(spec)) check(scope, `${prefix}${name}`, values[name]);
}

/** The `Timeouts` struct shared by several constructs. */
export const timeoutsStruct: Check = struct({ create: str, update: str, delete: str });

/** The `BuildWaiterOptions` struct (executions and the factory pass it on). */
export const waitOptionsStruct: Check = struct({
  region: str, timeoutMinutes: num, pollIntervalSeconds: num, nodeCommand: str, failOnPartialSuccess: bool, imageFamily: str,
  // The post-build settings' values are checked where they are used, with the settings' own messages.
  bootMode: str, nvmeSupport: str, imdsSupport: str,
  imageTags: strMap, copyRegionIds: strList,
});

/** The `ImageRetention` struct of the factory's retention. */
export const retentionStruct: Check = struct({
  keepLatest: num, deprecateOlder: bool, deleteAfterDays: num, dryRun: bool, includeShared: bool, timeoutMinutes: num,
});

/**
 * Checks the arguments of a method of a class that is not a construct (such as BuildContent): the
 * error names `<Class>.<method>` where a construct path would stand.
 */
export function checkArgs(where: string, args: Record<string, unknown>, spec: PropsSpec): void {
  const scope = { node: { path: where } } as unknown as IConstruct;
  checkFields(scope, args, spec, '');
}
