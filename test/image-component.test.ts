/** ImageComponent: synthesized attributes, content formats, every rule both ways, tokens, importers. */
import { Lazy } from 'cdktf';
import {
  BaseImage, BuildContent, ComponentContentFormat, ComponentType, Errors, ImageComponent, ImageComponentContent,
  ImageComponentProps, ImagePipeline, SystemType,
} from '../lib';
import { alicloudStack, synth } from './util/synth';
import { evaluateTemplate } from './util/terraform-template';

const LINUX_YAML = [
  'Parameters:',
  '  greeting:',
  '    Type: String',
  '    DefaultValue: hello',
  'Tasks:',
  '  - Name: greet',
  '    Action: RunShellCommand',
  '    Properties:',
  '      commandContent: echo {{ greeting }} ${HOME} %{x}',
  '',
].join('\n');

const WINDOWS_YAML = 'Tasks:\n  - Name: greet\n    Action: RunPowerShellCommand\n    Properties:\n      commandContent: Write-Host hi\n';

function componentWith(props: ImageComponentProps) {
  const stack = alicloudStack();
  const component = new ImageComponent(stack, 'Component', props);
  return { stack, component, synthesized: () => synth(stack).resource('alicloud_ecs_image_component') };
}

function rejects(props: ImageComponentProps, message: RegExp): void {
  expect(() => componentWith(props)).toThrow(message);
}

function accepts(props: ImageComponentProps): void {
  expect(() => componentWith(props).synthesized()).not.toThrow();
}

const yaml = (text = LINUX_YAML) => ImageComponentContent.fromYaml(text);

test('required properties only: Build, Linux, escaped content', () => {
  const { synthesized } = componentWith({ content: yaml() });
  const resource = synthesized();
  expect(resource).toEqual({ content: expect.any(String), component_type: 'Build', system_type: 'Linux' });
  expect(resource.content).toContain('commandContent: echo {{ greeting }} $${HOME} %%{x}');
  expect(evaluateTemplate(resource.content)).toBe(LINUX_YAML);
});

test('all properties', () => {
  const { synthesized, component } = componentWith({
    content: ImageComponentContent.fromYaml(WINDOWS_YAML),
    imageComponentName: 'win-hardening',
    componentVersion: '1.2.3',
    componentType: ComponentType.TEST,
    systemType: SystemType.WINDOWS,
    description: 'Hardening checks',
    tags: { team: 'images' },
    resourceGroupId: 'rg-abc',
  });
  expect(synthesized()).toEqual({
    content: WINDOWS_YAML,
    image_component_name: 'win-hardening',
    component_version: '1.2.3',
    component_type: 'Test',
    system_type: 'Windows',
    description: 'Hardening checks',
    tags: { team: 'images' },
    resource_group_id: 'rg-abc',
  });
  expect(component.componentType).toBe(ComponentType.TEST);
  expect(component.systemType).toBe(SystemType.WINDOWS);
  expect(ImageComponent.isImageComponent(component)).toBe(true);
  expect(ImageComponent.isImageComponent({})).toBe(false);
});

test('Dockerfile-style content from the builder', () => {
  const content = ImageComponentContent.fromBuildContent(BuildContent.create().addRun('echo ${USER}').addRestart());
  expect(content.format).toBe(ComponentContentFormat.DOCKERFILE);
  expect(content.render()).toBe('RUN echo ${USER}\nRESTART');
  expect(componentWith({ content }).synthesized().content).toBe('RUN echo $${USER}\nRESTART');
});

test('the id is a reference usable in build content', () => {
  const { stack, component } = componentWith({ content: yaml() });
  new ImagePipeline(stack, 'Pipeline', { baseImage: BaseImage.fromImageId('m-abc'), buildContent: BuildContent.create().addComponent(component) });
  expect(synth(stack).resource('alicloud_ecs_image_pipeline').build_content).toBe('COMPONENT ${alicloud_ecs_image_component.Component_0EED0119.id}');
});

test('the L1 is reachable for escape hatches', () => {
  const { component, synthesized } = componentWith({ content: yaml() });
  expect(component.node.defaultChild).toBe(component.resource);
  component.resource.addOverride('timeouts', { create: '10m' });
  expect(synthesized().timeouts).toEqual({ create: '10m' });
});

