/**
 * The poll loop of `wait-execution`: poll until a final status, the deadline or an answer that will
 * not improve; then, with --image-family, put the built image into the family.
 *
 * With --pipeline-id, an execution that has already failed at the first look (a build that failed in
 * an earlier `terraform apply`, whose tainted waiter Terraform now runs again) is built again: the
 * waiter adopts a newer running or finished execution of the pipeline if there is one (a rebuild an
 * earlier run started), else starts a fresh one, and waits for that instead. At most one such
 * restart per run, and never for an execution this run has seen running, so a build that keeps
 * failing costs one extra build per apply, never a loop.
 */
import { randomUUID } from 'crypto';
import { backoffDelayMs, formatDuration } from './backoff';
import type { ApiProblem, DescribeOutcome, ExecutionState, ListOutcome, ModifyOutcome, StartOutcome } from './ecs-api';
import { ExitCode } from './exit-codes';
import type { WaitOptions } from './options';
import type { Reporter } from './reporter';
import { FAILED, PARTIALLY_SUCCEEDED, SUCCEEDED, isFinal } from './statuses';
import type { ImageOps } from './image-api';
import { applyImageSettings, hasImageSettings } from './post-build';

export interface ExecutionSource {
  describe(executionId: string, regionId: string, timeoutMs: number): Promise<DescribeOutcome>;
  setImageFamily(imageId: string, imageFamily: string, regionId: string, timeoutMs: number): Promise<ModifyOutcome>;
  listForPipeline(imagePipelineId: string, regionId: string, timeoutMs: number): Promise<ListOutcome>;
  startExecution(imagePipelineId: string, regionId: string, clientToken: string, timeoutMs: number): Promise<StartOutcome>;
  /** The image calls of the post-build settings; needed only with them. */
  readonly images?: ImageOps;
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

/** What one run of the waiter shares between the poll loop and the image family step. */
class Run {
  readonly start: number;
  readonly deadline: number;

  constructor(
    readonly options: WaitOptions,
    readonly api: ExecutionSource,
    readonly reporter: Reporter,
    readonly clock: Clock,
    private readonly random: () => number,
  ) {
    this.start = clock.now();
    this.deadline = this.start + options.timeoutMs;
  }

  elapsed(): string {
    return formatDuration(this.clock.now() - this.start);
  }

  /** A request may take up to 30 s, less near the deadline, never less than 1 s. */
  requestTimeout(): number {
    return Math.max(1_000, Math.min(REQUEST_TIMEOUT_MS, this.deadline - this.clock.now()));
  }

  backoff(attempt: number, firstDelayMs: number): number {
    const { pollIntervalMs } = this.options;
    return backoffDelayMs(attempt, Math.min(firstDelayMs, pollIntervalMs), pollIntervalMs, this.random);
  }

  /** The pause before retry number `attempt` (from 0) after an error, at least what the service asked for. */
  retryDelay(attempt: number, retryAfterMs = 0): number {
    return Math.max(this.backoff(attempt, FIRST_RETRY_DELAY_MS), retryAfterMs);
  }

