/**
 * The waiter's ECS calls through Alibaba Cloud's SDK (DescribeImagePipelineExecutions, and
 * ModifyImageAttribute for --image-family), with every way they can go wrong sorted into what the
 * caller does next: retry, give up as malformed/unknown, or give up as refused.
 */
import Ecs, { DescribeImagePipelineExecutionsRequest, ModifyImageAttributeRequest } from '@alicloud/ecs20140526';
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
}

export type DescribeOutcome =
  | { readonly kind: 'found'; readonly execution: ExecutionState }
  /** A 200 answer that does not list the execution. */
  | { readonly kind: 'not-found'; readonly reason: string }
  /** Throttling, a 5xx or a network error: worth another try. */
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  /** An answer that is not the documented JSON shape. */
  | { readonly kind: 'malformed'; readonly reason: string }
  /** A 4xx the caller cannot fix by waiting: credentials, permission, parameters. */
  | { readonly kind: 'refused'; readonly reason: string };

/** Every way a call can go wrong (a `NotFound` error code comes back as 'not-found'). */
export type ApiProblem = Exclude<DescribeOutcome, { readonly kind: 'found' }>;

/** How a ModifyImageAttribute call went. */
export type ModifyOutcome = { readonly kind: 'done'; readonly requestId: string } | ApiProblem;

export interface EcsTarget {
  readonly regionId: string;
  readonly endpoint?: string;
  readonly protocol: string;
}

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
  try {
    return { kind: 'answered', body: (await call()).body };
  } catch (e) {
    return classifyError(e);
  }
}

export function hasRequestId(body: any): boolean {
  return body !== null && typeof body === 'object' && typeof body.requestId === 'string';
}

function describeApiError(e: AlibabaCloudError): string {
  const data = (e as any).data ?? {};
  const message = data.Message ?? data.message ?? e.message;
  const requestId = e.requestId && e.requestId !== 'undefined' ? `, request id ${e.requestId}` : '';
  return `${e.code} (HTTP ${e.statusCode}): ${message}${requestId}`;
}

export function classifyError(e: unknown): ApiProblem {
  if (e instanceof ThrottlingError || (e instanceof AlibabaCloudError && /Throttling/i.test(e.code ?? ''))) {
    const retryAfter = (e as ThrottlingError).retryAfter;
    return { kind: 'retry', reason: `throttled: ${describeApiError(e)}`, retryAfterMs: retryAfter && retryAfter > 0 ? retryAfter : undefined };
  }
  if (e instanceof AlibabaCloudError) {
    const status = e.statusCode ?? 0;
    if (status >= 500 || /ServiceUnavailable|InternalError|UnknownError/i.test(e.code ?? '')) {
      return { kind: 'retry', reason: `service error: ${describeApiError(e)}` };
    }
    if (/NotFound/i.test(e.code ?? '')) return { kind: 'not-found', reason: describeApiError(e) };
    return { kind: 'refused', reason: describeApiError(e) };
  }
  // The SDK parses the body before looking at it; a body that is not JSON ends up here.
  if (e instanceof SyntaxError) return { kind: 'malformed', reason: `response is not JSON (${e.message})` };
  const err = e as { code?: string; name?: string; message?: string };
  if ((err.code && NETWORK_ERROR_CODES.has(err.code)) || /timeout|socket|network|connect/i.test(`${err.name} ${err.message}`)) {
    return { kind: 'retry', reason: `network error: ${err.code ?? err.name}: ${err.message}` };
  }
  // Anything else (credential chain failures, SDK bugs) will not heal by polling again.
  return { kind: 'refused', reason: `${err.name ?? 'Error'}: ${err.message ?? String(e)}` };
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
  return {
    kind: 'found',
    execution: {
      executionId,
      imagePipelineId: optionalString(item.imagePipelineId),
      imageId: optionalString(item.imageId),
      status: item.status,
      message: optionalString(item.message),
      errorCode: optionalString(item.errorCode),
      errorInfo: optionalString(item.errorInfo),
    },
  };
}