describe('rules', () => {
  test('imageComponentName: 2-128 characters, a letter first, no URL', () => {
    rejects({ content: yaml(), imageComponentName: 'a' }, /test\/Component: imageComponentName must be 2 to 128 characters, start with a letter .* \(got "a"\)/);
    rejects({ content: yaml(), imageComponentName: 'a'.repeat(129) }, /imageComponentName must be 2 to 128 characters/);
    rejects({ content: yaml(), imageComponentName: '1abc' }, /imageComponentName must be 2 to 128 characters, start with a letter/);
    rejects({ content: yaml(), imageComponentName: 'https://x' }, /imageComponentName must not start with http:\/\/ or https:\/\//);
    accepts({ content: yaml(), imageComponentName: 'ab' });
    accepts({ content: yaml(), imageComponentName: `a${'b:_.-'.repeat(25)}bc` });
  });

  test('componentVersion: major.minor.patch', () => {
    rejects({ content: yaml(), componentVersion: '1.0' }, /componentVersion must be major.minor.patch/);
    rejects({ content: yaml(), componentVersion: '1.*.0' }, /componentVersion must be major.minor.patch/);
    accepts({ content: yaml(), componentVersion: '0.0.0' });
  });

  test('description: 2-256 characters, no URL', () => {
    rejects({ content: yaml(), description: 'x' }, /description must be 2 to 256 characters long, but is 1/);
    rejects({ content: yaml(), description: 'x'.repeat(257) }, /description must be 2 to 256 characters long, but is 257/);
    rejects({ content: yaml(), description: 'http://x' }, /description must not start with http/);
    accepts({ content: yaml(), description: 'xx' });
    accepts({ content: yaml(), description: 'x'.repeat(256) });
  });

  test('tags: at most 20, reserved keys', () => {
    const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    rejects({ content: yaml(), tags: tags(21) }, /tags must have at most 20 tags, but has 21/);
    rejects({ content: yaml(), tags: { 'aliyun:x': 'v' } }, /tags key must not start with 'aliyun' or 'acs:'/);
    accepts({ content: yaml(), tags: tags(20) });
  });

  test('Dockerfile-style content is Linux only', () => {
    const content = ImageComponentContent.fromBuildContent(BuildContent.fromCommands('RUN echo'));
    rejects({ content, systemType: SystemType.WINDOWS }, /content must be YAML for Windows components/);
    accepts({ content, systemType: SystemType.LINUX });
  });

  test('components cannot call components', () => {
    rejects({ content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('COMPONENT ic-abc')) },
      /content command 1 COMPONENT is only allowed in a pipeline build template, not in a component/);
  });

  test('components never contain FROM', () => {
    rejects({ content: ImageComponentContent.fromBuildContent(BuildContent.fromCommands('FROM IMAGE:m-abc')) }, /content command 1 must not use FROM/);
    rejects({ content: yaml(`FROM x\n${LINUX_YAML}`) }, /content must not contain FROM/);
  });

  test('YAML needs a top-level Tasks key with at least one Action', () => {
    rejects({ content: yaml('Parameters:\n  a:\n    Type: String\n') }, /content must have a top-level Tasks: key/);
    rejects({ content: yaml('Tasks:\n  - Name: a\n') }, /content must have at least one task with an Action/);
    accepts({ content: yaml('Tasks:\n  - Name: a\n    Action: Reboot\n') });
  });

  test('YAML is indented with spaces', () => {
    rejects({ content: yaml('Tasks:\n\t- Name: a\n\t  Action: Reboot\n') }, /content must indent with spaces, not tabs/);
  });

  test('YAML actions are the documented ones, on their system', () => {
    rejects({ content: yaml('Tasks:\n  - Name: a\n    Action: RunBash\n') }, /content Action must be one of RunShellCommand, .* \(got "RunBash"\)/);
    rejects({ content: yaml(WINDOWS_YAML) }, /content Action runs on Windows only, but the component's systemType is Linux/);
    rejects({ content: yaml(LINUX_YAML), systemType: SystemType.WINDOWS }, /content Action runs on Linux only/);
    accepts({ content: yaml(WINDOWS_YAML), systemType: SystemType.WINDOWS });
  });

  test('YAML tasks have a Name; parameter types are String, Number or Boolean', () => {
    rejects({ content: yaml('Tasks:\n  - Action: RunShellCommand\n    Properties:\n      commandContent: echo\n') },
      /test\/Component: content tasks must each have a Name \(got \[\]\)/);
    const withType = (type: string) => yaml(`Parameters:\n  level:\n    Type: ${type}\nTasks:\n  - Name: a\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ level }}\n`);
    rejects({ content: withType('Integer') }, /test\/Component: content parameter level Type must be String, Number or Boolean \(got "Integer"\)/);
    accepts({ content: withType('Number') });
    accepts({ content: withType('Boolean') });
  });

  test('parameters without a DefaultValue must be passed by every COMPONENT call', () => {
    const stack = alicloudStack();
    const component = new ImageComponent(stack, 'Component', {
      content: yaml('Parameters:\n  level:\n    Type: String\n  mode:\n    Type: String\n    DefaultValue: fast\nTasks:\n'
        + '  - Name: a\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo {{ level }} {{ mode }}\n'),
    });
    expect(component.requiredParameters).toEqual(['level']);
    const pipeline = (id: string, parameters?: Record<string, string>) => new ImagePipeline(stack, id, {
      baseImage: BaseImage.fromImageId('m-bp1abc'), buildContent: BuildContent.create().addComponent(component, { parameters }),
    });
    expect(() => pipeline('Missing', { mode: 'slow' })).toThrow(
      /test\/Missing: buildContent command 1 COMPONENT must pass --level: the component's parameter has no DefaultValue/);
    pipeline('Given', { level: 'strict' });
    expect(synth(stack).resource('alicloud_ecs_image_pipeline').build_content).toMatch(/^COMPONENT \$\{alicloud_ecs_image_component\.\w+\.id\} --level strict$/);
    expect(ImageComponent.fromImageComponentId(stack, 'Imported', 'ic-abc').requiredParameters).toBeUndefined();
  });

  test('YAML: at most 127 tasks and 16384 bytes', () => {
    const tasks = (n: number) => `Tasks:\n${'  - Name: r\n    Action: Reboot\n'.repeat(n)}`;
    accepts({ content: yaml(tasks(127)) });
    rejects({ content: yaml(tasks(128)) }, /content tasks must have at most 127 items, but has 128/);
    const padded = (bytes: number) => {
      const base = tasks(1);
      return `${base}# ${'x'.repeat(bytes - base.length - 2)}`;
    };
    accepts({ content: yaml(padded(16384)) });
    rejects({ content: yaml(padded(16385)) }, /content must be at most 16384 bytes \(UTF-8\), but is 16385/);
  });

  test('Dockerfile-style content added after construction is checked at synth', () => {
    const build = BuildContent.fromCommands('RUN echo');
    const { stack } = componentWith({ content: ImageComponentContent.fromBuildContent(build) });
    build.addCommands('FROM x');
    expect(() => synth(stack)).toThrow(/test\/Component: content command 2 must not use FROM/);
  });

  test('errors are ValidationErrors', () => {
    let caught: unknown;
    try {
      componentWith({ content: yaml(), componentVersion: 'x' });
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught)).toBe(true);
  });

  test('tokens pass through', () => {
    const token = Lazy.stringValue({ produce: () => '1 bad value' });
    const { synthesized } = componentWith({ content: yaml(), imageComponentName: token, componentVersion: token, description: token });
    expect(synthesized()).toMatchObject({ image_component_name: '1 bad value', component_version: '1 bad value' });
  });
});

describe('importers', () => {
  test('fromImageComponentId creates no resources', () => {
    const stack = alicloudStack();
    const imported = ImageComponent.fromImageComponentId(stack, 'Imported', 'ic-bp18hy47cqavewsb1234');
    expect(imported.imageComponentId).toBe('ic-bp18hy47cqavewsb1234');
    expect(imported.componentType).toBeUndefined();
    expect(synth(stack).json.resource).toBeUndefined();
  });

  test('an imported id must look like ic-...', () => {
    expect(() => ImageComponent.fromImageComponentId(alicloudStack(), 'I', 'my-component')).toThrow(/test\/I: imageComponentId must be a component id \(ic-\.\.\.\)/);
  });

  test('an imported component can be called from build content; an imported Test component cannot', () => {
    const stack = alicloudStack();
    const build = ImageComponent.fromImageComponentId(stack, 'Build', 'ic-abc');
    const test = ImageComponent.fromImageComponentAttributes(stack, 'Test', { imageComponentId: 'ic-def', componentType: ComponentType.TEST });
    new ImagePipeline(stack, 'Ok', { baseImage: BaseImage.fromImageId('m-abc'), buildContent: BuildContent.create().addComponent(build, { parameters: { level: '2' } }) });
    expect(synth(stack).resource('alicloud_ecs_image_pipeline').build_content).toBe('COMPONENT ic-abc --level 2');
    expect(() => new ImagePipeline(stack, 'Bad', { baseImage: BaseImage.fromImageId('m-abc'), buildContent: BuildContent.create().addComponent(test) }))
      .toThrow(/test\/Bad: buildContent command 1 COMPONENT must reference a Build component/);
  });
});
