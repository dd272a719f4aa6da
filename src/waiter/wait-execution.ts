/** The poll loop of `wait-execution`: poll until a final status, the deadline or an answer that will not improve. */
import { backoffDelayMs, formatDuration } from './backoff';
import type { DescribeOutcome, ExecutionState } from './ecs-api';
import { ExitCode } from './exit-codes';
import type { WaitOptions } from './options';
import type { Reporter } from './reporter';
import { FAILED, PARTIALLY_SUCCEEDED, SUCCEEDED, isFinal } from './statuses';

export interface ExecutionSource {
  describe(executionId: string, regionId: string, timeoutMs: number): Promise<DescribeOutcome>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Unknown ids and unreadable answers get this many tries in a row: one bad gateway page is no reason to fail a deploy. */
export const MAX_BAD_ANSWERS = 3;
/** A "still BUILDING" line at most this often, so a long build shows it is alive without flooding the log. */
const HEARTBEAT_MS = 60_000;
/** Polls start this fast (or at the poll interval, if smaller) and back off to the poll interval. */
const FIRST_POLL_DELAY_MS = 2_000;
const FIRST_RETRY_DELAY_MS = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Waits for the execution and returns the process exit code; the result line goes to `reporter.result`. */
export async function waitForExecution(
  options: WaitOptions,
  api: ExecutionSource,
  reporter: Reporter,
  clock: Clock = systemClock,
  random: () => number = Math.random,
): Promise<number> {
  const { executionId, regionId, pollIntervalMs } = options;
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  const elapsed = () => formatDuration(clock.now() - start);
  reporter.progress(`waiting for ${executionId} in ${regionId} (timeout ${formatDuration(options.timeoutMs)}, polling at most every ${formatDuration(pollIntervalMs)})`);

  let polls = 0;
  let retries = 0;
  let badAnswers = 0;
  let lastStatus: string | undefined;
  let lastReport = start;
  let lastProblem: string | undefined;

  for (;;) {
    const requestTimeout = Math.max(1_000, Math.min(REQUEST_TIMEOUT_MS, deadline - clock.now()));
    const outcome = await api.describe(executionId, regionId, requestTimeout);
    let delay: number;
    switch (outcome.kind) {
      case 'found': {
        retries = 0;
        badAnswers = 0;
        lastProblem = undefined;
        const { status } = outcome.execution;
        if (status !== lastStatus || clock.now() - lastReport >= HEARTBEAT_MS) {
          reporter.progress(`${executionId} is ${status === lastStatus ? 'still ' : ''}${status} (${elapsed()} elapsed)`);
          lastStatus = status;
          lastReport = clock.now();
        }
        if (isFinal(status)) return finish(outcome.execution, options, reporter, elapsed());
        delay = backoffDelayMs(polls++, Math.min(FIRST_POLL_DELAY_MS, pollIntervalMs), pollIntervalMs, random);
        break;
      }
      case 'retry':
        lastProblem = outcome.reason;
        delay = Math.max(backoffDelayMs(retries++, Math.min(FIRST_RETRY_DELAY_MS, pollIntervalMs), pollIntervalMs, random), outcome.retryAfterMs ?? 0);
        reporter.progress(`${outcome.reason}; retrying in ${(delay / 1000).toFixed(1)}s`);
        break;
      case 'not-found':
      case 'malformed': {
        const what = outcome.kind === 'not-found'
          ? `execution ${executionId} not found in region ${regionId} (wrong region or execution id?): ${outcome.reason}`
          : `malformed DescribeImagePipelineExecutions response: ${outcome.reason}`;
        if (++badAnswers >= MAX_BAD_ANSWERS) {
          reporter.progress(`${what}; giving up after ${badAnswers} tries`);
          return ExitCode.BAD_RESPONSE;
        }
        lastProblem = what;
        delay = backoffDelayMs(retries++, Math.min(FIRST_RETRY_DELAY_MS, pollIntervalMs), pollIntervalMs, random);
        reporter.progress(`${what}; retrying in ${(delay / 1000).toFixed(1)}s`);
        break;
      }
      case 'refused':
        reporter.progress(`the API refused DescribeImagePipelineExecutions for ${executionId} in ${regionId}: ${outcome.reason}`);
        reporter.progress('check the credentials and that they allow ecs:DescribeImagePipelineExecutions');
        return ExitCode.REFUSED;
    }

    const now = clock.now();
    if (now >= deadline) {
      const last = lastStatus ? `last status ${lastStatus}` : 'no status seen';
      reporter.progress(`timed out after ${elapsed()} waiting for ${executionId} (${last}${lastProblem ? `; last problem: ${lastProblem}` : ''}). `
        + 'The build goes on in the cloud; the next terraform apply waits again.');
      return ExitCode.TIMEOUT;
    }
    await clock.sleep(Math.min(delay, deadline - now));
  }
}

function failureDetails(execution: ExecutionState): string {
  const parts = [execution.message, execution.errorCode, execution.errorInfo].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' | ') : 'the service gave no reason';
}

function finish(execution: ExecutionState, options: WaitOptions, reporter: Reporter, took: string): number {
  const { executionId, status } = execution;
  if (FAILED.has(status)) {
    const image = execution.imageId ? ` (image ${execution.imageId} was created but not tested successfully)` : '';
    reporter.progress(`${executionId} ended ${status} after ${took}: ${failureDetails(execution)}${status === 'TEST_FAILED' ? image : ''}`);
    return ExitCode.BUILD_FAILED;
  }
  if (PARTIALLY_SUCCEEDED.has(status)) {
    reporter.progress(`warning: ${executionId} ended ${status}: the image ${execution.imageId ?? '(no id reported)'} was built, but copying, sharing or cleanup partly failed: ${failureDetails(execution)}`);
    if (options.failOnPartialSuccess) return ExitCode.BUILD_FAILED;
  }
  if (!SUCCEEDED.has(status) && !PARTIALLY_SUCCEEDED.has(status)) {
    throw new Error(`finish() called with a status that is not final: ${status}`);
  }
  if (!execution.imageId) {
    reporter.progress(`${executionId} ended ${status} but the response has no ImageId`);
    return ExitCode.BAD_RESPONSE;
  }
  reporter.progress(`${executionId} finished ${status} after ${took}: image ${execution.imageId}`);
  reporter.result(JSON.stringify({
    executionId,
    imagePipelineId: execution.imagePipelineId ?? null,
    status,
    imageId: execution.imageId,
  }));
  return ExitCode.SUCCESS;
}
