/**
 * The waiter's ECS calls through Alibaba Cloud's SDK (DescribeImagePipelineExecutions,
 * StartImagePipelineExecution to rebuild a failed build with --pipeline-id, and ModifyImageAttribute
 * for --image-family), with every way they can go wrong sorted into what the caller does next:
 * retry, give up as malformed/unknown, or give up as refused.
 */
import Ecs, { DescribeImagePipelineExecutionsRequest, ModifyImageAttributeRequest, StartImagePipelineExecutionRequest } from '@alicloud/ecs20140526';
import { $OpenApiUtil, AlibabaCloudError, ThrottlingError } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import type Credential from '@alicloud/credentials';

export interface ExecutionState {
  readonly executionId: string;
  readonly imagePipelineId?: string;
  readonly imageId?: string;
  readonly status: string;
  readonly message?: string;
  readonly errorCode?: string;
  readonly errorInfo?: string;
  /** ISO 8601, as the API gives it (`2026-11-23T01:02:03Z`). */
  readonly creationTime?: string;
}

export type DescribeOutcome =
  | { readonly kind: 'found'; readonly execution: ExecutionState }
  /** A 200 answer that does not list the execution. */
  | { readonly kind: 'not-found'; readonly reason: string }
  /** Throttling, a 5xx or a network error: worth another try. */
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  /** An answer that is not the documented JSON shape. */
  | { readonly kind: 'malformed'; readonly reason: string }
  /**
   * A 4xx the caller cannot fix by waiting: credentials (`credentials: true`: unknown or disabled
   * AccessKey, bad signature, expired token), RAM permission, parameters.
   */
  | { readonly kind: 'refused'; readonly reason: string; readonly credentials?: boolean };

/** Every way a call can go wrong (a `NotFound` error code comes back as 'not-found'). */
export type ApiProblem = Exclude<DescribeOutcome, { readonly kind: 'found' }>;

/** How a ModifyImageAttribute call went. */
export type ModifyOutcome = { readonly kind: 'done'; readonly requestId: string } | ApiProblem;

/** How a StartImagePipelineExecution call went. */
export type StartOutcome = { readonly kind: 'started'; readonly executionId: string; readonly requestId: string } | ApiProblem;

/** The executions of a pipeline (DescribeImagePipelineExecutions by ImagePipelineId). */
export type ListOutcome = { readonly kind: 'listed'; readonly executions: readonly ExecutionState[] } | ApiProblem;

/** DescribeImagePipelineExecutions' largest page. */
const MAX_RESULTS = 500;

export interface EcsTarget {
  readonly regionId: string;
  readonly endpoint?: string;
  readonly protocol: string;
}

/** Error codes that say the credentials themselves are wrong (whatever the HTTP status, e.g. 404 for an unknown AccessKey). */
const CREDENTIAL_ERROR = /^(InvalidAccessKeyId(\..+)?|InvalidAccessKeySecret|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken(\..+)?|SecurityTokenExpired|MissingSecurityToken|Forbidden\.AccessKeyDisabled|InvalidTimeStamp(\..+)?)$/;
/** Error codes that say the credentials are fine but not allowed (a RAM policy). */
const PERMISSION_ERROR = /^(Forbidden(\..+)?|NoPermission(\..+)?|UnauthorizedOperation|NotAuthorized|Unauthorized)$/;

/**
 * The SDK reads an error answer as JSON before it looks at the HTTP status, so a 502/503 page from a
 * gateway or load balancer in front of the API surfaces as a bare SyntaxError. The status of the
 * last response is kept here (the waiter makes one call at a time) so such an answer can be retried
 * as the 5xx it is. `doAction` is the SDK's one HTTP entry point (@darabonba/typescript, pinned).
 */
let lastHttpStatus: number | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const daraCore: { doAction: (request: unknown, runtime: unknown) => Promise<{ statusCode?: number }> } = require('@darabonba/typescript/dist/core');
const sdkDoAction = daraCore.doAction;
daraCore.doAction = async (request, runtime) => {
  const response = await sdkDoAction(request, runtime);
  lastHttpStatus = response.statusCode;
  return response;
};

/** Errors Node and the SDK's HTTP layer raise when the network, not the API, failed. */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET']);

export class ExecutionApi {
  private readonly client: Ecs;

