/** The golden-image-factory example: new network, two distribution regions, one shared account, outputs. */
import { Testing } from 'cdktf';
import { build } from '../examples/golden-image-factory/main';
import { ensureWaiterBundle } from './util/fake-ecs';
import { dataLogicalId, logicalId, ref } from './util/refs';
import { synth } from './util/synth';
import { evaluateTemplate } from './util/terraform-template';

beforeAll(() => ensureWaiterBundle());

const PIPELINE = 'alicloud_ecs_image_pipeline';
const EXECUTION = 'alicloud_ecs_image_pipeline_execution';
/** The bundled waiter's content hash changes with every waiter change; the snapshot should not. */
const stable = (text: string) => text.replace(/CdktfAlicloudImageBuilderWaiter\/[0-9A-F]{32}/g, 'CdktfAlicloudImageBuilderWaiter/<hash>');

test('synthesizes, passes the schema check and matches the snapshot', () => {
  const out = synth(build(Testing.app()));
  expect(JSON.parse(stable(out.text))).toMatchSnapshot();
});

test('network -> pipeline -> execution -> waiter -> lookups, in that order of references', () => {
  const out = synth(build(Testing.app()));
  const pipeline = out.resource(PIPELINE);
  expect(pipeline).toMatchObject({
    vswitch_id: ref(`alicloud_vswitch.${logicalId(out, 'alicloud_vswitch')}.id`),
    instance_type: 'ecs.g7.large',
    system_disk_size: 40,
    internet_max_bandwidth_out: 10,
    delete_instance_on_failure: true,
    to_region_id: ['cn-shanghai', 'cn-beijing'],
    add_account: ['1234567890123456'],
    image_name: 'web-nginx',
    tags: { team: 'platform', 'cdktf-alicloud-image-builder:factory': 'golden-image-factory/WebNginx' },
  });
  expect(out.dataSource('alicloud_zones').available_instance_type).toBe('ecs.g7.large');
  expect(out.resource(EXECUTION).image_pipeline_id).toBe(ref(`${PIPELINE}.${logicalId(out, PIPELINE)}.id`));

  const waiters = out.resources('terraform_data');
  const [waiterId] = Object.keys(waiters).filter((id) => id.includes('Waiter'));
  expect(waiters[waiterId].provisioner[0]['local-exec'].command).toBe('--from-env');
  expect(waiters[waiterId].provisioner[0]['local-exec'].environment).toMatchObject({
    CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou', CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES: '90', CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '15',
    CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'true', CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY: 'web-nginx',
    // The copies in the distribution regions join the family too.
    CDKTF_ALICLOUD_WAIT_COPY_REGIONS: 'cn-shanghai,cn-beijing',
  });
  const lookups = out.dataSources('alicloud_images');
  expect(Object.values<any>(lookups).map((l) => [l.provider ?? 'default', l.name_regex]).sort()).toEqual([
    ['alicloud.beijing', '^web-nginx_exec-[A-Za-z0-9]+$'],
    ['alicloud.shanghai', '^web-nginx_exec-[A-Za-z0-9]+$'],
    ['default', '^web-nginx_exec-[A-Za-z0-9]+$'],
  ]);
  for (const lookup of Object.values<any>(lookups)) expect(lookup).toMatchObject({ most_recent: true, depends_on: [`terraform_data.${waiterId}`] });
});

test('the build content reaches the instance exactly as written (Terraform unescapes $${)', () => {
  const content: string = synth(build(Testing.app())).resource(PIPELINE).build_content;
  expect(content).toContain('$${USER:-root}');
  expect(evaluateTemplate(content).split('\n')).toEqual([
    'ENV DEBIAN_FRONTEND="noninteractive"',
    'RUN apt-get update -y',
    'RUN apt-get install -y nginx',
    'RUN systemctl enable nginx',
    'RUN echo "golden image, built by ${USER:-root}" > /etc/motd',
    'LABEL role="web"',
  ]);
});

test('rebuild token and outputs', () => {
  const out = synth(build(Testing.app()));
  const trigger = Object.values<any>(out.resources('terraform_data')).find((r) => r.triggers_replace?.rebuild_token);
  expect(trigger.triggers_replace).toEqual({ rebuild_token: '2026-11-23' });
  expect(Object.keys(out.outputs()).sort()).toEqual([
    'WebNginx_execution_id', 'WebNginx_image_id', 'WebNginx_image_id_cn_beijing', 'WebNginx_image_id_cn_shanghai',
    'WebNginx_image_name', 'WebNginx_pipeline_id',
  ]);
  const defaultLookup = Object.entries<any>(out.dataSources('alicloud_images')).find(([, l]) => l.provider === undefined)![0];
  expect(out.outputs().WebNginx_image_id.value).toBe(ref(`element(data.alicloud_images.${defaultLookup}.ids, 0)`));
  expect(dataLogicalId(out, 'alicloud_zones')).toMatch(/^WebNginx_Network_Zones/);
});
