/**
 * The shape every security rule has, and helpers to read the (resolved) attributes of a resource.
 * Rules see what Terraform will see: `toTerraform()` of the L1 (overrides included), resolved in its
 * stack, so a value that was a token is a string holding an unescaped `${...}` and is skipped.
 */
import { RuleLevel } from '../rule-level';

/** One resource as a rule sees it. */
export interface ResourceView {
  /** The Terraform resource type, e.g. `alicloud_instance`. */
  readonly type: string;
  /** The resolved arguments, snake_case, as written to cdk.tf.json. */
  readonly attributes: Record<string, unknown>;
  /** Whether the resource's schema has a `tags` argument. */
  readonly hasTags: boolean;
}

/** The props of the rule pack that rules read. */
export interface RuleOptions {
  readonly allowedAccountIds: readonly string[];
  readonly requiredTags: readonly string[];
}

export interface Rule {
  /** Stable id, `AIB-SEC-NNN`: suppressions and level overrides name it. */
  readonly id: string;
  /** A short title, used in messages and the README table. */
  readonly title: string;
  /** What the rule catches, one sentence for the README table. */
  readonly catches: string;
  readonly defaultLevel: RuleLevel;
  /** Describes each finding on the resource (never the secret itself); empty when compliant. */
  check(resource: ResourceView, options: RuleOptions): string[];
}

/**
 * Whether a resolved string holds a Terraform interpolation or directive: `${` or `%{` preceded by an
 * even number of further `$`/`%` (`$${` is the escape for a literal `${`).
 */
export function hasExpression(value: string): boolean {
  for (const match of value.matchAll(/(\$+)\{|(%+)\{/g)) {
    const run = (match[1] ?? match[2]).length;
    if (run % 2 === 1) return true;
  }
  return false;
}

/** A string written in the code (no deploy-time part), or undefined. */
export function literalString(value: unknown): string | undefined {
  return typeof value === 'string' && !hasExpression(value) ? value : undefined;
}

/** A number written in the code (numbers set by override may arrive as numeric strings), or undefined. */
export function literalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** Every literal string of a string or list attribute; deploy-time elements are skipped. */
export function literalStrings(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(literalString).filter((v): v is string => v !== undefined);
}
