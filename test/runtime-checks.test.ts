/**
 * Issue 18: what jsii cannot guarantee for plain JavaScript and Python callers (enums, required
 * props, null in lists and maps, missing method arguments) is the library's ValidationError naming
 * construct path, property, rule and value; never a TypeError, never a silently emitted value.
 */
import {
  apsara, BaseImage, BuildContent, BuildNetwork, GoldenImageFactory, Image, ImageComponent, ImageComponentContent, ImagePipeline, Instance,
  InstanceType, LaunchTemplate, SecurityGroup, Vpc, VSwitch,
} from '../lib';
import { alicloudStack, apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

const YAML = 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo hi\n';
/** Props as an untyped (JavaScript or Python) caller writes them. */
const untyped = (props: Record<string, unknown>): any => props;
const pipelineProps = () => ({ baseImage: BaseImage.fromImageId('m-base'), buildContent: BuildContent.fromCommands('RUN true') });

describe('enums and enum-like values', () => {
  test("componentType: 'bogus' names the prop, the allowed values and the value", () => {
    const message = validationErrorOf(() => new ImageComponent(alicloudStack(), 'C', untyped({ content: ImageComponentContent.fromYaml(YAML), componentType: 'bogus' })));
    expect(message).toBe('test/C: componentType must be a ComponentType: one of Build, Test (got "bogus")');
  });

  test("systemType: 'Mac'", () => {
    expect(validationErrorOf(() => new ImageComponent(alicloudStack(), 'C', untyped({ content: ImageComponentContent.fromYaml(YAML), systemType: 'Mac' }))))
      .toMatch(/^test\/C: systemType must be a SystemType: one of Linux, Windows \(got "Mac"\)$/);
  });

  test('a plain object where an enum-like class belongs', () => {
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), baseImage: 'm-base' }))))
      .toMatch(/^test\/P: baseImage must be a BaseImage \(use the BaseImage class\) \(got "m-base"\)$/);
    expect(validationErrorOf(() => new BuildNetwork(alicloudStack(), 'N', untyped({ instanceType: 'ecs.g7.large' }))))
      .toMatch(/instanceType must be an? InstanceType/);
  });
});

describe('required props', () => {
  test.each([undefined, null])('ImagePipeline without buildContent (%p)', (missing) => {
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), buildContent: missing }))))
      .toMatch(new RegExp(`^test/P: buildContent is required \\(got ${missing === null ? 'null' : 'undefined'}\\)$`));
  });

  test('no props object at all', () => {
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped(undefined as any))))
      .toMatch(/^test\/P: baseImage is required/);
    expect(validationErrorOf(() => new Instance(alicloudStack(), 'I', untyped(undefined as any)))).toMatch(/^test\/I: image is required/);
  });

  test('null for an optional prop is an error, not a silent null', () => {
    expect(validationErrorOf(() => new Vpc(alicloudStack(), 'V', untyped({ description: null }))))
      .toBe('test/V: description must not be null (leave it out instead) (got null)');
  });
});

describe('list and map elements', () => {
  test.each([
    [{ team: null }, 'tags.team must not be null or undefined (got null)'],
    [{ team: undefined }, 'tags.team must not be null or undefined (got undefined)'],
    [{ team: 5 }, 'tags.team must be a string (got 5)'],
  ])('tags %p', (tags, message) => {
    expect(validationErrorOf(() => new Vpc(alicloudStack(), 'V', untyped({ tags })))).toBe(`test/V: ${message}`);
  });

  test('lists: null, undefined and wrong types', () => {
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), toRegionIds: ['cn-shanghai', null] }))))
      .toBe('test/P: toRegionIds[1] must not be null or undefined (got null)');
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), addAccounts: [1234567] }))))
      .toBe('test/P: addAccounts[0] must be a string (got 1234567)');
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), toRegionIds: 'cn-shanghai' }))))
      .toBe('test/P: toRegionIds must be a list (got "cn-shanghai")');
  });

  test('a list of objects with a hole', () => {
    const stack = alicloudStack();
    const sg = SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1');
    expect(validationErrorOf(() => new Instance(stack, 'I', untyped({
      image: Image.fromImageId(stack, 'Base', 'm-1'), instanceType: InstanceType.G7_LARGE, vswitch: VSwitch.fromVSwitchId(stack, 'W', 'vsw-1'),
      securityGroups: [sg, undefined],
    })))).toBe('test/I: securityGroups[1] must not be null or undefined (got undefined)');
  });

  test('numbers: non-finite and wrong types', () => {
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), systemDiskSizeGiB: '40' }))))
      .toBe('test/P: systemDiskSizeGiB must be a finite number (got "40")');
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', untyped({ ...pipelineProps(), systemDiskSizeGiB: Infinity }))))
      .toMatch(/^test\/P: systemDiskSizeGiB must be a finite number/);
  });
});

