/** The L2 example re-expresses the provider docs' pipeline (seed 001) and passes the schema check. */
import { Testing } from 'cdktf';
import { build, ImagePipelineStack } from '../examples/image-pipeline/main';
import { expectValidAgainstSchema } from './util/schema-check';
import { wrap } from './util/synth';

function synthExample() {
  const stack = build(Testing.app()) as ImagePipelineStack;
  const text = Testing.synth(stack, true);
  return { stack, text, out: wrap(text) };
}

test('image-pipeline synthesizes the documented pipeline with the L2 API', () => {
  const { text, out } = synthExample();
  expectValidAgainstSchema(text);

  const pipelines = out.resources('alicloud_ecs_image_pipeline');
  const [pipelineId] = Object.keys(pipelines);
  expect(pipelines[pipelineId]).toMatchObject({
    base_image_type: 'IMAGE',
    base_image: '${element(data.alicloud_images.images.ids, 0)}',
    build_content: 'RUN yum update -y',
    delete_instance_on_failure: false,
    description: 'terraform-example',
    image_name: 'terraform-example',
    instance_type: '${element(data.alicloud_instance_types.instance_types.ids, 0)}',
    internet_max_bandwidth_out: 20,
    system_disk_size: 40,
    resource_group_id: '${data.alicloud_resource_manager_resource_groups.resource_groups.groups[0].id}',
    tags: { Created: 'TF', For: 'Acceptance-test' },
    to_region_id: ['cn-qingdao', 'cn-zhangjiakou'],
    vswitch_id: '${alicloud_vswitch.vswitch.id}',
    add_account: ['${data.alicloud_account.account.id}'],
    lifecycle: { create_before_destroy: true },
  });
  expect(out.dataSource('alicloud_images')).toMatchObject({ most_recent: true, name_regex: '^ubuntu_[0-9]+_[0-9]+_x64*', owners: 'system' });
  expect(out.json.terraform.required_providers.alicloud).toEqual({ source: 'aliyun/alicloud', version: '1.247.0' });
  expect(text).toMatchSnapshot();
});

test('the pipeline name is derived from its inputs, including the deploy-time values of the lookups', () => {
  const { out } = synthExample();
  const name: string = out.resource('alicloud_ecs_image_pipeline').name;
  const match = /^image-pipeline-Pipeline-[0-9a-f]{8}-\$\{substr\(sha256\(jsonencode\(\[(.*)\]\)\), 0, 8\)\}$/.exec(name);
  expect(match).not.toBeNull();
  expect(match![1]).toBe([
    'data.alicloud_account.account.id',
    'element(data.alicloud_images.images.ids, 0)',
    'element(data.alicloud_instance_types.instance_types.ids, 0)',
    'data.alicloud_resource_manager_resource_groups.resource_groups.groups[0].id',
    'alicloud_vswitch.vswitch.id',
  ].join(', '));
});

test('the build runs on deploy, and its image name is an output', () => {
  const { stack, out } = synthExample();
  const [pipelineId] = Object.keys(out.resources('alicloud_ecs_image_pipeline'));
  const executions = out.resources('alicloud_ecs_image_pipeline_execution');
  const [executionId] = Object.keys(executions);
  expect(executions[executionId]).toEqual({ image_pipeline_id: `\${alicloud_ecs_image_pipeline.${pipelineId}.id}` });
  expect(out.outputs()).toEqual({
    execution_id: { value: `\${alicloud_ecs_image_pipeline_execution.${executionId}.id}` },
    image_name: {
      description: expect.any(String),
      value: `terraform-example_\${alicloud_ecs_image_pipeline_execution.${executionId}.id}`,
    },
  });
  expect(stack.pipeline.imageNamePrefix).toBe('terraform-example');
});
