/**
 * The `alibabacloudstack_ecs_image` documentation example (seed document 002), written with the L2
 * API: a VPC, vSwitch, security group and instance, the instance captured as an image, the image
 * shared with an account. Logical ids are pinned to the HCL's addresses (`default`, `all`, ...) so
 * a state created from the HCL carries over unchanged.
 *
 * Differences from the HCL, because provider 3.18.5 does not have them:
 * - `alibabacloudstack_security_group_rule` is not in the provider schema this library binds, so
 *   the SSH ingress rule is left out (manage it outside this stack).
 * - the vSwitch is named with `vswitch_name` (the HCL's `name` is deprecated; same meaning).
 * - `is_outdated = false` is the provider's default and is not written.
 */
import {
  App, conditional, Fn, Op, propertyAccess, TerraformDataSource, TerraformLocal, TerraformResource, TerraformStack, TerraformVariable, Token,
} from 'cdktf';
import { Construct } from 'constructs';
import {
  alibabacloudstack, StackDiskCategory, StackImage, StackImageOwners, StackImageSource, StackInstance, StackSecurityGroup, StackVpc,
  StackVSwitch,
} from '../../lib';

type InstanceTypes = alibabacloudstack.dataAlibabacloudstackInstanceTypes.DataAlibabacloudstackInstanceTypes;
const InstanceTypes = alibabacloudstack.dataAlibabacloudstackInstanceTypes.DataAlibabacloudstackInstanceTypes;

/** Gives an L2's generated block the HCL's address. */
function pin(construct: Construct, logicalId: string): void {
  (construct.node.defaultChild as TerraformResource | TerraformDataSource).overrideLogicalId(logicalId);
}

export class ApsaraStackSeedStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alibabacloudstack.provider.AlibabacloudstackProvider(this, 'alibabacloudstack', { region: 'cn-qingdao-env17-d01' });

    const name = new TerraformVariable(this, 'name', { default: 'tf-testAccEcsImageShareConfigBasic4783' });

    const zones = new alibabacloudstack.dataAlibabacloudstackZones.DataAlibabacloudstackZones(this, 'zones', {
      availableResourceCreation: 'VSwitch',
      enableDetails: true,
    });
    zones.overrideLogicalId('default');
    const zoneId = zones.zones.get(0).id;

    const vpc = new StackVpc(this, 'Vpc', { vpcName: `${name.stringValue}_vpc`, cidrBlock: '172.16.0.0/16' });
    pin(vpc, 'default');
    const vswitch = new StackVSwitch(this, 'VSwitch', { vpc, vswitchName: `${name.stringValue}_vsw`, cidrBlock: '172.16.0.0/24', zoneId });
    pin(vswitch, 'default');
    const group = new StackSecurityGroup(this, 'SecurityGroup', { vpc, securityGroupName: `${name.stringValue}_sg` });
    pin(group, 'default');

    const ubuntu = StackImage.fromLookup(this, 'Ubuntu', { nameRegex: '^ubuntu_', mostRecent: true, owners: StackImageOwners.SYSTEM });
    pin(ubuntu, 'default');

    const types = (logicalId: string, filters: { instanceTypeFamily?: string; sortedBy?: string; cpuCoreCount?: number; memorySize?: number }): InstanceTypes =>
      new InstanceTypes(this, `instance_types_${logicalId}`, { availabilityZone: zoneId, ...filters });
    const all = types('all', {});
    const anyN4 = types('any_n4', { instanceTypeFamily: 'ecs.n4', sortedBy: 'Memory' });
    const preferred = types('default', { cpuCoreCount: 1, memorySize: 1, instanceTypeFamily: 'ecs.n4', sortedBy: 'Memory' });
    for (const [source, logicalId] of [[all, 'all'], [anyN4, 'any_n4'], [preferred, 'default']] as const) source.overrideLogicalId(logicalId);

    // The smallest n4 type with 1 vCPU and 1 GiB, else any n4, else any type. `0 < length(...)`
    // because cdktf 0.21 drops a right-hand operand of 0 (`length(...) > 0` renders as `> undefined`).
    const instanceType = new TerraformLocal(this, 'default_instance_type_id', Fn.try([
      Fn.element(Fn.sort(Token.asList(conditional(Op.lt(0, Fn.lengthOf(preferred.instanceTypes)), preferred.ids, anyN4.ids))), 0),
      Fn.element(Fn.sort(all.ids), 0),
    ]));

    const instance = new StackInstance(this, 'Instance', {
      image: ubuntu,
      instanceType: instanceType.asString,
      systemDiskCategory: StackDiskCategory.of(Token.asString(propertyAccess(zones.zones.get(0).availableDiskCategories, [0]))),
      systemDiskSizeGiB: 20,
      systemDiskName: 'test_sys_disk',
      securityGroups: [group],
      instanceName: `${name.stringValue}_ecs`,
      vswitch,
      zoneId,
    });
    pin(instance, 'default');
    instance.resource.lifecycle = { ignoreChanges: ['instance_type'] };

    const image = new StackImage(this, 'Image', {
      source: StackImageSource.fromInstance(instance),
      imageName: name.stringValue,
      description: 'Custom image created by Terraform',
      tags: { Environment: 'Test', Owner: 'Terraform' },
    });
    pin(image, 'default');
    image.shareWith('123456789').resource.overrideLogicalId('default');
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): ApsaraStackSeedStack {
  return new ApsaraStackSeedStack(app, 'apsara-stack-seed');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
