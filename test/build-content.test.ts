/**
 * BuildContent: rendering, every command rule (rejected and accepted edge), limits, tokens, and the
 * Terraform escaping round trip. Rules are enforced when the content is bound to a pipeline, so the
 * errors name the pipeline's path.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Lazy, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  BaseImage, BuildContent, ComponentType, Errors, ImageComponent, ImageComponentContent, ImagePipeline,
} from '../lib';
import { alicloudStack, synth } from './util/synth';
import { evaluateTemplate } from './util/terraform-template';

function pipelineWith(content: BuildContent, stack: TerraformStack = alicloudStack()): TerraformStack {
  new ImagePipeline(stack, 'Pipeline', { baseImage: BaseImage.fromImageId('m-bp1abc'), buildContent: content });
  return stack;
}

function buildContentOf(stack: TerraformStack): string {
  return synth(stack).resource('alicloud_ecs_image_pipeline').build_content;
}

function rejects(content: BuildContent, message: RegExp): void {
  expect(() => pipelineWith(content)).toThrow(message);
}

function accepts(content: BuildContent): void {
  expect(() => buildContentOf(pipelineWith(content))).not.toThrow();
}

const yamlComponent = 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo hi\n';

describe('rendering', () => {
  test('a realistic template renders one command per line, deterministically', () => {
    const build = () => BuildContent.create()
      .addEnv('APP_HOME', '/opt/app')
      .addWorkdir('/opt/app')
      .addRun('yum update -y', 'yum install -y nginx \\\n  git')
      .addCopy('https://example.com/app.tar.gz', '/opt/app')
      .addUser('root')
      .addLabels({ version: '1.2.3', owner: 'platform' })
      .addLabel('team', 'images')
      .addComponentByName({ regionId: 'cn-hangzhou', accountId: '1234567890', componentName: 'harden', parameters: { level: '2' } })
      .addRestart()
      .addCmd('/usr/sbin/nginx', '-g', 'daemon off;')
      .addEntrypoint('/bin/sh', '-c');
    const expected = [
      'ENV APP_HOME="/opt/app"',
      'WORKDIR /opt/app',
      'RUN yum update -y',
      'RUN yum install -y nginx \\\n  git',
      'COPY https://example.com/app.tar.gz /opt/app',
      'USER root',
      'LABEL owner="platform" version="1.2.3"',
      'LABEL team="images"',
      'COMPONENT acs:ecs:cn-hangzhou:1234567890:imagecomponent/harden/*.*.* --level 2',
      'RESTART',
      'CMD ["/usr/sbin/nginx","-g","daemon off;"]',
      'ENTRYPOINT ["/bin/sh","-c"]',
    ].join('\n');
    expect(build().render()).toBe(expected);
    expect(build().render()).toBe(build().render());
    expect(build().commandCount).toBe(12);
    expect(buildContentOf(pipelineWith(build()))).toBe(expected);
  });

  test('fromText drops blank and comment lines, keeps continuations, normalizes line endings', () => {
    const content = BuildContent.fromText('# setup\r\n\r\nRUN echo a \\\r\n  # not a comment here \\\r\n  && echo b\r\n   ENV A="1"\r\n');
    expect(content.render()).toBe('RUN echo a \\\n  # not a comment here \\\n  && echo b\nENV A="1"');
    expect(content.commandCount).toBe(2);
  });

  test('fromFile reads the same format', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bc-')), 'build.txt');
    fs.writeFileSync(file, 'RUN yum update -y\nRESTART\n');
    expect(BuildContent.fromFile(file).render()).toBe('RUN yum update -y\nRESTART');
  });

  test('fromCommands takes one command per argument', () => {
    expect(BuildContent.fromCommands('RUN a', 'RUN b').render()).toBe('RUN a\nRUN b');
  });

  test('empty content writes no build_content', () => {
    expect(buildContentOf(pipelineWith(BuildContent.create()))).toBeUndefined();
  });
});

describe('escaping', () => {
  test('literal template sequences round-trip through Terraform unchanged', () => {
    const intended = 'RUN echo ${HOME} %{x} $${already} $((1+2)) {{ param }} %%{y} $$ 100%';
    const content = BuildContent.fromCommands(intended);
    const synthesized = buildContentOf(pipelineWith(content));
    expect(synthesized).toBe('RUN echo $${HOME} %%{x} $$${already} $((1+2)) {{ param }} %%%{y} $$ 100%');
    expect(evaluateTemplate(synthesized)).toBe(intended);
    expect(content.render()).toBe(intended);
  });

  test('a component reference stays a live Terraform reference next to escaped text', () => {
    const stack = alicloudStack();
    const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromYaml(yamlComponent) });
    const content = BuildContent.create()
      .addRun('echo ${PATH}')
      .addComponent(component, { parameters: { b: '2', a: '1' } })
      .addRun(`echo $${component.imageComponentId}`);
    const synthesized = buildContentOf(pipelineWith(content, stack));
    expect(synthesized).toBe([
      'RUN echo $${PATH}',
      'COMPONENT ${alicloud_ecs_image_component.Component_0EED0119.id} --a 1 --b 2',
      'RUN echo ${"$"}${alicloud_ecs_image_component.Component_0EED0119.id}',
    ].join('\n'));
    const references = { 'alicloud_ecs_image_component.Component_0EED0119.id': 'ic-bp1fake' };
    expect(evaluateTemplate(synthesized, references))
      .toBe(content.render().split(component.imageComponentId).join('ic-bp1fake'));
  });
});

test('a run of $ right before a token is kept whole, so it cannot turn into an escape (a run of % needs nothing)', () => {
  const stack = alicloudStack();
  const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromYaml(yamlComponent) });
  const content = BuildContent.create().addRun(`echo $$${component.imageComponentId} 100%%${component.imageComponentId}`);
  const synthesized = buildContentOf(pipelineWith(content, stack));
  const id = '${alicloud_ecs_image_component.Component_0EED0119.id}';
  expect(synthesized).toBe(`RUN echo \${"$$"}${id} 100%%${id}`);
  const references = { 'alicloud_ecs_image_component.Component_0EED0119.id': 'ic-bp1fake' };
  expect(evaluateTemplate(synthesized, references)).toBe('RUN echo $$ic-bp1fake 100%%ic-bp1fake');
});

describe('command rules', () => {
  test('only the documented keywords, in uppercase', () => {
    rejects(BuildContent.fromCommands('ADD a /b'), /test\/Pipeline: buildContent command 1 must start with one of COMPONENT, RESTART, RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD, ENTRYPOINT \(got "ADD a \/b"\)/);
    rejects(BuildContent.fromCommands('run echo'), /keywords are uppercase/);
    accepts(BuildContent.fromCommands('RUN echo'));
  });

  test('FROM is rejected: deprecated and ignored by the API', () => {
    rejects(BuildContent.fromText('FROM IMAGE:m-abc\nRUN echo'), /buildContent command 1 must not use FROM: it is deprecated/);
    accepts(BuildContent.fromText('RUN echo FROM here'));
  });

  test('RESTART takes nothing', () => {
    rejects(BuildContent.fromCommands('RESTART now'), /command 1 RESTART must not be followed by anything \(got "RESTART now"\)/);
    accepts(BuildContent.create().addRestart());
  });

  test('RUN needs a command', () => {
    rejects(BuildContent.fromCommands('RUN'), /RUN needs a shell command/);
    accepts(BuildContent.fromCommands('RUN x'));
  });

  test('ENV values are double-quoted key="value" pairs', () => {
    rejects(BuildContent.fromCommands('ENV A 1'), /ENV needs key="value" pairs/);
    rejects(BuildContent.create().addEnv('1A', 'x'), /ENV needs key="value" pairs/);
    rejects(BuildContent.create().addEnv('A', 'say "hi"'), /ENV needs key="value" pairs/);
    rejects(BuildContent.create().addEnv('A', 'C:\\'), /ENV needs key="value" pairs/);
    accepts(BuildContent.fromCommands('ENV A="1" _b2="two words"'));
    accepts(BuildContent.create().addEnv('A', ''));
  });

  test('LABEL values are double-quoted key="value" pairs, also over continued lines', () => {
    rejects(BuildContent.fromCommands('LABEL owner=me'), /LABEL needs key="value" pairs/);
    accepts(BuildContent.fromText('LABEL user="me" \\\n  date="2020-11-11" com.example.key="v"'));
  });

  test('WORKDIR and USER take exactly one word', () => {
    rejects(BuildContent.create().addWorkdir('/opt/my app'), /WORKDIR needs exactly one path/);
    accepts(BuildContent.create().addWorkdir('/opt/my-app'));
    rejects(BuildContent.create().addUser('app user'), /USER needs exactly one user name/);
    accepts(BuildContent.create().addUser('app'));
  });

  test('COPY takes a source and a destination; URLs without query strings', () => {
    rejects(BuildContent.create().addCopy('https://example.com/a.sh?token=1', '/opt'), /COPY URL sources must not have a query string/);
    rejects(BuildContent.fromCommands('COPY /a'), /COPY needs a source and a destination/);
    rejects(BuildContent.fromCommands('COPY /a /b /c'), /COPY needs a source and a destination/);
    accepts(BuildContent.create().addCopy('https://example.com/a.sh', '/opt'));
    accepts(BuildContent.create().addCopy('/tmp/a?b', '/opt'));
  });

  test('CMD takes the exec form (valid JSON) or a shell command', () => {
    rejects(BuildContent.fromCommands('CMD ["a",'), /CMD needs the exec form/);
    rejects(BuildContent.fromCommands('CMD'), /CMD needs a command/);
    accepts(BuildContent.fromCommands('CMD nginx -g daemon'));
    accepts(BuildContent.create().addCmd('nginx'));
  });

  test('ENTRYPOINT takes the exec form only', () => {
    rejects(BuildContent.fromCommands('ENTRYPOINT /bin/sh -c'), /ENTRYPOINT needs the exec form/);
    rejects(BuildContent.create().addEntrypoint(), /ENTRYPOINT needs the exec form/);
    accepts(BuildContent.create().addEntrypoint('/bin/sh'));
  });

  test('COMPONENT takes an id or a versioned acs: reference, then --name value pairs', () => {
    rejects(BuildContent.fromCommands('COMPONENT my-component'), /COMPONENT needs a component id \(ic-...\)/);
    rejects(BuildContent.fromCommands('COMPONENT'), /COMPONENT needs a component id/);
    rejects(BuildContent.create().addComponentByName({ regionId: 'cn-hangzhou', accountId: '123', componentName: 'c', componentVersion: '1.x.0' }),
      /COMPONENT needs a component id/);
    rejects(BuildContent.fromCommands('COMPONENT ic-bp1abc --level'), /parameter --level needs a value/);
    rejects(BuildContent.fromCommands('COMPONENT ic-bp1abc level 2'), /parameters must be --name value pairs/);
    rejects(BuildContent.create().addComponentByName({ regionId: 'cn-hangzhou', accountId: '123', componentName: 'cc', parameters: { p: 'two words' } }),
      /parameters must be --name value pairs, got "words"/);
    accepts(BuildContent.fromCommands('COMPONENT ic-bp1abc --level 2 --mode strict'));
    const byName = BuildContent.create().addComponentByName({ regionId: 'cn-hangzhou', accountId: '123', componentName: 'cc', componentVersion: '1.*.*' });
    expect(byName.render()).toBe('COMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/cc/1.*.*');
    accepts(byName);
  });

  test('Test components cannot be called from build content', () => {
    const content = ImageComponentContent.fromYaml(yamlComponent);
    const withComponent = (componentType: ComponentType) => {
      const stack = alicloudStack();
      const component = new ImageComponent(stack, 'Component', { content, componentType });
      return pipelineWith(BuildContent.create().addComponent(component), stack);
    };
    expect(() => withComponent(ComponentType.TEST)).toThrow(/COMPONENT must reference a Build component/);
    expect(() => buildContentOf(withComponent(ComponentType.BUILD))).not.toThrow();
  });

  test('a line break must be a continuation, and a continuation must be followed by a line', () => {
    rejects(BuildContent.create().addRun('echo a\necho b'), /command 1 has a line break; every line but the last must end with \\/);
    rejects(BuildContent.fromText('RUN echo a \\'), /command 1 ends with \\ but no line follows/);
    accepts(BuildContent.create().addRun('echo a \\\necho b'));
    rejects(BuildContent.create().addRun('echo a \\ \necho b'),
      /command 1 has spaces after a \\ that continues the line; the \\ must be the last character/);
    rejects(BuildContent.fromText('RUN echo a \\  \n  echo b'), /has spaces after a \\ that continues the line/);
  });

  test('errors are ValidationErrors', () => {
    let caught: unknown;
    try {
      pipelineWith(BuildContent.fromCommands('ADD x y'));
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught)).toBe(true);
  });
});

describe('limits', () => {
  test('at most 127 commands; a continued command counts once', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `RUN echo ${i}`);
    accepts(BuildContent.fromCommands(...lines(126), 'RUN echo a \\\n  b \\\n  c'));
    rejects(BuildContent.fromCommands(...lines(128)), /buildContent must have at most 127 items, but has 128/);
  });

  test('at most 16384 UTF-8 bytes', () => {
    const run = (bytes: number) => `RUN ${'x'.repeat(bytes - 4)}`;
    accepts(BuildContent.fromCommands(run(16384)));
    rejects(BuildContent.fromCommands(run(16385)), /buildContent must be at most 16384 bytes \(UTF-8\), but is 16385/);
    // 'é' is two bytes: 8190 of them plus "RUN " is 16384 bytes but only 8194 characters.
    accepts(BuildContent.fromCommands(`RUN ${'é'.repeat(8190)}`));
    rejects(BuildContent.fromCommands(`RUN ${'é'.repeat(8191)}`), /but is 16386/);
  });

  test('content added after the pipeline is created is checked at synth', () => {
    const content = BuildContent.create().addRun('echo ok');
    const stack = pipelineWith(content);
    content.addCommands('RESTART now');
    expect(() => synth(stack)).toThrow(/test\/Pipeline: buildContent command 2 RESTART must not be followed by anything/);
  });

  test('growing past the limit after construction fails at synth, even without cdktf validations', () => {
    const content = BuildContent.create();
    const stack = pipelineWith(content);
    for (let i = 0; i < 128; i++) content.addRun(`echo ${i}`);
    expect(() => synth(stack)).toThrow(/at most 127 items/);
    expect(() => Testing.synth(stack, false)).toThrow(/at most 127 items/);
  });
});

describe('tokens', () => {
  test('tokens inside commands are not checked, and stay references', () => {
    const token = Lazy.stringValue({ produce: () => 'resolved later' });
    const content = BuildContent.create()
      .addEnv('A', token)
      .addCopy(token, '/opt')
      .addCommands(`COMPONENT ${token} --p ${token}`)
      .addCommands(token);
    const synthesized = buildContentOf(pipelineWith(content));
    expect(synthesized).toBe([
      'ENV A="resolved later"',
      'COPY resolved later /opt',
      'COMPONENT resolved later --p resolved later',
      'resolved later',
    ].join('\n'));
  });

  test('tokens in exec-form arguments, ENV and LABEL keys and COMPONENT parameter names pass the structure rules', () => {
    const stack = alicloudStack();
    const arg = new TerraformVariable(stack, 'arg', { type: 'string' });
    const content = BuildContent.create()
      .addCmd('/usr/bin/app', arg.stringValue)
      .addEntrypoint('/usr/bin/app', arg.stringValue)
      .addEnv(arg.stringValue, 'x')
      .addLabel(arg.stringValue, 'x')
      .addCommands(`COMPONENT ic-bp1abc --${arg.stringValue} 1`);
    expect(buildContentOf(pipelineWith(content, stack)).split('\n')).toEqual([
      'CMD ["/usr/bin/app","${var.arg}"]',
      'ENTRYPOINT ["/usr/bin/app","${var.arg}"]',
      'ENV ${var.arg}="x"',
      'LABEL ${var.arg}="x"',
      'COMPONENT ic-bp1abc --${var.arg} 1',
    ]);
  });
});
