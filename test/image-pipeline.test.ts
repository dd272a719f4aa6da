/** ImagePipeline: synthesized attributes, every rule both ways, tokens, derived names, importers. */
import { Fn, Lazy, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  alibabacloudstack, alicloud, BaseImage, BuildContent, Errors, ImageComponent, ImageComponentContent, ImagePipeline, ImagePipelineProps,
  InstanceType, IVSwitch,
} from '../lib';
import { alicloudStack, synth } from './util/synth';

const BASE = BaseImage.fromImageId('aliyun_3_x64_20G_alibase_20240819.vhd');
const required = (): ImagePipelineProps => ({ baseImage: BASE, buildContent: BuildContent.fromCommands('RUN yum update -y') });

function pipelineWith(props: Partial<ImagePipelineProps>, stack: TerraformStack = alicloudStack()) {
  const pipeline = new ImagePipeline(stack, 'Pipeline', { ...required(), ...props });
  return { stack, pipeline, synthesized: () => synth(stack).resource('alicloud_ecs_image_pipeline') };
}

function rejects(props: Partial<ImagePipelineProps>, message: RegExp): void {
  expect(() => pipelineWith(props)).toThrow(message);
}

function accepts(props: Partial<ImagePipelineProps>): void {
  expect(() => pipelineWith(props).synthesized()).not.toThrow();
}

class FakeVSwitch extends Construct implements IVSwitch {
  public readonly vswitchId = 'vsw-bp1abc';
}

test('required properties only', () => {
  const { synthesized, pipeline } = pipelineWith({});
  const resource = synthesized();
  expect(resource).toEqual({
    base_image_type: 'IMAGE',
    base_image: 'aliyun_3_x64_20G_alibase_20240819.vhd',
    build_content: 'RUN yum update -y',
    delete_instance_on_failure: true,
    image_name: 'test-Pipeline',
    name: expect.stringMatching(/^test-Pipeline-[0-9a-f]{8}$/),
    lifecycle: { create_before_destroy: true },
  });
  expect(pipeline.imageNamePrefix).toBe('test-Pipeline');
  expect(ImagePipeline.isImagePipeline(pipeline)).toBe(true);
  expect(ImagePipeline.isImagePipeline({})).toBe(false);
});

test('all properties', () => {
  const stack = alicloudStack();
  const vswitch = new FakeVSwitch(stack, 'VSwitch');
  const { synthesized } = pipelineWith({
    baseImage: BaseImage.fromImageFamily('web-base'),
    imagePipelineName: 'web-pipeline',
    imageNamePrefix: 'web',
    description: 'Web server image',
    instanceType: InstanceType.G7_LARGE,
    vswitch,
    systemDiskSizeGiB: 60,
    internetMaxBandwidthOutMbps: 10,
    deleteInstanceOnFailure: false,
    resourceGroupId: 'rg-abc',
    tags: { team: 'web' },
    toRegionIds: ['cn-qingdao', 'cn-zhangjiakou'],
    addAccounts: ['1234567890123456'],
  }, stack);
  expect(synthesized()).toEqual({
    base_image_type: 'IMAGE_FAMILY',
    base_image: 'web-base',
    build_content: 'RUN yum update -y',
    name: 'web-pipeline',
    image_name: 'web',
    description: 'Web server image',
    instance_type: 'ecs.g7.large',
    vswitch_id: 'vsw-bp1abc',
    system_disk_size: 60,
    internet_max_bandwidth_out: 10,
    delete_instance_on_failure: false,
    resource_group_id: 'rg-abc',
    tags: { team: 'web' },
    to_region_id: ['cn-qingdao', 'cn-zhangjiakou'],
    add_account: ['1234567890123456'],
  });
});

test('vswitchId instead of a vSwitch construct; not both', () => {
  expect(pipelineWith({ vswitchId: 'vsw-xyz' }).synthesized().vswitch_id).toBe('vsw-xyz');
  const stack = alicloudStack();
  expect(() => pipelineWith({ vswitch: new FakeVSwitch(stack, 'V'), vswitchId: 'vsw-xyz' }, stack))
    .toThrow(/test\/Pipeline: vswitchId cannot be combined with vswitch \(got "vsw-xyz"\)/);
});