  constructor(target: EcsTarget, credential: Credential) {
    this.client = new Ecs(new $OpenApiUtil.Config({
      credential,
      regionId: target.regionId,
      endpoint: target.endpoint,
      protocol: target.protocol,
      userAgent: 'cdktf-alicloud-image-builder-waiter',
    }));
  }

  async describe(executionId: string, regionId: string, timeoutMs: number): Promise<DescribeOutcome> {
    const sent = await send(() => this.client.describeImagePipelineExecutionsWithOptions(
      new DescribeImagePipelineExecutionsRequest({ executionId, regionId }), runtimeOptions(timeoutMs)));
    return sent.kind === 'answered' ? readBody(sent.body, executionId) : sent;
  }

  /** The pipeline's executions (one page of up to 500; a pipeline rarely has more, and old ones matter less). */
  async listForPipeline(imagePipelineId: string, regionId: string, timeoutMs: number): Promise<ListOutcome> {
    const sent = await send(() => this.client.describeImagePipelineExecutionsWithOptions(
      new DescribeImagePipelineExecutionsRequest({ imagePipelineId, regionId, maxResults: MAX_RESULTS }), runtimeOptions(timeoutMs)));
    return sent.kind === 'answered' ? readList(sent.body) : sent;
  }

  /**
   * Starts a new execution of the pipeline. The caller keeps `clientToken` for its retries of the
   * same start, so a start whose answer was lost is not started twice.
   */
  async startExecution(imagePipelineId: string, regionId: string, clientToken: string, timeoutMs: number): Promise<StartOutcome> {
    const sent = await send(() => this.client.startImagePipelineExecutionWithOptions(
      new StartImagePipelineExecutionRequest({ regionId, imagePipelineId, clientToken }), runtimeOptions(timeoutMs)));
    if (sent.kind !== 'answered') return sent;
    if (!hasRequestId(sent.body)) return { kind: 'malformed', reason: 'response has no RequestId' };
    const executionId = sent.body.executionId;
    if (typeof executionId !== 'string' || !/^exec-[A-Za-z0-9]+$/.test(executionId)) {
      return { kind: 'malformed', reason: `response ${sent.body.requestId} has no ExecutionId exec-... (got ${JSON.stringify(executionId)})` };
    }
    return { kind: 'started', executionId, requestId: sent.body.requestId };
  }

  /** Puts the image into the family (ModifyImageAttribute with ImageFamily). */
  async setImageFamily(imageId: string, imageFamily: string, regionId: string, timeoutMs: number): Promise<ModifyOutcome> {
    const sent = await send(() => this.client.modifyImageAttributeWithOptions(
      new ModifyImageAttributeRequest({ regionId, imageId, imageFamily }), runtimeOptions(timeoutMs)));
    if (sent.kind !== 'answered') return sent;
    if (!hasRequestId(sent.body)) return { kind: 'malformed', reason: 'response has no RequestId' };
    return { kind: 'done', requestId: sent.body.requestId };
  }
}

/** The callers do their own retries (with jitter and a deadline), so the SDK's are off. */
export function runtimeOptions(timeoutMs: number): $dara.RuntimeOptions {
  return new $dara.RuntimeOptions({ autoretry: false, connectTimeout: Math.min(timeoutMs, 10_000), readTimeout: timeoutMs });
}

/** Makes one SDK call; a thrown error comes back classified. */
export async function send(call: () => Promise<{ body?: unknown }>): Promise<{ readonly kind: 'answered'; readonly body: any } | ApiProblem> {
  lastHttpStatus = undefined;
  try {
    return { kind: 'answered', body: (await call()).body };
  } catch (e) {
    return classifyError(e, lastHttpStatus);
  }
}

export function hasRequestId(body: any): boolean {
  return body !== null && typeof body === 'object' && typeof body.requestId === 'string';
}

function describeApiError(e: AlibabaCloudError): string {
  const data = (e as any).data ?? {};
  const message = oneLine(String(data.Message ?? data.message ?? e.message));
  const requestId = e.requestId && e.requestId !== 'undefined' ? `, request id ${e.requestId}` : '';
  return `${e.code} (HTTP ${e.statusCode}): ${message}${requestId}`;
}

