/**
 * The fake ECS endpoint that `terraform apply` talks to through the build waiter: a standalone HTTP
 * server on 127.0.0.1 (free port) that answers DescribeImagePipelineExecutions,
 * StartImagePipelineExecution, CancelImagePipelineExecution and, through FakeImages, the image APIs
 * the waiter's post-build settings use (DescribeImages, ModifyImageAttribute, TagResources). Execution ids
 * come from the fake provider (its journal says which pipeline each execution belongs to, and the
 * pipeline's image name) or from StartImagePipelineExecution; each new execution takes the next
 * scripted outcome (default: SUCCESS). Every request is recorded. Reply bodies come from
 * test/util/fake-ecs.ts so both fakes speak the same API.
 */
import { createHash, randomBytes, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import { errorReply, executionReply, FakeReply, modifiedReply, RecordedRequest } from '../util/fake-ecs';
import { FakeImages, IMAGE_ACTIONS } from '../util/fake-ecs-images';

/** How one execution ends. */
export interface Outcome {
  /** SUCCESS, FAILED, PARTITION_SUCCESS, TEST_FAILED, CANCELLED. */
  readonly status: string;
  /** The service's message for a failed build. */
  readonly message?: string;
  /** How many polls answer BUILDING before the final status; @default 0 */
  readonly buildingPolls?: number;
}

export interface FakeExecution {
  readonly executionId: string;
  readonly imagePipelineId: string;
  /** The image the build made: `m-` + sha256(`{image_name}_{executionId}`)[:20], as the fake provider's image lookup finds it. */
  readonly imageId: string;
  readonly imageName: string;
  readonly outcome: Outcome;
  /** Who made it: the fake provider (terraform) or StartImagePipelineExecution (the waiter). */
  readonly startedBy: 'terraform' | 'api';
  /** ISO 8601, later for each execution the cloud learns of (the waiter adopts only newer ones). */
  readonly creationTime: string;
  polls: number;
}

export interface FakeCall {
  readonly action: string;
  readonly params: Record<string, string>;
  /** Whether the request carried an ACS3 signature made with the fake access key id. */
  readonly signed: boolean;
}

export const FAKE_ACCESS_KEY_ID = 'LTAI5tFakeHarnessKey0001';
export const FAKE_ACCESS_KEY_SECRET = 'fake-harness-secret-0001';

/** The image id the fake cloud gives the image named `name` (the fake provider computes the same). */
export function imageIdForName(name: string): string {
  return `m-${createHash('sha256').update(name).digest('hex').slice(0, 20)}`;
}

/** One line of the fake provider's journal. */
export interface JournalEntry {
  readonly op: 'create' | 'update' | 'delete';
  readonly type: string;
  readonly values: Record<string, any>;
}

export function readJournal(file: string): JournalEntry[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf-8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

export class FakeCloud {
  static async start(journal: string): Promise<FakeCloud> {
    const cloud = new FakeCloud(journal);
    await new Promise<void>((resolve) => cloud.server.listen(0, '127.0.0.1', resolve));
    return cloud;
  }

  readonly calls: FakeCall[] = [];
  readonly executions = new Map<string, FakeExecution>();
  /** Built images, in every region the waiter asks about (a copy keeps the image's name). */
  readonly images = new FakeImages();
  private readonly outcomes: Outcome[] = [];
  private readonly server: http.Server;

  private constructor(private readonly journal: string) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf-8')));
    });
  }

  /** `http://127.0.0.1:<port>`, for CDKTF_ALICLOUD_ECS_ENDPOINT. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next executions the cloud sees end like this, in order; then SUCCESS. */
  script(...outcomes: Outcome[]): void {
    this.outcomes.push(...outcomes);
  }

  /** Makes an execution id known that no Terraform resource created (a BuildWaiter given a literal id). */
  adopt(executionId: string, imagePipelineId: string): FakeExecution {
    return this.register(executionId, imagePipelineId, 'api');
  }

  callsTo(action: string): FakeCall[] {
    return this.calls.filter((c) => c.action === action);
  }

  /** Execution ids the waiter asked about, in the order first asked. */
  polledExecutionIds(): string[] {
    return [...new Set(this.callsTo('DescribeImagePipelineExecutions').map((c) => c.params.ExecutionId).filter((x) => x))];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pipelines(): Map<string, Record<string, any>> {
    const out = new Map<string, Record<string, any>>();
    for (const e of readJournal(this.journal)) if (e.type === 'alicloud_ecs_image_pipeline' && e.op !== 'delete') out.set(e.values.id, e.values);
    return out;
  }

  private register(executionId: string, imagePipelineId: string, startedBy: FakeExecution['startedBy']): FakeExecution {
    const pipeline = this.pipelines().get(imagePipelineId);
    const imageName = `${pipeline?.image_name ?? 'image'}_${executionId}`;
    const execution: FakeExecution = {
      executionId, imagePipelineId, imageId: imageIdForName(imageName), imageName, outcome: this.outcomes.shift() ?? { status: 'SUCCESS' }, startedBy, polls: 0,
      creationTime: new Date(Date.UTC(2026, 11, 3, 1, 0, 0) + this.executions.size * 60_000).toISOString().replace(/\.000Z$/, 'Z'),
    };
    this.executions.set(executionId, execution);
    return execution;
  }

  /** An execution the fake provider created and the cloud has not seen yet. */
  private fromJournal(executionId: string): FakeExecution | undefined {
    const entry = readJournal(this.journal).find((e) => e.type === 'alicloud_ecs_image_pipeline_execution' && e.values.id === executionId);
    return entry ? this.register(executionId, entry.values.image_pipeline_id, 'terraform') : undefined;
  }

  /** The list item of an execution; a poll of its id advances it, a listing of its pipeline does not. */
  private describe(execution: FakeExecution, poll: boolean): object {
    const { outcome } = execution;
    if (poll) execution.polls++;
    const status = Math.max(execution.polls, 1) <= (outcome.buildingPolls ?? 0) ? 'BUILDING' : outcome.status;
    const built = status === 'SUCCESS' || status === 'PARTITION_SUCCESS';
    if (built) this.recordImage(execution);
    const reply = executionReply(status, {
      ExecutionId: execution.executionId,
      ImagePipelineId: execution.imagePipelineId,
      ImageId: built ? execution.imageId : '',
      Message: status === 'BUILDING' ? '' : outcome.message ?? '',
      ErrorCode: built || status === 'BUILDING' ? undefined : 'BuildFailed',
      CreationTime: execution.creationTime,
    }).body as any;
    return reply.ImagePipelineExecution.ImagePipelineExecutionSet[0];
  }

  /** Images built so far, oldest first; the fake provider's image lookups read this file. */
  get imagesFile(): string {
    return `${this.journal}.images.json`;
  }

  private recordImage(execution: FakeExecution): void {
    const images: Array<{ id: string; name: string }> = fs.existsSync(this.imagesFile) ? JSON.parse(fs.readFileSync(this.imagesFile, 'utf-8')) : [];
    if (images.some((i) => i.id === execution.imageId)) return;
    images.push({ id: execution.imageId, name: execution.imageName });
    fs.writeFileSync(this.imagesFile, JSON.stringify(images, null, 2));
  }

  private handle(action: string, params: Record<string, string>): FakeReply {
    if (IMAGE_ACTIONS.includes(action)) {
      this.placeBuiltImages(params.RegionId);
      return this.images.handle({ action, params } as RecordedRequest) ?? errorReply(400, 'InvalidAction.NotFound', action);
    }
    switch (action) {
      case 'DescribeImagePipelineExecutions': {
        let items: FakeExecution[] = [];
        if (params.ExecutionId) {
          const found = this.executions.get(params.ExecutionId) ?? this.fromJournal(params.ExecutionId);
          items = found && (!params.ImagePipelineId || found.imagePipelineId === params.ImagePipelineId) ? [found] : [];
        } else if (params.ImagePipelineId) {
          for (const e of readJournal(this.journal)) {
            if (e.type === 'alicloud_ecs_image_pipeline_execution' && e.values.image_pipeline_id === params.ImagePipelineId && !this.executions.has(e.values.id)) this.fromJournal(e.values.id);
          }
          items = [...this.executions.values()].filter((e) => e.imagePipelineId === params.ImagePipelineId).reverse();
        }
        const set = items.map((e) => this.describe(e, !!params.ExecutionId));
        return { body: { RequestId: randomUUID().toUpperCase(), TotalCount: set.length, NextToken: '', MaxResults: 50, ImagePipelineExecution: { ImagePipelineExecutionSet: set } } };
      }
      case 'StartImagePipelineExecution': {
        if (!this.pipelines().has(params.ImagePipelineId)) return errorReply(404, 'InvalidImagePipelineId.NotFound', 'The specified image pipeline does not exist.');
        const execution = this.register(`exec-${randomBytes(10).toString('hex')}`, params.ImagePipelineId, 'api');
        return { body: { RequestId: randomUUID().toUpperCase(), ExecutionId: execution.executionId } };
      }
      case 'CancelImagePipelineExecution':
        return modifiedReply();
      default:
        return errorReply(400, 'InvalidAction.NotFound', `The fake ECS endpoint does not answer ${JSON.stringify(action)}.`);
    }
  }

  /** Every image built so far exists in `regionId` too, under its own name (as the build region and its copies do). */
  private placeBuiltImages(regionId: string | undefined): void {
    if (!regionId) return;
    for (const e of this.executions.values()) {
      if (!fs.existsSync(this.imagesFile) || !JSON.parse(fs.readFileSync(this.imagesFile, 'utf-8')).some((i: { id: string }) => i.id === e.imageId)) continue;
      if (this.images.images.some((i) => i.regionId === regionId && i.imageName === e.imageName)) continue;
      this.images.images.push({ regionId, imageId: e.imageId, imageName: e.imageName, status: 'Available', creationTime: e.creationTime, tags: {} });
    }
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const form = /^application\/x-www-form-urlencoded/.test(String(req.headers['content-type'] ?? ''))
      ? Object.fromEntries(new URLSearchParams(body).entries()) : {};
    const params = { ...Object.fromEntries(url.searchParams.entries()), ...form };
    const action = String(req.headers['x-acs-action'] ?? '');
    const signed = String(req.headers.authorization ?? '').startsWith(`ACS3-HMAC-SHA256 Credential=${FAKE_ACCESS_KEY_ID},`);
    this.calls.push({ action, params, signed });
    const reply = signed ? this.handle(action, params) : errorReply(400, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json;charset=utf-8' });
    res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  }
}