  /** Sleeps `delay` (cut to the deadline) and returns true, or returns false at once when the deadline has passed. */
  async pause(delay: number): Promise<boolean> {
    const now = this.clock.now();
    if (now >= this.deadline) return false;
    await this.clock.sleep(Math.min(delay, this.deadline - now));
    return true;
  }
}

/** Waits for the execution and returns the process exit code; the result line goes to `reporter.result`. */
export async function waitForExecution(
  options: WaitOptions,
  api: ExecutionSource,
  reporter: Reporter,
  clock: Clock = systemClock,
  random: () => number = Math.random,
): Promise<number> {
  const { regionId, pollIntervalMs } = options;
  let executionId = options.executionId;
  /** The failed execution this run replaced, once it has. */
  let restartedFrom: string | undefined;
  let firstLook = true;
  const run = new Run(options, api, reporter, clock, random);
  reporter.activity = () => `${executionId} in ${regionId} (${lastStatus ? `last status ${lastStatus}` : 'no status seen yet'}, ${run.elapsed()} elapsed)`;
  reporter.progress(`waiting for ${executionId} in ${regionId} (timeout ${formatDuration(options.timeoutMs)}, polling at most every ${formatDuration(pollIntervalMs)})`);

  let polls = 0;
  let retries = 0;
  let badAnswers = 0;
  let lastStatus: string | undefined;
  let lastReport = run.start;
  let lastProblem: string | undefined;

  for (;;) {
    const outcome = await api.describe(executionId, regionId, run.requestTimeout());
    let delay: number;
    switch (outcome.kind) {
      case 'found': {
        retries = 0;
        badAnswers = 0;
        lastProblem = undefined;
        const { status } = outcome.execution;
        if (status !== lastStatus || clock.now() - lastReport >= HEARTBEAT_MS) {
          reporter.progress(`${executionId} is ${status === lastStatus ? 'still ' : ''}${status} (${run.elapsed()} elapsed)`);
          lastStatus = status;
          lastReport = clock.now();
        }
        const rebuild = firstLook && FAILED.has(status) && options.pipelineId !== undefined;
        firstLook = false;
        if (rebuild) {
          const next = await buildAgain(outcome.execution, run);
          if (typeof next === 'number') return next;
          restartedFrom = executionId;
          executionId = next;
          lastStatus = undefined;
          polls = 0;
          delay = run.backoff(polls++, FIRST_POLL_DELAY_MS);
          break;
        }
        if (isFinal(status)) return finish(outcome.execution, run, restartedFrom);
        delay = run.backoff(polls++, FIRST_POLL_DELAY_MS);
        break;
      }
      case 'retry':
        lastProblem = outcome.reason;
        delay = run.retryDelay(retries++, outcome.retryAfterMs);
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
        delay = run.retryDelay(retries++);
        reporter.progress(`${what}; retrying in ${(delay / 1000).toFixed(1)}s`);
        break;
      }
      case 'refused':
        reporter.progress(`the API refused DescribeImagePipelineExecutions for ${executionId} in ${regionId}: ${outcome.reason}; `
          + hint(outcome, 'ecs:DescribeImagePipelineExecutions'));
        return ExitCode.REFUSED;
    }

    if (!await run.pause(delay)) {
      const last = lastStatus ? `last status ${lastStatus}` : 'no status seen';
      reporter.progress(`timed out after ${run.elapsed()} waiting for ${executionId} (${last}${lastProblem ? `; last problem: ${lastProblem}` : ''}). `
        + 'The build goes on in the cloud; the next terraform apply waits again.');
      return ExitCode.TIMEOUT;
    }
  }
}

/** What to check after a refusal: the credentials themselves, or their RAM permission. */
function hint(outcome: ApiProblem, permission: string): string {
  return outcome.kind === 'refused' && outcome.credentials
    ? 'check the AccessKey id, secret and STS token the waiter uses (ALIBABA_CLOUD_* or ALICLOUD_* variables, credentials file, profile or RAM role)'
    : `check the credentials and that they allow ${permission}`;
}

function failureDetails(execution: ExecutionState): string {
  const parts = [execution.message, execution.errorCode, execution.errorInfo].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' | ') : 'the service gave no reason';
}

/**
 * The execution had already failed before this run looked: returns the execution to wait for
 * instead (a newer one of the pipeline, or a fresh one), or an exit code.
 */