test('a vSwitch whose id is a token (created in the same app) becomes a reference', () => {
  const stack = alicloudStack();
  class TokenVSwitch extends Construct implements IVSwitch {
    public readonly vswitchId = Token.asString(Fn.element(['vsw-from-lookup'], 0));
  }
  const { synthesized } = pipelineWith({ vswitch: new TokenVSwitch(stack, 'V') }, stack);
  expect(synthesized().vswitch_id).toBe('${element(["vsw-from-lookup"], 0)}');
});

test('the L1 is reachable for escape hatches', () => {
  const { pipeline, synthesized } = pipelineWith({});
  expect(pipeline.node.defaultChild).toBe(pipeline.resource);
  pipeline.resource.addOverride('description', 'overridden');
  expect(synthesized().description).toBe('overridden');
});

describe('rules', () => {
  test('imagePipelineName: 2-128 characters, a letter first, letters digits : _ . -, no URL', () => {
    rejects({ imagePipelineName: 'a' }, /test\/Pipeline: imagePipelineName must be 2 to 128 characters, start with a letter and contain only letters, digits, ':', '_', '.' and '-' \(got "a"\)/);
    rejects({ imagePipelineName: 'a'.repeat(129) }, /imagePipelineName must be 2 to 128 characters/);
    rejects({ imagePipelineName: '9lives' }, /imagePipelineName must be 2 to 128/);
    rejects({ imagePipelineName: 'my pipeline' }, /imagePipelineName must be 2 to 128/);
    rejects({ imagePipelineName: 'http://x' }, /imagePipelineName must not start with http:\/\/ or https:\/\//);
    accepts({ imagePipelineName: 'ab' });
    accepts({ imagePipelineName: 'a'.repeat(128) });
  });

  test('imageNamePrefix: 2-64 characters', () => {
    rejects({ imageNamePrefix: 'a' }, /imageNamePrefix must be 2 to 64 characters/);
    rejects({ imageNamePrefix: 'a'.repeat(65) }, /imageNamePrefix must be 2 to 64 characters/);
    rejects({ imageNamePrefix: 'web/base' }, /imageNamePrefix must be 2 to 64 characters/);
    rejects({ imageNamePrefix: 'https://web' }, /imageNamePrefix must not start with http:\/\/ or https:\/\//);
    rejects({ imageNamePrefix: '_web' }, /imageNamePrefix must be 2 to 64 characters/);
    accepts({ imageNamePrefix: 'ab' });
    accepts({ imageNamePrefix: 'a'.repeat(64) });
  });

  test('description: 2-256 characters, no URL', () => {
    rejects({ description: 'x' }, /description must be 2 to 256 characters long, but is 1/);
    rejects({ description: 'x'.repeat(257) }, /description must be 2 to 256 characters long, but is 257/);
    rejects({ description: 'https://example.com' }, /description must not start with http/);
    accepts({ description: 'xx' });
    accepts({ description: 'x'.repeat(256) });
  });

  test('systemDiskSizeGiB: integer 20-500', () => {
    rejects({ systemDiskSizeGiB: 19 }, /test\/Pipeline: systemDiskSizeGiB must be an integer from 20 to 500 GiB \(got 19\)/);
    rejects({ systemDiskSizeGiB: 501 }, /systemDiskSizeGiB must be an integer from 20 to 500 GiB \(got 501\)/);
    rejects({ systemDiskSizeGiB: 40.5 }, /systemDiskSizeGiB must be an integer/);
    accepts({ systemDiskSizeGiB: 20 });
    accepts({ systemDiskSizeGiB: 500 });
  });

  test('internetMaxBandwidthOutMbps: integer 0-100', () => {
    rejects({ internetMaxBandwidthOutMbps: -1 }, /internetMaxBandwidthOutMbps must be an integer from 0 to 100 Mbit\/s \(got -1\)/);
    rejects({ internetMaxBandwidthOutMbps: 101 }, /internetMaxBandwidthOutMbps must be an integer from 0 to 100 Mbit\/s \(got 101\)/);
    accepts({ internetMaxBandwidthOutMbps: 0 });
    accepts({ internetMaxBandwidthOutMbps: 100 });
  });

  test('toRegionIds: at most 20 distinct region ids', () => {
    const regions = (n: number) => Array.from({ length: n }, (_, i) => `cn-region${i}`);
    rejects({ toRegionIds: regions(21) }, /toRegionIds must have at most 20 items, but has 21/);
    rejects({ toRegionIds: ['cn-qingdao', 'cn-qingdao'] }, /toRegionIds must not contain duplicates \(got "cn-qingdao"\)/);
    rejects({ toRegionIds: ['Qingdao'] }, /toRegionIds must be a region id such as cn-hangzhou \(got "Qingdao"\)/);
    accepts({ toRegionIds: regions(20) });
  });

  test('addAccounts: at most 20 distinct account ids (digits)', () => {
    const accounts = (n: number) => Array.from({ length: n }, (_, i) => `${1000 + i}`);
    rejects({ addAccounts: accounts(21) }, /addAccounts must have at most 20 items, but has 21/);
    rejects({ addAccounts: ['1000', '1000'] }, /addAccounts must not contain duplicates/);
    rejects({ addAccounts: ['acct-1'] }, /addAccounts must be an Alibaba Cloud account id \(digits only\) \(got "acct-1"\)/);
    accepts({ addAccounts: accounts(20) });
  });

  test('tags: at most 20; key and value rules', () => {
    const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    rejects({ tags: tags(21) }, /tags must have at most 20 tags, but has 21/);
    rejects({ tags: { 'acs:team': 'x' } }, /tags key must not start with 'aliyun' or 'acs:' \(got "acs:team"\)/);
    rejects({ tags: { ['k'.repeat(129)]: 'x' } }, /tags key must be 1 to 128 characters long/);
    rejects({ tags: { team: 'v'.repeat(129) } }, /tags.team must be at most 128 characters long/);
    rejects({ tags: { team: 'see https://x' } }, /tags.team must not contain http:\/\/ or https:\/\//);
    rejects({ tags: { aliyunTeam: 'x' } }, /tags key must not start with 'aliyun' or 'acs:' \(got "aliyunTeam"\)/);
    rejects({ tags: { 'see-http://x': 'x' } }, /tags key must not contain http:\/\/ or https:\/\//);
    rejects({ tags: { '': 'x' } }, /tags key must be 1 to 128 characters long \(got ""\)/);
    rejects({ tags: { team: 'acs:web' } }, /tags.team must not start with 'acs:' \(got "acs:web"\)/);
    accepts({ tags: tags(20) });
    accepts({ tags: { k: '' } });
    accepts({ tags: { 'team-aliyun': 'web-acs:' } });
    accepts({ tags: { ['k'.repeat(128)]: 'v'.repeat(128) } });
  });

  test('errors are ValidationErrors', () => {
    let caught: unknown;
    try {
      pipelineWith({ systemDiskSizeGiB: 1 });
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught)).toBe(true);
  });

  test('tokens pass through unchecked', () => {
    const text = Lazy.stringValue({ produce: () => '1 not a name' });
    const number = Lazy.numberValue({ produce: () => 1000 });
    const { synthesized } = pipelineWith({
      imagePipelineName: text,
      imageNamePrefix: text,
      description: text,
      systemDiskSizeGiB: number,
      internetMaxBandwidthOutMbps: number,
      toRegionIds: [text],
      addAccounts: [text],
      tags: { team: text },
    });
    expect(synthesized()).toMatchObject({
      name: '1 not a name',
      image_name: '1 not a name',
      description: '1 not a name',
      tags: { team: '1 not a name' },
      system_disk_size: 1000,
      internet_max_bandwidth_out: 1000,
      to_region_id: ['1 not a name'],
      add_account: ['1 not a name'],
    });
  });
});

describe('warnings', () => {
  const warnings = (pipeline: ImagePipeline) => pipeline.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data);
  const copyFromUrl = () => BuildContent.create().addCopy('https://example.com/app.tar.gz', '/opt');

  test('COPY from a URL without public bandwidth warns once', () => {
    const { pipeline, synthesized } = pipelineWith({ buildContent: copyFromUrl() });
    synthesized();
    expect(warnings(pipeline)).toEqual([expect.stringMatching(/buildContent copies from a URL but internetMaxBandwidthOutMbps is 0/)]);
  });

  test('a URL COPY added later warns at synth', () => {
    const content = BuildContent.create();
    const { pipeline, synthesized } = pipelineWith({ buildContent: content });
    content.addCopy('https://example.com/app.tar.gz', '/opt');
    synthesized();
    expect(warnings(pipeline)).toHaveLength(1);
  });

  test('no warning with bandwidth, or without URL copies', () => {
    const withBandwidth = pipelineWith({ buildContent: copyFromUrl(), internetMaxBandwidthOutMbps: 1 });
    withBandwidth.synthesized();
    expect(warnings(withBandwidth.pipeline)).toEqual([]);
    const localCopy = pipelineWith({ buildContent: BuildContent.create().addCopy('/tmp/app', '/opt') });
    localCopy.synthesized();
    expect(warnings(localCopy.pipeline)).toEqual([]);
  });
});

describe('derived names and replacement', () => {
  const nameOf = (props: Partial<ImagePipelineProps>) => pipelineWith(props).synthesized().name;

  test('the name is stable for the same inputs and changes with every input', () => {
    const base = nameOf({});
    expect(nameOf({})).toBe(base);
    const variants: Partial<ImagePipelineProps>[] = [
      { buildContent: BuildContent.fromCommands('RUN yum update -y', 'RUN yum install -y nginx') },
      { baseImage: BaseImage.fromImageId('m-bp1other') },
      { baseImage: BaseImage.fromImageFamily('web-family') },
      { imageNamePrefix: 'web' },
      { description: 'changed' },
      { instanceType: InstanceType.G7_LARGE },
      { vswitchId: 'vsw-1' },
      { systemDiskSizeGiB: 41 },
      { internetMaxBandwidthOutMbps: 1 },
      { deleteInstanceOnFailure: false },
      { resourceGroupId: 'rg-1' },
      { tags: { a: 'b' } },
      { toRegionIds: ['cn-qingdao'] },
      { addAccounts: ['123'] },
    ];
    const names = variants.map(nameOf);
    for (const name of names) expect(name).toMatch(/^test-Pipeline-[0-9a-f]{8}$/);
    expect(new Set([base, ...names]).size).toBe(variants.length + 1);
  });

  test('content added after construction is part of the name', () => {
    const content = BuildContent.fromCommands('RUN yum update -y');
    const { synthesized } = pipelineWith({ buildContent: content });
    content.addRun('echo later');
    expect(synthesized().name).toBe(nameOf({ buildContent: BuildContent.fromCommands('RUN yum update -y', 'RUN echo later') }));
  });

  test('token inputs add a hash that Terraform computes from their values', () => {
    const stack = alicloudStack();
    const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromYaml('Tasks:\n  - Name: r\n    Action: Reboot\n') });
    const { synthesized } = pipelineWith({
      baseImage: BaseImage.fromImageId(Token.asString(Fn.element(['m-a', 'm-b'], 1))),
      buildContent: BuildContent.create().addComponent(component),
      systemDiskSizeGiB: Token.asNumber(Fn.max([40, 60])),
    }, stack);
    const name: string = synthesized().name;
    expect(name).toMatch(/^test-Pipeline-[0-9a-f]{8}-\$\{/);
    expect(name.replace(/^test-Pipeline-[0-9a-f]{8}-/, '')).toBe('${substr(sha256(jsonencode(['
      + 'element(["m-a", "m-b"], 1), alicloud_ecs_image_component.Component_0EED0119.id, max(40, 60)])), 0, 8)}');
  });

  test('a fixed name is used as given, without create_before_destroy (it could not coexist with the old pipeline)', () => {
    const resource = pipelineWith({ imagePipelineName: 'fixed' }).synthesized();
    expect(resource.name).toBe('fixed');
    expect(resource.lifecycle).toBeUndefined();
  });

  test('long construct paths still give names within the limits', () => {
    const stack = alicloudStack();
    const deep = new Construct(new Construct(stack, 'A'.repeat(80)), 'B'.repeat(80));
    new ImagePipeline(deep, 'Pipeline', required());
    const resource = synth(stack).resource('alicloud_ecs_image_pipeline');
    expect(resource.image_name).toMatch(/^test-A+-[0-9a-f]{8}$/);
    expect(resource.image_name).toHaveLength(64);
    expect(resource.name).toMatch(/^test-A+-B+-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(resource.name).toHaveLength(128);
  });

  test('a changed pipeline gets a new name and create_before_destroy; its execution follows its id', () => {
    const deploy = (content: string) => {
      const { stack, pipeline, synthesized } = pipelineWith({ buildContent: BuildContent.fromCommands(content) });
      pipeline.addExecution('Build');
      const out = synth(stack);
      return { pipeline: synthesized(), execution: out.resource('alicloud_ecs_image_pipeline_execution') };
    };
    const before = deploy('RUN echo v1');
    const after = deploy('RUN echo v2');
    expect(after.pipeline.name).not.toBe(before.pipeline.name);
    expect(after.pipeline.lifecycle).toEqual({ create_before_destroy: true });
    // The execution's only (ForceNew) input is the pipeline id, so replacing the pipeline replaces it.
    expect(after.execution).toEqual({ image_pipeline_id: '${alicloud_ecs_image_pipeline.Pipeline_C660917D.id}' });
    expect(before.execution).toEqual(after.execution);
  });
});

describe('importers', () => {
  test('fromImagePipelineId creates no resources', () => {
    const stack = alicloudStack();
    const imported = ImagePipeline.fromImagePipelineId(stack, 'Imported', 'ip-bp67acfmxazb4p1234');
    expect(imported.imagePipelineId).toBe('ip-bp67acfmxazb4p1234');
    expect(imported.imageNamePrefix).toBeUndefined();
    expect(synth(stack).json.resource).toBeUndefined();
  });

  test('an imported id must look like ip-...; a given prefix follows the prefix rule', () => {
    expect(() => ImagePipeline.fromImagePipelineId(alicloudStack(), 'I', 'pipeline-1')).toThrow(/test\/I: imagePipelineId must be a pipeline id \(ip-\.\.\.\) \(got "pipeline-1"\)/);
    expect(() => ImagePipeline.fromImagePipelineAttributes(alicloudStack(), 'I', { imagePipelineId: 'ip-abc', imageNamePrefix: 'x' })).toThrow(/imageNamePrefix must be 2 to 64/);
  });

  test('an imported id that is a token is not checked', () => {
    const stack = alicloudStack();
    const imported = ImagePipeline.fromImagePipelineId(stack, 'Imported', Token.asString(Fn.element(['any id'], 0)));
    imported.addExecution('Build');
    expect(synth(stack).resource('alicloud_ecs_image_pipeline_execution')).toEqual({ image_pipeline_id: '${element(["any id"], 0)}' });
  });

  test('an imported pipeline can be built', () => {
    const stack = alicloudStack();
    const imported = ImagePipeline.fromImagePipelineAttributes(stack, 'Imported', { imagePipelineId: 'ip-abc', imageNamePrefix: 'web' });
    const execution = imported.addExecution('Build');
    const out = synth(stack);
    expect(Object.keys(out.json.resource)).toEqual(['alicloud_ecs_image_pipeline_execution']);
    expect(out.resource('alicloud_ecs_image_pipeline_execution')).toEqual({ image_pipeline_id: 'ip-abc' });
    expect(execution.imageName).toMatch(/^web_\$\{TfToken/);
  });
});

test('provider: an alias of the same stack puts the pipeline (and its components) in its region; other providers are rejected', () => {
  const stack = alicloudStack();
  const beijing = new alicloud.provider.AlicloudProvider(stack, 'Beijing', { region: 'cn-beijing', alias: 'beijing' });
  const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('RUN true')), provider: beijing });
  const pipeline = new ImagePipeline(stack, 'Pipeline', { ...required(), buildContent: BuildContent.fromCommands().addComponent(component), provider: beijing });
  const out = synth(stack);
  expect(out.resource('alicloud_ecs_image_pipeline').provider).toBe('alicloud.beijing');
  expect(out.resource('alicloud_ecs_image_component').provider).toBe('alicloud.beijing');
  expect(pipeline.provider).toBe(beijing);
  expect(ImagePipeline.fromImagePipelineAttributes(stack, 'Imported', { imagePipelineId: 'ip-abc', provider: beijing }).provider).toBe(beijing);

  const other = alicloudStack('other');
  const foreign = new alicloud.provider.AlicloudProvider(other, 'Foreign', { region: 'cn-beijing', alias: 'foreign' });
  expect(() => pipelineWith({ provider: foreign })).toThrow(/test\/Pipeline: provider must be a provider of the same stack \(got "other\/Foreign"\)/);
  const apsara = new alibabacloudstack.provider.AlibabacloudstackProvider(alicloudStack('apsara'), 'Apsara', { region: 'cn-qingdao-env17-d01' });
  expect(() => pipelineWith({ provider: apsara })).toThrow(/provider must be an alicloud provider \(got "alibabacloudstack"\)/);
});

