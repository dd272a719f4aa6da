/**
 * One ECS call made until it works, the deadline passes or the answer will not improve: throttling,
 * 5xx answers and network errors are retried with backoff; a malformed answer gets MAX_BAD_ANSWERS
 * tries; a refusal (credentials, RAM permission, parameters, an unknown id) ends at once.
 */
import { backoffDelayMs, formatDuration } from './backoff';
import { ExitCode } from './exit-codes';
import type { CallOutcome } from './image-api';
import type { Reporter } from './reporter';
import type { Clock } from './wait-execution';

/** Malformed answers in a row before giving up (the poll loop's rule). */
export const MAX_BAD_ANSWERS = 3;
const FIRST_RETRY_DELAY_MS = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** What a retried call needs from its run: the deadline, pauses and where to report. */
export interface RetryContext {
  readonly reporter: Reporter;
  elapsed(): string;
  requestTimeout(): number;
  retryDelay(attempt: number, retryAfterMs?: number): number;
  pause(delay: number): Promise<boolean>;
}

/** A RetryContext with its own deadline (for a command that has no poll loop of its own). */
export class Deadline implements RetryContext {
  private readonly start: number;
  private readonly deadline: number;

  constructor(
    readonly reporter: Reporter,
    timeoutMs: number,
    private readonly maxDelayMs: number,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {
    this.start = clock.now();
    this.deadline = this.start + timeoutMs;
  }

  elapsed(): string {
    return formatDuration(this.clock.now() - this.start);
  }

  requestTimeout(): number {
    return Math.max(1_000, Math.min(REQUEST_TIMEOUT_MS, this.deadline - this.clock.now()));
  }

  retryDelay(attempt: number, retryAfterMs = 0): number {
    const delay = backoffDelayMs(attempt, Math.min(FIRST_RETRY_DELAY_MS, this.maxDelayMs), this.maxDelayMs, this.random);
    return Math.max(delay, retryAfterMs);
  }

  async pause(delay: number): Promise<boolean> {
    const now = this.clock.now();
    if (now >= this.deadline) return false;
    await this.clock.sleep(Math.min(delay, this.deadline - now));
    return true;
  }
}

/** A call that ended without a value: the exit code, and whether the API said the thing is unknown. */
export interface CallFailure {
  readonly ok: false;
  readonly exitCode: number;
  readonly notFound: boolean;
}

export type CallResult<T> = { readonly ok: true; readonly value: T } | CallFailure;

export interface CallDescription {
  /** The API, for messages: `ModifyImageAttribute`. */
  readonly api: string;
  /** What the call is for, for messages: `boot mode UEFI for m-... in cn-hangzhou`. */
  readonly what: string;
  /** The RAM action that a refusal most likely lacks. */
  readonly permission: string;
  /** What state things are left in if the call fails, appended to the final message. */
  readonly consequence: string;
}

/** Makes `call` until it is done, refused, malformed MAX_BAD_ANSWERS times, or the deadline has passed. */
export async function callWithRetries<T>(ctx: RetryContext, description: CallDescription, call: (timeoutMs: number) => Promise<CallOutcome<T>>): Promise<CallResult<T>> {
  const { api, what, permission, consequence } = description;
  const { reporter } = ctx;
  let retries = 0;
  let badAnswers = 0;
  for (;;) {
    const outcome = await call(ctx.requestTimeout());
    let problem: string;
    switch (outcome.kind) {
      case 'done':
        return { ok: true, value: outcome.value };
      case 'retry':
        problem = outcome.reason;
        break;
      case 'malformed':
        problem = `malformed ${api} response: ${outcome.reason}`;
        if (++badAnswers >= MAX_BAD_ANSWERS) {
          reporter.progress(`${problem}; giving up after ${badAnswers} tries (${what}): ${consequence}`);
          return { ok: false, exitCode: ExitCode.BAD_RESPONSE, notFound: false };
        }
        break;
      case 'not-found':
      case 'refused':
        reporter.progress(`the API refused ${api} (${what}): ${outcome.reason}`);
        reporter.progress(`${consequence}; check the credentials and that they allow ${permission}`);
        return { ok: false, exitCode: ExitCode.REFUSED, notFound: outcome.kind === 'not-found' };
    }
    const delay = ctx.retryDelay(retries++, outcome.kind === 'retry' ? outcome.retryAfterMs : undefined);
    reporter.progress(`${problem}; retrying in ${(delay / 1000).toFixed(1)}s`);
    if (!await ctx.pause(delay)) {
      reporter.progress(`timed out after ${ctx.elapsed()} (${what}; last problem: ${problem}): ${consequence}`);
      return { ok: false, exitCode: ExitCode.TIMEOUT, notFound: false };
    }
  }
}
