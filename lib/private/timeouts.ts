/** Terraform `timeouts` blocks from whole minutes, as the L2 props take them. */

export interface MinuteTimeouts {
  readonly create?: number;
  readonly update?: number;
  readonly delete?: number;
}

/** Renders `{ create: '30m', ... }`, or undefined when no timeout is set (the provider's defaults apply). */
export function renderTimeouts(timeouts: MinuteTimeouts): { create?: string; update?: string; delete?: string } | undefined {
  const entries = Object.entries(timeouts).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([k, v]) => [k, `${v}m`]));
}
