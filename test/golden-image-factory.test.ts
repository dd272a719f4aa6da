/**
 * GoldenImageFactory: what it creates and how it is wired (network -> pipeline -> execution ->
 * waiter -> lookups), its defaults, distribution, outputs, re-build semantics and rules.
 */
import { Lazy, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, BaseImage, BuildContent, GoldenImageFactory, GoldenImageFactoryProps, Image, ImageOwner, InstanceType, VSwitch,
} from '../lib';
import { ensureWaiterBundle } from './util/fake-ecs';
import { dataLogicalId, logicalId, ref } from './util/refs';
import { alicloudStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

const PIPELINE = 'alicloud_ecs_image_pipeline';
const EXECUTION = 'alicloud_ecs_image_pipeline_execution';
const FACTORY_TAG = { 'cdktf-alicloud-image-builder:factory': 'test/Web' };

beforeAll(() => ensureWaiterBundle());

const required = (): GoldenImageFactoryProps => ({
  baseImage: BaseImage.fromImageId('ubuntu_22_04_x64_20G_alibase_20240926.vhd'),
  buildContent: BuildContent.fromCommands('RUN apt-get update -y && apt-get install -y nginx'),
  imageNamePrefix: 'web',
});

function factory(props: Partial<GoldenImageFactoryProps> = {}, stack: TerraformStack = alicloudStack()) {
  const web = new GoldenImageFactory(stack, 'Web', { ...required(), ...props });
  return { stack, web, out: () => synth(stack) };
}

function shanghaiProvider(stack: TerraformStack) {
  return new alicloud.provider.AlicloudProvider(stack, 'Shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
}

describe('defaults', () => {
  test('a new network in a zone with the build instance type, tagged like everything else', () => {
    const out = factory().out();
    const zones = out.dataSource('alicloud_zones');
    expect(zones).toEqual({ available_instance_type: 'ecs.g6.large', available_resource_creation: 'VSwitch' });
    expect(out.resource('alicloud_vswitch').zone_id).toBe(ref(`data.alicloud_zones.${dataLogicalId(out, 'alicloud_zones')}.zones[0].id`));
    for (const type of ['alicloud_vpc', 'alicloud_vswitch', PIPELINE]) {
      expect(out.resource(type).tags).toEqual(FACTORY_TAG);
    }
    // Image Builder creates a security group for each build itself.
    expect(out.resources('alicloud_security_group')).toEqual({});
  });

  test('the pipeline: cost-safe build settings, in the new vSwitch', () => {
    const out = factory().out();
    const pipeline = out.resource(PIPELINE);
    expect(pipeline).toMatchObject({
      base_image_type: 'IMAGE',
      base_image: 'ubuntu_22_04_x64_20G_alibase_20240926.vhd',
      build_content: 'RUN apt-get update -y && apt-get install -y nginx',
      image_name: 'web',
      instance_type: 'ecs.g6.large',
      delete_instance_on_failure: true,
      vswitch_id: ref(`alicloud_vswitch.${logicalId(out, 'alicloud_vswitch')}.id`),
      lifecycle: { create_before_destroy: true },
    });
    expect(pipeline.internet_max_bandwidth_out).toBeUndefined();
    expect(pipeline.to_region_id).toBeUndefined();
    expect(pipeline.add_account).toBeUndefined();
  });

  test('execution -> waiter (which can rebuild the pipeline) -> lookup of the newest image of the prefix among own images', () => {
    const { web, out: synthesize } = factory();
    const out = synthesize();
    const executionId = logicalId(out, EXECUTION);
    const waiterId = logicalId(out, 'terraform_data');
    expect(out.resource(EXECUTION).image_pipeline_id).toBe(ref(`${PIPELINE}.${logicalId(out, PIPELINE)}.id`));
    const waiter = out.resource('terraform_data');
    expect(waiter.triggers_replace).toEqual({ execution_id: ref(`${EXECUTION}.${executionId}.id`) });
    expect(waiter.provisioner[0]['local-exec']).toMatchObject({
      interpreter: ['node', expect.stringMatching(/waiter\.js$/), 'wait-execution'],
      command: '--from-env',
      environment: { CDKTF_ALICLOUD_WAIT_EXECUTION_ID: ref(`${EXECUTION}.${executionId}.id`), CDKTF_ALICLOUD_WAIT_REGION: 'cn-hangzhou' },
    });

    const images = out.dataSource('alicloud_images');
    // Keyed to the prefix, not to the execution id: a failed build the waiter built again has a new execution id.
    expect(images).toEqual({ name_regex: '^web_exec-[A-Za-z0-9]+$', owners: 'self', most_recent: true, depends_on: [`terraform_data.${waiterId}`] });
    expect(waiter.provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_PIPELINE_ID).toBe(ref(`${PIPELINE}.${logicalId(out, PIPELINE)}.id`));
    expect(dataLogicalId(out, 'alicloud_images')).toMatch(/^Web_Image_/);
    expect(web.execution.waiter).toBeDefined();
    expect(out.outputs()).toEqual({});
  });

  test('imageName and imageId resolve through the waiter and the lookup', () => {
    const { stack, web } = factory();
    new alicloud.instance.Instance(stack, 'Consumer', { imageId: web.imageId, instanceType: 'ecs.g6.large', tags: { name: web.imageName } });
    const out = synth(stack);
    const consumer = out.resources('alicloud_instance').Consumer;
    expect(consumer.image_id).toBe(ref(`element(data.alicloud_images.${dataLogicalId(out, 'alicloud_images')}.ids, 0)`));
    // The lookup (read after the waiter) names the image actually built.
    expect(consumer.tags.name).toBe(ref(`data.alicloud_images.${dataLogicalId(out, 'alicloud_images')}.images[0].name`));
  });
});

describe('network', () => {
  test('an existing vSwitch: no network is created and the pipeline builds in it', () => {
    const stack = alicloudStack();
    const { web, out: synthesize } = factory({ vswitch: VSwitch.fromVSwitchId(stack, 'Existing', 'vsw-bp1existing') }, stack);
    const out = synthesize();
    for (const type of ['alicloud_vpc', 'alicloud_vswitch', 'alicloud_security_group']) expect(out.resources(type)).toEqual({});
    expect(out.dataSources('alicloud_zones')).toEqual({});
    expect(out.resource(PIPELINE).vswitch_id).toBe('vsw-bp1existing');
    expect(web.network).toBeUndefined();
  });

  test('the build instance type chooses the zone; public bandwidth only when asked', () => {
    const out = factory({ instanceType: InstanceType.C7_LARGE, internetMaxBandwidthOutMbps: 10 }).out();
    expect(out.dataSource('alicloud_zones').available_instance_type).toBe('ecs.c7.large');
    expect(out.resource(PIPELINE)).toMatchObject({ instance_type: 'ecs.c7.large', internet_max_bandwidth_out: 10 });
  });

  test('user tags join the factory tag on every resource', () => {
    const out = factory({ tags: { team: 'platform' } }).out();
    for (const type of ['alicloud_vpc', 'alicloud_vswitch', PIPELINE]) {
      expect(out.resource(type).tags).toEqual({ team: 'platform', ...FACTORY_TAG });
    }
  });
});

describe('distribution', () => {
  test('regions and accounts reach the pipeline; regions with a provider get a lookup of the copy', () => {
    const stack = alicloudStack();
    const shanghai = shanghaiProvider(stack);
    const { web } = factory({
      distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghai }, { regionId: 'cn-beijing' }],
      shareWithAccountIds: ['1234567890123456'],
    }, stack);
    const out = synth(stack);
    expect(out.resource(PIPELINE)).toMatchObject({ to_region_id: ['cn-shanghai', 'cn-beijing'], add_account: ['1234567890123456'] });
    const lookups = Object.values<any>(out.dataSources('alicloud_images'));
    expect(lookups).toHaveLength(2);
    const copy = lookups.find((l) => l.provider === 'alicloud.shanghai');
    expect(copy).toEqual({ ...lookups.find((l) => l.provider === undefined), provider: 'alicloud.shanghai' });
    expect(web.imageIdIn('cn-shanghai')).not.toBe(web.imageId);
    expectInvalid(() => web.imageIdIn('cn-beijing'), /test\/Web: imageIdIn has no provider in distributionRegions, so its copy is not looked up \(got "cn-beijing"\)/);
    expectInvalid(() => web.imageIdIn('eu-central-1'), /imageIdIn is not one of the distributionRegions \(got "eu-central-1"\)/);
  });

  test('a copy that is looked up must exist: partial success fails the wait (unless asked otherwise)', () => {
    const failOnPartial = (props: Partial<GoldenImageFactoryProps>, stack = alicloudStack()) => {
      factory(props, stack);
      return Object.values<any>(synth(stack).resources('terraform_data'))[0].provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS;
    };
    expect(failOnPartial({})).toBe('false');
    expect(failOnPartial({ distributionRegions: [{ regionId: 'cn-beijing' }] })).toBe('false');
    const looked = alicloudStack();
    expect(failOnPartial({ distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghaiProvider(looked) }] }, looked)).toBe('true');
    const relaxed = alicloudStack();
    expect(failOnPartial({
      distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghaiProvider(relaxed) }], waitOptions: { failOnPartialSuccess: false },
    }, relaxed)).toBe('false');
  });

  test('rules: unique regions, valid ids, a provider of that region', () => {
    expectInvalid(() => factory({ distributionRegions: [{ regionId: 'cn-beijing' }, { regionId: 'cn-beijing' }] }),
      /test\/Web: distributionRegions must not contain duplicates/);
    expectInvalid(() => factory({ distributionRegions: [{ regionId: 'Beijing' }] }), /test\/Web: distributionRegions\[0\]\.regionId/);
    // The build region (the stack's provider is in cn-hangzhou) gets the image anyway.
    expectInvalid(() => factory({ distributionRegions: [{ regionId: 'cn-beijing' }, { regionId: 'cn-hangzhou' }] }),
      /test\/Web: distributionRegions\[1\]\.regionId must not be the build region cn-hangzhou \(the image is built there\) \(got "cn-hangzhou"\)/);
    const beijingBuild = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(beijingBuild, 'Beijing', { region: 'cn-beijing', alias: 'beijing' });
    // Built in cn-beijing through an alias: cn-hangzhou (the default provider's region) is another region.
    expect(factory({ provider: beijing, distributionRegions: [{ regionId: 'cn-hangzhou' }] }, beijingBuild).out()
      .resource(PIPELINE)).toMatchObject({ provider: 'alicloud.beijing', to_region_id: ['cn-hangzhou'] });
    const stack = alicloudStack();
    expectInvalid(() => factory({ distributionRegions: [{ regionId: 'cn-beijing', provider: shanghaiProvider(stack) }] }, stack),
      /test\/Web: distributionRegions\[0\]\.provider must be a provider for cn-beijing \(got "cn-shanghai"\)/);
    const other = alicloudStack('other');
    expectInvalid(() => factory({ distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghaiProvider(other) }] }),
      /test\/Web: distributionRegions\[0\]\.provider must be a provider of the same stack/);
    // A region unknown until deploy cannot be compared: accepted.
    const tokenStack = alicloudStack();
    const later = new alicloud.provider.AlicloudProvider(tokenStack, 'Later', { region: Lazy.stringValue({ produce: () => 'cn-beijing' }), alias: 'later' });
    const { web, out } = factory({ distributionRegions: [{ regionId: 'cn-beijing', provider: later }] }, tokenStack);
    expect(Object.values<any>(out().dataSources('alicloud_images')).map((l) => l.provider ?? 'default').sort()).toEqual(['alicloud.later', 'default']);
    expect(web.imageIdIn('cn-beijing')).toMatch(/^\$\{TfToken/);
  });
});

