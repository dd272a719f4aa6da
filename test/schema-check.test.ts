/** The schema checker must catch real mistakes: one failing case per rule, plus a clean stack. */
import { TerraformOutput } from 'cdktf';
import { alicloud } from '../lib';
import { schemaErrors } from './util/schema-check';
import { alicloudStack, synth } from './util/synth';

function pipelineStack() {
  const stack = alicloudStack();
  const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(stack, 'pipeline', {
    baseImage: 'aliyun_3_x64_20G_alibase_20240819.vhd',
    baseImageType: 'IMAGE',
    buildContent: 'RUN yum update -y',
    systemDiskSize: 40,
  });
  return { stack, pipeline };
}

function errorsAfter(mutate: (doc: any) => void): string[] {
  const { stack } = pipelineStack();
  const doc = synth(stack).json;
  mutate(doc);
  return schemaErrors(doc);
}

describe('schema check', () => {
  test('a correct stack has no errors', () => {
    const { stack, pipeline } = pipelineStack();
    new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(stack, 'exec', { imagePipelineId: pipeline.id });
    new TerraformOutput(stack, 'pipeline_id', { value: pipeline.id });
    expect(schemaErrors(synth(stack).json)).toEqual([]);
  });

  test('unknown resource type', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipelinez = { x: {} }; }))
      .toContain('alicloud_ecs_image_pipelinez: unknown resource type');
  });

  test('unknown data source type', () => {
    expect(errorsAfter((d) => { d.data = { alicloud_imagez: { x: {} } }; }))
      .toContain('data.alicloud_imagez: unknown data source type');
  });

  test('unknown attribute (a deliberately wrong attribute is reported)', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.system_disk_size_gib = 40; }))
      .toContain('alicloud_ecs_image_pipeline.pipeline: unknown attribute or block "system_disk_size_gib"');
  });

  test('unknown attribute inside a nested block', () => {
    const errors = schemaErrors({
      provider: { alicloud: [{ region: 'cn-hangzhou' }] },
      terraform: { required_providers: { alicloud: { source: 'aliyun/alicloud' } } },
      resource: { alicloud_image: { img: { instance_id: 'i-1', disk_device_mapping: [{ size: 40, sizes: 1 }] } } },
    });
    expect(errors).toContain('alicloud_image.img.disk_device_mapping[0]: unknown attribute or block "sizes"');
  });

  test('replace_triggered_by must hold bare addresses of resources in the stack', () => {
    const trigger = (value: unknown) => errorsAfter((d) => {
      d.resource.terraform_data = { token: { input: 'x' } };
      d.resource.alicloud_ecs_image_pipeline.pipeline.lifecycle = { replace_triggered_by: value };
    });
    expect(trigger(['terraform_data.token'])).toEqual([]);
    expect(trigger(['${terraform_data.token}'])).toContain('alicloud_ecs_image_pipeline.pipeline.lifecycle.replace_triggered_by: '
      + '"${terraform_data.token}" must be a bare resource address such as terraform_data.x (not ${...})');
    expect(trigger(['terraform_data.gone'])).toContain('alicloud_ecs_image_pipeline.pipeline.lifecycle.replace_triggered_by: '
      + 'dangling reference "terraform_data.gone": no resource terraform_data.gone in the stack');
  });

  test('missing required attribute', () => {
    expect(errorsAfter((d) => { delete d.resource.alicloud_ecs_image_pipeline.pipeline.base_image; }))
      .toContain('alicloud_ecs_image_pipeline.pipeline: missing required attribute "base_image"');
  });

  test('missing required block', () => {
    const errors = schemaErrors({
      provider: { alicloud: [{}] },
      terraform: { required_providers: { alicloud: { source: 'aliyun/alicloud' } } },
      resource: { alicloud_image_import: { imp: { image_name: 'x1' } } },
    });
    expect(errors).toContain('alicloud_image_import.imp: missing required block "disk_device_mapping" (at least 1)');
  });

  test('too many items in a max_items block', () => {
    const errors = schemaErrors({
      provider: { alicloud: [{}] },
      terraform: { required_providers: { alicloud: { source: 'aliyun/alicloud' } } },
      resource: { alicloud_image: { img: { features: [{ nvme_support: 'supported' }, { nvme_support: 'supported' }] } } },
    });
    expect(errors).toContain('alicloud_image.img.features: at most 1 block(s) allowed, got 2');
  });

  test('setting a computed-only attribute', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.id = undefined; d.resource.alicloud_ecs_image_pipeline.pipeline.status = 'x'; }))
      .toContain('alicloud_ecs_image_pipeline.pipeline: unknown attribute or block "status"');
    const errors = schemaErrors({
      provider: { alicloud: [{}] },
      terraform: { required_providers: { alicloud: { source: 'aliyun/alicloud' } } },
      resource: { alicloud_ecs_image_pipeline_execution: { e: { image_pipeline_id: 'ip-1', create_time: 'now' } } },
    });
    expect(errors).toContain('alicloud_ecs_image_pipeline_execution.e: attribute "create_time" is computed-only and cannot be set');
  });

  test('type mismatches: number, bool, set, map', () => {
    const errors = errorsAfter((d) => {
      const p = d.resource.alicloud_ecs_image_pipeline.pipeline;
      p.system_disk_size = '40';
      p.delete_instance_on_failure = 'yes';
      p.to_region_id = 'cn-beijing';
      p.tags = { a: 1 };
    });
    expect(errors).toEqual(expect.arrayContaining([
      'alicloud_ecs_image_pipeline.pipeline.system_disk_size: expected number, got "40"',
      'alicloud_ecs_image_pipeline.pipeline.delete_instance_on_failure: expected bool, got "yes"',
      'alicloud_ecs_image_pipeline.pipeline.to_region_id: expected set of "string", got "cn-beijing"',
      'alicloud_ecs_image_pipeline.pipeline.tags.a: expected string, got 1',
    ]));
  });

  test('an expression is accepted where a number is expected', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.system_disk_size = '${40 + 1}'; })).toEqual([]);
  });

  test('dangling reference to a missing resource', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.vswitch_id = '${alicloud_vswitch.gone.id}'; }))
      .toContain('resource: dangling reference "alicloud_vswitch.gone": no resource alicloud_vswitch.gone in the stack');
  });

  test('dangling reference to a missing data source', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.base_image = '${data.alicloud_images.none.ids[0]}'; }))
      .toContain('resource: dangling reference "data.alicloud_images.none": no data source alicloud_images.none in the stack');
  });

  test('reference to an attribute the resource does not have', () => {
    const { stack, pipeline } = pipelineStack();
    new TerraformOutput(stack, 'image', { value: `\${${pipeline.terraformResourceType}.${pipeline.friendlyUniqueId}.image_id}` });
    expect(schemaErrors(synth(stack, { schemaCheck: false }).json))
      .toContain('output: reference "alicloud_ecs_image_pipeline.pipeline.image_id": alicloud_ecs_image_pipeline has no attribute "image_id"');
  });

  test('escaped template sequences are not references', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.build_content = 'RUN echo $${alicloud_vswitch.gone.id} %%{x}'; })).toEqual([]);
  });

  test('undeclared variable', () => {
    expect(errorsAfter((d) => { d.resource.alicloud_ecs_image_pipeline.pipeline.description = '${var.nope}'; }))
      .toContain('resource: reference to undeclared variable "var.nope"');
  });

  test('provider block attributes are checked, and aliases must exist', () => {
    const errors = errorsAfter((d) => {
      d.provider.alicloud[0].regoin = 'cn-hangzhou';
      d.resource.alicloud_ecs_image_pipeline.pipeline.provider = 'alicloud.beijing';
    });
    expect(errors).toEqual(expect.arrayContaining([
      'provider.alicloud[0]: unknown attribute or block "regoin"',
      'alicloud_ecs_image_pipeline.pipeline: provider "alicloud.beijing" is not configured in the stack',
    ]));
  });

  test('terraform_data is a built-in resource', () => {
    expect(errorsAfter((d) => { d.resource.terraform_data = { wait: { input: 'x', triggers_replace: ['${alicloud_ecs_image_pipeline.pipeline.id}'] } }; })).toEqual([]);
    expect(errorsAfter((d) => { d.resource.terraform_data = { wait: { command: 'x' } }; }))
      .toContain('terraform_data.wait: unknown attribute or block "command"');
  });
});
