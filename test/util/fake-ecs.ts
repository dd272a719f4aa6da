/**
 * A fake ECS endpoint on 127.0.0.1 for the build waiter's tests: answers DescribeImagePipelineExecutions
 * and ModifyImageAttribute like the real RPC API (JSON bodies, error bodies with
 * RequestId/HostId/Code/Message/Recommend), records every request and checks its ACS3-HMAC-SHA256
 * signature with the secret the test gave the waiter. Each test starts and stops its own server;
 * nothing leaves the machine.
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
    CreationTime: '2026-11-23T01:02:03Z',
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

export const MODIFY_IMAGE_ATTRIBUTE = 'ModifyImageAttribute';

export class FakeEcs {
  /**
   * Starts a server that answers DescribeImagePipelineExecutions with `replies` in order, repeating
   * the last one, and ModifyImageAttribute with `modifyReplies` the same way (default: success).
   */
  static async start(replies: FakeReply[], secret: string, modifyReplies: FakeReply[] = [modifiedReply()]): Promise<FakeEcs> {
    const fake = new FakeEcs({ DescribeImagePipelineExecutions: replies, [MODIFY_IMAGE_ATTRIBUTE]: modifyReplies }, secret);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** Every request, in the order they came, whatever the API. */
  readonly requests: RecordedRequest[] = [];
  private readonly server: http.Server;
  /** Answers before the scripted replies (test/util/fake-ecs-images.ts); undefined falls through to them. */
  private handler?: (request: RecordedRequest) => FakeReply | undefined;

  /** Lets a stateful fake (e.g. FakeImages) answer requests first. */
  setHandler(handler: (request: RecordedRequest) => FakeReply | undefined): void {
    this.handler = handler;
  }

  private constructor(private readonly replies: Record<string, FakeReply[]>, private readonly secret: string) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf-8')));
    });
  }

  /** `http://127.0.0.1:<port>`, for --endpoint. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
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
    const query = Object.fromEntries(url.searchParams.entries());
    const action = String(req.headers['x-acs-action'] ?? '');
    const form = /^application\/x-www-form-urlencoded/.test(String(req.headers['content-type'] ?? ''))
      ? Object.fromEntries(new URLSearchParams(body).entries()) : {};
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      action,
      query,
      params: { ...query, ...form },
      headers: req.headers,
      body,
      signatureValid: verifySignature(req, query, body, this.secret),
    });
    const handled = this.handler?.(this.requests[this.requests.length - 1]);
    if (handled) {
      if (handled.dropConnection) req.socket.destroy();
      else this.send(res, handled);
      return;
    }
    const replies = this.replies[action];
    if (!replies) {
      this.send(res, errorReply(400, 'InvalidAction.NotFound', `The fake ECS endpoint does not answer ${JSON.stringify(action)}.`));
      return;
    }
    const reply = replies[Math.min(this.requestsFor(action).length, replies.length) - 1];
    if (reply.dropConnection) {
      req.socket.destroy();
      return;
    }
    this.send(res, reply);
  }

  private send(res: http.ServerResponse, reply: FakeReply): void {
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json;charset=utf-8' });
    res.end(text);
  }
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
