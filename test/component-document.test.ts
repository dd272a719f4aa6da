/** ComponentDocument: the YAML it renders (parsed back), the checks at synth, and its use in components and build content. */
import { Lazy } from 'cdktf';
import {
  BuildContent, ComponentAction, ComponentDocument, ImageComponent, ImageComponentContent, ImagePipeline, BaseImage, SystemType,
} from '../lib';
import { alicloudStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

// js-yaml (a dependency of the test tooling) parses the rendered YAML back, as the service would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsYaml = require('js-yaml');
const parseYaml = (text: string) => (jsYaml.safeLoad ?? jsYaml.load)(text);

function componentOf(document: ComponentDocument, systemType?: SystemType) {
  const stack = alicloudStack();
  const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromDocument(document), systemType });
  return { stack, component };
}

describe('ComponentDocument', () => {
  test('renders Parameters and Tasks as the documented YAML format, and it parses back to the same values', () => {
    const doc = ComponentDocument.create();
    const x = doc.addStringParameter('x');
    const count = doc.addNumberParameter('count', { defaultValue: 3 });
    const verbose = doc.addBooleanParameter('verbose', { defaultValue: false });
    doc.addOssDownload('fetch', { bucketName: 'tools', objectName: 'setup.sh', destinationDir: '/tmp' })
      .addRunShellCommand('install', { commandContent: `chmod +x /tmp/setup.sh\n/tmp/setup.sh ${x} ${count} ${verbose}`, workingDir: '/tmp' })
      .addRunShellCommand('report', { commandContent: `echo ${doc.stdoutOf('install')} > /tmp/out.txt` })
      .addOssUpload('upload', { bucketName: 'tools', objectName: 'out.txt', fileToUpload: '/tmp/out.txt', validTime: 3600 })
      .addInvokeCommand('harden', { commandId: 'c-abc', parameters: { level: 'cis' } })
      .addWebDownload('agent', { sourcePath: 'https://example.com/agent.rpm', destinationDir: '/opt', timeout: 900 })
      .addReboot('restart', { forceStop: true });
    expect([x, count, verbose]).toEqual(['{{ x }}', '{{ count }}', '{{ verbose }}']);
    expect(doc.taskCount).toBe(7);
    const yaml = doc.render();
    expect(yaml.split('\n').slice(0, 12)).toEqual([
      'Parameters:',
      '  x:',
      '    Type: String',
      '  count:',
      '    Type: Number',
      '    DefaultValue: 3',
      '  verbose:',
      '    Type: Boolean',
      '    DefaultValue: false',
      'Tasks:',
      '  - Name: "fetch"',
      '    Action: OSSDownload',
    ]);
    expect(yaml).toContain('      commandContent: |-\n        chmod +x /tmp/setup.sh\n        /tmp/setup.sh {{ x }} {{ count }} {{ verbose }}\n');
    expect(parseYaml(yaml)).toEqual({
      Parameters: { x: { Type: 'String' }, count: { Type: 'Number', DefaultValue: 3 }, verbose: { Type: 'Boolean', DefaultValue: false } },
      Tasks: [
        { Name: 'fetch', Action: 'OSSDownload', Properties: { bucketName: 'tools', objectName: 'setup.sh', destinationDir: '/tmp' } },
        { Name: 'install', Action: 'RunShellCommand', Properties: { commandContent: 'chmod +x /tmp/setup.sh\n/tmp/setup.sh {{ x }} {{ count }} {{ verbose }}', workingDir: '/tmp' } },
        { Name: 'report', Action: 'RunShellCommand', Properties: { commandContent: 'echo {{ install.stdout }} > /tmp/out.txt' } },
        { Name: 'upload', Action: 'OSSUpload', Properties: { bucketName: 'tools', objectName: 'out.txt', fileToUpload: '/tmp/out.txt', validTime: 3600 } },
        { Name: 'harden', Action: 'InvokeCommand', Properties: { commandId: 'c-abc', parameters: { level: 'cis' } } },
        { Name: 'agent', Action: 'WebDownload', Properties: { sourcePath: 'https://example.com/agent.rpm', destinationDir: '/opt', timeout: 900 } },
        { Name: 'restart', Action: 'Reboot', Properties: { forceStop: true } },
      ],
    });
  });

  test('strings that a literal block would change are quoted, and still parse back exactly', () => {
    const awkward = [
      'one line: with "quotes" and a # hash',
      '  leading spaces\nsecond',
      '\n  indented after a blank line',
      'trailing space \nline',
      'ends with two newlines\n\n',
      'tab\there\nnext',
      'back\\slash\nand ünïcødé',
      'yes',
      '123',
      'ends with one newline\n',
    ];
    const doc = ComponentDocument.create();
    awkward.forEach((text, i) => doc.addRunShellCommand(`t${i}`, { commandContent: text }));
    const parsed = parseYaml(doc.render());
    expect(parsed.Tasks.map((t: any) => t.Properties.commandContent)).toEqual(awkward);
  });

  test('a component with a document: YAML content, Terraform sequences escaped, required parameters known', () => {
    const doc = ComponentDocument.create();
    const version = doc.addStringParameter('version');
    doc.addRunShellCommand('install', { commandContent: `echo \${HOME} ${version}` });
    const { stack, component } = componentOf(doc);
    // Added after the component: rendered at synth, so it counts.
    doc.addStringParameter('region', { defaultValue: 'cn-hangzhou' });
    expect(component.requiredParameters).toEqual(['version']);
    const content: string = synth(stack).resource('alicloud_ecs_image_component').content;
    expect(content).toContain('echo $${HOME} {{ version }}');
    expect(content).toContain('  region:\n    Type: String\n    DefaultValue: "cn-hangzhou"');
  });

  test('build content must pass the document\'s parameters without a default', () => {
    const stack = alicloudStack();
    const doc = ComponentDocument.create();
    doc.addStringParameter('version');
    doc.addRunShellCommand('install', { commandContent: 'yum install -y nginx' });
    const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromDocument(doc) });
    const pipeline = (id: string, content: BuildContent) => new ImagePipeline(stack, id, { baseImage: BaseImage.fromImageId('m-base'), buildContent: content });
    expectInvalid(() => pipeline('Missing', BuildContent.create().addComponent(component)), /must pass --version: the component's parameter has no DefaultValue/);
    expect(() => pipeline('Given', BuildContent.create().addComponent(component, { parameters: { version: '1.24' } }))).not.toThrow();
  });

  test('checks: tasks, names, references, action properties and types, system type, size', () => {
    const invalid = (build: (doc: ComponentDocument) => void, message: RegExp, systemType?: SystemType) => {
      const doc = ComponentDocument.create();
      build(doc);
      expectInvalid(() => componentOf(doc, systemType), message);
    };
    invalid(() => {}, /test\/Component: content must have at least one task \(got \[\]\)/);
    invalid((d) => d.addReboot('a').addReboot('a'), /content task 2 name must be unique \(later tasks refer to outputs by task name\) \(got "a"\)/);
    invalid((d) => d.addReboot('a.b'), /content task 1 name must contain only letters, digits, '_' and '-' \(got "a.b"\)/);
    invalid((d) => { d.addStringParameter('1st'); d.addReboot('r'); }, /content parameter name must start with a letter or '_'/);
    invalid((d) => { d.addStringParameter('p'); d.addStringParameter('p'); d.addReboot('r'); }, /content parameter name must be unique \(got "p"\)/);
    invalid((d) => d.addRunShellCommand('a', { commandContent: 'echo {{ nope }}' }),
      /content task 1 refers to \{\{ nope \}\}, which is not a parameter of the document \(got "echo \{\{ nope \}\}"\)/);
    invalid((d) => d.addRunShellCommand('a', { commandContent: `echo ${d.stdoutOf('later')}` }).addReboot('later'),
      /content task 1 refers to \{\{ later.stdout \}\}, but no earlier task is named later/);
    invalid((d) => d.addRunShellCommand('a', { commandContent: '' }), /content task 1 commandContent is required by RunShellCommand \(got ""\)/);
    invalid((d) => d.addTask('a', ComponentAction.OSS_DOWNLOAD, { bucketName: 'b', objectName: 'o' }), /content task 1 destinationDir is required by OSSDownload/);
    invalid((d) => d.addTask('a', ComponentAction.REBOOT, { force: true }), /content task 1 properties must be properties of Reboot: forceStop \(got "force"\)/);
    invalid((d) => d.addTask('a', ComponentAction.WEB_DOWNLOAD, { sourcePath: 'https://x', destinationDir: '/o', timeout: '10' }),
      /content task 1 timeout must be a number \(got "10"\)/);
    invalid((d) => d.addRunPowerShellCommand('a', { commandContent: 'Get-Date' }),
      /content task 1 Action runs on Windows only, but the component's systemType is Linux \(got "RunPowerShellCommand"\)/);
    invalid((d) => d.addRunShellCommand('a', { commandContent: 'date' }), /Action runs on Linux only, but the component's systemType is Windows/, SystemType.WINDOWS);
    invalid((d) => d.addRunShellCommand('a', { commandContent: 'x'.repeat(17000) }), /test\/Component: content must be at most 16384 bytes \(UTF-8\)/);
    invalid((d) => { for (let i = 0; i < 128; i++) d.addReboot(`r${i}`); }, /content tasks must have at most 127 items, but has 128/);
    invalid((d) => { d.addNumberParameter('n', { defaultValue: Number.NaN }); d.addReboot('r'); }, /content parameter n defaultValue must be a number/);
  });

  test('checked again at synth: a task added after construction that breaks a rule fails the synth', () => {
    const doc = ComponentDocument.create().addReboot('first');
    const { stack } = componentOf(doc);
    doc.addReboot('first');
    expect(() => synth(stack)).toThrow(/content task 2 name must be unique/);
  });

  test('a Windows component with PowerShell, and tokens pass the checks', () => {
    const doc = ComponentDocument.create()
      .addRunPowerShellCommand('update', { commandContent: 'Install-WindowsUpdate -AcceptAll', windowsPasswordName: 'admin-pass' })
      .addOssDownload('tools', { bucketName: Lazy.stringValue({ produce: () => 'bucket-from-a-token' }), objectName: 'a.zip', destinationDir: 'C:\\tools' });
    const { stack } = componentOf(doc, SystemType.WINDOWS);
    const content: string = synth(stack).resource('alicloud_ecs_image_component').content;
    expect(parseYaml(content).Tasks[1].Properties).toEqual({ bucketName: 'bucket-from-a-token', objectName: 'a.zip', destinationDir: 'C:\\tools' });
  });

  test('ComponentAction.of: documented names give the constants, new names pass unchecked', () => {
    expect(ComponentAction.of('Reboot')).toBe(ComponentAction.REBOOT);
    const doc = ComponentDocument.create().addTask('new', ComponentAction.of('RunFutureThing'), { anything: 1 });
    const { stack } = componentOf(doc);
    expect(parseYaml(synth(stack).resource('alicloud_ecs_image_component').content).Tasks).toEqual([
      { Name: 'new', Action: 'RunFutureThing', Properties: { anything: 1 } },
    ]);
    expect(`${ComponentAction.RUN_SHELL_COMMAND}`).toBe('RunShellCommand');
  });
});