test('list tokens for regions and accounts pass through unchecked, and change the derived name at deploy', () => {
  const stack = alicloudStack();
  const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' });
  const accounts = new TerraformVariable(stack, 'accounts', { type: 'list(string)' });
  const tags = new TerraformVariable(stack, 'tags', { type: 'map(string)' });
  new ImagePipeline(stack, 'Pipeline', { ...required(), toRegionIds: regions.listValue, addAccounts: accounts.listValue, tags: tags.value });
  const resource = synth(stack).resource('alicloud_ecs_image_pipeline');
  expect(resource).toMatchObject({ to_region_id: '${var.regions}', add_account: '${var.accounts}', tags: '${var.tags}' });
  // A new variable value replaces the pipeline: its name must change with it (create_before_destroy).
  expect(resource.name).toMatch(/^test-Pipeline-[0-9a-f]{8}-\$\{substr\(sha256\(jsonencode\(\[var\.accounts, var\.tags, var\.regions\]\)\), 0, 8\)\}$/);
});

test('a component of another region than the pipeline is an error (Image Builder would not find it)', () => {
  const stack = alicloudStack();
  const beijing = new alicloud.provider.AlicloudProvider(stack, 'Beijing', { region: 'cn-beijing', alias: 'beijing' });
  const content = (provider?: alicloud.provider.AlicloudProvider, id = 'C') => BuildContent.create().addComponent(
    new ImageComponent(stack, id, { content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('RUN true')), provider }));
  expect(() => new ImagePipeline(stack, 'Wrong', { ...required(), buildContent: content(beijing) })).toThrow(
    'test/Wrong: buildContent calls the component test/C, which is in cn-beijing, but the pipeline builds in cn-hangzhou: give the component the provider of the pipeline (got "cn-beijing")');
  new ImagePipeline(stack, 'Right', { ...required(), buildContent: content(beijing, 'D'), provider: beijing });
  new ImagePipeline(stack, 'Default', { ...required(), buildContent: content(undefined, 'E') });
  new ImagePipeline(stack, 'Imported', {
    ...required(), buildContent: BuildContent.create().addComponent(ImageComponent.fromImageComponentId(stack, 'Ext', 'ic-abc')), provider: beijing,
  });
  expect(Object.keys(synth(stack).resources('alicloud_ecs_image_pipeline'))).toHaveLength(3);
});
