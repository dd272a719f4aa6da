/**
 * A fake ECS endpoint on 127.0.0.1 for the build waiter: answers DescribeImagePipelineExecutions,
 * StartImagePipelineExecution and ModifyImageAttribute like the real RPC API (JSON bodies, error
 * bodies with RequestId/HostId/Code/Message/Recommend), from scripts per execution id and per
 * pipeline id, with faults on demand (5xx with HTML bodies, credential errors, dropped connections);
 * records every request and checks its ACS3-HMAC-SHA256 signature with the secret the test gave the
 * waiter. Each test starts and stops its own server; nothing leaves the machine.
 *
 * Also a standalone server for a harness (`startFakeEcs(options)`, or
 * `npx ts-node test/util/fake-ecs.ts options.json`, which prints `{"url": ...}` and serves the
 * recorded calls at `GET /__calls`).
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { createHash, createHmac, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';

export interface FakeReply {
  /** HTTP status; @default 200 */
  readonly status?: number;
  /** A JSON value, or a string sent as is (for malformed answers). */
  readonly body?: unknown;
  readonly contentType?: string;
  /** Close the connection without answering (a network error). */
  readonly dropConnection?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The x-acs-action header: which API was called. */
  readonly action: string;
  readonly query: Record<string, string>;
  /** The API parameters: the query string and, for a form body, its fields. */
  readonly params: Record<string, string>;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** Whether the Authorization header is a valid ACS3-HMAC-SHA256 signature made with `secret`. */
  readonly signatureValid: boolean;
}

export interface ExecutionFields {
  readonly ExecutionId?: string;
  readonly ImagePipelineId?: string;
  readonly ImageId?: string;
  readonly Message?: string;
  readonly ErrorCode?: string;
  readonly ErrorInfo?: string;
  readonly CreationTime?: string;
}

/** A DescribeImagePipelineExecutions answer with the given items, enveloped like the real API's. */
function describeReply(items: object[]): FakeReply {
  return {
    body: {
      RequestId: randomUUID().toUpperCase(),
      TotalCount: items.length,
      NextToken: '',
      MaxResults: 50,
      ImagePipelineExecution: { ImagePipelineExecutionSet: items },
    },
  };
}

/** An answer listing one execution with the given status. */
export function executionReply(status: string, fields: ExecutionFields = {}): FakeReply {
  return describeReply([{
    ExecutionId: fields.ExecutionId ?? 'exec-5fb8facb8ed7427c0001',
    ImagePipelineId: fields.ImagePipelineId ?? 'ip-2ze5tsl5bp6nf2b3****',
    ImageId: fields.ImageId ?? '',
    Status: status,
    Message: fields.Message ?? '',
    ErrorCode: fields.ErrorCode,
    ErrorInfo: fields.ErrorInfo,
    CreationTime: fields.CreationTime ?? '2026-11-23T01:02:03Z',
    ModifiedTime: '2026-11-23T01:12:03Z',
    ResourceGroupId: 'rg-acfmxazb4ph6aiy****',
    Tags: { Tag: [] },
  }]);
}

/** An empty result, as the API answers for an execution id it does not know in that region. */
export function noExecutionReply(): FakeReply {
  return describeReply([]);
}

/** A successful ModifyImageAttribute answer (the API returns only the request id). */
export function modifiedReply(): FakeReply {
  return { body: { RequestId: randomUUID().toUpperCase() } };
}

