/** examples/apsara-stack: provider settings for a private cloud, an instance captured and shared. */
import { Testing } from 'cdktf';
import { build } from '../examples/apsara-stack/main';
import { expectValidAgainstSchema } from './util/schema-check';
import { wrap } from './util/synth';

test('apsara-stack example: provider, network, instance, image and share', () => {
  const stack = build(Testing.app());
  const text = Testing.synth(stack, true);
  expectValidAgainstSchema(text);
  const out = wrap(text);
  expect(out.json.provider.alibabacloudstack).toEqual([{
    region: 'cn-qingdao-env17-d01',
    popgw_domain: 'inter.env17e.shuguang.com',
    protocol: 'HTTPS',
    proxy: 'http://proxy.corp.internal:3128',
    insecure: true,
    resource_group_set_name: 'ResourceSet(golden-images)',
  }]);
  expect(out.json.terraform.required_providers.alibabacloudstack).toEqual({ source: 'aliyun/alibabacloudstack', version: '3.18.5' });
  // No credentials in the configuration: they come from the environment.
  expect(text).not.toMatch(/access_key|secret_key/);

  const instance = out.resource('alibabacloudstack_ecs_instance');
  expect(instance).toMatchObject({
    instance_type: 'ecs.n4.large',
    image_id: expect.stringMatching(/^\$\{data\.alibabacloudstack_images\.\w+\.images\[0\]\.id\}$/),
    vswitch_id: expect.stringMatching(/^\$\{alibabacloudstack_vpc_vswitch\.\w+\.id\}$/),
    security_groups: [expect.stringMatching(/^\$\{alibabacloudstack_ecs_securitygroup\.\w+\.id\}$/)],
  });
  const image = out.resource('alibabacloudstack_ecs_image');
  expect(image).toMatchObject({ image_name: 'golden-ubuntu-nginx', instance_id: expect.stringMatching(/^\$\{alibabacloudstack_ecs_instance\.\w+\.id\}$/) });
  expect(out.resource('alibabacloudstack_image_share_permission')).toMatchObject({
    image_id: expect.stringMatching(/^\$\{alibabacloudstack_ecs_image\.\w+\.id\}$/),
    account_id: '${var.share_with_account_id}',
  });
  expect(out.json.variable.share_with_account_id.default).toBe('123456789012');
  expect(Object.keys(out.json.resource).some((type) => type.startsWith('alicloud_'))).toBe(false);
  expect(text).toMatchSnapshot();
});
