// The one place where the `Timeouts` struct (Go durations, the same shape on both clouds) becomes a
// resource's Terraform `timeouts` block, and where the providers' differences about it are handled.
import { IConstruct } from 'constructs';
import { checkDuration, fail, isToken } from './validation';

/** The create/update/delete timeouts every timeouts struct of the library has. */
export interface TimeoutsInput {
  readonly create?: string;
  readonly update?: string;
  readonly delete?: string;
}

type Operation = 'create' | 'update' | 'delete';

/**
 * Per-provider difference: the alibabacloudstack provider (3.18.5) sleeps before it first checks a
 * new image, copy or export (20, 10 and 2 minutes after the API call), so a create timeout that is
 * not longer than that always fails. The alicloud provider polls at once and needs no minimum.
 */
const FIRST_CHECK_AFTER_MINUTES: Record<string, { minutes: number; what: string }> = {
  alibabacloudstack_ecs_image: { minutes: 20, what: 'the image 20 minutes after CreateImage' },
  alibabacloudstack_image_copy: { minutes: 10, what: 'the copy 10 minutes after CopyImage' },
  alibabacloudstack_image_export: { minutes: 2, what: 'the export task 2 minutes after ExportImage' },
};

const UNIT_MINUTES: Record<string, number> = { ns: 1 / 6e10, us: 1 / 6e7, µs: 1 / 6e7, ms: 1 / 6e4, s: 1 / 60, m: 1, h: 60 };

/** A Go duration (already checked by checkDuration) in minutes. */
export function durationMinutes(value: string): number {
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * UNIT_MINUTES[unit];
  return total;
}

/**
 * Validates a timeouts struct against the operations the resource's `timeouts` block has (and the
 * provider's minimum, see above) and returns it for the L1 (undefined when empty).
 */
export function renderTimeouts(scope: IConstruct, property: string, timeouts: TimeoutsInput | undefined,
  resourceType: string, supported: readonly Operation[]): { create?: string; update?: string; delete?: string } | undefined {
  if (timeouts === undefined || timeouts === null) return undefined;
  const out: Record<string, string> = {};
  for (const op of ['create', 'update', 'delete'] as const) {
    const value = timeouts[op];
    if (value === undefined || value === null) continue;
    if (!supported.includes(op)) fail(scope, `${property}.${op}`, `is not supported by ${resourceType} (it has ${supported.join(', ')})`, value);
    checkDuration(scope, `${property}.${op}`, value);
    const firstCheck = FIRST_CHECK_AFTER_MINUTES[resourceType];
    if (op === 'create' && firstCheck && !isToken(value) && durationMinutes(value) <= firstCheck.minutes) {
      fail(scope, `${property}.${op}`, `must be more than ${firstCheck.minutes}m (${resourceType} checks ${firstCheck.what} for the first time)`, value);
    }
    out[op] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
