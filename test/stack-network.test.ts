/** apsara.Vpc, apsara.VSwitch, apsara.SecurityGroup, apsara.Instance: JSON, rules, importers. */
import { TerraformStack, TerraformVariable } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import {
  apsara, IImage, IInstance, InnerAccessPolicy, InstanceType, ISecurityGroup, IVpc, IVSwitch, SecurityGroupType,
} from '../lib';
import { apsaraStack, synth } from './util/synth';
import { validationErrorOf } from './util/validation-error';

const ZONE = 'cn-qingdao-env17-amtest17001-a';

describe('apsara.Vpc', () => {
  test('writes vpc_name (not the deprecated name), cidr_block, description, resource group, tags', () => {
    const stack = apsaraStack();
    const vpc = new apsara.Vpc(stack, 'Vpc', {
      vpcName: 'build-vpc', cidrBlock: '172.16.0.0/16', description: 'image builds', resourceGroupId: 'rg-1', tags: { Team: 'ops' },
    });
    const resource = synth(stack).resource('alibabacloudstack_vpc_vpc');
    expect(resource).toEqual(expect.objectContaining({
      vpc_name: 'build-vpc', cidr_block: '172.16.0.0/16', description: 'image builds', resource_group_id: 'rg-1', tags: { Team: 'ops' },
    }));
    expect(resource).not.toHaveProperty('name');
    expect(resolve(stack, vpc.vpcId)).toMatch(/^\$\{alibabacloudstack_vpc_vpc\.\w+\.id\}$/);
  });

  test('all props are optional', () => {
    const stack = apsaraStack();
    new apsara.Vpc(stack, 'Vpc');
    expect(synth(stack).resource('alibabacloudstack_vpc_vpc')).not.toHaveProperty('cidr_block');
  });

  test('cidrBlock must be canonical (host bits zero), as the provider requires', () => {
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Vpc', { cidrBlock: '172.16.1.0/16' })))
      .toBe('test/Vpc: cidrBlock must have its host bits set to zero, e.g. 172.16.0.0/16 (got "172.16.1.0/16")');
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Vpc', { cidrBlock: '172.16.0.0' }))).toMatch(/cidrBlock must be an IPv4 CIDR block/);
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Vpc', { cidrBlock: '300.16.0.0/16' }))).toMatch(/cidrBlock must be an IPv4 CIDR block/);
    expect(() => new apsara.Vpc(apsaraStack(), 'Vpc', { cidrBlock: '10.0.0.0/8' })).not.toThrow();
  });

  test('name 2-128 and description 2-256, no URLs', () => {
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Vpc', { vpcName: 'a' }))).toMatch(/vpcName must be 2 to 128 characters/);
    expect(() => new apsara.Vpc(apsaraStack(), 'Vpc', { vpcName: 'ab' })).not.toThrow();
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Vpc', { vpcName: 'https://vpc' }))).toMatch(/vpcName must not start with http/);
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Vpc', { description: 'd' }))).toMatch(/description must be 2 to 256 characters/);
    expect(() => new apsara.Vpc(apsaraStack(), 'Vpc', { description: 'd'.repeat(256) })).not.toThrow();
  });

  test('name and vpc_name conflict after an override', () => {
    const stack = apsaraStack();
    new apsara.Vpc(stack, 'Vpc', { vpcName: 'a-vpc' }).resource.addOverride('name', 'legacy');
    expect(validationErrorOf(() => synth(stack))).toMatch(/^test\/Vpc: name conflicts with vpc_name/);
  });
});

