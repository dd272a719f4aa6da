/**
 * Rules AIB-SEC-001 to 003: secrets in build content, component content and user data. Asserted on
 * the annotations cdktf puts into the manifest; findings never quote the secret.
 */
import { alicloud, BaseImage, BuildContent, Image, ImageComponent, ImageComponentContent, ImagePipeline, Instance, InstanceType, SecurityChecks, SecurityGroup, VSwitch } from '../lib';
import { findingsOf } from './util/annotations';
import { alicloudStack } from './util/synth';

const AK_ID = 'LTAI5tQ9xYzAbCdEfGhIjKlM';
const AK_SECRET = 'q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZ';

/** An L1 component with `content`, checked by the pack; returns the findings of `ruleId`. */
function componentFindings(ruleId: string, content: string) {
  const stack = alicloudStack();
  new alicloud.ecsImageComponent.EcsImageComponent(stack, 'Component', { content });
  SecurityChecks.apply(stack);
  return findingsOf(stack, ruleId);
}

describe('AIB-SEC-001 AccessKey', () => {
  test('fires on an addEnv of ALIBABA_CLOUD_ACCESS_KEY_SECRET and an AccessKey ID in a pipeline, without quoting them', () => {
    const stack = alicloudStack();
    new ImagePipeline(stack, 'Pipeline', {
      baseImage: BaseImage.fromImageId('m-base'),
      buildContent: BuildContent.create().addRun('yum update -y').addEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', AK_SECRET).addRun(`aliyun configure set --access-key-id ${AK_ID}`),
    });
    SecurityChecks.apply(stack);
    const findings = findingsOf(stack, 'AIB-SEC-001');
    expect(findings.map((f) => [f.path, f.level])).toEqual([['Pipeline/Resource', 'error'], ['Pipeline/Resource', 'error']]);
    expect(findings.map((f) => f.message)).toEqual(expect.arrayContaining([
      expect.stringContaining('build_content line 3 holds an AccessKey ID (LTAI5t...)'),
      expect.stringContaining('build_content line 2 assigns an AccessKey secret to ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
    ]));
    for (const f of findings) {
      expect(f.message).not.toContain(AK_SECRET);
      expect(f.message).not.toContain(AK_ID);
    }
  });

  test.each([
    [`export ALICLOUD_SECRET_KEY=${AK_SECRET}`, 'ALICLOUD_SECRET_KEY'],
    [`ALICLOUD_ACCESS_KEY_SECRET="${AK_SECRET}" ./deploy.sh`, 'ALICLOUD_ACCESS_KEY_SECRET'],
    [`aliyun configure set --access-key-secret ${AK_SECRET}`, 'access-key-secret'],
    [`aliyun configure set --access-key-secret=${AK_SECRET}`, 'access-key-secret'],
    [`{"accessKeySecret": "${AK_SECRET}"}`, 'accessKeySecret'],
    [`access_key_secret: ${AK_SECRET}`, 'access_key_secret'],
  ])('fires on %s', (content, name) => {
    expect(componentFindings('AIB-SEC-001', content).map((f) => f.message)).toEqual([expect.stringContaining(`assigns an AccessKey secret to ${name}`)]);
  });

  test.each([
    ['export ALIBABA_CLOUD_ACCESS_KEY_SECRET=$AK_SECRET', 'a shell variable'],
    ['export ALIBABA_CLOUD_ACCESS_KEY_SECRET=$(cat /run/secrets/ak)', 'a command substitution'],
    ['export ALIBABA_CLOUD_ACCESS_KEY_SECRET=$${AK}', 'an escaped ${ (a shell variable on the instance)'],
    ['export ALIBABA_CLOUD_ACCESS_KEY_SECRET=${var.ak_secret}', 'a Terraform variable'],
    ['echo "set ALIBABA_CLOUD_ACCESS_KEY_SECRET before running"', 'a mention'],
    ['curl -o /tmp/x https://LTAIsomething.example.com', 'a short LTAI word'],
    ['yum install -y nginx', 'ordinary commands'],
  ])('does not fire on %s (%s)', (content) => {
    expect(componentFindings('AIB-SEC-001', content)).toEqual([]);
  });
});

describe('AIB-SEC-002 private key', () => {
  test.each(['RSA ', 'OPENSSH ', 'EC ', 'ENCRYPTED ', ''])('fires on a BEGIN %sPRIVATE KEY block, naming its line', (kind) => {
    const content = `mkdir -p /root/.ssh\ncat > /root/.ssh/id <<EOF\n-----BEGIN ${kind}PRIVATE KEY-----\nMIIEabc\n-----END ${kind}PRIVATE KEY-----\nEOF`;
    expect(componentFindings('AIB-SEC-002', content)).toEqual([{
      path: 'Component', level: 'error', message: expect.stringContaining(`content line 3 holds a ${kind}PRIVATE KEY block`),
    }]);
  });

  test('fires on a key in instance user data, also when the user data is base64-encoded', () => {
    const stack = alicloudStack();
    const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n';
    const common = {
      image: Image.fromImageId(stack, 'Base', 'm-base'), instanceType: InstanceType.G7_LARGE,
      vswitch: VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1'), securityGroups: [SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1')],
    };
    new Instance(stack, 'Plain', { ...common, userData: `#!/bin/sh\n${key}` });
    new Instance(stack, 'Encoded', { ...common, userData: Buffer.from(`#!/bin/sh\n${key}`).toString('base64') });
    SecurityChecks.apply(stack);
    expect(findingsOf(stack, 'AIB-SEC-002').map((f) => [f.path, f.message.replace(/\. Fix it.*/, '')])).toEqual([
      ['Plain/Resource', 'AIB-SEC-002 Private key in build content or user data: user_data line 2 holds a RSA PRIVATE KEY block'],
      ['Encoded/Resource', 'AIB-SEC-002 Private key in build content or user data: user_data (base64-decoded) line 2 holds a RSA PRIVATE KEY block'],
    ]);
  });

  test('does not fire on a public key or a key file path', () => {
    expect(componentFindings('AIB-SEC-002', 'echo "ssh-ed25519 AAAAC3Nza admin" >> /root/.ssh/authorized_keys\n-----BEGIN PUBLIC KEY-----\nssh-keygen -f /root/.ssh/private_key')).toEqual([]);
  });
});

