/** The existing-vpc example: the factory joins an app's providers and network instead of creating its own. */
import { Testing } from 'cdktf';
import { build } from '../examples/existing-vpc/main';
import { ensureWaiterBundle } from './util/fake-ecs';
import { synth } from './util/synth';

beforeAll(() => ensureWaiterBundle());

test('builds in the existing vSwitch through the app\'s aliased provider, creating no provider or network', () => {
  const stack = build(Testing.app());
  const out = synth(stack);
  expect(JSON.parse(out.text.replace(/[0-9A-F]{32}/g, '<hash>'))).toMatchSnapshot();
  expect(out.json.provider.alicloud).toEqual([{ region: 'cn-hangzhou' }, { alias: 'images', region: 'cn-shanghai' }]);
  for (const type of ['alicloud_vpc', 'alicloud_vswitch', 'alicloud_security_group']) expect(out.resources(type)).toEqual({});
  expect(out.dataSources('alicloud_zones')).toEqual({});
  expect(out.resource('alicloud_ecs_image_pipeline')).toMatchObject({ vswitch_id: 'vsw-uf6existing0build0net', provider: 'alicloud.images' });
  expect(out.resource('alicloud_ecs_image_pipeline_execution').provider).toBe('alicloud.images');
  expect(out.dataSource('alicloud_images').provider).toBe('alicloud.images');
  const waiter = out.resource('terraform_data');
  expect(waiter.provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_REGION).toBe('cn-shanghai');
  expect(waiter.provisioner[0]['local-exec'].command).toBe('--from-env');
  expect(Object.keys(out.outputs()).sort()).toEqual(['AppBase_execution_id', 'AppBase_image_id', 'AppBase_image_name', 'AppBase_pipeline_id']);
});
