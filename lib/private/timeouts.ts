import { IConstruct } from 'constructs';
import { checkDuration, fail } from './validation';

/** The create/update/delete timeouts every timeouts struct of the library has. */
export interface TimeoutsInput {
  readonly create?: string;
  readonly update?: string;
  readonly delete?: string;
}

type Operation = 'create' | 'update' | 'delete';

/**
 * Validates a timeouts struct against the operations the resource's `timeouts` block has and
 * returns it for the L1 (undefined when empty).
 */
export function renderTimeouts(scope: IConstruct, property: string, timeouts: TimeoutsInput | undefined,
  resourceType: string, supported: readonly Operation[]): { create?: string; update?: string; delete?: string } | undefined {
  if (timeouts === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const op of ['create', 'update', 'delete'] as const) {
    const value = timeouts[op];
    if (value === undefined) continue;
    if (!supported.includes(op)) fail(scope, `${property}.${op}`, `is not supported by ${resourceType} (it has ${supported.join(', ')})`, value);
    checkDuration(scope, `${property}.${op}`, value);
    out[op] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export interface MinuteTimeouts {
  readonly create?: number;
  readonly update?: number;
  readonly delete?: number;
}

/** Terraform `timeouts` from whole minutes, as the Apsara Stack props take them: renders `{ create: '30m', ... }`, or undefined when no timeout is set (the provider's defaults apply). */
export function renderMinuteTimeouts(timeouts: MinuteTimeouts): { create?: string; update?: string; delete?: string } | undefined {
  const entries = Object.entries(timeouts).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([k, v]) => [k, `${v}m`]));
}