describe('AIB-SEC-003 password or token', () => {
  test.each([
    ['export DB_PASSWORD=hunter2', 'DB_PASSWORD'],
    ['ENV GITHUB_TOKEN="ghp_abc"', 'GITHUB_TOKEN'],
    ['ENV API_KEY abc123', 'API_KEY'],
    ['mysql -uroot --password=hunter2 -e "select 1"', 'password'],
    ['vault login --token s.abcdef', 'token'],
    ['db:\n  password: hunter2', 'password'],
    ['{"client_secret": "abc"}', 'client_secret'],
    ['echo root:x | chpasswd; ROOT_PASSWD=\'p@ss\' ./setup', 'ROOT_PASSWD'],
  ])('fires on %s', (content, name) => {
    expect(componentFindings('AIB-SEC-003', content)).toEqual([{ path: 'Component', level: 'error', message: expect.stringContaining(`assigns a literal value to ${name}`) }]);
  });

  test.each([
    'export DB_PASSWORD=$DB_PASSWORD',
    'export DB_PASSWORD="$(cat /run/secrets/db)"',
    'export TOKEN=${var.token}',
    'password:\n  from: vault',
    'docker login --password-stdin < /run/token',
    'read -s -p "Password: " pw',
    'sshd_config: PasswordAuthentication=no',
    'require_password: true',
    'passwd -l root',
    'export DB_PASSWORD=""',
  ])('does not fire on %s', (content) => {
    expect(componentFindings('AIB-SEC-003', content)).toEqual([]);
  });

  test('fires on a literal instance password, not on a Terraform variable', () => {
    const stack = alicloudStack();
    new alicloud.instance.Instance(stack, 'Literal', { password: 'Hunter2!' });
    new alicloud.instance.Instance(stack, 'FromVariable', { password: '${var.password}' });
    new alicloud.instance.Instance(stack, 'FromDirective', { password: '%{if var.x}a%{else}b%{endif}' });
    new alicloud.instance.Instance(stack, 'EscapedDollar', { password: 'p$${x}' });
    SecurityChecks.apply(stack);
    expect(findingsOf(stack, 'AIB-SEC-003').map((f) => [f.path, f.message])).toEqual([
      ['Literal', expect.stringContaining('password is a literal value (use kms_encrypted_password, or a key pair)')],
      ['EscapedDollar', expect.stringContaining('password is a literal value')],
    ]);
  });

  test('fires in a component built by the L2, and is suppressed on the component with its reason', () => {
    const stack = alicloudStack();
    const component = new ImageComponent(stack, 'Component', { content: ImageComponentContent.fromBuildContent(BuildContent.create().addRun('export PGPASSWORD=builder')) });
    new ImageComponent(stack, 'Other', { content: ImageComponentContent.fromBuildContent(BuildContent.create().addRun('export PGPASSWORD=builder')) });
    SecurityChecks.suppress(component, 'AIB-SEC-003', 'throw-away database of the build only');
    SecurityChecks.apply(stack);
    expect(findingsOf(stack, 'AIB-SEC-003').map((f) => [f.path, f.level, f.message.replace(/: .*/, '')])).toEqual([
      ['Component/Resource', 'info', 'AIB-SEC-003 suppressed (throw-away database of the build only)'],
      ['Other/Resource', 'error', 'AIB-SEC-003 Password or token in build content or user data'],
    ]);
  });
});
