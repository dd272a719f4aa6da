/** Every construct's type check (isXxx) and the importers added for issue 20. */
import { Testing, TerraformStack } from 'cdktf';
import {
  alicloud, BaseImage, BuildContent, BuildNetwork, ComponentType, GoldenImageFactory, ImageComponent, ImageComponentContent, ImagePipeline,
  ImagePipelineExecution, Image, Instance, InstanceType, SecurityGroup, Vpc, VSwitch,
} from '../lib';
import { alicloudStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

describe('isXxx: true for the library\'s own constructs, false for imports and other values', () => {
  test('network, instance, pipeline execution, build network and factory', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc');
    const vswitch = new VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.1.0/24', zoneId: 'cn-hangzhou-i' });
    const group = new SecurityGroup(stack, 'Group', { vpc });
    const instance = new Instance(stack, 'Instance', {
      image: Image.fromImageId(stack, 'Base', 'm-1'), instanceType: InstanceType.G7_LARGE, vswitch, securityGroups: [group],
    });
    const network = new BuildNetwork(stack, 'Network', { zoneId: 'cn-hangzhou-i' });
    const pipeline = new ImagePipeline(stack, 'Pipeline', { baseImage: BaseImage.fromImageId('m-1'), buildContent: BuildContent.fromCommands('RUN true') });
    const execution = pipeline.addExecution('Build');
    const factory = new GoldenImageFactory(stack, 'Factory', {
      baseImage: BaseImage.fromImageId('m-1'), buildContent: BuildContent.fromCommands('RUN true'), vswitch, waitForCompletion: false,
    });
    const cases: Array<[string, (x: any) => boolean, unknown, unknown]> = [
      ['Vpc', Vpc.isVpc, vpc, Vpc.fromVpcId(stack, 'V', 'vpc-1')],
      ['VSwitch', VSwitch.isVSwitch, vswitch, VSwitch.fromVSwitchId(stack, 'S', 'vsw-1')],
      ['SecurityGroup', SecurityGroup.isSecurityGroup, group, SecurityGroup.fromSecurityGroupId(stack, 'G', 'sg-1')],
      ['Instance', Instance.isInstance, instance, Instance.fromInstanceId(stack, 'I', 'i-1')],
      ['ImagePipelineExecution', ImagePipelineExecution.isImagePipelineExecution, execution,
        ImagePipelineExecution.fromImagePipelineExecutionId(stack, 'E', 'exec-1')],
      ['BuildNetwork', BuildNetwork.isBuildNetwork, network, vpc],
      ['GoldenImageFactory', GoldenImageFactory.isGoldenImageFactory, factory, pipeline],
    ];
    for (const [name, is, own, other] of cases) {
      expect([name, is(own), is(other), is(undefined), is(null), is('x')]).toEqual([name, true, false, false, false, false]);
    }
  });
});

describe('ImagePipelineExecution.fromImagePipelineExecutionId', () => {
  test('creates nothing and needs an id', () => {
    const stack = alicloudStack();
    const execution = ImagePipelineExecution.fromImagePipelineExecutionId(stack, 'Known', 'exec-bp1');
    expect(execution.executionId).toBe('exec-bp1');
    expect(synth(stack).json.resource).toBeUndefined();
    expectInvalid(() => ImagePipelineExecution.fromImagePipelineExecutionId(stack, 'Empty', ''), /test\/Empty: executionId is required and must not be empty \(got ""\)/);
  });
});

describe('ImageComponent.fromImageComponentAttributes: region and required parameters', () => {
  function pipelineCalling(stack: TerraformStack, component: any, parameters?: Record<string, string>, provider?: alicloud.provider.AlicloudProvider) {
    return new ImagePipeline(stack, `Pipeline${stack.node.children.length}`, {
      baseImage: BaseImage.fromImageId('m-1'),
      buildContent: BuildContent.create().addComponent(component, { parameters }),
      provider,
    });
  }

  test('required parameters of an imported component are enforced in build content', () => {
    const stack = alicloudStack();
    const component = ImageComponent.fromImageComponentAttributes(stack, 'Nginx', {
      imageComponentId: 'ic-bp1', componentType: ComponentType.BUILD, requiredParameters: ['version'],
    });
    expect(component.requiredParameters).toEqual(['version']);
    expectInvalid(() => pipelineCalling(stack, component), /buildContent command 1 COMPONENT must pass --version: the component's parameter has no DefaultValue/);
    pipelineCalling(stack, component, { version: '1.24' });
    expect(synth(stack).resource('alicloud_ecs_image_pipeline').build_content).toBe('COMPONENT ic-bp1 --version 1.24');
  });

  test('an imported component with a provider is checked against the pipeline\'s region', () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const inBeijing = ImageComponent.fromImageComponentAttributes(stack, 'InBeijing', { imageComponentId: 'ic-bj1', provider: beijing });
    expect(inBeijing.provider).toBe(beijing);
    expectInvalid(() => pipelineCalling(stack, inBeijing), /calls the component test\/InBeijing, which is in cn-beijing, but the pipeline builds in cn-hangzhou/);
    expect(() => pipelineCalling(stack, inBeijing, undefined, beijing)).not.toThrow();
    // Without a provider, the region is unknown and not checked.
    expect(() => pipelineCalling(stack, ImageComponent.fromImageComponentId(stack, 'Anywhere', 'ic-any'))).not.toThrow();
  });

  test('attributes are checked', () => {
    const stack = alicloudStack();
    expectInvalid(() => ImageComponent.fromImageComponentAttributes(stack, 'A', { imageComponentId: 'ic-1', requiredParameters: ['has space'] }),
      /test\/A: requiredParameters\[0\] must be a parameter name/);
    expectInvalid(() => ImageComponent.fromImageComponentAttributes(stack, 'B', { imageComponentId: 'ic-1', componentType: 'Deploy' as ComponentType }),
      /test\/B: componentType must be one of Build, Test \(got "Deploy"\)/);
    const other = new TerraformStack(Testing.app(), 'other');
    const foreign = new alicloud.provider.AlicloudProvider(other, 'p', { region: 'cn-beijing' });
    expectInvalid(() => ImageComponent.fromImageComponentAttributes(stack, 'C', { imageComponentId: 'ic-1', provider: foreign }),
      /test\/C: provider must be a provider of the same stack/);
  });

  test('ImageComponent.isImageComponent and a component of this app with a document', () => {
    const stack = alicloudStack();
    const own = new ImageComponent(stack, 'Own', { content: ImageComponentContent.fromYaml('Tasks:\n  - Name: a\n    Action: Reboot\n') });
    expect([ImageComponent.isImageComponent(own), ImageComponent.isImageComponent(ImageComponent.fromImageComponentId(stack, 'X', 'ic-1'))]).toEqual([true, false]);
  });
});
