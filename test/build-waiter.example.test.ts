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
  expect(waiter.provisioner[0]['local-exec'].command).toMatch(
    /^node assets\/CdktfAlicloudImageBuilderWaiter\/[0-9A-F]+\/waiter\.js wait-execution --execution-id \$\{alicloud_ecs_image_pipeline_execution\.execution\.id\} --region cn-hangzhou --timeout-minutes 90 --poll-seconds 15$/,
  );

  expect(out.dataSource('alicloud_images')).toEqual({
    owners: 'self',
    name_regex: `^web-base_\${terraform_data.${waiterId}.output.execution_id}$`,
  });
  expect(out.resource('alicloud_instance').image_id).toBe('${element(data.alicloud_images.image.ids, 0)}');
  expect(out.outputs().image_id.value).toBe('${element(data.alicloud_images.image.ids, 0)}');
});
