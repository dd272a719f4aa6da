/**
 * Issue 18: every user-supplied string reaches Terraform exactly as written. Each case writes a
 * `${...}` (or `%{...}`) into one property and checks the synthesized attribute: escaped, and
 * evaluating (as Terraform would) back to the text the user wrote.
 */
import { TerraformProvider, TerraformStack, TerraformVariable } from 'cdktf';
import {
  apsara, BaseImage, BuildContent, Image, ImageComponent, ImageComponentContent, ImagePipeline, ImageSource, Instance, InstanceType, Peer,
  Port, SecurityGroup, Vpc, VSwitch,
} from '../lib';
import { alicloudStack, apsaraStack, synth } from './util/synth';
import { evaluateTemplate } from './util/terraform-template';

interface Case {
  readonly name: string;
  readonly stack?: () => TerraformStack;
  readonly build: (stack: TerraformStack) => void;
  /** Resource or data source type, and the path of the attribute in its JSON. */
  readonly type: string;
  readonly path: (string | number)[];
  readonly written: string;
  readonly data?: boolean;
}

const YAML = 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo ${HOME}\n';
const vpcOf = (s: TerraformStack) => Vpc.fromVpcId(s, 'ImportedVpc', 'vpc-1');
const vswitchOf = (s: TerraformStack) => VSwitch.fromVSwitchId(s, 'ImportedVSwitch', 'vsw-1');
const pipeline = (s: TerraformStack, props: Record<string, unknown> = {}) => new ImagePipeline(s, 'Pipeline', {
  baseImage: BaseImage.fromImageId('m-base'), buildContent: BuildContent.fromCommands('RUN true'), ...props,
});
const instanceProps = (s: TerraformStack) => ({
  image: Image.fromImageId(s, 'Base', 'm-base'), instanceType: InstanceType.G7_LARGE, vswitch: vswitchOf(s),
  securityGroups: [SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')],
});

const CASES: Case[] = [
  { name: 'Vpc description', build: (s) => new Vpc(s, 'V', { description: 'a ${foo}' }), type: 'alicloud_vpc', path: ['description'], written: 'a ${foo}' },
  { name: 'Vpc tag value', build: (s) => new Vpc(s, 'V', { tags: { team: 'x${var.x}' } }), type: 'alicloud_vpc', path: ['tags', 'team'], written: 'x${var.x}' },
  { name: 'Vpc resource group id', build: (s) => new Vpc(s, 'V', { resourceGroupId: 'rg-${x}' }), type: 'alicloud_vpc', path: ['resource_group_id'], written: 'rg-${x}' },
  { name: 'VSwitch zone id', build: (s) => new VSwitch(s, 'W', { vpc: vpcOf(s), cidrBlock: '172.16.0.0/24', zoneId: 'cn-${z}' }), type: 'alicloud_vswitch', path: ['zone_id'], written: 'cn-${z}' },
  { name: 'VSwitch imported vpc id', build: (s) => new VSwitch(s, 'W', { vpc: Vpc.fromVpcId(s, 'I', 'vpc-${v}'), cidrBlock: '172.16.0.0/24', zoneId: 'cn-hangzhou-h' }), type: 'alicloud_vswitch', path: ['vpc_id'], written: 'vpc-${v}' },
  { name: 'SecurityGroup description', build: (s) => new SecurityGroup(s, 'G', { vpc: vpcOf(s), description: 'sg %{ if x }' }), type: 'alicloud_security_group', path: ['description'], written: 'sg %{ if x }' },
  { name: 'security group rule description', build: (s) => new SecurityGroup(s, 'G', { vpc: vpcOf(s) }).addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(22), { description: 'ssh ${who}' }), type: 'alicloud_security_group_rule', path: ['description'], written: 'ssh ${who}' },
  { name: 'Instance description', build: (s) => new Instance(s, 'I', { ...instanceProps(s), description: 'i ${x}' }), type: 'alicloud_instance', path: ['description'], written: 'i ${x}' },
  { name: 'Instance imported image id', build: (s) => new Instance(s, 'I', { ...instanceProps(s), image: Image.fromImageId(s, 'B2', 'm-${id}') }), type: 'alicloud_instance', path: ['image_id'], written: 'm-${id}' },
  { name: 'Image from a snapshot id', build: (s) => new Image(s, 'Img', { source: ImageSource.fromSnapshotId('s-${snap}') }), type: 'alicloud_image', path: ['snapshot_id'], written: 's-${snap}' },
  { name: 'Image from an instance id', build: (s) => new Image(s, 'Img', { source: ImageSource.fromInstanceId('i-${inst}') }), type: 'alicloud_image', path: ['instance_id'], written: 'i-${inst}' },
  { name: 'terraform_data trigger of an image source', build: (s) => new Image(s, 'Img', { source: ImageSource.fromSnapshotId('s-${snap}') }), type: 'terraform_data', path: ['triggers_replace', 'snapshot_id'], written: 's-${snap}' },
  { name: 'Image description', build: (s) => new Image(s, 'Img', { source: ImageSource.fromSnapshotId('s-1'), description: 'built ${date}' }), type: 'alicloud_image', path: ['description'], written: 'built ${date}' },
  { name: 'Image version', build: (s) => new Image(s, 'Img', { source: ImageSource.fromSnapshotId('s-1'), imageVersion: '${v}' }), type: 'alicloud_image', path: ['image_version'], written: '${v}' },
  { name: 'Image copy name', build: (s) => Image.fromImageId(s, 'Src', 'm-1').copyTo('Copy', { provider: s.node.findChild('alicloud') as TerraformProvider, imageName: 'copy', description: 'copy of ${src}' }), type: 'alicloud_image_copy', path: ['description'], written: 'copy of ${src}' },
  { name: 'ImageComponent description', build: (s) => new ImageComponent(s, 'C', { content: ImageComponentContent.fromYaml(YAML), description: 'c ${x}' }), type: 'alicloud_ecs_image_component', path: ['description'], written: 'c ${x}' },
  { name: 'ImagePipeline description', build: (s) => pipeline(s, { description: 'p ${x}' }), type: 'alicloud_ecs_image_pipeline', path: ['description'], written: 'p ${x}' },
  { name: 'ImagePipeline resource group id', build: (s) => pipeline(s, { resourceGroupId: 'rg-${x}' }), type: 'alicloud_ecs_image_pipeline', path: ['resource_group_id'], written: 'rg-${x}' },
  { name: 'ImagePipeline vswitch id', build: (s) => pipeline(s, { vswitchId: 'vsw-${x}' }), type: 'alicloud_ecs_image_pipeline', path: ['vswitch_id'], written: 'vsw-${x}' },
  { name: 'execution rebuild token (terraform_data trigger)', build: (s) => pipeline(s).addExecution('Run', { rebuildToken: 'v1 ${x}' }), type: 'terraform_data', path: ['triggers_replace', 'rebuild_token'], written: 'v1 ${x}' },
  { name: 'image lookup name regex', build: (s) => Image.fromLookup(s, 'L', { nameRegex: 'a\\${x}' }), type: 'alicloud_images', path: ['name_regex'], written: 'a\\${x}', data: true },
  { name: 'ImageComponent YAML content', build: (s) => new ImageComponent(s, 'C', { content: ImageComponentContent.fromYaml(YAML) }), type: 'alicloud_ecs_image_component', path: ['content'], written: YAML },
  // Apsara Stack
  { name: 'apsara.Vpc description', stack: apsaraStack, build: (s) => new apsara.Vpc(s, 'V', { description: 'a ${foo}' }), type: 'alibabacloudstack_vpc_vpc', path: ['description'], written: 'a ${foo}' },
  { name: 'apsara.Vpc tag value', stack: apsaraStack, build: (s) => new apsara.Vpc(s, 'V', { tags: { t: '%{x}' } }), type: 'alibabacloudstack_vpc_vpc', path: ['tags', 't'], written: '%{x}' },
  { name: 'apsara.VSwitch zone id', stack: apsaraStack, build: (s) => new apsara.VSwitch(s, 'W', { vpc: apsara.Vpc.fromVpcId(s, 'I', 'vpc-1'), cidrBlock: '172.16.0.0/24', zoneId: 'z-${z}' }), type: 'alibabacloudstack_vpc_vswitch', path: ['zone_id'], written: 'z-${z}' },
  { name: 'apsara.SecurityGroup description', stack: apsaraStack, build: (s) => new apsara.SecurityGroup(s, 'G', { vpc: apsara.Vpc.fromVpcId(s, 'I', 'vpc-1'), description: 'g ${x}' }), type: 'alibabacloudstack_ecs_securitygroup', path: ['description'], written: 'g ${x}' },
  { name: 'apsara.Instance zone id', stack: apsaraStack, build: (s) => new apsara.Instance(s, 'I', { image: apsara.Image.fromImageId(s, 'B', 'm-1'), instanceType: InstanceType.of('ecs.g7.large'), vswitch: apsara.VSwitch.fromVSwitchId(s, 'W', 'vsw-1'), securityGroups: [apsara.SecurityGroup.fromSecurityGroupId(s, 'G', 'sg-1')], zoneId: 'z-${z}' }), type: 'alibabacloudstack_ecs_instance', path: ['zone_id'], written: 'z-${z}' },
  { name: 'apsara.Image snapshot id', stack: apsaraStack, build: (s) => new apsara.Image(s, 'Img', { source: apsara.ImageSource.fromSnapshotId('s-${x}') }), type: 'alibabacloudstack_ecs_image', path: ['snapshot_id'], written: 's-${x}' },
];

