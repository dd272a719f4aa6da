/** The image-consumer example: an instance from the newest image of the factory example's family. */
import { Testing } from 'cdktf';
import { build } from '../examples/image-consumer/main';
import { IMAGE_FAMILY } from '../examples/golden-image-factory/main';
import { dataLogicalId, ref } from './util/refs';
import { synth } from './util/synth';

test('launches from the family the factory publishes to, with HTTP open and nothing else', () => {
  const out = synth(build(Testing.app()));
  expect(out.json).toMatchSnapshot();
  expect(out.dataSource('alicloud_images')).toEqual({ image_family: IMAGE_FAMILY, owners: 'self', most_recent: true });
  expect(out.resource('alicloud_instance').image_id).toBe(ref(`element(data.alicloud_images.${dataLogicalId(out, 'alicloud_images')}.ids, 0)`));
  const rules = Object.values<any>(out.resources('alicloud_security_group_rule'));
  expect(rules).toEqual([expect.objectContaining({ type: 'ingress', ip_protocol: 'tcp', port_range: '80/80', cidr_ip: '0.0.0.0/0' })]);
  expect(out.outputs().web_image_id.value).toBe(out.resource('alicloud_instance').image_id);
});
