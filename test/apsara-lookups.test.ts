/** apsara.ZoneLookup and apsara.InstanceTypeChoice: plan-time choices with the seed's fallbacks. */
import { resolve } from 'cdktf/lib/_tokens';
import { apsara, InstanceType } from '../lib';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

describe('apsara.ZoneLookup', () => {
  test('reads details and offers the first zone and its first disk category', () => {
    const stack = apsaraStack();
    const zone = new apsara.ZoneLookup(stack, 'Zone', {
      availableResourceCreation: apsara.ZoneResource.VSWITCH, availableInstanceType: InstanceType.of('ecs.n4.large'),
    });
    zone.resource.overrideLogicalId('default');
    const out = synth(stack);
    expect(out.dataSources('alibabacloudstack_zones').default).toEqual({
      available_resource_creation: 'VSwitch', available_instance_type: 'ecs.n4.large', enable_details: true,
    });
    expect(resolve(stack, zone.zoneId)).toBe('${data.alibabacloudstack_zones.default.zones[0].id}');
    expect(resolve(stack, zone.systemDiskCategory.value)).toBe('${data.alibabacloudstack_zones.default.zones[0].available_disk_categories.0}');
  });

  test('rejects values the provider rejects', () => {
    expect(validationErrorOf(() => new apsara.ZoneLookup(apsaraStack(), 'Zone', { availableResourceCreation: 'Vswitch' as apsara.ZoneResource })))
      .toMatch(/^test\/Zone: availableResourceCreation must be a ZoneResource: one of Instance, VSwitch, Disk, IoOptimized \(got "Vswitch"\)/);
    expect(validationErrorOf(() => new apsara.ZoneLookup(apsaraStack(), 'Zone', { availableInstanceType: InstanceType.of('n4.large') })))
      .toMatch(/availableInstanceType must start with 'ecs.'/);
  });
});

describe('apsara.InstanceTypeChoice', () => {
  test('one lookup per candidate plus any type; the first candidate with results wins, else any type', () => {
    const stack = apsaraStack();
    const choice = new apsara.InstanceTypeChoice(stack, 'Type', {
      zoneId: 'cn-qingdao-env17-amtest17001-a',
      candidates: [
        { instanceTypeFamily: 'ecs.n4', cpuCoreCount: 1, memorySizeGiB: 1, sortedBy: apsara.InstanceTypeSort.MEMORY },
        { instanceTypeFamily: 'ecs.n4', sortedBy: apsara.InstanceTypeSort.MEMORY },
      ],
    });
    ['first', 'second'].forEach((name, i) => choice.candidateLookups[i].overrideLogicalId(name));
    choice.anyTypeLookup.overrideLogicalId('any');
    choice.choice.overrideLogicalId('type');
    const out = synth(stack);
    const lookups = out.dataSources('alibabacloudstack_instance_types');
    expect(lookups.first).toEqual({
      availability_zone: 'cn-qingdao-env17-amtest17001-a', instance_type_family: 'ecs.n4', cpu_core_count: 1, memory_size: 1, sorted_by: 'Memory',
    });
    expect(lookups.second).toEqual({ availability_zone: 'cn-qingdao-env17-amtest17001-a', instance_type_family: 'ecs.n4', sorted_by: 'Memory' });
    expect(lookups.any).toEqual({ availability_zone: 'cn-qingdao-env17-amtest17001-a' });
    expect(out.json.locals.type).toBe('${try(element(sort((0 < length(data.alibabacloudstack_instance_types.first.instance_types)) '
      + '? data.alibabacloudstack_instance_types.first.ids : data.alibabacloudstack_instance_types.second.ids), 0), '
      + 'element(sort(data.alibabacloudstack_instance_types.any.ids), 0))}');
    expect(resolve(stack, choice.instanceType.name)).toBe('${local.type}');
  });

  test('no candidates: any type of the zone', () => {
    const stack = apsaraStack();
    const choice = new apsara.InstanceTypeChoice(stack, 'Type', { zoneId: 'z', candidates: [] });
    choice.anyTypeLookup.overrideLogicalId('any');
    choice.choice.overrideLogicalId('type');
    expect(synth(stack).json.locals.type).toBe('${element(sort(data.alibabacloudstack_instance_types.any.ids), 0)}');
  });

  test('rejects candidates the provider rejects', () => {
    const make = (candidate: apsara.InstanceTypeCandidate) => () => new apsara.InstanceTypeChoice(apsaraStack(), 'Type', { zoneId: 'z', candidates: [candidate] });
    expect(validationErrorOf(make({ instanceTypeFamily: 'n4' }))).toBe("test/Type: candidates[0].instanceTypeFamily must start with 'ecs.' (got \"n4\")");
    expect(validationErrorOf(make({ cpuCoreCount: 0 }))).toMatch(/candidates\[0\].cpuCoreCount must be a positive integer/);
    expect(validationErrorOf(make({ memorySizeGiB: 0 }))).toMatch(/candidates\[0\].memorySizeGiB must be more than 0/);
    expect(validationErrorOf(make({ sortedBy: 'memory' as apsara.InstanceTypeSort }))).toMatch(/candidates\[0\]\.sortedBy must be an InstanceTypeSort: one of CPU, Memory, Price \(got "memory"\)/);
    expect(validationErrorOf(() => new apsara.InstanceTypeChoice(apsaraStack(), 'Type', { zoneId: '', candidates: [] }))).toMatch(/zoneId must be a non-empty string/);
  });
});