describe('method arguments', () => {
  test('addEnv() without arguments', () => {
    expect(validationErrorOf(() => (BuildContent.create() as any).addEnv())).toBe('BuildContent.addEnv: key is required (got undefined)');
    expect(validationErrorOf(() => (BuildContent.create() as any).addEnv('KEY'))).toBe('BuildContent.addEnv: value is required (got undefined)');
  });

  test('addRun(null), addLabels(null), addComponentByName({})', () => {
    expect(validationErrorOf(() => (BuildContent.create() as any).addRun('true', null))).toBe('BuildContent.addRun: commands[1] must not be null or undefined (got null)');
    expect(validationErrorOf(() => (BuildContent.create() as any).addLabels(null))).toBe('BuildContent.addLabels: labels is required (got null)');
    expect(validationErrorOf(() => (BuildContent.create() as any).addComponentByName({ regionId: 'cn-hangzhou', accountId: '1' })))
      .toBe('BuildContent.addComponentByName: options.componentName is required (got undefined)');
  });
});

describe('accepted before, invalid for the API', () => {
  test('empty component content is an error at synth', () => {
    const stack = alicloudStack();
    new ImageComponent(stack, 'C', { content: ImageComponentContent.fromBuildContent(BuildContent.create()) });
    expect(validationErrorOf(() => synth(stack))).toMatch(/test\/C: content must not be empty/);
  });

  test('content filled after construction is fine', () => {
    const stack = alicloudStack();
    const content = BuildContent.create();
    new ImageComponent(stack, 'C', { content: ImageComponentContent.fromBuildContent(content) });
    content.addRun('echo hi');
    expect(synth(stack).resource('alicloud_ecs_image_component').content).toBe('RUN echo hi');
  });

  test("zoneId: ''", () => {
    const stack = alicloudStack();
    const vpc = Vpc.fromVpcId(stack, 'Vpc', 'vpc-1');
    expect(validationErrorOf(() => new VSwitch(stack, 'W', { vpc, cidrBlock: '172.16.0.0/24', zoneId: '' })))
      .toBe('test/W: zoneId must be a non-empty string (got "")');
    expect(validationErrorOf(() => new BuildNetwork(alicloudStack(), 'N', { zoneId: ' ' }))).toMatch(/^test\/N: zoneId must be a non-empty string/);
    const stackA = apsaraStack();
    expect(validationErrorOf(() => new apsara.VSwitch(stackA, 'W', { vpc: apsara.Vpc.fromVpcId(stackA, 'V', 'vpc-1'), cidrBlock: '172.16.0.0/24', zoneId: '' })))
      .toMatch(/^test\/W: zoneId is required and must not be empty/);
  });

  test('a 100-character CJK pipeline description is 300 bytes: the provider counts bytes', () => {
    const description = '镜'.repeat(100);
    expect(validationErrorOf(() => new ImagePipeline(alicloudStack(), 'P', { ...pipelineProps(), description })))
      .toMatch(/^test\/P: description must be at most 256 bytes \(UTF-8\), but is 300/);
    expect(() => new ImagePipeline(alicloudStack(), 'P', { ...pipelineProps(), description: '镜'.repeat(85) })).not.toThrow();
  });

  test('a factory error names shareWithAccountIds, the prop the user wrote', () => {
    const message = validationErrorOf(() => new GoldenImageFactory(alicloudStack(), 'F', { ...pipelineProps(), shareWithAccountIds: ['12345', 'not-an-account'] }));
    expect(message).toMatch(/^test\/F: shareWithAccountIds\[1\] must be an Alibaba Cloud account id/);
    expect(message).not.toMatch(/addAccounts/);
  });
});

