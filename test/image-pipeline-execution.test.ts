/** ImagePipelineExecution: attribute wiring, rebuild on change (on the JSON), rebuildToken, timeouts. */
import { Fn, Lazy, TerraformOutput, TerraformStack, Token } from 'cdktf';
import {
  alicloud, BaseImage, BuildContent, Errors, ImagePipeline, ImagePipelineExecution, ImagePipelineExecutionOptions,
} from '../lib';
import { ensureWaiterBundle } from './util/fake-ecs';
import { alicloudStack, synth } from './util/synth';

const PIPELINE_TYPE = 'alicloud_ecs_image_pipeline';
const EXECUTION_TYPE = 'alicloud_ecs_image_pipeline_execution';

function pipelineIn(stack: TerraformStack, content = 'RUN yum update -y', imageNamePrefix?: string): ImagePipeline {
  return new ImagePipeline(stack, 'Pipeline', {
    baseImage: BaseImage.fromImageId('m-bp1base'),
    buildContent: BuildContent.fromCommands(content),
    imageNamePrefix,
  });
}

/** A stack with one pipeline and one execution of it, synthesized with the schema check. */
function deploy(content: string, options: ImagePipelineExecutionOptions = {}) {
  const stack = alicloudStack();
  const pipeline = pipelineIn(stack, content);
  const execution = pipeline.addExecution('Build', options);
  const out = synth(stack);
  const [pipelineLogicalId] = Object.keys(out.resources(PIPELINE_TYPE));
  return { out, execution, pipelineLogicalId, pipeline: out.resource(PIPELINE_TYPE), resource: out.resource(EXECUTION_TYPE) };
}

function executionWith(options: ImagePipelineExecutionOptions) {
  const stack = alicloudStack();
  new ImagePipelineExecution(stack, 'Build', { ...options, imagePipeline: pipelineIn(stack) });
  return synth(stack).resource(EXECUTION_TYPE);
}

describe('attributes', () => {
  test('the execution builds the pipeline it is given, by reference to its id', () => {
    const { resource, pipelineLogicalId, execution } = deploy('RUN yum update -y');
    expect(resource).toEqual({ image_pipeline_id: `\${${PIPELINE_TYPE}.${pipelineLogicalId}.id}` });
    expect(execution.node.defaultChild).toBe(execution.resource);
    expect(execution.node.path).toBe('test/Pipeline/Build');
  });

  test('executionId, status and imageName resolve to the execution resource', () => {
    const stack = alicloudStack();
    const pipeline = pipelineIn(stack, 'RUN yum update -y', 'web');
    const execution = new ImagePipelineExecution(stack, 'Build', { imagePipeline: pipeline });
    expect(Token.isUnresolved(execution.executionId)).toBe(true);
    expect(execution.imagePipeline).toBe(pipeline);
    new TerraformOutput(stack, 'execution_id', { value: execution.executionId });
    new TerraformOutput(stack, 'status', { value: execution.status });
    new TerraformOutput(stack, 'image_name', { value: execution.imageName });
    const out = synth(stack);
    const [logicalId] = Object.keys(out.resources(EXECUTION_TYPE));
    expect(out.outputs()).toEqual({
      execution_id: { value: `\${${EXECUTION_TYPE}.${logicalId}.id}` },
      status: { value: `\${${EXECUTION_TYPE}.${logicalId}.status}` },
      // The documented name of the built image: {ImageName}_{ExecutionId}.
      image_name: { value: `web_\${${EXECUTION_TYPE}.${logicalId}.id}` },
    });
  });

  test('imageName uses the derived prefix when none is given', () => {
    const stack = alicloudStack();
    const execution = pipelineIn(stack).addExecution('Build');
    new TerraformOutput(stack, 'image_name', { value: execution.imageName });
    expect(synth(stack).outputs().image_name.value).toMatch(/^test-Pipeline_\$\{alicloud_ecs_image_pipeline_execution\.Pipeline_Build_[0-9A-F]{8}\.id\}$/);
  });

  test('imageName of a pipeline imported without its prefix is an error; with the prefix it works', () => {
    const stack = alicloudStack();
    const unknown = ImagePipeline.fromImagePipelineId(stack, 'Imported', 'ip-abc').addExecution('Build');
    expect(() => unknown.imageName).toThrow(
      /test\/Imported\/Build: imageName is unknown because the pipeline was imported without imageNamePrefix; use ImagePipeline.fromImagePipelineAttributes \(got "test\/Imported"\)/);
    const known = ImagePipeline.fromImagePipelineAttributes(stack, 'Known', { imagePipelineId: 'ip-def', imageNamePrefix: 'web' }).addExecution('Build');
    new TerraformOutput(stack, 'image_name', { value: known.imageName });
    expect(synth(stack).outputs().image_name.value).toMatch(/^web_\$\{alicloud_ecs_image_pipeline_execution\.Known_Build_[0-9A-F]{8}\.id\}$/);
  });
});