describe('apsara.VSwitch', () => {
  test('references the VPC and writes vswitch_name and zone_id', () => {
    const stack = apsaraStack();
    const vpc = new apsara.Vpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
    const vsw = new apsara.VSwitch(stack, 'VSwitch', {
      vpc, cidrBlock: '172.16.0.0/24', zoneId: ZONE, vswitchName: 'build', description: 'builds', tags: { Team: 'ops' },
    });
    const resource = synth(stack).resource('alibabacloudstack_vpc_vswitch');
    expect(resource).toEqual(expect.objectContaining({
      vpc_id: resolve(stack, vpc.vpcId), cidr_block: '172.16.0.0/24', zone_id: ZONE, vswitch_name: 'build', description: 'builds',
      tags: { Team: 'ops' },
    }));
    expect(resource).not.toHaveProperty('name');
    expect(resource).not.toHaveProperty('availability_zone');
    expect(resolve(stack, vsw.vswitchId)).toMatch(/^\$\{alibabacloudstack_vpc_vswitch\.\w+\.id\}$/);
  });

  test('cidrBlock prefix from /16 to /29 (the provider rule)', () => {
    const make = (cidrBlock: string) => () => new apsara.VSwitch(apsaraStack(), 'VSwitch', {
      vpc: apsara.Vpc.fromVpcId(apsaraStack(), 'Vpc', 'vpc-1'), cidrBlock, zoneId: ZONE,
    });
    expect(validationErrorOf(make('172.0.0.0/15'))).toBe('test/VSwitch: cidrBlock must have a prefix length from /16 to /29 (got "172.0.0.0/15")');
    expect(make('172.16.0.0/16')).not.toThrow();
    expect(make('172.16.0.8/29')).not.toThrow();
    expect(validationErrorOf(make('172.16.0.8/30'))).toMatch(/prefix length from \/16 to \/29/);
    expect(validationErrorOf(make('172.16.0.4/29'))).toMatch(/host bits set to zero, e.g. 172.16.0.0\/29/);
  });

  test('cidrBlock and zoneId are required; tokens pass', () => {
    const stack = apsaraStack();
    const vpc = apsara.Vpc.fromVpcId(stack, 'Vpc', 'vpc-1');
    expect(validationErrorOf(() => new apsara.VSwitch(stack, 'A', { vpc, cidrBlock: '', zoneId: ZONE }))).toMatch(/cidrBlock is required/);
    expect(validationErrorOf(() => new apsara.VSwitch(stack, 'B', { vpc, cidrBlock: '10.0.0.0/24', zoneId: '' }))).toMatch(/zoneId is required/);
    expect(validationErrorOf(() => new apsara.VSwitch(stack, 'C', { cidrBlock: '10.0.0.0/24', zoneId: ZONE } as any))).toMatch(/vpc is required/);
    const cidr = new TerraformVariable(stack, 'cidr', { type: 'string' });
    new apsara.VSwitch(stack, 'D', { vpc, cidrBlock: cidr.stringValue, zoneId: ZONE });
    expect(synth(stack).resource('alibabacloudstack_vpc_vswitch').cidr_block).toBe('${var.cidr}');
  });

  test('zone_id and the deprecated availability_zone conflict after an override', () => {
    const stack = apsaraStack();
    new apsara.VSwitch(stack, 'VSwitch', { vpc: apsara.Vpc.fromVpcId(stack, 'Vpc', 'vpc-1'), cidrBlock: '10.0.0.0/24', zoneId: ZONE })
      .resource.addOverride('availability_zone', ZONE);
    expect(validationErrorOf(() => synth(stack))).toMatch(/availability_zone conflicts with zone_id/);
  });
});

describe('apsara.SecurityGroup', () => {
  test('writes name, type, inner access policy and the VPC', () => {
    const stack = apsaraStack();
    const vpc = apsara.Vpc.fromVpcId(stack, 'Vpc', 'vpc-1');
    const group = new apsara.SecurityGroup(stack, 'Group', {
      vpc,
      securityGroupName: 'build-sg',
      description: 'image builds',
      securityGroupType: SecurityGroupType.ENTERPRISE,
      innerAccessPolicy: InnerAccessPolicy.DROP,
      tags: { Team: 'ops' },
    });
    expect(synth(stack).resource('alibabacloudstack_ecs_securitygroup')).toEqual(expect.objectContaining({
      vpc_id: 'vpc-1', name: 'build-sg', description: 'image builds', type: 'enterprise', inner_access_policy: 'Drop', tags: { Team: 'ops' },
    }));
    expect(resolve(stack, group.securityGroupId)).toMatch(/^\$\{alibabacloudstack_ecs_securitygroup\.\w+\.id\}$/);
  });

  test('name 2-128, description 2-256', () => {
    const vpc = (s: TerraformStack) => apsara.Vpc.fromVpcId(s, 'Vpc', 'vpc-1');
    let s = apsaraStack();
    expect(validationErrorOf(() => new apsara.SecurityGroup(s, 'G', { vpc: vpc(s), securityGroupName: 'x' }))).toMatch(/securityGroupName must be 2 to 128/);
    s = apsaraStack();
    expect(() => new apsara.SecurityGroup(s, 'G', { vpc: vpc(s), securityGroupName: 'x'.repeat(128) })).not.toThrow();
    s = apsaraStack();
    expect(validationErrorOf(() => new apsara.SecurityGroup(s, 'G', { vpc: vpc(s), description: 'd'.repeat(257) }))).toMatch(/description must be 2 to 256/);
    s = apsaraStack();
    expect(validationErrorOf(() => new apsara.SecurityGroup(s, 'G', {} as any))).toMatch(/test\/G: vpc is required/);
  });
});

