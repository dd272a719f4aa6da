/**
 * The attribute importers of issue 20 (fromXxxAttributes where a consumer needs more than an id):
 * SecurityGroup and Instance (both clouds), ImagePipelineExecution, apsara.Vpc and apsara.VSwitch;
 * and the synth-time checks the extra attributes make possible.
 */
import {
  apsara, BuildWaiter, Image, ImagePipeline, ImagePipelineExecution, Instance, InstanceType, LaunchTemplate, Peer, Port, SecurityGroup, Vpc, VSwitch,
} from '../lib';
import { ensureWaiterBundle } from './util/fake-ecs';
import { alicloudStack, apsaraStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

beforeAll(() => ensureWaiterBundle());

describe('SecurityGroup.fromSecurityGroupAttributes', () => {
  test('carries the VPC id, creates nothing, and is not a SecurityGroup of this app', () => {
    const stack = alicloudStack();
    const group = SecurityGroup.fromSecurityGroupAttributes(stack, 'Web', { securityGroupId: 'sg-bp1web', vpcId: 'vpc-bp1main' });
    expect([group.securityGroupId, group.vpcId]).toEqual(['sg-bp1web', 'vpc-bp1main']);
    expect(SecurityGroup.isSecurityGroup(group)).toBe(false);
    expect(SecurityGroup.fromSecurityGroupId(stack, 'Bare', 'sg-bp1').vpcId).toBeUndefined();
    expect(synth(stack).json.resource).toBeUndefined();
  });

  test('a group of this app knows its VPC id (the VPC\'s token)', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc');
    const group = new SecurityGroup(stack, 'Group', { vpc });
    expect(group.vpcId).toBe(vpc.vpcId);
    expect(SecurityGroup.isSecurityGroup(group)).toBe(true);
  });

  test('attributes are checked', () => {
    const stack = alicloudStack();
    expectInvalid(() => SecurityGroup.fromSecurityGroupAttributes(stack, 'A', { securityGroupId: undefined as any }),
      /test\/A: securityGroupId is required and must not be empty \(got undefined\)/);
    expectInvalid(() => SecurityGroup.fromSecurityGroupAttributes(stack, 'A2', { securityGroupId: '' }),
      /test\/A2: securityGroupId is required and must not be empty \(got ""\)/);
    expectInvalid(() => SecurityGroup.fromSecurityGroupAttributes(stack, 'B', { securityGroupId: 'vpc-1' }),
      /test\/B: securityGroupId must be a security group id \(sg-\.\.\.\) \(got "vpc-1"\)/);
    expectInvalid(() => SecurityGroup.fromSecurityGroupAttributes(stack, 'C', { securityGroupId: 'sg-1', vpcId: 'vsw-1' }),
      /test\/C: vpcId must be a VPC id \(vpc-\.\.\.\) \(got "vsw-1"\)/);
    expectInvalid(() => SecurityGroup.fromSecurityGroupAttributes(stack, 'D', { securityGroupId: 'sg-1', vpcId: 7 as any }),
      /test\/D: vpcId must be a string \(got 7\)/);
  });
});