describe('a changed pipeline is rebuilt in the same deploy', () => {
  test('new build content: new pipeline name, created before the old one is destroyed, execution replaced with it', () => {
    const v1 = deploy('RUN echo v1');
    const v2 = deploy('RUN echo v2');

    // Every pipeline attribute is ForceNew: the changed build_content replaces the pipeline...
    expect(v1.pipeline.build_content).toBe('RUN echo v1');
    expect(v2.pipeline.build_content).toBe('RUN echo v2');
    // ...under a new, content-hashed name, so that old and new can exist side by side...
    expect(v1.pipeline.name).toMatch(/^test-Pipeline-[0-9a-f]{8}$/);
    expect(v2.pipeline.name).toMatch(/^test-Pipeline-[0-9a-f]{8}$/);
    expect(v2.pipeline.name).not.toBe(v1.pipeline.name);
    // ...and the new one is created first.
    expect(v1.pipeline.lifecycle).toEqual({ create_before_destroy: true });
    expect(v2.pipeline.lifecycle).toEqual({ create_before_destroy: true });

    // The execution's only (ForceNew) input is the replaced pipeline's id, which becomes unknown
    // in the plan, so the execution is replaced too: a new build starts in the same apply.
    expect(v2.pipelineLogicalId).toBe(v1.pipelineLogicalId);
    expect(v2.resource.image_pipeline_id).toBe(`\${${PIPELINE_TYPE}.${v2.pipelineLogicalId}.id}`);
    expect(v2.resource).toEqual(v1.resource);
  });

  test('the same content synthesizes the same name (no rebuild without a change)', () => {
    expect(deploy('RUN echo v1').pipeline.name).toBe(deploy('RUN echo v1').pipeline.name);
  });
});