describe('waitForCompletion: false', () => {
  test('no waiter and no lookup; the image name is still known, the id is not', () => {
    const { web, out: synthesize } = factory({ waitForCompletion: false, terraformOutputs: true });
    const out = synthesize();
    expect(out.resources('terraform_data')).toEqual({});
    expect(out.dataSources('alicloud_images')).toEqual({});
    expect(web.imageName).toContain('web_');
    expectInvalid(() => web.imageId, /test\/Web: image is not available with waitForCompletion: false/);
    expect(Object.keys(out.outputs()).sort()).toEqual(['Web_execution_id', 'Web_image_name', 'Web_pipeline_id']);
    expect(out.outputs().Web_image_name.value).toBe(`web_${ref(`${EXECUTION}.${logicalId(out, EXECUTION)}.id`)}`);
  });
});

describe('outputs', () => {
  test('pipeline id, execution id, image name, image id and one id per looked-up region', () => {
    const stack = alicloudStack();
    factory({ terraformOutputs: true, distributionRegions: [{ regionId: 'cn-shanghai', provider: shanghaiProvider(stack) }] }, stack);
    const out = synth(stack);
    const outputs = out.outputs();
    expect(Object.keys(outputs).sort()).toEqual([
      'Web_execution_id', 'Web_image_id', 'Web_image_id_cn_shanghai', 'Web_image_name', 'Web_pipeline_id',
    ]);
    expect(outputs.Web_pipeline_id.value).toBe(ref(`${PIPELINE}.${logicalId(out, PIPELINE)}.id`));
    expect(outputs.Web_execution_id.value).toBe(ref(`${EXECUTION}.${logicalId(out, EXECUTION)}.id`));
    const lookupIds = Object.keys(out.dataSources('alicloud_images'));
    expect(lookupIds.map((id) => ref(`element(data.alicloud_images.${id}.ids, 0)`)).sort())
      .toEqual([outputs.Web_image_id.value, outputs.Web_image_id_cn_shanghai.value].sort());
    // The name of the image actually built (after a rebuilt failed build, the new execution's), from the lookup.
    const buildRegionLookup = Object.entries<any>(out.dataSources('alicloud_images')).find(([, l]) => l.provider === undefined)![0];
    expect(outputs.Web_image_name.value).toBe(ref(`data.alicloud_images.${buildRegionLookup}.images[0].name`));
  });
});

