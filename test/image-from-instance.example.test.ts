/** The image-from-instance example: capture, share, copy through the `beijing` alias. */
import { Testing } from 'cdktf';
import { build, ImageFromInstanceStack } from '../examples/image-from-instance/main';
import { dataLogicalId, logicalId, ref } from './util/refs';
import { synth } from './util/synth';

test('creates an instance without a public IP, captures it, shares it and copies it to cn-beijing', () => {
  const out = synth(build(Testing.app()));
  expect(out.json.provider.alicloud).toEqual([
    { region: 'cn-hangzhou' },
    { alias: 'beijing', region: 'cn-beijing' },
  ]);
  const lookupId = dataLogicalId(out, 'alicloud_images');
  const instanceId = logicalId(out, 'alicloud_instance');
  const imageId = logicalId(out, 'alicloud_image');
  const instance = out.resource('alicloud_instance');
  expect(instance.internet_max_bandwidth_out).toBe(0);
  expect(instance.image_id).toBe(ref(`element(data.alicloud_images.${lookupId}.ids, 0)`));
  expect(out.resources('alicloud_security_group_rule')).toEqual({});
  expect(out.dataSource('alicloud_zones')).toEqual({ available_instance_type: 'ecs.g7.large', available_resource_creation: 'VSwitch' });

  const image = out.resource('alicloud_image');
  expect(image).toMatchObject({ instance_id: ref(`alicloud_instance.${instanceId}.id`), image_name: 'web-base-v1', image_family: 'web-base' });
  expect(out.resource('alicloud_image_share_permission')).toEqual({
    account_id: '1234567890123456',
    image_id: ref(`alicloud_image.${imageId}.id`),
  });
  expect(out.resource('alicloud_image_copy')).toMatchObject({
    provider: 'alicloud.beijing',
    source_image_id: ref(`alicloud_image.${imageId}.id`),
    source_region_id: 'cn-hangzhou',
    image_name: 'web-base-v1',
  });
});

test('with an existing instance id only the image, share and copy are created', () => {
  const out = synth(new ImageFromInstanceStack(Testing.app(), 'imported', { instanceId: 'i-bp1existing' }));
  expect(Object.keys(out.json.resource).sort()).toEqual([
    'alicloud_image', 'alicloud_image_copy', 'alicloud_image_share_permission', 'terraform_data',
  ]);
  expect(out.json.data).toBeUndefined();
  expect(out.resource('alicloud_image').instance_id).toBe('i-bp1existing');
  expect(out.resource('terraform_data').triggers_replace).toEqual({ instance_id: 'i-bp1existing' });
});