describe('rebuildToken', () => {
  test('adds a terraform_data trigger that replaces the execution when the token changes', () => {
    const { out, resource } = deploy('RUN yum update -y', { rebuildToken: '2024-06-01' });
    const triggers = out.resources('terraform_data');
    const [triggerId] = Object.keys(triggers);
    expect(Object.keys(triggers)).toHaveLength(1);
    expect(triggers[triggerId]).toEqual({ triggers_replace: { rebuild_token: '2024-06-01' } });
    expect(resource.lifecycle).toEqual({ replace_triggered_by: [`terraform_data.${triggerId}`] });
  });

  test('the trigger is written as a bare address (Terraform rejects "${...}" there), following overrideLogicalId', () => {
    const stack = alicloudStack();
    const execution = pipelineIn(stack).addExecution('Build', { rebuildToken: 'v1' });
    execution.rebuildTrigger!.overrideLogicalId('rebuild');
    const out = synth(stack);
    expect(Object.keys(out.resources('terraform_data'))).toEqual(['rebuild']);
    expect(out.resource(EXECUTION_TYPE).lifecycle).toEqual({ replace_triggered_by: ['terraform_data.rebuild'] });
    expect(out.text).not.toMatch(/"\$\{terraform_data/);
  });

  test('a new token changes only the trigger, not the pipeline', () => {
    const first = deploy('RUN yum update -y', { rebuildToken: '1' });
    const second = deploy('RUN yum update -y', { rebuildToken: '2' });
    expect(second.pipeline).toEqual(first.pipeline);
    expect(second.resource).toEqual(first.resource);
    expect(Object.values(first.out.resources('terraform_data'))).toEqual([{ triggers_replace: { rebuild_token: '1' } }]);
    expect(Object.values(second.out.resources('terraform_data'))).toEqual([{ triggers_replace: { rebuild_token: '2' } }]);
  });

  test('a token value stays a reference', () => {
    const { out, execution } = deploy('RUN yum update -y', { rebuildToken: Token.asString(Fn.timestamp()) });
    expect(Object.values(out.resources('terraform_data'))).toEqual([{ triggers_replace: { rebuild_token: '${timestamp()}' } }]);
    expect(execution.rebuildTrigger).toBeDefined();
  });

  test('without a token there is no trigger and no lifecycle', () => {
    const { out, resource, execution } = deploy('RUN yum update -y');
    expect(out.resources('terraform_data')).toEqual({});
    expect(resource.lifecycle).toBeUndefined();
    expect(execution.rebuildTrigger).toBeUndefined();
  });
});

describe('timeouts', () => {
  test('are written only when given', () => {
    expect(executionWith({}).timeouts).toBeUndefined();
    expect(executionWith({ timeouts: { create: '10m' } }).timeouts).toEqual({ create: '10m' });
    expect(executionWith({ timeouts: { create: '10m', update: '1h30m', delete: '30s' } }).timeouts)
      .toEqual({ create: '10m', update: '1h30m', delete: '30s' });
  });

  test.each(['create', 'update', 'delete'] as const)('timeouts.%s must be a Go duration', (op) => {
    const message = new RegExp(`test/Build: timeouts.${op} must be a duration such as 30m, 1h or 1h30m \\(got "10 minutes"\\)`);
    expect(() => executionWith({ timeouts: { [op]: '10 minutes' } })).toThrow(message);
    expect(() => executionWith({ timeouts: { [op]: '10' } })).toThrow(/must be a duration/);
    expect(() => executionWith({ timeouts: { [op]: '' } })).toThrow(/must be a duration/);
    expect(() => executionWith({ timeouts: { [op]: '1h' } })).not.toThrow();
    expect(() => executionWith({ timeouts: { [op]: '1.5h' } })).not.toThrow();
    expect(() => executionWith({ timeouts: { [op]: '2m30s' } })).not.toThrow();
  });

  test('errors are ValidationErrors; tokens pass through', () => {
    let caught: unknown;
    try {
      executionWith({ timeouts: { create: 'soon' } });
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught)).toBe(true);
    const token = Lazy.stringValue({ produce: () => '15m' });
    expect(executionWith({ timeouts: { create: token } }).timeouts).toEqual({ create: '15m' });
  });
});

