/**
 * The build waiter end to end: the bundled assets/waiter/waiter.js (the file that ships in the npm
 * package and in every synthesized stack) runs as a child process against a fake ECS endpoint on
 * 127.0.0.1 that this file starts and stops. Poll intervals and timeouts are fractions of a second;
 * no assertion depends on timing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { backoffDelayMs, formatDuration } from '../src/waiter/backoff';
import type { DescribeOutcome, ListOutcome, ModifyOutcome, StartOutcome } from '../src/waiter/ecs-api';
import type { WaitOptions } from '../src/waiter/options';
import { Reporter } from '../src/waiter/reporter';
import { Clock, waitForExecution } from '../src/waiter/wait-execution';
import {
  DESCRIBE_EXECUTIONS, FakeEcs, FakeEcsOptions, FakeReply, MODIFY_IMAGE_ATTRIBUTE, RunResult, START_EXECUTION, ensureWaiterBundle, errorReply,
  executionReply, htmlReply, modifiedReply, noExecutionReply, runNode, startFakeEcs,
} from './util/fake-ecs';
import { ChildProcess, spawn } from 'child_process';

const EXECUTION_ID = 'exec-5fb8facb8ed7427c0001';
const ACCESS_KEY_ID = 'LTAI5tTestAccessKeyId01';
const SECRET = 'TestSecretValue-9f8e7d6c5b4a3928';
const TOKEN = 'CAIS-test-security-token-0123456789abcdef';

let bundle: string;
let home: string;
let fake: FakeEcs | undefined;

beforeAll(() => {
  bundle = ensureWaiterBundle();
  // An empty HOME: no credentials file or CLI profile of the machine running the tests is read.
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'waiter-home-'));
});

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

/** Environment with credentials in the SDK's variables; the ECS metadata service is never asked. */
function sdkEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: home,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    ALIBABA_CLOUD_ACCESS_KEY_ID: ACCESS_KEY_ID,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
    ...extra,
  };
}

/**
 * Runs the waiter against a fresh fake; the timeout is generous unless a test is about timeouts.
 * `modifyReplies` answer ModifyImageAttribute (default: success).
 */
async function waitAgainst(
  replies: FakeReply[], args: string[] = [], env = sdkEnv(), timing = ['--poll-seconds', '0.02', '--timeout-seconds', '30'], modifyReplies?: FakeReply[],
): Promise<RunResult> {
  fake = await FakeEcs.start(replies, SECRET, modifyReplies);
  return runNode(bundle, [
    'wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', ...timing, '--endpoint', fake.endpoint, ...args,
  ], env);
}

function progressLines(result: RunResult): string[] {
  return result.stderr.trim().split('\n');
}