test('outputs of factories in different scopes do not collide; a taken name is an error', () => {
  const stack = alicloudStack();
  for (const team of ['a', 'b-c']) {
    new GoldenImageFactory(new Construct(stack, team), 'Web', { ...required(), imageNamePrefix: `web-${team}`, terraformOutputs: true });
  }
  const out = synth(stack);
  const outputs = out.outputs();
  expect(Object.keys(outputs).filter((k) => k.endsWith('_image_id')).sort()).toEqual(['a_Web_image_id', 'b-c_Web_image_id']);
  // Each name is read from its own factory's lookup.
  const lookups = out.dataSources('alicloud_images');
  for (const team of ['a', 'b-c']) {
    const [lookupId] = Object.entries<any>(lookups).find(([, l]) => l.name_regex === `^web-${team}_exec-[A-Za-z0-9]+$`)!;
    expect(outputs[`${team}_Web_image_name`].value).toBe(ref(`data.alicloud_images.${lookupId}.images[0].name`));
  }

  const clash = alicloudStack();
  new TerraformOutput(clash, 'taken', { value: 'x' }).overrideLogicalId('Web_pipeline_id');
  expectInvalid(() => factory({ terraformOutputs: true }, clash),
    /^test\/Web: terraformOutputs would add an output whose name another output of the stack already has \(got "Web_pipeline_id"\)$/);

  // An output added after the factory is caught when the stack is synthesized.
  const later = alicloudStack();
  factory({ terraformOutputs: true }, later);
  new TerraformOutput(later, 'mine', { value: 'x' }).overrideLogicalId('Web_image_id');
  expectInvalid(() => synth(later),
    /^test\/Web: terraformOutputs would add an output whose name another output of the stack already has \(got "Web_image_id"\)$/);
  // Other names, before or after, are fine.
  const fine = alicloudStack();
  new TerraformOutput(fine, 'before', { value: 'x' });
  factory({ terraformOutputs: true }, fine);
  new TerraformOutput(fine, 'after', { value: 'y' });
  expect(Object.keys(synth(fine).outputs())).toEqual(expect.arrayContaining(['before', 'after', 'Web_image_id']));
});