describe('waitForCompletion', () => {
  beforeAll(() => ensureWaiterBundle());

  test('off by default: no waiter, imageName and completion refer to the execution itself', () => {
    const { out, execution } = deploy('RUN yum update -y');
    expect(out.resources('terraform_data')).toEqual({});
    expect(execution.waiter).toBeUndefined();
    expect(execution.completion).toBe(execution.resource);
  });

  test('a waiter polls the execution, and imageName and completion go through it', () => {
    const stack = alicloudStack();
    const execution = pipelineIn(stack, 'RUN yum update -y', 'web').addExecution('Build', {
      waitForCompletion: true,
      waitOptions: { timeoutMinutes: 90, pollIntervalSeconds: 30, imageFamily: 'web' },
    });
    new TerraformOutput(stack, 'ImageName', { value: execution.imageName });
    const out = synth(stack);
    const [[waiterId, waiter]] = Object.entries<any>(out.resources('terraform_data'));
    const [executionId] = Object.keys(out.resources(EXECUTION_TYPE));
    const executionRef = `\${${EXECUTION_TYPE}.${executionId}.id}`;
    expect(waiter.triggers_replace).toEqual({ execution_id: executionRef });
    expect(waiter.provisioner[0]['local-exec']).toEqual({
      interpreter: ['node', expect.stringMatching(/^assets\/CdktfAlicloudImageBuilderWaiter\/[0-9A-F]{32}\/waiter\.js$/), 'wait-execution'],
      command: '--from-env',
      environment: {
        CDKTF_ALICLOUD_WAIT_EXECUTION_ID: executionRef,
        CDKTF_ALICLOUD_WAIT_PIPELINE_ID: `\${${PIPELINE_TYPE}.${Object.keys(out.resources(PIPELINE_TYPE))[0]}.id}`,
        CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou',
        CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES: '90',
        CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '30',
        CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'false',
        CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web',
      },
    });
    expect(out.json.output.ImageName.value).toBe(`web_\${terraform_data.${waiterId}.output.execution_id}`);
    expect(execution.completion).toBe(execution.waiter);
    expect(execution.waiter!.node.path).toBe('test/Pipeline/Build/Waiter');
  });

  test('dependsOn completion waits for the build', () => {
    const stack = alicloudStack();
    const execution = pipelineIn(stack).addExecution('Build', { waitForCompletion: true });
    const after = new ImagePipelineExecution(stack, 'After', {
      imagePipeline: ImagePipeline.fromImagePipelineId(stack, 'Other', 'ip-other'),
    });
    after.resource.dependsOn = [execution.completion.fqn];
    const out = synth(stack);
    const [waiterId] = Object.keys(out.resources('terraform_data'));
    expect(out.resources(EXECUTION_TYPE)[after.resource.friendlyUniqueId].depends_on).toEqual([`\${terraform_data.${waiterId}}`]);
  });

  test("an aliased pipeline: the execution uses its provider and the waiter polls the provider's region", () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'Beijing', { region: 'cn-beijing', alias: 'beijing' });
    const pipeline = new ImagePipeline(stack, 'Pipeline', {
      baseImage: BaseImage.fromImageId('m-bp1base'), buildContent: BuildContent.fromCommands('RUN true'), provider: beijing,
    });
    pipeline.addExecution('Build', { waitForCompletion: true });
    const out = synth(stack);
    expect(out.resource(PIPELINE_TYPE).provider).toBe('alicloud.beijing');
    expect(out.resource(EXECUTION_TYPE).provider).toBe('alicloud.beijing');
    expect(Object.values<any>(out.resources('terraform_data'))[0].provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_REGION).toBe('cn-beijing');
  });

  test('waitOptions.region wins; it is required when the aliased provider region is a token', () => {
    const stack = alicloudStack();
    const anywhere = new alicloud.provider.AlicloudProvider(stack, 'Anywhere', {
      region: Lazy.stringValue({ produce: () => 'cn-shanghai' }), alias: 'anywhere',
    });
    const pipeline = new ImagePipeline(stack, 'Pipeline', {
      baseImage: BaseImage.fromImageId('m-bp1base'), buildContent: BuildContent.fromCommands('RUN true'), provider: anywhere,
    });
    expect(() => pipeline.addExecution('Unknown', { waitForCompletion: true }))
      .toThrow("test/Pipeline/Unknown: waitOptions.region is required: the pipeline's provider has no literal region for the waiter to poll (got undefined)");
    pipeline.addExecution('Known', { waitForCompletion: true, waitOptions: { region: 'cn-shanghai' } });
    expect(Object.values<any>(synth(stack).resources('terraform_data'))[0].provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_REGION).toBe('cn-shanghai');
  });

  test('waitOptions without waitForCompletion is an error; waiter rules apply', () => {
    expect(() => executionWith({ waitOptions: { timeoutMinutes: 30 } }))
      .toThrow('test/Build: waitOptions needs waitForCompletion: true (got {"timeoutMinutes":30})');
    expect(() => executionWith({ waitForCompletion: true, waitOptions: { timeoutMinutes: 0 } })).toThrow(/timeoutMinutes/);
    expect(() => executionWith({ waitForCompletion: true, waitOptions: { imageFamily: 'aliyun-web' } })).toThrow(/imageFamily must not start with 'aliyun'/);
  });
});