async function buildAgain(failed: ExecutionState, run: Run): Promise<string | number> {
  const { options: { pipelineId, regionId }, reporter } = run;
  const pipeline = pipelineId!;
  if (failed.imagePipelineId !== undefined && failed.imagePipelineId !== pipeline) {
    reporter.progress(`${failed.executionId} belongs to pipeline ${failed.imagePipelineId}, not ${pipeline}; not building it again`);
    return ExitCode.USAGE;
  }
  reporter.progress(`${failed.executionId} had already ended ${failed.status} before this wait began (${failureDetails(failed)}); building ${pipeline} again`);

  const listed = await untilAnswered(run, 'DescribeImagePipelineExecutions', `the executions of ${pipeline}`, 'ecs:DescribeImagePipelineExecutions',
    () => run.api.listForPipeline(pipeline, regionId, run.requestTimeout()));
  if (typeof listed === 'number') return listed;
  // A rebuild an earlier run started (and then timed out or was interrupted) is newer than the failed one.
  const newer = listed.executions
    .filter((e) => e.executionId !== failed.executionId && !FAILED.has(e.status))
    .filter((e) => e.creationTime !== undefined && failed.creationTime !== undefined && e.creationTime > failed.creationTime)
    .sort((a, b) => (a.creationTime! < b.creationTime! ? 1 : -1))[0];
  if (newer) {
    reporter.progress(`${pipeline} has a newer execution ${newer.executionId} (${newer.status}); waiting for it instead of starting another`);
    return newer.executionId;
  }

  // One token for every retry of this start: a start whose answer was lost is not started twice.
  const clientToken = `cdktf-${randomUUID()}`;
  const started = await untilAnswered(run, 'StartImagePipelineExecution', `a new execution of ${pipeline}`, 'ecs:StartImagePipelineExecution',
    () => run.api.startExecution(pipeline, regionId, clientToken, run.requestTimeout()));
  if (typeof started === 'number') return started;
  reporter.progress(`started ${started.executionId} of ${pipeline} in place of ${failed.executionId} (request id ${started.requestId}); waiting for it`);
  return started.executionId;
}

/**
 * Calls until the API answers: throttling, 5xx and network errors are retried until the deadline,
 * malformed answers MAX_BAD_ANSWERS times; a refusal ends the run. Returns the answer or an exit code.
 */
async function untilAnswered<T extends { readonly kind: string }>(
  run: Run, api: string, what: string, permission: string, call: () => Promise<T | ApiProblem>,
): Promise<Exclude<T, ApiProblem> | number> {
  const { reporter } = run;
  let retries = 0;
  let badAnswers = 0;
  for (;;) {
    const outcome = await call();
    let problem: string;
    switch (outcome.kind) {
      case 'retry':
        problem = (outcome as ApiProblem).reason;
        break;
      case 'malformed':
        problem = `malformed ${api} response: ${(outcome as ApiProblem).reason}`;
        if (++badAnswers >= MAX_BAD_ANSWERS) {
          reporter.progress(`${problem}; giving up after ${badAnswers} tries`);
          return ExitCode.BAD_RESPONSE;
        }
        break;
      case 'not-found':
      case 'refused':
        reporter.progress(`the API refused ${api} (${what}): ${(outcome as ApiProblem).reason}; ${hint(outcome as ApiProblem, permission)}`);
        return ExitCode.REFUSED;
      default:
        return outcome as Exclude<T, ApiProblem>;
    }
    const delay = run.retryDelay(retries++, outcome.kind === 'retry' ? (outcome as { retryAfterMs?: number }).retryAfterMs : undefined);
    reporter.progress(`${problem}; retrying in ${(delay / 1000).toFixed(1)}s`);
    if (!await run.pause(delay)) {
      reporter.progress(`timed out after ${run.elapsed()} asking for ${what} (last problem: ${problem})`);
      return ExitCode.TIMEOUT;
    }
  }
}