describe('apsara.Instance', () => {
  function network(stack: TerraformStack) {
    return {
      image: apsara.Image.fromImageId(stack, 'Base', 'ubuntu_18_04_64_20G_alibase_20190624.vhd'),
      vswitch: apsara.VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1'),
      securityGroups: [apsara.SecurityGroup.fromSecurityGroupId(stack, 'Sg1', 'sg-1'), apsara.SecurityGroup.fromSecurityGroupId(stack, 'Sg2', 'sg-2')],
      instanceType: InstanceType.of('ecs.n4.large'),
    };
  }
  const make = (extra: Partial<apsara.InstanceProps> = {}) => () => {
    const stack = apsaraStack();
    return new apsara.Instance(stack, 'Instance', { ...network(stack), ...extra });
  };

  test('writes image, type, network, disk and bandwidth', () => {
    const stack = apsaraStack();
    const vm = new apsara.Instance(stack, 'Instance', {
      ...network(stack),
      zoneId: ZONE,
      instanceName: 'builder',
      description: 'golden image builder',
      systemDiskCategory: apsara.DiskCategory.CLOUD_SSD,
      systemDiskSizeGiB: 60,
      systemDiskName: 'sys',
      internetMaxBandwidthOutMbps: 10,
      keyPairName: 'ops',
      userData: '#!/bin/sh\necho ${HOSTNAME}',
      tags: { Team: 'ops' },
    });
    expect(synth(stack).resource('alibabacloudstack_ecs_instance')).toEqual(expect.objectContaining({
      image_id: 'ubuntu_18_04_64_20G_alibase_20190624.vhd',
      instance_type: 'ecs.n4.large',
      vswitch_id: 'vsw-1',
      security_groups: ['sg-1', 'sg-2'],
      zone_id: ZONE,
      instance_name: 'builder',
      description: 'golden image builder',
      system_disk_category: 'cloud_ssd',
      system_disk_size: 60,
      system_disk_name: 'sys',
      internet_max_bandwidth_out: 10,
      key_name: 'ops',
      user_data: '#!/bin/sh\necho $${HOSTNAME}', // escaped: Terraform unescapes $${ to ${
      tags: { Team: 'ops' },
    }));
    expect(resolve(stack, vm.instanceId)).toMatch(/^\$\{alibabacloudstack_ecs_instance\.\w+\.id\}$/);
    expect(vm.node.defaultChild).toBe(vm.resource);
  });

  test('instanceType must start with ecs.', () => {
    expect(validationErrorOf(make({ instanceType: InstanceType.of('n4.large') }))).toBe("test/Instance: instanceType must start with 'ecs.' (got \"n4.large\")");
    expect(make({ instanceType: InstanceType.of('ecs.n4.small') })).not.toThrow();
  });

  test('at least one security group', () => {
    expect(validationErrorOf(make({ securityGroups: [] }))).toMatch(/securityGroups must have at least one security group/);
  });

  test('disk category: the provider list; tokens pass through of()', () => {
    expect(validationErrorOf(make({ systemDiskCategory: apsara.DiskCategory.of('cloud_essd') })))
      .toMatch(/systemDiskCategory must be one of all, cloud, ephemeral_ssd, cloud_efficiency, cloud_ssd, cloud_pperf, cloud_sperf \(got "cloud_essd"\)/);
    expect(make({ systemDiskCategory: apsara.DiskCategory.of('cloud_efficiency') })).not.toThrow();
    const stack = apsaraStack();
    const category = new TerraformVariable(stack, 'category', { type: 'string' });
    new apsara.Instance(stack, 'Instance', { ...network(stack), systemDiskCategory: apsara.DiskCategory.of(category.stringValue) });
    expect(synth(stack).resource('alibabacloudstack_ecs_instance').system_disk_category).toBe('${var.category}');
  });

  test('bandwidth 0-100 Mbit/s, name 2-128, description 2-256', () => {
    expect(make({ internetMaxBandwidthOutMbps: 0 })).not.toThrow();
    expect(make({ internetMaxBandwidthOutMbps: 100 })).not.toThrow();
    expect(validationErrorOf(make({ internetMaxBandwidthOutMbps: 101 }))).toMatch(/internetMaxBandwidthOutMbps must be an integer from 0 to 100 Mbit\/s/);
    expect(validationErrorOf(make({ instanceName: 'x' }))).toMatch(/instanceName must be 2 to 128/);
    expect(validationErrorOf(make({ systemDiskName: 'x' }))).toMatch(/systemDiskName must be 2 to 128/);
    expect(validationErrorOf(make({ description: 'x' }))).toMatch(/description must be 2 to 256/);
    expect(validationErrorOf(make({ systemDiskSizeGiB: 0 }))).toMatch(/systemDiskSizeGiB must be an integer/);
  });

  test('subnet_id and vswitch_id conflict after an override', () => {
    const stack = apsaraStack();
    new apsara.Instance(stack, 'Instance', network(stack)).resource.addOverride('subnet_id', 'vsw-2');
    expect(validationErrorOf(() => synth(stack))).toMatch(/subnet_id conflicts with vswitch_id/);
  });

  test('missing required props are rejected (untyped callers)', () => {
    expect(validationErrorOf(() => new apsara.Instance(apsaraStack(), 'Instance', { instanceType: InstanceType.of('ecs.n4.large') } as any))).toMatch(/test\/Instance: image is required/);
  });
});

