/**
 * Exponential backoff with "equal jitter": the delay doubles from `initialMs` up to `capMs`, and each
 * wait is a random point in the upper half of that delay, so it never exceeds the cap and parallel
 * waiters (several stacks in one apply) spread out instead of polling in lockstep.
 */
export function backoffDelayMs(attempt: number, initialMs: number, capMs: number, random: () => number = Math.random): number {
  const base = Math.min(capMs, initialMs * Math.pow(2, Math.max(0, attempt)));
  return base / 2 + random() * (base / 2);
}

/** "1h 2m 3s" style, for progress lines. */
export function formatDuration(ms: number): string {
  // Sub-minute values keep two decimals, so tiny test intervals do not print as "0s".
  if (ms < 60_000) return `${Number((Math.max(0, ms) / 1000).toFixed(2))}s`;
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${m}m ${s}s`;
  if (m > 0) return `${m}m ${s}s`;
  return `${s}s`;
}
