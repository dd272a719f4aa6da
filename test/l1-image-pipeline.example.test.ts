/** The L1 example reproduces the provider docs' pipeline + execution configuration. */
import { Testing } from 'cdktf';
import { build } from '../examples/l1-image-pipeline/main';
import { expectValidAgainstSchema } from './util/schema-check';
import { wrap } from './util/synth';

test('l1-image-pipeline matches the documented configuration', () => {
  const stack = build(Testing.app());
  const text = Testing.synth(stack, true);
  expectValidAgainstSchema(text);
  const out = wrap(text);
  const pipeline = out.resource('alicloud_ecs_image_pipeline');
  expect(pipeline).toMatchObject({
    base_image_type: 'IMAGE',
    build_content: 'RUN yum update -y',
    delete_instance_on_failure: false,
    image_name: 'terraform-example',
    internet_max_bandwidth_out: 20,
    system_disk_size: 40,
    to_region_id: ['cn-qingdao', 'cn-zhangjiakou'],
    tags: { Created: 'TF', For: 'Acceptance-test' },
    vswitch_id: '${alicloud_vswitch.vswitch.id}',
    add_account: ['${data.alicloud_account.account.id}'],
  });
  expect(out.resource('alicloud_ecs_image_pipeline_execution').image_pipeline_id).toBe('${alicloud_ecs_image_pipeline.pipeline.id}');
  expect(out.json.terraform.required_providers.alicloud).toEqual({ source: 'aliyun/alicloud', version: '1.247.0' });
  expect(text).toMatchSnapshot();
});