describe('security groups must be in the vSwitch\'s VPC, when both VPC ids are known', () => {
  function parts() {
    const stack = alicloudStack();
    const image = Image.fromImageId(stack, 'Base', 'm-bp1base');
    const vswitch = VSwitch.fromVSwitchAttributes(stack, 'Subnet', { vswitchId: 'vsw-bp1a', vpcId: 'vpc-bp1main', zoneId: 'cn-hangzhou-i' });
    const inMain = SecurityGroup.fromSecurityGroupAttributes(stack, 'InMain', { securityGroupId: 'sg-bp1main', vpcId: 'vpc-bp1main' });
    const elsewhere = SecurityGroup.fromSecurityGroupAttributes(stack, 'Elsewhere', { securityGroupId: 'sg-bp1other', vpcId: 'vpc-bp1other' });
    const unknown = SecurityGroup.fromSecurityGroupId(stack, 'Unknown', 'sg-bp1any');
    return { stack, image, vswitch, inMain, elsewhere, unknown };
  }

  test('Instance', () => {
    const { stack, image, vswitch, inMain, elsewhere, unknown } = parts();
    const common = { image, instanceType: InstanceType.G7_LARGE, vswitch };
    expectInvalid(() => new Instance(stack, 'Bad', { ...common, securityGroups: [inMain, elsewhere] }),
      /test\/Bad: securityGroups\[1\] must be in the vSwitch's VPC vpc-bp1main, but security group sg-bp1other is in vpc-bp1other \(got "vpc-bp1other"\)/);
    const good = new Instance(stack, 'Good', { ...common, securityGroups: [inMain, unknown] });
    expect(good.zoneId).toBe('cn-hangzhou-i');
    expect(synth(stack).resource('alicloud_instance').security_groups).toEqual(['sg-bp1main', 'sg-bp1any']);
  });

  test('LaunchTemplate, and groups in two VPCs when the vSwitch\'s VPC is unknown', () => {
    const { stack, image, inMain, elsewhere } = parts();
    const bareSwitch = VSwitch.fromVSwitchId(stack, 'Bare', 'vsw-bp1b');
    expectInvalid(() => new LaunchTemplate(stack, 'Bad', { image, instanceType: InstanceType.G7_LARGE, vswitch: bareSwitch, securityGroups: [inMain, elsewhere] }),
      /test\/Bad: securityGroups\[1\] must be in the VPC of the other security groups vpc-bp1main, but security group sg-bp1other is in vpc-bp1other/);
    new LaunchTemplate(stack, 'Good', { image, instanceType: InstanceType.G7_LARGE, vswitch: bareSwitch, securityGroups: [elsewhere] });
    expect(synth(stack).resource('alicloud_ecs_launch_template').security_group_ids).toEqual(['sg-bp1other']);
  });

  test('groups and vSwitches of this app (tokens) are not checked against each other', () => {
    const stack = alicloudStack();
    const vpc = new Vpc(stack, 'Vpc');
    const vswitch = new VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.1.0/24', zoneId: 'cn-hangzhou-i' });
    const otherVpcGroup = SecurityGroup.fromSecurityGroupAttributes(stack, 'Literal', { securityGroupId: 'sg-bp1x', vpcId: 'vpc-bp1x' });
    expect(() => new Instance(stack, 'Instance', {
      image: Image.fromImageId(stack, 'Base', 'm-1'), instanceType: InstanceType.G7_LARGE, vswitch, securityGroups: [otherVpcGroup],
    })).not.toThrow();
  });
});

describe('Instance.fromInstanceAttributes', () => {
  test('carries the private IP and zone, e.g. for a rule that lets the instance in', () => {
    const stack = alicloudStack();
    const bastion = Instance.fromInstanceAttributes(stack, 'Bastion', { instanceId: 'i-bp1bastion', privateIp: '172.16.1.10', zoneId: 'cn-hangzhou-i' });
    expect([bastion.instanceId, bastion.privateIp, bastion.zoneId]).toEqual(['i-bp1bastion', '172.16.1.10', 'cn-hangzhou-i']);
    expect(Instance.isInstance(bastion)).toBe(false);
    const group = new SecurityGroup(stack, 'Group', { vpc: Vpc.fromVpcId(stack, 'Vpc', 'vpc-bp1') });
    group.addIngressRule(Peer.ipv4(`${bastion.privateIp}/32`), Port.tcp(22));
    expect(synth(stack).resource('alicloud_security_group_rule')).toMatchObject({ cidr_ip: '172.16.1.10/32', port_range: '22/22' });
    const bare = Instance.fromInstanceId(stack, 'Bare', 'i-bp1');
    expect([bare.privateIp, bare.zoneId]).toEqual([undefined, undefined]);
  });

  test('attributes are checked', () => {
    const stack = alicloudStack();
    expectInvalid(() => Instance.fromInstanceAttributes(stack, 'A', { instanceId: 'm-1' }), /test\/A: instanceId must be an instance id \(i-\.\.\.\) \(got "m-1"\)/);
    expectInvalid(() => Instance.fromInstanceAttributes(stack, 'B', { instanceId: 'i-1', privateIp: '172.16.1.300' }),
      /test\/B: privateIp must be an IPv4 address such as 172.16.1.10 \(got "172.16.1.300"\)/);
    expectInvalid(() => Instance.fromInstanceAttributes(stack, 'C', { instanceId: 'i-1', zoneId: '' }), /test\/C: zoneId must be a non-empty string \(got ""\)/);
    expectInvalid(() => Instance.fromInstanceAttributes(stack, 'D', { instanceId: undefined as any }), /test\/D: instanceId is required/);
  });
});

describe('ImagePipelineExecution.fromImagePipelineExecutionAttributes', () => {
  test('a BuildWaiter waits on an imported build, rebuilds it through its pipeline, in its region', () => {
    const stack = alicloudStack();
    const build = ImagePipelineExecution.fromImagePipelineExecutionAttributes(stack, 'Nightly', {
      executionId: 'exec-bp1nightly', imagePipelineId: 'ip-bp1web', region: 'cn-beijing', imageNamePrefix: 'web-golden',
    });
    expect([build.executionId, build.imagePipelineId, build.region, build.imageNamePrefix])
      .toEqual(['exec-bp1nightly', 'ip-bp1web', 'cn-beijing', 'web-golden']);
    expect(ImagePipelineExecution.isImagePipelineExecution(build)).toBe(false);
    new BuildWaiter(stack, 'Wait', { executionId: build.executionId, pipelineId: build.imagePipelineId, region: build.region });
    const waiter = synth(stack).resource('terraform_data');
    expect(waiter.provisioner[0]['local-exec'].environment).toMatchObject({
      CDKTF_ALICLOUD_WAIT_EXECUTION_ID: 'exec-bp1nightly',
      CDKTF_ALICLOUD_WAIT_PIPELINE_ID: 'ip-bp1web',
      CDKTF_ALICLOUD_WAIT_REGION: 'cn-beijing',
    });
  });

  test('an execution of this app reports its pipeline, region and prefix the same way', () => {
    const stack = alicloudStack();
    const pipeline = ImagePipeline.fromImagePipelineAttributes(stack, 'Pipeline', { imagePipelineId: 'ip-bp1', imageNamePrefix: 'app' });
    const execution = pipeline.addExecution('Build');
    expect([execution.imagePipelineId, execution.region, execution.imageNamePrefix]).toEqual(['ip-bp1', 'cn-hangzhou', 'app']);
    const bare = ImagePipelineExecution.fromImagePipelineExecutionId(stack, 'Bare', 'exec-1');
    expect([bare.imagePipelineId, bare.region, bare.imageNamePrefix]).toEqual([undefined, undefined, undefined]);
  });

  test('attributes are checked', () => {
    const stack = alicloudStack();
    const attrs = { executionId: 'exec-1' };
    expectInvalid(() => ImagePipelineExecution.fromImagePipelineExecutionAttributes(stack, 'A', { executionId: 'ip-1' }),
      /test\/A: executionId must be an execution id \(exec-\.\.\.\) \(got "ip-1"\)/);
    expectInvalid(() => ImagePipelineExecution.fromImagePipelineExecutionAttributes(stack, 'B', { ...attrs, imagePipelineId: 'exec-2' }),
      /test\/B: imagePipelineId must be a pipeline id \(ip-\.\.\.\) \(got "exec-2"\)/);
    expectInvalid(() => ImagePipelineExecution.fromImagePipelineExecutionAttributes(stack, 'C', { ...attrs, region: 'Hangzhou' }),
      /test\/C: region must be a region id such as cn-hangzhou \(got "Hangzhou"\)/);
    expectInvalid(() => ImagePipelineExecution.fromImagePipelineExecutionAttributes(stack, 'D', { ...attrs, imageNamePrefix: '1web' }),
      /test\/D: imageNamePrefix must be 2 to 64 characters, start with a letter/);
    expectInvalid(() => ImagePipelineExecution.fromImagePipelineExecutionAttributes(stack, 'E', { executionId: '' }),
      /test\/E: executionId is required and must not be empty \(got ""\)/);
  });
});

describe('Apsara Stack attribute importers', () => {
  test('apsara.Vpc.fromVpcAttributes: vSwitch blocks are checked against the imported block', () => {
    const stack = apsaraStack();
    const vpc = apsara.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-env17', cidrBlock: '192.168.0.0/16', ipv6Enabled: false });
    expect([vpc.vpcId, vpc.cidrBlock, vpc.ipv6Enabled]).toEqual(['vpc-env17', '192.168.0.0/16', false]);
    expect(apsara.Vpc.isVpc(vpc)).toBe(false);
    expectInvalid(() => new apsara.VSwitch(stack, 'Outside', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' }),
      /test\/Outside: cidrBlock must lie within the VPC block 192.168.0.0\/16 \(got "172.16.0.0\/24"\)/);
    const vswitch = new apsara.VSwitch(stack, 'Inside', { vpc, cidrBlock: '192.168.1.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' });
    expect([vswitch.vpcId, vswitch.zoneId]).toEqual(['vpc-env17', 'cn-qingdao-env17-amtest17001-a']);
    expect(synth(stack).resource('alibabacloudstack_vpc_vswitch')).toMatchObject({ vpc_id: 'vpc-env17', cidr_block: '192.168.1.0/24' });
    expectInvalid(() => apsara.Vpc.fromVpcAttributes(stack, 'BadId', { vpcId: 'sg-1' }), /test\/BadId: vpcId must be a VPC id \(vpc-\.\.\.\) \(got "sg-1"\)/);
    expectInvalid(() => apsara.Vpc.fromVpcAttributes(stack, 'BadBlock', { vpcId: 'vpc-1', cidrBlock: '192.168.1.1/16' }),
      /test\/BadBlock: cidrBlock must have its host bits set to zero, e.g. 192.168.0.0\/16/);
  });

  test('apsara.VSwitch.fromVSwitchAttributes gives an Instance its zone and VPC', () => {
    const stack = apsaraStack();
    const vswitch = apsara.VSwitch.fromVSwitchAttributes(stack, 'Subnet', { vswitchId: 'vsw-env17', zoneId: 'cn-qingdao-env17-amtest17001-a', vpcId: 'vpc-env17' });
    expect(apsara.VSwitch.isVSwitch(vswitch)).toBe(false);
    const group = apsara.SecurityGroup.fromSecurityGroupAttributes(stack, 'Group', { securityGroupId: 'sg-env17', vpcId: 'vpc-env17' });
    const other = apsara.SecurityGroup.fromSecurityGroupAttributes(stack, 'Other', { securityGroupId: 'sg-env18', vpcId: 'vpc-env18' });
    const common = { image: apsara.Image.fromImageId(stack, 'Base', 'm-1'), instanceType: InstanceType.of('ecs.n4.large'), vswitch };
    const instance = new apsara.Instance(stack, 'Instance', { ...common, securityGroups: [group] });
    expect(instance.zoneId).toBe('cn-qingdao-env17-amtest17001-a');
    expect(synth(stack).resource('alibabacloudstack_ecs_instance')).toMatchObject({ vswitch_id: 'vsw-env17', security_groups: ['sg-env17'] });
    expectInvalid(() => new apsara.Instance(stack, 'WrongVpc', { ...common, securityGroups: [other] }),
      /test\/WrongVpc: securityGroups\[0\] must be in the vSwitch's VPC vpc-env17, but security group sg-env18 is in vpc-env18/);
    expectInvalid(() => new apsara.Instance(stack, 'WrongZone', { ...common, securityGroups: [group], zoneId: 'cn-qingdao-env17-amtest17001-b' }),
      /test\/WrongZone: zoneId must be the vSwitch's zone cn-qingdao-env17-amtest17001-a \(got "cn-qingdao-env17-amtest17001-b"\)/);
    expectInvalid(() => apsara.VSwitch.fromVSwitchAttributes(stack, 'BadId', { vswitchId: 'vpc-1' }), /test\/BadId: vswitchId must be a vSwitch id \(vsw-\.\.\.\)/);
    expectInvalid(() => apsara.VSwitch.fromVSwitchAttributes(stack, 'BadVpc', { vswitchId: 'vsw-1', vpcId: 'x' }), /test\/BadVpc: vpcId must be a VPC id/);
  });

  test('apsara.Instance.fromInstanceAttributes and apsara.SecurityGroup.fromSecurityGroupAttributes are checked', () => {
    const stack = apsaraStack();
    const host = apsara.Instance.fromInstanceAttributes(stack, 'Host', { instanceId: 'i-env17', privateIp: '192.168.1.5', zoneId: 'cn-qingdao-env17-amtest17001-a' });
    expect([host.instanceId, host.privateIp, host.zoneId]).toEqual(['i-env17', '192.168.1.5', 'cn-qingdao-env17-amtest17001-a']);
    expect(apsara.Instance.isInstance(host)).toBe(false);
    expectInvalid(() => apsara.Instance.fromInstanceAttributes(stack, 'A', { instanceId: 'i-1', privateIp: '10.0.0' }), /test\/A: privateIp must be an IPv4 address/);
    expectInvalid(() => apsara.Instance.fromInstanceAttributes(stack, 'B', { instanceId: 'sg-1' }), /test\/B: instanceId must be an instance id \(i-\.\.\.\)/);
    expectInvalid(() => apsara.SecurityGroup.fromSecurityGroupAttributes(stack, 'C', { securityGroupId: 'sg-1', vpcId: 'vsw-1' }), /test\/C: vpcId must be a VPC id/);
    expectInvalid(() => apsara.SecurityGroup.fromSecurityGroupAttributes(stack, 'D', { securityGroupId: '' }), /test\/D: securityGroupId is required and must not be empty/);
    expect(apsara.SecurityGroup.isSecurityGroup(apsara.SecurityGroup.fromSecurityGroupAttributes(stack, 'E', { securityGroupId: 'sg-1' }))).toBe(false);
  });

  test('constructs of this app expose what the importers carry', () => {
    const stack = apsaraStack();
    const vpc = new apsara.Vpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
    const vswitch = new apsara.VSwitch(stack, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' });
    const group = new apsara.SecurityGroup(stack, 'Group', { vpc });
    expect([vpc.cidrBlock, vpc.ipv6Enabled, vswitch.vpcId, group.vpcId]).toEqual(['172.16.0.0/16', false, vpc.vpcId, vpc.vpcId]);
    expectInvalid(() => new apsara.VSwitch(stack, 'Outside', { vpc, cidrBlock: '10.0.0.0/24', zoneId: 'cn-qingdao-env17-amtest17001-a' }),
      /test\/Outside: cidrBlock must lie within the VPC block 172.16.0.0\/16/);
  });
});

describe('the constructs the coverage table pointed at: apsara.ImageExport importer, isXxx of the waiter and the lookups', () => {
  test('apsara.ImageExport.fromImageExportAttributes, like ImageExport\'s', () => {
    const stack = apsaraStack();
    const archived = apsara.ImageExport.fromImageExportAttributes(stack, 'Archived', { imageId: 'm-env17', ossBucket: 'image-archive', ossPrefix: 'golden' });
    expect([archived.imageId, archived.ossBucket, archived.ossPrefix]).toEqual(['m-env17', 'image-archive', 'golden']);
    expect(apsara.ImageExport.isImageExport(archived)).toBe(false);
    const own = apsara.Image.fromImageId(stack, 'Img', 'm-1').exportTo('image-archive', { ossPrefix: 'web' });
    expect([apsara.ImageExport.isImageExport(own), own.ossPrefix]).toEqual([true, 'web']);
    expect(synth(stack).resource('alibabacloudstack_image_export')).toMatchObject({ image_id: 'm-1', oss_bucket: 'image-archive', oss_prefix: 'web' });
    expectInvalid(() => apsara.ImageExport.fromImageExportAttributes(stack, 'A', { imageId: '', ossBucket: 'image-archive' }),
      /test\/A: imageId is required and must not be empty \(got ""\)/);
    expectInvalid(() => apsara.ImageExport.fromImageExportAttributes(stack, 'B', { imageId: 'm-1', ossBucket: 'Image_Archive' }),
      /test\/B: ossBucket must be an OSS bucket name: 3 to 63 lowercase letters, digits and hyphens/);
  });

  test('BuildWaiter.isBuildWaiter, apsara.ZoneLookup.isZoneLookup, apsara.InstanceTypeChoice.isInstanceTypeChoice', () => {
    const stack = alicloudStack();
    const waiter = new BuildWaiter(stack, 'Wait', { executionId: 'exec-1' });
    const apsaraScope = apsaraStack();
    const zone = new apsara.ZoneLookup(apsaraScope, 'Zone');
    const choice = new apsara.InstanceTypeChoice(apsaraScope, 'Type', { zoneId: zone.zoneId, candidates: [{ instanceTypeFamily: 'ecs.n4' }] });
    const cases: Array<[string, (x: any) => boolean, unknown, unknown]> = [
      ['BuildWaiter', BuildWaiter.isBuildWaiter, waiter, ImagePipelineExecution.fromImagePipelineExecutionId(stack, 'E', 'exec-1')],
      ['apsara.ZoneLookup', apsara.ZoneLookup.isZoneLookup, zone, choice],
      ['apsara.InstanceTypeChoice', apsara.InstanceTypeChoice.isInstanceTypeChoice, choice, zone],
    ];
    for (const [name, is, own, other] of cases) {
      expect([name, is(own), is(other), is(undefined), is(null), is('x')]).toEqual([name, true, false, false, false, false]);
    }
  });
});