async function finish(execution: ExecutionState, run: Run, restartedFrom?: string): Promise<number> {
  const { options, reporter } = run;
  const { executionId, status, imageId } = execution;
  const took = run.elapsed();
  if (FAILED.has(status)) {
    const image = imageId ? ` (image ${imageId} was created but not tested successfully)` : '';
    reporter.progress(`${executionId} ended ${status} after ${took}: ${failureDetails(execution)}${status === 'TEST_FAILED' ? image : ''}`);
    return ExitCode.BUILD_FAILED;
  }
  if (PARTIALLY_SUCCEEDED.has(status)) {
    reporter.progress(`warning: ${executionId} ended ${status}: the image ${imageId ?? '(no id reported)'} was built, but copying, sharing or cleanup partly failed: ${failureDetails(execution)}`);
    if (options.failOnPartialSuccess) return ExitCode.BUILD_FAILED;
  }
  if (!SUCCEEDED.has(status) && !PARTIALLY_SUCCEEDED.has(status)) {
    throw new Error(`finish() called with a status that is not final: ${status}`);
  }
  if (!imageId) {
    reporter.progress(`${executionId} ended ${status} but the response has no ImageId`);
    return ExitCode.BAD_RESPONSE;
  }
  reporter.progress(`${executionId} finished ${status} after ${took}: image ${imageId}`);
  if (options.imageFamily !== undefined) {
    const code = await setImageFamily(imageId, options.imageFamily, run);
    if (code !== ExitCode.SUCCESS) return code;
  }
  let copies: Record<string, string> | undefined;
  if (hasImageSettings(options.imageSettings, options.imageFamily)) {
    if (!run.api.images) throw new Error('image settings given but the ExecutionSource has no image API');
    const settings = await applyImageSettings(
      { imageId, regionId: options.regionId, partial: PARTIALLY_SUCCEEDED.has(status) }, options.imageSettings!, options.imageFamily, run.api.images, run);
    if (settings.exitCode !== ExitCode.SUCCESS) return settings.exitCode;
    if (Object.keys(settings.copies).length > 0) copies = settings.copies;
  }
  reporter.result(JSON.stringify({
    executionId,
    imagePipelineId: execution.imagePipelineId ?? null,
    status,
    imageId,
    ...(options.imageFamily !== undefined ? { imageFamily: options.imageFamily } : {}),
    ...(restartedFrom !== undefined ? { restartedFrom } : {}),
    ...(copies !== undefined ? { copies } : {}),
  }));
  return ExitCode.SUCCESS;
}

/**
 * Puts the built image into the family with ModifyImageAttribute, retrying throttling, 5xx answers
 * and network errors until the deadline (and a few malformed answers, as the poll loop does).
 */
async function setImageFamily(imageId: string, family: string, run: Run): Promise<number> {
  const { options: { regionId }, reporter } = run;
  const builtButNot = `image ${imageId} was built but is not in family ${family}`;
  reporter.progress(`setting image family ${family} on ${imageId} in ${regionId}`);
  let retries = 0;
  let badAnswers = 0;
  for (;;) {
    const outcome = await run.api.setImageFamily(imageId, family, regionId, run.requestTimeout());
    let problem: string;
    switch (outcome.kind) {
      case 'done':
        reporter.progress(`image ${imageId} is in family ${family} (request id ${outcome.requestId})`);
        return ExitCode.SUCCESS;
      case 'retry':
        problem = outcome.reason;
        break;
      case 'malformed':
        problem = `malformed ModifyImageAttribute response: ${outcome.reason}`;
        if (++badAnswers >= MAX_BAD_ANSWERS) {
          reporter.progress(`${problem}; giving up after ${badAnswers} tries: ${builtButNot}, or may not be`);
          return ExitCode.BAD_RESPONSE;
        }
        break;
      case 'not-found':
      case 'refused':
        reporter.progress(`the API refused ModifyImageAttribute (image family ${family}) for ${imageId} in ${regionId}: ${outcome.reason}; `
          + `${builtButNot}; ${hint(outcome, 'ecs:ModifyImageAttribute')}`);
        return ExitCode.REFUSED;
    }
    const delay = run.retryDelay(retries++, outcome.kind === 'retry' ? outcome.retryAfterMs : undefined);
    reporter.progress(`${problem}; retrying in ${(delay / 1000).toFixed(1)}s`);
    if (!await run.pause(delay)) {
      reporter.progress(`timed out after ${run.elapsed()} setting the image family (last problem: ${problem}): ${builtButNot}. `
        + 'The next terraform apply runs the waiter again, which sets the family.');
      return ExitCode.TIMEOUT;
    }
  }
}