/** An API error body as ECS sends it (HTTP 400 for throttling and bad parameters, 403 for RAM, 503 ...). */
export function errorReply(status: number, code: string, message: string): FakeReply {
  return {
    status,
    body: {
      RequestId: randomUUID().toUpperCase(),
      HostId: 'ecs.aliyuncs.com',
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${code}`,
    },
  };
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Verifies an ACS3-HMAC-SHA256 Authorization header as Alibaba Cloud's signature v3 documentation describes it. */
function verifySignature(req: http.IncomingMessage, query: Record<string, string>, body: string, secret: string): boolean {
  const auth = String(req.headers.authorization ?? '');
  const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)$/.exec(auth);
  if (!match) return false;
  const [, , signedHeaders, signature] = match;
  const payloadHash = createHash('sha256').update(body).digest('hex');
  if (req.headers['x-acs-content-sha256'] !== payloadHash) return false;
  const names = signedHeaders.split(';');
  const canonicalHeaders = names.map((name) => `${name}:${String(req.headers[name] ?? '').trim()}\n`).join('');
  const canonicalQuery = Object.keys(query).sort().map((k) => `${k}=${encode(query[k])}`).join('&');
  const pathname = (req.url ?? '/').split('?')[0];
  const canonicalRequest = [req.method, pathname, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  return createHmac('sha256', secret).update(stringToSign).digest('hex') === signature;
}

export const DESCRIBE_EXECUTIONS = 'DescribeImagePipelineExecutions';
export const MODIFY_IMAGE_ATTRIBUTE = 'ModifyImageAttribute';
export const START_EXECUTION = 'StartImagePipelineExecution';

/** The pipeline id the fake gives an execution it knows nothing else about. */
export const DEFAULT_PIPELINE_ID = 'ip-2ze5tsl5bp6nf2b3****';

/**
 * One answer about an execution: a status (`'BUILDING'`), a status with details, or a whole reply
 * (an error, an HTML page, a dropped connection) for fault scripts.
 */
export type ExecutionStep =
  | string
  | { readonly status: string; readonly imageId?: string; readonly message?: string; readonly errorCode?: string; readonly errorInfo?: string }
  | { readonly reply: FakeReply };

export interface FakeEcsOptions {
  /** The AccessKey secret the waiter signs with; requests are checked against it (`signatureValid`). */
  readonly secret?: string;
  /** Port on 127.0.0.1; @default 0 (a free port) */
  readonly port?: number;
  /**
   * Scripted DescribeImagePipelineExecutions answers per execution id: each poll of that id takes the
   * next step, the last one repeats. A finished step without `imageId` gets a made-up `m-...` id.
   */
  readonly executions?: Record<string, readonly ExecutionStep[]>;
  /** The pipeline of each scripted execution; @default DEFAULT_PIPELINE_ID */
  readonly executionPipelines?: Record<string, string>;
  /** When each scripted execution was created (ISO 8601), for the waiter's "newer execution" check; @default in the order given, in 2026-11-23 */
  readonly executionCreationTimes?: Record<string, string>;
  /**
   * Per pipeline id: the scripts of the executions StartImagePipelineExecution starts, one per start
   * in order (the last one repeats). @default [['SUCCESS']]
   */
  readonly pipelines?: Record<string, ReadonlyArray<readonly ExecutionStep[]>>;
  /** Steps for an execution id that has no script; @default none: the id is unknown (an empty list). */
  readonly defaultExecution?: readonly ExecutionStep[];
  /** Answers to every DescribeImagePipelineExecutions by execution id without a script, in order, the last repeating (older tests). */
  readonly describe?: readonly FakeReply[];
  /** Answers to ModifyImageAttribute in order, the last repeating; @default success */
  readonly modify?: readonly FakeReply[];
  /** Answers to the first StartImagePipelineExecution calls (errors to script); later calls start executions. */
  readonly startFailures?: readonly FakeReply[];
}

interface KnownExecution {
  readonly id: string;
  readonly pipelineId: string;
  readonly steps: readonly ExecutionStep[];
  readonly creationTime: string;
  polls: number;
}

/** A made-up but stable image id for an execution. */
function imageIdFor(executionId: string): string {
  return `m-${createHash('sha256').update(executionId).digest('hex').slice(0, 20)}`;
}

function creationTime(index: number): string {
  return new Date(Date.UTC(2026, 10, 23, 1, 0, 0) + index * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}

export class FakeEcs {
  /**
   * Starts a server that answers DescribeImagePipelineExecutions with `replies` in order, repeating
   * the last one, and ModifyImageAttribute with `modifyReplies` the same way (default: success).
   */
  static async start(replies: FakeReply[], secret: string, modifyReplies: FakeReply[] = [modifiedReply()]): Promise<FakeEcs> {
    return FakeEcs.startWith({ describe: replies, secret, modify: modifyReplies });
  }

  /** Starts a server with scripted outcomes (see FakeEcsOptions). */
  static async startWith(options: FakeEcsOptions): Promise<FakeEcs> {
    const fake = new FakeEcs(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    return fake;
  }

  /** Every request, in the order they came, whatever the API. */
  readonly requests: RecordedRequest[] = [];
  /** Executions the fake started, in order. */
  readonly started: Array<{ readonly executionId: string; readonly pipelineId: string; readonly clientToken?: string }> = [];
  private readonly server: http.Server;
  private readonly known = new Map<string, KnownExecution>();
  private readonly startsPerPipeline = new Map<string, number>();
  private readonly tokens = new Map<string, string>();
  private describeCalls = 0;
  /** Answers before the scripted replies (test/util/fake-ecs-images.ts); undefined falls through to them. */
  private handler?: (request: RecordedRequest) => FakeReply | undefined;

  /** Lets a stateful fake (e.g. FakeImages) answer requests first. */
  setHandler(handler: (request: RecordedRequest) => FakeReply | undefined): void {
    this.handler = handler;
  }

  private constructor(private readonly options: FakeEcsOptions) {
    Object.entries(options.executions ?? {}).forEach(([id, steps], i) => {
      this.known.set(id, {
        id, steps, polls: 0,
        pipelineId: options.executionPipelines?.[id] ?? DEFAULT_PIPELINE_ID,
        creationTime: options.executionCreationTimes?.[id] ?? creationTime(i),
      });
    });
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf-8')));
    });
  }

  /** `http://127.0.0.1:<port>`, for --endpoint or CDKTF_ALICLOUD_ECS_ENDPOINT. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The same as `endpoint`. */
  get url(): string {
    return this.endpoint;
  }

  /** The same as `requests`. */
  get calls(): RecordedRequest[] {
    return this.requests;
  }

  /** The requests to one API, in order. */
  requestsFor(action: string): RecordedRequest[] {
    return this.requests.filter((r) => r.action === action);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/__calls') {
      // For a harness that runs the fake in another process.
      this.send(res, { body: { calls: this.requests.map(({ headers, ...call }) => call), started: this.started } });
      return;
    }
    const query = Object.fromEntries(url.searchParams.entries());
    const action = String(req.headers['x-acs-action'] ?? '');
    const form = /^application\/x-www-form-urlencoded/.test(String(req.headers['content-type'] ?? ''))
      ? Object.fromEntries(new URLSearchParams(body).entries()) : {};
    const params = { ...query, ...form };
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      action,
      query,
      params,
      headers: req.headers,
      body,
      signatureValid: verifySignature(req, query, body, this.options.secret ?? ''),
    });
    const handled = this.handler?.(this.requests[this.requests.length - 1]);
    if (handled) {
      if (handled.dropConnection) req.socket.destroy();
      else this.send(res, handled);
      return;
    }
    const reply = this.reply(action, params);
    if (reply.dropConnection) {
      req.socket.destroy();
      return;
    }
    this.send(res, reply);
  }

  private reply(action: string, params: Record<string, string>): FakeReply {
    switch (action) {
      case DESCRIBE_EXECUTIONS:
        return this.describe(params);
      case MODIFY_IMAGE_ATTRIBUTE:
        return pick(this.options.modify ?? [modifiedReply()], this.requestsFor(action).length);
      case START_EXECUTION:
        return this.start(params);
      default:
        return errorReply(400, 'InvalidAction.NotFound', `The fake ECS endpoint does not answer ${JSON.stringify(action)}.`);
    }
  }

  private describe(params: Record<string, string>): FakeReply {
    const executionId = params.ExecutionId;
    if (executionId === undefined && params.ImagePipelineId !== undefined) {
      // The pipeline's executions as they are now (a listing does not advance any script).
      const items = [...this.known.values()].filter((e) => e.pipelineId === params.ImagePipelineId)
        .map((e) => this.item(e, e.steps[Math.min(Math.max(e.polls - 1, 0), e.steps.length - 1)]))
        .filter((item): item is object => item !== undefined);
      return describeReply(items);
    }
    let known = executionId !== undefined ? this.known.get(executionId) : undefined;
    if (!known && executionId !== undefined && !this.options.describe && this.options.defaultExecution) {
      known = { id: executionId, pipelineId: DEFAULT_PIPELINE_ID, steps: this.options.defaultExecution, polls: 0, creationTime: creationTime(this.known.size) };
      this.known.set(executionId, known);
    }
    if (!known) {
      return this.options.describe ? pick(this.options.describe, ++this.describeCalls) : noExecutionReply();
    }
    const step = known.steps[Math.min(known.polls, known.steps.length - 1)];
    known.polls++;
    if (typeof step === 'object' && 'reply' in step) return step.reply;
    return describeReply([this.item(known, step)!]);
  }

  /** The list item of an execution at a step; undefined for a scripted fault. */
  private item(execution: KnownExecution, step: ExecutionStep): object | undefined {
    if (typeof step === 'object' && 'reply' in step) return undefined;
    const detail = typeof step === 'string' ? { status: step } : step;
    const built = ['SUCCESS', 'PARTITION_SUCCESS', 'TEST_FAILED'].includes(detail.status);
    return (executionReply(detail.status, {
      ExecutionId: execution.id,
      ImagePipelineId: execution.pipelineId,
      ImageId: detail.imageId ?? (built ? imageIdFor(execution.id) : ''),
      Message: detail.message,
      ErrorCode: detail.errorCode,
      ErrorInfo: detail.errorInfo,
      CreationTime: execution.creationTime,
    }).body as any).ImagePipelineExecution.ImagePipelineExecutionSet[0];
  }

  private start(params: Record<string, string>): FakeReply {
    const calls = this.requestsFor(START_EXECUTION).length;
    const failures = this.options.startFailures ?? [];
    if (calls <= failures.length) return failures[calls - 1];
    const pipelineId = params.ImagePipelineId;
    if (!pipelineId) return errorReply(400, 'MissingImagePipelineId', 'ImagePipelineId is mandatory for this action.');
    const token = params.ClientToken ? `${pipelineId}/${params.ClientToken}` : undefined;
    const again = token !== undefined ? this.tokens.get(token) : undefined;
    if (again) return { body: { RequestId: randomUUID().toUpperCase(), ExecutionId: again } };
    const n = this.startsPerPipeline.get(pipelineId) ?? 0;
    this.startsPerPipeline.set(pipelineId, n + 1);
    const scripts = this.options.pipelines?.[pipelineId] ?? [['SUCCESS']];
    const id = `exec-${createHash('sha256').update(`${pipelineId}/${n}`).digest('hex').slice(0, 20)}`;
    this.known.set(id, { id, pipelineId, steps: pick(scripts, n + 1), polls: 0, creationTime: creationTime(1000 + this.started.length) });
    if (token !== undefined) this.tokens.set(token, id);
    this.started.push({ executionId: id, pipelineId, clientToken: params.ClientToken });
    return { body: { RequestId: randomUUID().toUpperCase(), ExecutionId: id } };
  }

  private send(res: http.ServerResponse, reply: FakeReply): void {
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json;charset=utf-8' });
    res.end(text);
  }
}