describe('re-build semantics', () => {
  const pipelineName = (content: string, props: Partial<GoldenImageFactoryProps> = {}) =>
    factory({ buildContent: BuildContent.fromCommands(content), ...props }).out().resource(PIPELINE).name;

  test('new build content or base image: a new pipeline name (created before the old one is destroyed)', () => {
    const first = pipelineName('RUN echo 1');
    expect(pipelineName('RUN echo 1')).toBe(first);
    expect(pipelineName('RUN echo 2')).not.toBe(first);
    expect(pipelineName('RUN echo 1', { baseImage: BaseImage.fromImageId('m-bp1other') })).not.toBe(first);
  });

  test('rebuildToken replaces the execution, and so the waiter and the lookup, without touching the pipeline', () => {
    const { out: synthesize } = factory({ rebuildToken: '2026-11-23' });
    const out = synthesize();
    const triggers = Object.entries<any>(out.resources('terraform_data'));
    const [triggerId] = triggers.find(([, r]) => r.triggers_replace?.rebuild_token === '2026-11-23')!;
    expect(out.resource(EXECUTION).lifecycle).toEqual({ replace_triggered_by: [`terraform_data.${triggerId}`] });
    expect(pipelineName('RUN apt-get update -y && apt-get install -y nginx', { rebuildToken: 'other' }))
      .toBe(out.resource(PIPELINE).name);
  });
});

