/** The golden-image-rollout example: the image a deploy builds rolls into a launch template in the same deploy. */
import { Testing } from 'cdktf';
import { build } from '../examples/golden-image-rollout/main';
import { ensureWaiterBundle } from './util/fake-ecs';
import { dataLogicalId, logicalId, ref } from './util/refs';
import { synth } from './util/synth';

beforeAll(() => ensureWaiterBundle());

test('the template launches the image this deploy built, read only after the build has finished', () => {
  const out = synth(build(Testing.app()));
  const template = out.resource('alicloud_ecs_launch_template');
  const lookup = dataLogicalId(out, 'alicloud_images');
  // The template's image is the factory's lookup of the built image, read only after the waiter.
  expect(template.image_id).toBe(ref(`element(data.alicloud_images.${lookup}.ids, 0)`));
  const [waiterId] = Object.keys(out.resources('terraform_data')).filter((id) => id.includes('Waiter'));
  expect(out.dataSource('alicloud_images')).toMatchObject({ owners: 'self', most_recent: true, depends_on: [`terraform_data.${waiterId}`] });
  expect(out.dataSource('alicloud_images').name_regex).toMatch(/^\^web-golden_/);
  expect(template).toMatchObject({
    launch_template_name: 'web-tier',
    update_default_version_number: true,
    version_description: 'golden image 2026-12-03',
    instance_type: 'ecs.g7.large',
    http_tokens: 'required',
    internet_max_bandwidth_out: 0,
    security_group_ids: [ref(`alicloud_security_group.${logicalId(out, 'alicloud_security_group')}.id`)],
    tags: { team: 'platform', tier: 'web' },
  });
  // The web tier has its own network, apart from the factory's build network.
  const vswitches = out.resources('alicloud_vswitch');
  expect(Object.keys(vswitches)).toHaveLength(2);
  expect(Object.keys(vswitches).map((id) => ref(`alicloud_vswitch.${id}.id`))).toContain(template.vswitch_id);
  expect(out.resource('alicloud_ecs_image_pipeline').vswitch_id).not.toBe(template.vswitch_id);
  expect(Object.values<any>(out.resources('alicloud_security_group_rule'))).toEqual([
    expect.objectContaining({ type: 'ingress', port_range: '80/80', cidr_ip: '10.0.0.0/8' }),
  ]);
  expect(out.outputs().launch_template_version.value).toBe(ref(`alicloud_ecs_launch_template.${logicalId(out, 'alicloud_ecs_launch_template')}.latest_version_number`));
});

test('an ESS scaling group launches the web tier from the template version this deploy wrote', () => {
  const out = synth(build(Testing.app()));
  const template = `alicloud_ecs_launch_template.${logicalId(out, 'alicloud_ecs_launch_template')}`;
  const group = out.resource('alicloud_ess_scaling_group');
  expect(group).toEqual({
    scaling_group_name: 'web-tier',
    min_size: 1,
    max_size: 4,
    launch_template_id: ref(`${template}.id`),
    // The newest version: the one written when the image changed (and made the default).
    launch_template_version: ref(`${template}.latest_version_number`),
    // The template's own vSwitch, so the group launches where the template's network is.
    vswitch_ids: [out.resource('alicloud_ecs_launch_template').vswitch_id],
    tags: { team: 'platform', tier: 'web' },
  });
  expect(out.outputs().scaling_group_id.value).toBe(ref(`alicloud_ess_scaling_group.${logicalId(out, 'alicloud_ess_scaling_group')}.id`));
});