/** The `n`-th (from 1) of a list whose last element repeats. */
function pick<T>(list: readonly T[], n: number): T {
  return list[Math.min(n, list.length) - 1];
}

/**
 * A fake ECS endpoint for a harness: `{ url, calls, stop }` (and `fake` for the details).
 * `calls` is live: it grows as requests come in.
 */
export async function startFakeEcs(options: FakeEcsOptions = {}): Promise<{ url: string; calls: RecordedRequest[]; stop: () => Promise<void>; fake: FakeEcs }> {
  const fake = await FakeEcs.startWith(options);
  return { url: fake.url, calls: fake.requests, stop: () => fake.stop(), fake };
}

export const WAITER_BUNDLE = path.resolve(__dirname, '..', '..', 'assets', 'waiter', 'waiter.js');

/** Builds assets/waiter/waiter.js when it is missing or older than its sources (npm run build does this too). */
export function ensureWaiterBundle(): string {
  const sources = path.resolve(__dirname, '..', '..', 'src', 'waiter');
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'bundle-waiter.js');
  const inputs = [script, ...fs.readdirSync(sources).map((f) => path.join(sources, f))];
  const newest = Math.max(...inputs.map((f) => fs.statSync(f).mtimeMs));
  if (!fs.existsSync(WAITER_BUNDLE) || fs.statSync(WAITER_BUNDLE).mtimeMs < newest) {
    execFileSync(process.execPath, [script], { stdio: 'pipe' });
  }
  return WAITER_BUNDLE;
}

export interface RunResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a node script asynchronously (the fake server lives in this process, so a synchronous spawn
 * would starve it). The environment is exactly `env` plus PATH: no credentials or proxies leak in.
 */
export function runNode(script: string, args: string[], env: Record<string, string>, cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => { stdout += d; });
    child.stderr!.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/** An HTML error page, as a gateway or load balancer sends it in front of the API. */
export function htmlReply(status: number, title = `${status} Service Temporarily Unavailable`): FakeReply {
  return { status, contentType: 'text/html', body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n` };
}

if (require.main === module) {
  // Standalone: options from a JSON file (argument) or FAKE_ECS_OPTIONS; stops on SIGTERM/SIGINT.
  const file = process.argv[2];
  const options: FakeEcsOptions = file ? JSON.parse(fs.readFileSync(file, 'utf-8')) : JSON.parse(process.env.FAKE_ECS_OPTIONS ?? '{}');
  void FakeEcs.startWith(options).then((fake) => {
    process.stdout.write(`${JSON.stringify({ url: fake.url })}\n`);
    const stop = () => void fake.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
