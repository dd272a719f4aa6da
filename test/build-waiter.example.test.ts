/** The build-waiter example: execution -> waiter -> image lookup -> instance, in one apply. */
import { Testing } from 'cdktf';
import { build } from '../examples/build-waiter/main';
import { ensureWaiterBundle } from './util/fake-ecs';
import { synth } from './util/synth';

beforeAll(() => ensureWaiterBundle());

test('the lookup and the instance are ordered after the waiter, which waits for the execution', () => {
  const out = synth(build(Testing.app()));

  const waiters = out.resources('terraform_data');
  expect(Object.keys(waiters)).toEqual([expect.stringMatching(/^WaitForBuild_/)]);
  const [[waiterId, waiter]] = Object.entries<any>(waiters);
  expect(waiter.triggers_replace).toEqual({ execution_id: '${alicloud_ecs_image_pipeline_execution.execution.id}' });
  expect(waiter.provisioner[0]['local-exec']).toEqual({
    interpreter: ['node', expect.stringMatching(/^assets\/CdktfAlicloudImageBuilderWaiter\/[0-9A-F]+\/waiter\.js$/), 'wait-execution'],
    command: '--from-env',
    environment: {
      CDKTF_ALICLOUD_WAIT_EXECUTION_ID: '${alicloud_ecs_image_pipeline_execution.execution.id}',
      CDKTF_ALICLOUD_WAIT_PIPELINE_ID: '${alicloud_ecs_image_pipeline.pipeline.id}',
      CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou',
      CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES: '90',
      CDKTF_ALICLOUD_WAIT_POLL_SECONDS: '15',
      CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS: 'false',
    },
  });

  expect(out.dataSource('alicloud_images')).toEqual({
    owners: 'self',
    name_regex: '^web-base_exec-[A-Za-z0-9]+$',
    most_recent: true,
    depends_on: [`terraform_data.${waiterId}`],
  });
  expect(out.resource('alicloud_instance').image_id).toBe('${element(data.alicloud_images.image.ids, 0)}');
  expect(out.outputs().image_id.value).toBe('${element(data.alicloud_images.image.ids, 0)}');
});