export function classifyError(e: unknown, httpStatus?: number): ApiProblem {
  if (e instanceof ThrottlingError || (e instanceof AlibabaCloudError && /Throttling/i.test(e.code ?? ''))) {
    const retryAfter = (e as ThrottlingError).retryAfter;
    return { kind: 'retry', reason: `throttled: ${describeApiError(e)}`, retryAfterMs: retryAfter && retryAfter > 0 ? retryAfter : undefined };
  }
  if (e instanceof AlibabaCloudError) {
    const status = e.statusCode ?? 0;
    const code = e.code ?? '';
    // Before NotFound: InvalidAccessKeyId.NotFound is about the credentials, not the execution.
    if (CREDENTIAL_ERROR.test(code)) return { kind: 'refused', credentials: true, reason: `the credentials were rejected: ${describeApiError(e)}` };
    if (PERMISSION_ERROR.test(code) || status === 401 || status === 403) return { kind: 'refused', reason: `not allowed: ${describeApiError(e)}` };
    if (status >= 500 || /ServiceUnavailable|InternalError|UnknownError/i.test(code)) {
      return { kind: 'retry', reason: `service error: ${describeApiError(e)}` };
    }
    if (/NotFound/i.test(code)) return { kind: 'not-found', reason: describeApiError(e) };
    return { kind: 'refused', reason: describeApiError(e) };
  }
  // The SDK parses the body before looking at it; a body that is not JSON ends up here.
  if (e instanceof SyntaxError) {
    if (httpStatus !== undefined && (httpStatus >= 500 || httpStatus === 429)) {
      return { kind: 'retry', reason: `service error: HTTP ${httpStatus} with a body that is not JSON (an error page from a gateway in front of the API?)` };
    }
    return { kind: 'malformed', reason: `response${httpStatus !== undefined ? ` (HTTP ${httpStatus})` : ''} is not JSON (${oneLine(e.message)})` };
  }
  const err = e as { code?: string; name?: string; message?: string };
  if ((err.code && NETWORK_ERROR_CODES.has(err.code)) || /timeout|socket|network|connect/i.test(`${err.name} ${err.message}`)) {
    return { kind: 'retry', reason: `network error: ${err.code ?? err.name}: ${err.message}` };
  }
  // Anything else (credential chain failures, SDK bugs) will not heal by polling again.
  return { kind: 'refused', reason: `${err.name ?? 'Error'}: ${err.message ?? String(e)}` };
}

/** SDK messages can span lines (an HTML body quoted in a parse error); progress lines must not. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Checks the answer against the documented shape instead of trusting the SDK's lenient model. */
export function readBody(body: any, executionId: string): DescribeOutcome {
  const set = body?.imagePipelineExecution?.imagePipelineExecutionSet;
  if (!hasRequestId(body)) return { kind: 'malformed', reason: 'response has no RequestId' };
  if (!Array.isArray(set)) {
    return { kind: 'malformed', reason: `response ${body.requestId} has no ImagePipelineExecution.ImagePipelineExecutionSet list` };
  }
  const item = set.find((i: any) => i?.executionId === executionId);
  if (!item) {
    return { kind: 'not-found', reason: `no execution ${executionId} in the answer (request id ${body.requestId}, TotalCount ${body.totalCount ?? '?'})` };
  }
  if (typeof item.status !== 'string' || item.status === '') {
    return { kind: 'malformed', reason: `execution ${executionId} has no Status (request id ${body.requestId})` };
  }
  return { kind: 'found', execution: readItem(item) };
}

function readItem(item: any): ExecutionState {
  return {
    executionId: item.executionId,
    imagePipelineId: optionalString(item.imagePipelineId),
    imageId: optionalString(item.imageId),
    status: item.status,
    message: optionalString(item.message),
    errorCode: optionalString(item.errorCode),
    errorInfo: optionalString(item.errorInfo),
    creationTime: optionalString(item.creationTime),
  };
}

/** A pipeline's executions; items without an id or a status are skipped (they cannot be waited for). */
export function readList(body: any): ListOutcome {
  const set = body?.imagePipelineExecution?.imagePipelineExecutionSet;
  if (!hasRequestId(body)) return { kind: 'malformed', reason: 'response has no RequestId' };
  if (!Array.isArray(set)) {
    return { kind: 'malformed', reason: `response ${body.requestId} has no ImagePipelineExecution.ImagePipelineExecutionSet list` };
  }
  const executions = set
    .filter((i: any) => typeof i?.executionId === 'string' && typeof i?.status === 'string' && i.status !== '')
    .map(readItem);
  return { kind: 'listed', executions };
}
