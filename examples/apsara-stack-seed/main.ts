/**
 * The `alibabacloudstack_ecs_image` documentation example (seed document 002), whole, written with the
 * L2 API: a zone lookup, an instance type chosen with the document's fallbacks, a VPC, vSwitch,
 * security group with its SSH rule and instance, the instance captured as an image, the image shared
 * with an account. Logical ids are pinned to the HCL's addresses (`default`, `all`, ...) so a state
 * created from the HCL carries over unchanged.
 *
 * Differences from the HCL:
 * - the vSwitch is named with `vswitch_name` (the HCL's `name` is deprecated; same meaning).
 * - `is_outdated = false` is the provider's default and is not written.
 */
import { App, TerraformDataSource, TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { alibabacloudstack, apsara, ImageOwner, Peer, Port, RulePolicy } from '../../lib';

/** Gives an L2's generated block the HCL's address. */
function pin(construct: Construct, logicalId: string): void {
  (construct.node.defaultChild as TerraformResource | TerraformDataSource).overrideLogicalId(logicalId);
}

export class ApsaraStackSeedStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alibabacloudstack.provider.AlibabacloudstackProvider(this, 'alibabacloudstack', { region: 'cn-qingdao-env17-d01' });

    const name = new TerraformVariable(this, 'name', { default: 'tf-testAccEcsImageShareConfigBasic4783' });

    const zone = new apsara.ZoneLookup(this, 'Zone', { availableResourceCreation: apsara.ZoneResource.VSWITCH });
    pin(zone, 'default');

    const vpc = new apsara.Vpc(this, 'Vpc', { vpcName: `${name.stringValue}_vpc`, cidrBlock: '172.16.0.0/16' });
    pin(vpc, 'default');
    const vswitch = new apsara.VSwitch(this, 'VSwitch', { vpc, vswitchName: `${name.stringValue}_vsw`, cidrBlock: '172.16.0.0/24', zoneId: zone.zoneId });
    pin(vswitch, 'default');
    const group = new apsara.SecurityGroup(this, 'SecurityGroup', { vpc, securityGroupName: `${name.stringValue}_sg` });
    pin(group, 'default');
    // SSH from the vSwitch's block only (ingress, tcp 22/22, intranet, accept, priority 1).
    group.addIngressRule(Peer.ipv4('172.16.0.0/24'), Port.tcp(22), { policy: RulePolicy.ACCEPT, priority: 1 })
      .overrideLogicalId('default');

    const ubuntu = apsara.Image.fromLookup(this, 'Ubuntu', { nameRegex: '^ubuntu_', mostRecent: true, owners: ImageOwner.SYSTEM });
    pin(ubuntu, 'default');

    // The smallest n4 type with 1 vCPU and 1 GiB, else any n4, else any type of the zone.
    const instanceType = new apsara.InstanceTypeChoice(this, 'InstanceType', {
      zoneId: zone.zoneId,
      candidates: [
        { instanceTypeFamily: 'ecs.n4', cpuCoreCount: 1, memorySizeGiB: 1, sortedBy: apsara.InstanceTypeSort.MEMORY },
        { instanceTypeFamily: 'ecs.n4', sortedBy: apsara.InstanceTypeSort.MEMORY },
      ],
    });
    instanceType.candidateLookups[0].overrideLogicalId('default');
    instanceType.candidateLookups[1].overrideLogicalId('any_n4');
    instanceType.anyTypeLookup.overrideLogicalId('all');
    instanceType.choice.overrideLogicalId('default_instance_type_id');

    const instance = new apsara.Instance(this, 'Instance', {
      image: ubuntu,
      instanceType: instanceType.instanceType,
      systemDiskCategory: zone.systemDiskCategory,
      systemDiskSizeGiB: 20,
      systemDiskName: 'test_sys_disk',
      securityGroups: [group],
      instanceName: `${name.stringValue}_ecs`,
      vswitch,
      zoneId: zone.zoneId,
    });
    pin(instance, 'default');
    instance.resource.lifecycle = { ignoreChanges: ['instance_type'] };

    const image = new apsara.Image(this, 'Image', {
      source: apsara.ImageSource.fromInstance(instance),
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