describe.each(CASES)('$name', (c) => {
  test('reaches Terraform as written', () => {
    const stack = (c.stack ?? alicloudStack)();
    c.build(stack);
    const out = synth(stack);
    const blocks = c.data ? out.dataSources(c.type) : out.resources(c.type);
    const attribute = c.path.reduce<any>((node, key) => node?.[key], Object.values(blocks)[0]);
    expect(typeof attribute).toBe('string');
    expect(attribute).not.toBe(c.written); // escaped,
    expect(evaluateTemplate(attribute)).toBe(c.written); // and Terraform reads the user's text back
  });
});

test('tag keys are templates too: escaped, and read back as written', () => {
  const stack = alicloudStack();
  new Vpc(stack, 'V', { tags: { 'k${x}': 'v', 'p%{y}': 'w' } });
  const tags = synth(stack).resource('alicloud_vpc').tags;
  expect(tags).toEqual({ 'k$${x}': 'v', 'p%%{y}': 'w' });
  expect(Object.keys(tags).map((k) => evaluateTemplate(k))).toEqual(['k${x}', 'p%{y}']);
});

describe('build content next to a token', () => {
  const contentOf = (build: (v: string) => BuildContent) => {
    const stack = alicloudStack();
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    pipeline(stack, { buildContent: build(v.stringValue) });
    return synth(stack).resource('alicloud_ecs_image_pipeline').build_content as string;
  };
  const evaluate = (text: string) => evaluateTemplate(text, { 'var.v': 'VALUE' });

  test('addRun(`echo \\${${v}}`): the variable reaches the build inside ${...}', () => {
    const text = contentOf((v) => BuildContent.create().addRun(`echo \${${v}}`));
    expect(text).toBe('RUN echo ${"$"}{${var.v}}');
    expect(evaluate(text)).toBe('RUN echo ${VALUE}');
  });

  test('a run of $ before ${ and a token: $$${ + token', () => {
    const text = contentOf((v) => BuildContent.create().addRun(`echo $$\${${v}} $$${v}`));
    expect(evaluate(text)).toBe('RUN echo $$${VALUE} $$VALUE');
  });

  test('${ before a token, closed before it, stays in the usual escape', () => {
    const text = contentOf((v) => BuildContent.create().addRun(`echo \${HOME} ${v}`));
    expect(text).toBe('RUN echo $${HOME} ${var.v}');
    expect(evaluate(text)).toBe('RUN echo ${HOME} VALUE');
  });
});