describe('importers create no resources and return the shared interfaces', () => {
  test('fromVpcId, fromVSwitchId, fromSecurityGroupId, fromInstanceId', () => {
    const stack = apsaraStack();
    const vpc: IVpc = apsara.Vpc.fromVpcId(stack, 'Vpc', 'vpc-1');
    const vsw: IVSwitch = apsara.VSwitch.fromVSwitchId(stack, 'VSwitch', 'vsw-1');
    const sg: ISecurityGroup = apsara.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-1');
    const vm: IInstance = apsara.Instance.fromInstanceId(stack, 'Instance', 'i-1');
    const img: IImage = apsara.Image.fromImageId(stack, 'Image', 'm-1');
    expect([vpc.vpcId, vsw.vswitchId, sg.securityGroupId, vm.instanceId, img.imageId]).toEqual(['vpc-1', 'vsw-1', 'sg-1', 'i-1', 'm-1']);
    const json = synth(stack, { schemaCheck: false }).json;
    expect(json.resource).toBeUndefined();
    expect(json.data).toBeUndefined();
  });

  test('empty ids are rejected with the importer path', () => {
    const stack = apsaraStack();
    expect(validationErrorOf(() => apsara.Vpc.fromVpcId(stack, 'A', ''))).toBe('test/A: vpcId is required and must not be empty (got "")');
    expect(validationErrorOf(() => apsara.VSwitch.fromVSwitchId(stack, 'B', ''))).toMatch(/test\/B: vswitchId is required/);
    expect(validationErrorOf(() => apsara.SecurityGroup.fromSecurityGroupId(stack, 'C', ''))).toMatch(/test\/C: securityGroupId is required/);
    expect(validationErrorOf(() => apsara.Instance.fromInstanceId(stack, 'D', ''))).toMatch(/test\/D: instanceId is required/);
  });

  test('token ids pass', () => {
    const stack = apsaraStack();
    const id = new TerraformVariable(stack, 'id', { type: 'string' });
    expect(() => apsara.Instance.fromInstanceId(stack, 'I', id.stringValue)).not.toThrow();
  });
});

describe('apsara.Vpc enableIpv6', () => {
  test('writes enable_ipv6 without a CIDR block, and rejects the combination the provider rejects', () => {
    const stack = apsaraStack();
    new apsara.Vpc(stack, 'Vpc', { enableIpv6: true });
    expect(synth(stack).resource('alibabacloudstack_vpc_vpc')).toEqual({ enable_ipv6: true });
    expect(validationErrorOf(() => new apsara.Vpc(apsaraStack(), 'Both', { enableIpv6: true, cidrBlock: '10.0.0.0/8' })))
      .toMatch(/test\/Both: enableIpv6 cannot be combined with cidrBlock: the alibabacloudstack provider accepts only one of them \(got true\)/);
  });
});