describe('success', () => {
  test('polls through PREPARING, BUILDING and DISTRIBUTING and prints the image on stdout', async () => {
    const result = await waitAgainst([
      executionReply('PREPARING'),
      executionReply('BUILDING'),
      executionReply('BUILDING'),
      executionReply('DISTRIBUTING', { ImageId: 'm-bp1g7004ksh0oeuc****' }),
      executionReply('SUCCESS', { ImageId: 'm-bp1g7004ksh0oeuc****' }),
    ]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({
      executionId: EXECUTION_ID,
      imagePipelineId: 'ip-2ze5tsl5bp6nf2b3****',
      status: 'SUCCESS',
      imageId: 'm-bp1g7004ksh0oeuc****',
    });
    expect(fake!.requests).toHaveLength(5);
    // One progress line per status change (BUILDING twice is reported once), in order.
    const transitions = progressLines(result).filter((l) => / is [A-Z_]+ \(/.test(l)).map((l) => / is ([A-Z_]+) /.exec(l)![1]);
    expect(transitions).toEqual(['PREPARING', 'BUILDING', 'DISTRIBUTING', 'SUCCESS']);
    expect(result.stderr).toMatch(/elapsed/);
    expect(result.stderr).toContain('finished SUCCESS');
  });

  test('every other status, including ones the service may add later, keeps it waiting', async () => {
    const statuses = ['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'SOME_FUTURE_STATUS'];
    const result = await waitAgainst([...statuses.map((s) => executionReply(s)), executionReply('SUCCESS', { ImageId: 'm-1' })]);
    expect(result.exitCode).toBe(0);
    expect(fake!.requests).toHaveLength(statuses.length + 1);
    for (const status of statuses) expect(result.stderr).toContain(` is ${status} (`);
  });

  test('every request is a signed DescribeImagePipelineExecutions call for the execution id and region', async () => {
    await waitAgainst([executionReply('BUILDING'), executionReply('SUCCESS', { ImageId: 'm-1' })]);

    expect(fake!.requests).toHaveLength(2);
    for (const request of fake!.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/');
      expect(request.headers['x-acs-action']).toBe('DescribeImagePipelineExecutions');
      expect(request.headers['x-acs-version']).toBe('2014-05-26');
      expect(request.query).toEqual({ ExecutionId: EXECUTION_ID, RegionId: 'cn-hangzhou' });
      expect(request.headers.authorization).toMatch(new RegExp(`^ACS3-HMAC-SHA256 Credential=${ACCESS_KEY_ID},SignedHeaders=[a-z0-9;-]+,Signature=[0-9a-f]{64}$`));
      expect(request.signatureValid).toBe(true);
    }
  });

  test('the fake really checks signatures: a waiter with another secret is not valid', async () => {
    await waitAgainst([executionReply('SUCCESS', { ImageId: 'm-1' })], [], sdkEnv({ ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'another-secret-value-123' }));
    expect(fake!.requests[0].signatureValid).toBe(false);
  });

  test('an STS token is sent as x-acs-security-token and is part of the signature', async () => {
    await waitAgainst([executionReply('SUCCESS', { ImageId: 'm-1' })], [], sdkEnv({ ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN }));
    const [request] = fake!.requests;
    expect(request.headers['x-acs-security-token']).toBe(TOKEN);
    expect(request.headers.authorization).toContain('x-acs-security-token');
    expect(request.signatureValid).toBe(true);
  });

  test('the Terraform provider variables ALICLOUD_ACCESS_KEY/SECRET_KEY/REGION work without --region', async () => {
    fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-1' })], SECRET);
    const result = await runNode(bundle, ['wait-execution', '--execution-id', EXECUTION_ID, '--poll-seconds', '0.02', '--endpoint', fake.endpoint], {
      HOME: home,
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      ALICLOUD_ACCESS_KEY: 'LTAI5tProviderKeyId',
      ALICLOUD_SECRET_KEY: SECRET,
      ALICLOUD_REGION: 'ap-southeast-1',
    });
    expect(result.exitCode).toBe(0);
    expect(fake.requests[0].query.RegionId).toBe('ap-southeast-1');
    expect(fake.requests[0].headers.authorization).toContain('Credential=LTAI5tProviderKeyId,');
    expect(fake.requests[0].signatureValid).toBe(true);
  });

  test('the endpoint can come from CDKTF_ALICLOUD_ECS_ENDPOINT', async () => {
    fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-1' })], SECRET);
    const result = await runNode(bundle, ['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou'],
      sdkEnv({ CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint }));
    expect(result.exitCode).toBe(0);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('build failures exit 1 with the service reason', () => {
  test.each(['FAILED', 'TEST_FAILED', 'CANCELLED'])('%s', async (status) => {
    const result = await waitAgainst([
      executionReply('BUILDING'),
      executionReply(status, { Message: 'Command "RUN yum install -y nginx" exited with code 1', ErrorCode: 'BuildCommandFailed' }),
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`ended ${status}`);
    expect(result.stderr).toContain('Command "RUN yum install -y nginx" exited with code 1');
    expect(result.stderr).toContain('BuildCommandFailed');
  });

  test('a failure without a message says so', async () => {
    const result = await waitAgainst([executionReply('FAILED')]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('the service gave no reason');
  });
});

describe('PARTITION_SUCCESS', () => {
  const partial = executionReply('PARTITION_SUCCESS', { ImageId: 'm-partial', Message: 'copy to cn-qingdao failed: QuotaExceed.Image' });

  test('prints the image (it exists) with a warning and exits 0', async () => {
    const result = await waitAgainst([partial]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'PARTITION_SUCCESS', imageId: 'm-partial' });
    expect(result.stderr).toContain('warning:');
    expect(result.stderr).toContain('copy to cn-qingdao failed: QuotaExceed.Image');
  });

  test('exits 1 with --fail-on-partial-success', async () => {
    const result = await waitAgainst([partial], ['--fail-on-partial-success']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
  });
});

describe('timeout', () => {
  const tinyTimeout = ['--timeout-seconds', '0.3', '--poll-seconds', '0.05'];

  test('exits 2 when the build is still running at the deadline, naming the last status', async () => {
    const result = await waitAgainst([executionReply('BUILDING')], [], sdkEnv(), tinyTimeout);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('timed out');
    expect(result.stderr).toContain('last status BUILDING');
    expect(fake!.requests.length).toBeGreaterThan(1);
  });

  test('a timeout while throttled names the last problem', async () => {
    const result = await waitAgainst([errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.')], [], sdkEnv(), tinyTimeout);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no status seen');
    expect(result.stderr).toContain('last problem: throttled: Throttling.User');
  });
});

describe('transient errors are retried', () => {
  test('throttling, a 503 and a dropped connection, then success', async () => {
    const result = await waitAgainst([
      executionReply('BUILDING'),
      errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.'),
      errorReply(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
      { dropConnection: true },
      executionReply('SUCCESS', { ImageId: 'm-after-retries' }),
    ]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).imageId).toBe('m-after-retries');
    expect(fake!.requests).toHaveLength(5);
    expect(result.stderr).toMatch(/throttled: Throttling\.User \(HTTP 400\).*retrying in/);
    expect(result.stderr).toMatch(/service error: ServiceUnavailable \(HTTP 503\).*retrying in/);
    expect(result.stderr).toMatch(/network error: .*retrying in/);
  });
});

describe('5xx answers with any body are retried until the deadline', () => {
  test('HTML 503, 502 and 500 pages from a gateway, then success', async () => {
    // Issue 18: an HTML 503 was "malformed" and given up after 3 tries (about a second).
    const result = await waitAgainst([htmlReply(503), htmlReply(502, '502 Bad Gateway'), htmlReply(500, '500 Internal Server Error'), htmlReply(503),
      executionReply('SUCCESS', { ImageId: 'm-after-html' })]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).imageId).toBe('m-after-html');
    expect(fake!.requests).toHaveLength(5);
    expect(result.stderr).toMatch(/service error: HTTP 503 with a body that is not JSON.*retrying in/);
    expect(result.stderr).toContain('HTTP 502');
    expect(result.stderr).not.toContain('malformed');
  });

  test('an HTML 503 until the deadline is a timeout (exit 2), not a bad response', async () => {
    const result = await waitAgainst([htmlReply(503)], [], sdkEnv(), ['--timeout-seconds', '1.5', '--poll-seconds', '0.05']);
    expect(result.exitCode).toBe(2);
    expect(fake!.requests.length).toBeGreaterThan(3);
    expect(result.stderr).toContain('last problem: service error: HTTP 503');
  });

  test('plain-text and empty 5xx bodies too; the retries back off', async () => {
    const result = await waitAgainst([{ status: 500, body: 'Internal Server Error', contentType: 'text/plain' }, { status: 504, body: '' },
      executionReply('SUCCESS', { ImageId: 'm-1' })]);
    expect(result.exitCode).toBe(0);
    expect(fake!.requests).toHaveLength(3);
  });

  test('a non-JSON 404 page (a wrong endpoint) is still a bad response', async () => {
    const result = await waitAgainst([htmlReply(404, '404 Not Found')]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('(HTTP 404) is not JSON');
    expect(fake!.requests).toHaveLength(3);
  });

  test('an HTML 502 on StartImagePipelineExecution and an HTML 503 on ModifyImageAttribute are retried too', async () => {
    const pipeline = 'ip-2ze5tsl5bp6nf2b3aaaa';
    fake = await FakeEcs.startWith({
      secret: SECRET,
      executions: { [EXECUTION_ID]: ['FAILED'] },
      executionPipelines: { [EXECUTION_ID]: pipeline },
      startFailures: [htmlReply(502, '502 Bad Gateway')],
      modify: [htmlReply(503), modifiedReply()],
    });
    const result = await runNode(bundle, ['wait-execution', '--execution-id', EXECUTION_ID, '--pipeline-id', pipeline, '--region', 'cn-hangzhou',
      '--poll-seconds', '0.02', '--timeout-seconds', '30', '--endpoint', fake.endpoint, '--image-family', 'web-base'], sdkEnv());
    expect(result.exitCode).toBe(0);
    expect(fake.requestsFor(START_EXECUTION)).toHaveLength(2);
    expect(fake.started).toHaveLength(1);
    expect(fake.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toHaveLength(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ executionId: fake.started[0].executionId, imageFamily: 'web-base', restartedFrom: EXECUTION_ID });
  });
});

describe('malformed responses and unknown executions exit 3', () => {
  test('a 200 answer whose body is not JSON (a proxy page, not the API)', async () => {
    const result = await waitAgainst([{ body: '<html><body>Please log in</body></html>', contentType: 'text/html' }]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('malformed DescribeImagePipelineExecutions response: response (HTTP 200) is not JSON');
    // A few tries in a row first: one bad gateway page must not fail a deploy.
    expect(fake!.requests).toHaveLength(3);
  });

  test('JSON without the execution list', async () => {
    const result = await waitAgainst([{ body: { RequestId: 'A1B2', TotalCount: 1 } }]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('has no ImagePipelineExecution.ImagePipelineExecutionSet list');
  });

  test('an execution without a Status', async () => {
    const reply = executionReply('BUILDING');
    delete (reply.body as any).ImagePipelineExecution.ImagePipelineExecutionSet[0].Status;
    const result = await waitAgainst([reply]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('has no Status');
  });

  test('SUCCESS without an ImageId', async () => {
    const result = await waitAgainst([executionReply('SUCCESS')]);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no ImageId');
  });

  test('an execution id the region does not know', async () => {
    const result = await waitAgainst([noExecutionReply()]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(`execution ${EXECUTION_ID} not found in region cn-hangzhou`);
  });

  test('one malformed answer between good ones is tolerated', async () => {
    const result = await waitAgainst([executionReply('BUILDING'), { body: 'not json' }, executionReply('SUCCESS', { ImageId: 'm-1' })]);
    expect(result.exitCode).toBe(0);
  });
});

describe('--image-family', () => {
  const FAMILY = 'web-base:v1.2_x';
  const BUILT = 'm-bp1g7004ksh0oeuc****';

  /** Runs the waiter with --image-family FAMILY; the build succeeds unless `replies` say otherwise. */
  function waitWithFamily(
    modifyReplies: FakeReply[] = [modifiedReply()],
    replies = [executionReply('BUILDING'), executionReply('SUCCESS', { ImageId: BUILT })],
    args: string[] = [],
    timing?: string[],
  ): Promise<RunResult> {
    return waitAgainst(replies, ['--image-family', FAMILY, ...args], sdkEnv(), timing, modifyReplies);
  }

  test('after SUCCESS, sets the family on the built image once, in the waiter\'s region, then prints the result', async () => {
    const result = await waitWithFamily();

    expect(result.exitCode).toBe(0);
    // Two polls (BUILDING, SUCCESS), then exactly one ModifyImageAttribute and nothing after it.
    expect(fake!.requests.map((r) => r.action)).toEqual(['DescribeImagePipelineExecutions', 'DescribeImagePipelineExecutions', MODIFY_IMAGE_ATTRIBUTE]);
    const [modify] = fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE);
    expect(modify.params).toMatchObject({ ImageId: BUILT, ImageFamily: FAMILY, RegionId: 'cn-hangzhou' });
    expect(modify.headers['x-acs-version']).toBe('2014-05-26');
    expect(modify.signatureValid).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual({
      executionId: EXECUTION_ID, imagePipelineId: 'ip-2ze5tsl5bp6nf2b3****', status: 'SUCCESS', imageId: BUILT, imageFamily: FAMILY,
    });
    const lines = progressLines(result);
    const finished = lines.findIndex((l) => l.includes('finished SUCCESS'));
    const setting = lines.findIndex((l) => l.includes(`setting image family ${FAMILY} on ${BUILT} in cn-hangzhou`));
    expect(finished).toBeGreaterThanOrEqual(0);
    expect(setting).toBeGreaterThan(finished);
    expect(result.stderr).toContain(`image ${BUILT} is in family ${FAMILY} (request id `);
  });

  test('PARTITION_SUCCESS counts as success, so the image gets the family', async () => {
    const result = await waitWithFamily(undefined, [executionReply('PARTITION_SUCCESS', { ImageId: 'm-partial' })]);
    expect(result.exitCode).toBe(0);
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE).map((r) => r.params.ImageId)).toEqual(['m-partial']);
  });

  test('PARTITION_SUCCESS with --fail-on-partial-success fails without setting the family', async () => {
    const result = await waitWithFamily(undefined, [executionReply('PARTITION_SUCCESS', { ImageId: 'm-partial' })], ['--fail-on-partial-success']);
    expect(result.exitCode).toBe(1);
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toEqual([]);
  });

  test('without the flag, ModifyImageAttribute is never called', async () => {
    const result = await waitAgainst([executionReply('SUCCESS', { ImageId: BUILT })]);
    expect(result.exitCode).toBe(0);
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toEqual([]);
    expect(JSON.parse(result.stdout)).not.toHaveProperty('imageFamily');
  });

  test.each(['FAILED', 'TEST_FAILED', 'CANCELLED'])('a build that ends %s exits 1 without setting the family', async (status) => {
    const result = await waitWithFamily(undefined, [executionReply(status, { ImageId: BUILT, Message: 'build failed' })]);
    expect(result.exitCode).toBe(1);
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toEqual([]);
  });

  test.each([
    [403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource, or this API does not support RAM.'],
    [404, 'InvalidImageId.NotFound', 'The specified ImageId does not exist.'],
  ])('an API error (%d %s) exits 4 with the service message, without retrying', async (status, code, message) => {
    const result = await waitWithFamily([errorReply(status, code, message)]);
    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toHaveLength(1);
    expect(result.stderr).toContain(`the API refused ModifyImageAttribute (image family ${FAMILY}) for ${BUILT} in cn-hangzhou: `);
    expect(result.stderr).toContain(`${code} (HTTP ${status}): ${message}`);
    expect(progressLines(result).filter((l) => l.includes('refused'))).toHaveLength(1);
    expect(result.stderr).toContain(`image ${BUILT} was built but is not in family ${FAMILY}`);
    expect(result.stderr).toContain('ecs:ModifyImageAttribute');
  });

  test('an error that echoes the secret is printed masked', async () => {
    const result = await waitWithFamily([errorReply(400, 'InvalidParameter', `bad signature for secret ${SECRET}`)]);
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain('InvalidParameter');
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  test('throttling, a 503 and a dropped connection are retried, then the family is set', async () => {
    const result = await waitWithFamily([
      errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.'),
      errorReply(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
      { dropConnection: true },
      modifiedReply(),
    ]);
    expect(result.exitCode).toBe(0);
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toHaveLength(4);
    expect(fake!.requestsFor('DescribeImagePipelineExecutions')).toHaveLength(2);
    expect(result.stderr).toMatch(/throttled: Throttling\.User \(HTTP 400\).*retrying in/);
    expect(JSON.parse(result.stdout).imageFamily).toBe(FAMILY);
  });

  test('throttled until the deadline exits 2, saying the image was built', async () => {
    const result = await waitWithFamily([errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.')],
      [executionReply('SUCCESS', { ImageId: BUILT })], [], ['--timeout-seconds', '0.3', '--poll-seconds', '0.05']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE).length).toBeGreaterThan(1);
    expect(result.stderr).toContain(`setting the image family (last problem: throttled: Throttling.User`);
    expect(result.stderr).toContain(`image ${BUILT} was built but is not in family ${FAMILY}`);
  });

  test('malformed answers are tried 3 times, then exit 3', async () => {
    const result = await waitWithFamily([{ body: '<html>502 Bad Gateway</html>', contentType: 'text/html' }]);
    expect(result.exitCode).toBe(3);
    expect(fake!.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toHaveLength(3);
    expect(result.stderr).toContain('malformed ModifyImageAttribute response');
  });
});

describe('refused requests exit 4', () => {
  test('a RAM permission error is not retried', async () => {
    const result = await waitAgainst([errorReply(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource, or this API does not support RAM.')]);
    expect(result.exitCode).toBe(4);
    expect(fake!.requests).toHaveLength(1);
    expect(result.stderr).toContain('Forbidden.RAM (HTTP 403)');
    expect(result.stderr).toContain('ecs:DescribeImagePipelineExecutions');
  });

  test('no credentials anywhere: one line, without the SDK noise of unconfigured providers', async () => {
    const result = await runNode(bundle, ['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--endpoint', 'http://127.0.0.1:9'], {
      HOME: home,
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    });
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain('no usable Alibaba Cloud credentials');
    expect(result.stderr).toContain('set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    // Issue 18: the message carried `getaddrinfo ENOTFOUND undefinedGET https://undefined/ failed.`
    expect(result.stderr).not.toContain('undefined');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  test.each<[number, string, string]>([
    [404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'],
    [400, 'InvalidAccessKeyId.Inactive', 'Specified access key is disabled.'],
    [400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.'],
    [400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.'],
    [403, 'Forbidden.AccessKeyDisabled', 'The Access Key is disabled.'],
  ])('credentials rejected (%d %s): exit 4 at once, one line about the credentials', async (status, code, message) => {
    // Issue 18: InvalidAccessKeyId.NotFound exited 3, "wrong region or execution id?".
    const result = await waitAgainst([errorReply(status, code, message)]);
    expect(result.exitCode).toBe(4);
    expect(fake!.requests).toHaveLength(1);
    const lines = progressLines(result).slice(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`the credentials were rejected: ${code} (HTTP ${status}): ${message}`);
    expect(lines[0]).toContain('check the AccessKey id, secret and STS token');
    expect(result.stderr).not.toContain('wrong region');
  });

  test.each<[number, string]>([[403, 'Forbidden.RAM'], [403, 'NoPermission'], [403, 'Forbidden'], [401, 'Unauthorized']])(
    'permission refused (%d %s): exit 4 at once, one line naming the RAM permission', async (status, code) => {
      const result = await waitAgainst([errorReply(status, code, 'You are not authorized to do this action.')]);
      expect(result.exitCode).toBe(4);
      expect(fake!.requests).toHaveLength(1);
      const lines = progressLines(result).slice(1);
      expect(lines).toEqual([expect.stringContaining(`not allowed: ${code} (HTTP ${status})`)]);
      expect(lines[0]).toContain('allow ecs:DescribeImagePipelineExecutions');
    });
});

describe('signals', () => {
  /** Starts the waiter on a build that never ends; resolves once the fake has been polled. */
  async function startWaiting(): Promise<{ child: ChildProcess; done: Promise<RunResult> }> {
    fake = await FakeEcs.start([executionReply('BUILDING')], SECRET);
    const child = spawn(process.execPath, [bundle, 'wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--poll-seconds', '0.05',
      '--endpoint', fake.endpoint], { env: { PATH: process.env.PATH ?? '', ...sdkEnv() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => { stdout += d; });
    child.stderr!.on('data', (d) => { stderr += d; });
    const done = new Promise<RunResult>((resolve) => child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr })));
    while (fake.requests.length < 2) await new Promise((r) => setTimeout(r, 20));
    return { child, done };
  }

  test.each<[NodeJS.Signals, number]>([['SIGTERM', 143], ['SIGINT', 130]])('%s prints what was being waited for and exits %d', async (signal, code) => {
    // Issue 18: signals ended the waiter silently.
    const { child, done } = await startWaiting();
    child.kill(signal);
    const result = await done;
    expect(result.exitCode).toBe(code);
    expect(result.stdout).toBe('');
    const last = progressLines(result).pop();
    expect(last).toMatch(new RegExp(`^wait-execution: stopped by ${signal} while waiting for ${EXECUTION_ID} in cn-hangzhou \\(last status BUILDING, [0-9.]+s elapsed\\); the build goes on in the cloud`));
  });
});

describe('secrets are never printed', () => {
  test('not even when the API echoes them back', async () => {
    const env = sdkEnv({ ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN });
    const result = await waitAgainst([errorReply(400, 'InvalidParameter', `bad signature for secret ${SECRET} and token ${TOKEN}`)], [], env);
    expect(result.exitCode).toBe(4);
    const output = result.stdout + result.stderr;
    expect(output).toContain('InvalidParameter');
    expect(output).toContain('***');
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(TOKEN);
  });

  test('nor on success, nor the Terraform provider secret', async () => {
    fake = await FakeEcs.start([executionReply('BUILDING'), executionReply('SUCCESS', { ImageId: 'm-1' })], SECRET);
    const result = await runNode(bundle, ['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--poll-seconds', '0.02', '--endpoint', fake.endpoint], {
      HOME: home, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ALICLOUD_ACCESS_KEY: ACCESS_KEY_ID, ALICLOUD_SECRET_KEY: SECRET, ALICLOUD_SECURITY_TOKEN: TOKEN,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });
});

describe('command line', () => {
  test('--help prints usage with the exit codes and exits 0', async () => {
    const result = await runNode(bundle, ['wait-execution', '--help'], { HOME: home });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('--execution-id');
    expect(result.stdout).toContain('ecs:DescribeImagePipelineExecutions');
    expect(result.stdout).toContain('--image-family FAMILY');
    expect(result.stdout).toContain('ecs:ModifyImageAttribute');
    expect(result.stdout).toMatch(/^ {2}2 {4}timed out/m);
  });

  test('the top-level --help lists wait-execution', async () => {
    const result = await runNode(bundle, ['--help'], { HOME: home });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('wait-execution');
  });

  test.each<[string[], string]>([
    [['wait-execution', '--region', 'cn-hangzhou'], '--execution-id is required'],
    [['wait-execution', '--execution-id', '${alicloud_ecs_image_pipeline_execution.x.id}', '--region', 'cn-hangzhou'], '--execution-id must look like exec-'],
    [['wait-execution', '--execution-id', EXECUTION_ID], 'no region'],
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'Hangzhou'], '--region must be a region id'],
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--poll-seconds', '0'], '--poll-seconds must be a positive number'],
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--timeout-minutes', 'soon'], '--timeout-minutes must be a positive number'],
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--timeout-minutes', '1', '--timeout-seconds', '1'], 'not both'],
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--endpoint', 'ftp://x/y'], '--endpoint must be'],
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--colour'], 'unknown option --colour'],
    ...['aliyun-base', 'acs:base', '9lives', 'x', 'web base', 'web/base', '', `w${'a'.repeat(128)}`].map((family): [string[], string] => [
      ['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', `--image-family=${family}`],
      `--image-family must be 2 to 128 characters, start with a letter, contain only letters, digits, ':', '_', '.' and '-', and not start with 'aliyun' or 'acs:', got ${JSON.stringify(family)}`,
    ]),
    [['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--image-family'], '--image-family needs a value'],
    [['wait-for-it'], 'unknown command "wait-for-it"'],
  ])('%j exits 64', async (args, message) => {
    const result = await runNode(bundle, args, { HOME: home });
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(message);
  });

  test('accepted edges: --flag=value syntax, a fractional --timeout-minutes, a 128-character family', async () => {
    const longestFamily = `W:._-${'a'.repeat(123)}`;
    fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-1' })], SECRET);
    const result = await runNode(bundle, [
      'wait-execution', `--execution-id=${EXECUTION_ID}`, '--region=cn-hangzhou', '--timeout-minutes=0.5', '--poll-seconds=0.01', `--endpoint=${fake.endpoint}`,
      `--image-family=${longestFamily}`,
    ], sdkEnv());
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('timeout 30s');
    expect(fake.requestsFor('DescribeImagePipelineExecutions')).toHaveLength(1);
    expect(fake.requestsFor(MODIFY_IMAGE_ATTRIBUTE)[0].params.ImageFamily).toBe(longestFamily);
  });
});

describe('a build that had already failed is built again (--pipeline-id)', () => {
  const PIPELINE = 'ip-2ze5tsl5bp6nf2b3****'.replace(/\*/g, 'a');
  const failed = { status: 'FAILED', message: 'Command "RUN yum install -y nginx" exited with code 1', errorCode: 'BuildCommandFailed' };

  /** Runs the waiter for EXECUTION_ID of PIPELINE against a fake with these scripts. */
  async function waitScripted(options: FakeEcsOptions, args: string[] = ['--pipeline-id', PIPELINE]): Promise<RunResult> {
    fake = await FakeEcs.startWith({ secret: SECRET, executionPipelines: { [EXECUTION_ID]: PIPELINE }, ...options });
    return runNode(bundle, [
      'wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--poll-seconds', '0.02', '--timeout-seconds', '30',
      '--endpoint', fake.endpoint, ...args,
    ], sdkEnv());
  }

  // The same on a rerun after a taint and on a very first run whose build failed before the first
  // poll: the waiter cannot tell them apart (both are a create of terraform_data), so both rebuild once.
  test.each(['FAILED', 'TEST_FAILED', 'CANCELLED'])('%s at the first look (a rerun, or a first run that failed before the first poll): starts a fresh execution of the pipeline and waits for it', async (status) => {
    const result = await waitScripted({
      executions: { [EXECUTION_ID]: [{ ...failed, status }] },
      pipelines: { [PIPELINE]: [['PREPARING', 'BUILDING', { status: 'SUCCESS', imageId: 'm-rebuilt' }]] },
    });
    expect(result.exitCode).toBe(0);
    expect(fake!.started).toHaveLength(1);
    const [{ executionId: fresh, clientToken }] = fake!.started;
    const [start] = fake!.requestsFor(START_EXECUTION);
    expect(start.params).toMatchObject({ RegionId: 'cn-hangzhou', ImagePipelineId: PIPELINE });
    expect(clientToken).toMatch(/^cdktf-[0-9a-f-]{36}$/);
    expect(start.signatureValid).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual({
      executionId: fresh, imagePipelineId: PIPELINE, status: 'SUCCESS', imageId: 'm-rebuilt', restartedFrom: EXECUTION_ID,
    });
    expect(result.stderr).toContain(`${EXECUTION_ID} had already ended ${status} before this wait began (Command "RUN yum install -y nginx" exited with code 1`);
    expect(result.stderr).toContain(`started ${fresh} of ${PIPELINE} in place of ${EXECUTION_ID}`);
    // The failed execution is looked at once; then only the new one is polled.
    const polled = fake!.requestsFor(DESCRIBE_EXECUTIONS).map((r) => r.params.ExecutionId ?? `list ${r.params.ImagePipelineId}`);
    expect(polled).toEqual([EXECUTION_ID, `list ${PIPELINE}`, fresh, fresh, fresh]);
  });

  test('the fresh build fails too: exit 1 with its reason, and no second restart', async () => {
    const result = await waitScripted({
      executions: { [EXECUTION_ID]: [failed] },
      pipelines: { [PIPELINE]: [['BUILDING', { status: 'FAILED', message: 'still broken' }]] },
    });
    expect(result.exitCode).toBe(1);
    expect(fake!.started).toHaveLength(1);
    expect(result.stderr).toContain(`${fake!.started[0].executionId} ended FAILED`);
    expect(result.stderr).toContain('still broken');
  });

  test('a failure the waiter sees happen is not retried: the apply fails with the reason', async () => {
    const result = await waitScripted({ executions: { [EXECUTION_ID]: ['BUILDING', failed] } });
    expect(result.exitCode).toBe(1);
    expect(fake!.requestsFor(START_EXECUTION)).toEqual([]);
    expect(result.stderr).toContain('BuildCommandFailed');
  });

  test('without --pipeline-id a failed execution fails as before', async () => {
    const result = await waitScripted({ executions: { [EXECUTION_ID]: [failed] } }, []);
    expect(result.exitCode).toBe(1);
    expect(fake!.requests.map((r) => r.action)).toEqual([DESCRIBE_EXECUTIONS]);
  });

  test('a newer execution of the pipeline (a rebuild an interrupted run started) is adopted, not started again', async () => {
    const newer = 'exec-newer0000000000001';
    const older = 'exec-older0000000000001';
    const result = await waitScripted({
      executions: { [older]: ['SUCCESS'], [EXECUTION_ID]: [failed], [newer]: ['BUILDING', 'BUILDING', { status: 'SUCCESS', imageId: 'm-newer' }] },
      executionPipelines: { [older]: PIPELINE, [EXECUTION_ID]: PIPELINE, [newer]: PIPELINE },
      executionCreationTimes: { [older]: '2026-11-22T00:00:00Z', [EXECUTION_ID]: '2026-11-23T00:00:00Z', [newer]: '2026-11-23T02:00:00Z' },
    });
    expect(result.exitCode).toBe(0);
    expect(fake!.requestsFor(START_EXECUTION)).toEqual([]);
    expect(JSON.parse(result.stdout)).toMatchObject({ executionId: newer, imageId: 'm-newer', restartedFrom: EXECUTION_ID });
    expect(result.stderr).toContain(`has a newer execution ${newer} (BUILDING); waiting for it instead of starting another`);
  });

  test('a start that is throttled or answered 503 is retried with the same ClientToken', async () => {
    const result = await waitScripted({
      executions: { [EXECUTION_ID]: [failed] },
      startFailures: [errorReply(400, 'Throttling.User', 'Request was denied due to user flow control.'), errorReply(503, 'ServiceUnavailable', 'try later')],
    });
    expect(result.exitCode).toBe(0);
    const tokens = fake!.requestsFor(START_EXECUTION).map((r) => r.params.ClientToken);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(1);
    expect(fake!.started).toHaveLength(1);
  });

  test('a start refused for want of the RAM permission exits 4 in one line naming it', async () => {
    const result = await waitScripted({
      executions: { [EXECUTION_ID]: [failed] },
      startFailures: [errorReply(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.')],
    });
    expect(result.exitCode).toBe(4);
    const refusal = progressLines(result).filter((l) => l.includes('StartImagePipelineExecution'));
    expect(refusal).toHaveLength(1);
    expect(refusal[0]).toContain('Forbidden.RAM');
    expect(refusal[0]).toContain('ecs:StartImagePipelineExecution');
  });

  test('an execution of another pipeline is not rebuilt', async () => {
    const result = await waitScripted({ executions: { [EXECUTION_ID]: [failed] }, executionPipelines: { [EXECUTION_ID]: 'ip-other' } });
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(`${EXECUTION_ID} belongs to pipeline ip-other, not ${PIPELINE}`);
    expect(fake!.requestsFor(START_EXECUTION)).toEqual([]);
  });
});

describe('the fake endpoint as a harness uses it', () => {
  test('startFakeEcs: scripted per execution id, calls recorded, GET /__calls for another process', async () => {
    const { url, calls, stop } = await startFakeEcs({ secret: SECRET, executions: { [EXECUTION_ID]: ['BUILDING', 'SUCCESS'] } });
    try {
      const result = await runNode(bundle, ['wait-execution', '--execution-id', EXECUTION_ID, '--region', 'cn-hangzhou', '--poll-seconds', '0.02', '--endpoint', url], sdkEnv());
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.stdout).imageId).toMatch(/^m-[0-9a-f]{20}$/);
      expect(calls.map((c) => c.params.ExecutionId)).toEqual([EXECUTION_ID, EXECUTION_ID]);
      const listed = await (await fetch(`${url}/__calls`)).json() as { calls: Array<{ action: string }> };
      expect(listed.calls.map((c) => c.action)).toEqual([DESCRIBE_EXECUTIONS, DESCRIBE_EXECUTIONS]);
    } finally {
      await stop();
    }
  });

  test('defaultExecution answers any execution id (ids the fake provider makes up)', async () => {
    const { url, stop } = await startFakeEcs({ defaultExecution: [{ status: 'PARTITION_SUCCESS', message: 'copy failed' }] });
    try {
      const result = await runNode(bundle, ['wait-execution', '--execution-id', 'exec-anything1', '--region', 'cn-hangzhou', '--fail-on-partial-success', '--endpoint', url], sdkEnv());
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('copy failed');
    } finally {
      await stop();
    }
  });
});

describe('--from-env (what BuildWaiter runs)', () => {
  const fromEnv = (extra: Record<string, string>) => sdkEnv({
    CDKTF_ALICLOUD_WAIT_EXECUTION_ID: EXECUTION_ID,
    CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou',
    CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '0.02',
    CDKTF_ALICLOUD_WAIT_TIMEOUT_SECONDS: '30',
    ...extra,
  });

  test('every option comes from its variable', async () => {
    fake = await FakeEcs.start([executionReply('PARTITION_SUCCESS', { ImageId: 'm-1' })], SECRET);
    const result = await runNode(bundle, ['wait-execution', '--from-env'], fromEnv({
      CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint,
      CDKTF_ALICLOUD_WAIT_REGION: 'eu-central-1',
      CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'true',
      CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web-base',
    }));
    expect(result.exitCode).toBe(1);
    expect(fake.requests[0].query).toEqual({ ExecutionId: EXECUTION_ID, RegionId: 'eu-central-1' });
    expect(fake.requestsFor(MODIFY_IMAGE_ATTRIBUTE)).toEqual([]);
    expect(result.stderr).toContain('timeout 30s, polling at most every 0.02s');
  });

  test('false booleans and the image family reach the waiter', async () => {
    fake = await FakeEcs.start([executionReply('PARTITION_SUCCESS', { ImageId: 'm-1' })], SECRET);
    const result = await runNode(bundle, ['wait-execution', '--from-env'], fromEnv({
      CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint, CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'false', CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web-base',
    }));
    expect(result.exitCode).toBe(0);
    expect(fake.requestsFor(MODIFY_IMAGE_ATTRIBUTE)[0].params).toMatchObject({ ImageId: 'm-1', ImageFamily: 'web-base' });
  });

  test('the region falls back to ALIBABA_CLOUD_REGION_ID', async () => {
    fake = await FakeEcs.start([executionReply('SUCCESS', { ImageId: 'm-1' })], SECRET);
    const env = fromEnv({ CDKTF_ALICLOUD_ECS_ENDPOINT: fake.endpoint, ALIBABA_CLOUD_REGION_ID: 'cn-beijing' });
    delete env.CDKTF_ALICLOUD_WAIT_REGION;
    const result = await runNode(bundle, ['wait-execution', '--from-env'], env);
    expect(result.exitCode).toBe(0);
    expect(fake.requests[0].query.RegionId).toBe('cn-beijing');
  });

  test('flags are not read from the environment without --from-env', async () => {
    const result = await runNode(bundle, ['wait-execution', '--region', 'cn-hangzhou'], fromEnv({}));
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain('--execution-id is required');
  });

  test.each<[Record<string, string>, string]>([
    [{ CDKTF_ALICLOUD_WAIT_EXECUTION_ID: 'x; touch owned #' }, 'CDKTF_ALICLOUD_WAIT_EXECUTION_ID must look like exec-..., got "x; touch owned #"'],
    [{ CDKTF_ALICLOUD_WAIT_EXECUTION_ID: `${EXECUTION_ID}\n--region=x` }, 'CDKTF_ALICLOUD_WAIT_EXECUTION_ID must look like exec-...'],
    [{ CDKTF_ALICLOUD_WAIT_EXECUTION_ID: '' }, 'CDKTF_ALICLOUD_WAIT_EXECUTION_ID is set but empty'],
    [{ CDKTF_ALICLOUD_WAIT_PIPELINE_ID: 'ip-1;reboot' }, 'CDKTF_ALICLOUD_WAIT_PIPELINE_ID must look like ip-..., got "ip-1;reboot"'],
    [{ CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou $(id)' }, 'CDKTF_ALICLOUD_WAIT_REGION must be a region id such as cn-hangzhou, got "cn-hangzhou $(id)"'],
    [{ CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES: '1', CDKTF_ALICLOUD_WAIT_TIMEOUT_SECONDS: '1' }, 'give CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES or CDKTF_ALICLOUD_WAIT_TIMEOUT_SECONDS, not both'],
    [{ CDKTF_ALICLOUD_WAIT_POLL_SECONDS: 'Infinity' }, 'CDKTF_ALICLOUD_WAIT_POLL_SECONDS must be a positive number, got "Infinity"'],
    [{ CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '-1' }, 'CDKTF_ALICLOUD_WAIT_POLL_SECONDS must be a positive number'],
    [{ CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'yes' }, 'CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS must be true or false, got "yes"'],
    [{ CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'aliyun-x' }, 'CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY must be 2 to 128 characters'],
    [{ CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web;id' }, 'got "web;id"'],
    [{ CDKTF_ALICLOUD_ECS_ENDPOINT: 'http://127.0.0.1:9/x?y' }, 'CDKTF_ALICLOUD_ECS_ENDPOINT must be host[:port] or http(s)://host[:port]'],
  ])('%j exits 64 before any API call', async (extra, message) => {
    const result = await runNode(bundle, ['wait-execution', '--from-env'], fromEnv({ CDKTF_ALICLOUD_ECS_ENDPOINT: 'http://127.0.0.1:9', ...extra }));
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  test('--from-env must be the only argument', async () => {
    for (const args of [['--from-env', '--region', 'cn-hangzhou'], ['--region', 'cn-hangzhou', '--from-env']]) {
      const result = await runNode(bundle, ['wait-execution', ...args], fromEnv({}));
      expect(result.exitCode).toBe(64);
      expect(result.stderr).toMatch(/--from-env must be the only argument|unknown option --from-env/);
    }
  });

  test('--help lists every variable', async () => {
    const result = await runNode(bundle, ['wait-execution', '--help'], { HOME: home });
    for (const name of ['CDKTF_ALICLOUD_WAIT_EXECUTION_ID', 'CDKTF_ALICLOUD_WAIT_PIPELINE_ID', 'CDKTF_ALICLOUD_WAIT_REGION', 'CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES',
      'CDKTF_ALICLOUD_WAIT_TIMEOUT_SECONDS', 'CDKTF_ALICLOUD_WAIT_POLL_SECONDS', 'CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS', 'CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY',
      'CDKTF_ALICLOUD_ECS_ENDPOINT']) {
      expect(result.stdout).toContain(name);
    }
  });
});

describe('backoff', () => {
  test('doubles from the first delay, is capped at the poll interval, and jitters within the upper half', () => {
    expect(backoffDelayMs(0, 2000, 15000, () => 0)).toBe(1000);
    expect(backoffDelayMs(0, 2000, 15000, () => 1)).toBe(2000);
    expect(backoffDelayMs(2, 2000, 15000, () => 1)).toBe(8000);
    expect(backoffDelayMs(3, 2000, 15000, () => 1)).toBe(15000);
    expect(backoffDelayMs(30, 2000, 15000, () => 0.999)).toBeLessThanOrEqual(15000);
    expect(backoffDelayMs(30, 2000, 15000, () => 0)).toBe(7500);
  });

  test('durations read as people write them', () => {
    expect(formatDuration(50)).toBe('0.05s');
    expect(formatDuration(59_000)).toBe('59s');
    expect(formatDuration(61_000)).toBe('1m 1s');
    expect(formatDuration(3_723_000)).toBe('1h 2m 3s');
  });
});

describe('poll loop on a simulated clock', () => {
  /** Runs the loop in-process with a clock that jumps instead of sleeping; returns the pauses it asked for. */
  async function simulate(statuses: string[], options: Partial<WaitOptions> = {}) {
    let now = 0;
    const sleeps: number[] = [];
    const clock: Clock = { now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } };
    const lines: string[] = [];
    const results: string[] = [];
    const reporter = new Reporter('wait-execution', (l) => results.push(l), (l) => lines.push(l));
    let call = 0;
    const api = {
      describe: async (): Promise<DescribeOutcome> => ({
        kind: 'found',
        execution: { executionId: EXECUTION_ID, status: statuses[Math.min(call++, statuses.length - 1)], imageId: 'm-1' },
      }),
      setImageFamily: async (): Promise<ModifyOutcome> => ({ kind: 'done', requestId: 'R1' }),
      listForPipeline: async (): Promise<ListOutcome> => ({ kind: 'listed', executions: [] }),
      startExecution: async (): Promise<StartOutcome> => ({ kind: 'refused', reason: 'not in this test' }),
    };
    const code = await waitForExecution({
      executionId: EXECUTION_ID, regionId: 'cn-hangzhou', timeoutMs: 3_600_000, pollIntervalMs: 15_000,
      protocol: 'HTTPS', failOnPartialSuccess: false, ...options,
    }, api, reporter, clock, () => 1);
    return { code, sleeps, lines, results, now: () => now };
  }

  test('pauses start at 2 s, double, stay at the poll interval, and a long status gets a heartbeat line', async () => {
    const run = await simulate([...Array(12).fill('BUILDING'), 'SUCCESS']);
    expect(run.code).toBe(0);
    expect(run.sleeps).toEqual([2000, 4000, 8000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000]);
    expect(run.lines.filter((l) => l.includes('is still BUILDING'))).toHaveLength(2);
    expect(run.results).toHaveLength(1);
  });

  test('the last pause is cut to the deadline, then one final poll decides', async () => {
    const run = await simulate(['BUILDING'], { timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    expect(run.sleeps).toEqual([2000, 4000, 8000, 6000]);
    expect(run.now()).toBe(20_000);
    expect(run.results).toEqual([]);
  });
});