describe('LaunchTemplate and the Apsara Stack lookups', () => {
  const ltProps = (stack: any) => ({
    image: Image.fromImageId(stack, 'Base', 'm-1'), instanceType: InstanceType.G7_LARGE, vswitch: VSwitch.fromVSwitchId(stack, 'W', 'vsw-1'),
    securityGroups: [SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
  });

  test('LaunchTemplate: required props, enum-like classes, wrong types, null in maps and lists', () => {
    expect(validationErrorOf(() => new LaunchTemplate(alicloudStack(), 'T', untyped(undefined as any)))).toBe('test/T: image is required (got undefined)');
    let stack = alicloudStack();
    expect(validationErrorOf(() => new LaunchTemplate(stack, 'T', untyped({ ...ltProps(stack), instanceType: 'ecs.g7.large' }))))
      .toBe('test/T: instanceType must be an InstanceType (use the InstanceType class) (got "ecs.g7.large")');
    stack = alicloudStack();
    expect(validationErrorOf(() => new LaunchTemplate(stack, 'T', untyped({ ...ltProps(stack), systemDiskCategory: 'cloud_essd' }))))
      .toMatch(/^test\/T: systemDiskCategory must be a DiskCategory/);
    stack = alicloudStack();
    expect(validationErrorOf(() => new LaunchTemplate(stack, 'T', untyped({ ...ltProps(stack), updateDefaultVersion: 'yes' }))))
      .toBe('test/T: updateDefaultVersion must be true or false (got "yes")');
    stack = alicloudStack();
    expect(validationErrorOf(() => new LaunchTemplate(stack, 'T', untyped({ ...ltProps(stack), instanceTags: { team: null } }))))
      .toBe('test/T: instanceTags.team must not be null or undefined (got null)');
    stack = alicloudStack();
    expect(validationErrorOf(() => new LaunchTemplate(stack, 'T', untyped({ ...ltProps(stack), securityGroups: [null] }))))
      .toBe('test/T: securityGroups[0] must not be null or undefined (got null)');
    stack = alicloudStack();
    expect(validationErrorOf(() => new LaunchTemplate(stack, 'T', untyped({ ...ltProps(stack), keyPairName: '' }))))
      .toBe('test/T: keyPairName must be a non-empty string (got "")');
  });

  test('LaunchTemplate: every user string reaches Terraform as written', () => {
    const stack = alicloudStack();
    new LaunchTemplate(stack, 'T', {
      ...ltProps(stack), description: 'a ${foo}', versionDescription: '100%{x}', userData: 'echo ${HOME}', tags: { team: '${x}' },
    });
    const template = synth(stack).resource('alicloud_ecs_launch_template');
    expect(template.description).toBe('a $${foo}');
    expect(template.version_description).toBe('100%%{x}');
    expect(template.user_data).toBe('echo $${HOME}');
    expect(template.template_tags).toEqual({ team: '$${x}' });
  });

  test('apsara.ZoneLookup: enum and enum-like values from untyped callers', () => {
    expect(validationErrorOf(() => new apsara.ZoneLookup(apsaraStack(), 'Z', untyped({ availableResourceCreation: 'Disks' }))))
      .toBe('test/Z: availableResourceCreation must be a ZoneResource: one of Instance, VSwitch, Disk, IoOptimized (got "Disks")');
    expect(validationErrorOf(() => new apsara.ZoneLookup(apsaraStack(), 'Z', untyped({ availableInstanceType: 'ecs.n4.small' }))))
      .toMatch(/^test\/Z: availableInstanceType must be an InstanceType \(use the InstanceType class\)/);
    expect(validationErrorOf(() => new apsara.ZoneLookup(apsaraStack(), 'Z', untyped({ availableResourceCreation: null }))))
      .toBe('test/Z: availableResourceCreation must not be null (leave it out instead) (got null)');
  });

  test('apsara.InstanceTypeChoice: required props and candidate fields', () => {
    expect(validationErrorOf(() => new apsara.InstanceTypeChoice(apsaraStack(), 'C', untyped({ candidates: [] }))))
      .toBe('test/C: zoneId is required (got undefined)');
    expect(validationErrorOf(() => new apsara.InstanceTypeChoice(apsaraStack(), 'C', untyped({ zoneId: 'z-1' }))))
      .toBe('test/C: candidates is required (got undefined)');
    expect(validationErrorOf(() => new apsara.InstanceTypeChoice(apsaraStack(), 'C', untyped({ zoneId: 'z-1', candidates: [null] }))))
      .toBe('test/C: candidates[0] must not be null or undefined (got null)');
    expect(validationErrorOf(() => new apsara.InstanceTypeChoice(apsaraStack(), 'C', untyped({ zoneId: 'z-1', candidates: [{ sortedBy: 'Cost' }] }))))
      .toBe('test/C: candidates[0].sortedBy must be an InstanceTypeSort: one of CPU, Memory, Price (got "Cost")');
    expect(validationErrorOf(() => new apsara.InstanceTypeChoice(apsaraStack(), 'C', untyped({ zoneId: 'z-1', candidates: [{ cpuCoreCount: '2' }] }))))
      .toBe('test/C: candidates[0].cpuCoreCount must be a finite number (got "2")');
  });
});