describe('image family', () => {
  test('the waiter puts the built image into the family; consumers find the latest of it', () => {
    const { stack, out: synthesize } = factory({ imageFamily: 'web-nginx' });
    const consumer = Image.fromLookup(stack, 'Latest', { imageFamily: 'web-nginx', owners: ImageOwner.SELF, mostRecent: true });
    expect(consumer.imageId).toBeDefined();
    const out = synthesize();
    const waiter = Object.values<any>(out.resources('terraform_data'))[0];
    expect(waiter.provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY).toBe('web-nginx');
    expect(Object.values<any>(out.dataSources('alicloud_images'))).toContainEqual({ image_family: 'web-nginx', owners: 'self', most_recent: true });
  });

  test('no family: the waiter only waits', () => {
    const waiter = Object.values<any>(factory().out().resources('terraform_data'))[0];
    expect(waiter.provisioner[0]['local-exec'].environment).not.toHaveProperty('CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY');
  });

  test('family rules: valid name, one place to set it', () => {
    expectInvalid(() => factory({ imageFamily: 'aliyun-web' }), /test\/Web\/Pipeline\/Build\/Waiter: imageFamily/);
    expectInvalid(() => factory({ imageFamily: 'web', waitOptions: { imageFamily: 'other' } }),
      /test\/Web: waitOptions.imageFamily cannot be combined with imageFamily \(got "other"\)/);
    const viaOptions = Object.values<any>(factory({ waitOptions: { imageFamily: 'web-nginx' } }).out().resources('terraform_data'))[0];
    expect(viaOptions.provisioner[0]['local-exec'].environment.CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY).toBe('web-nginx');
  });
});

describe('rules', () => {
  test('waitOptions without waiting is an error at the factory', () => {
    expectInvalid(() => factory({ waitForCompletion: false, waitOptions: { timeoutMinutes: 30 } }),
      /^test\/Web: waitOptions needs waitForCompletion: true \(got \{"timeoutMinutes":30\}\)$/);
  });

  test('a factory tag value longer than a tag allows is shortened with a hash of the path', () => {
    const stack = alicloudStack();
    let scope = new Construct(stack, 'a'.repeat(60));
    scope = new Construct(scope, 'b'.repeat(60));
    new GoldenImageFactory(scope, 'Web', required());
    const value: string = synth(stack).resource(PIPELINE).tags['cdktf-alicloud-image-builder:factory'];
    expect(value).toHaveLength(128);
    expect(value).toMatch(new RegExp(`^test/${'a'.repeat(60)}/b+-[0-9a-f]{8}$`));
  });

  test('imageFamily needs the waiter', () => {
    expectInvalid(() => factory({ waitForCompletion: false, imageFamily: 'web' }),
      /test\/Web: imageFamily needs waitForCompletion: true \(the waiter puts the built image into the family\) \(got "web"\)/);
  });

  test('regex characters of the prefix are matched literally', () => {
    const out = factory({ imageNamePrefix: 'web.base' }).out();
    expect(out.dataSource('alicloud_images').name_regex).toBe('^web\\.base_exec-[A-Za-z0-9]+$');
  });

  test('pipeline rules apply with the factory path', () => {
    expectInvalid(() => factory({ systemDiskSizeGiB: 501 }), /test\/Web\/Pipeline: systemDiskSizeGiB must be an integer from 20 to 500 GiB \(got 501\)/);
  });
});
