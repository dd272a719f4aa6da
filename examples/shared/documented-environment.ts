/**
 * The surroundings of the provider documentation's `alicloud_ecs_image_pipeline` example: a VPC and
 * vSwitch to build in, and lookups for the account, the newest Ubuntu image, an instance type for it
 * and the default resource group. Shared by examples/l1-image-pipeline and examples/image-pipeline,
 * which differ only in how they declare the pipeline.
 */
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud } from '../../lib';

/** What the pipeline of the documented example refers to (all deploy-time values). */
export interface DocumentedEnvironment {
  /** The account id, to share built images with. */
  readonly accountId: string;
  /** The newest system Ubuntu image id. */
  readonly baseImageId: string;
  /** The first instance type that can run the base image. */
  readonly instanceType: string;
  /** The id of the resource group named `default`. */
  readonly resourceGroupId: string;
  /** The vSwitch the build instance runs in. */
  readonly vswitchId: string;
}

/** Declares the documented VPC, vSwitch and lookups in `scope` (logical ids as in the docs' example). */
export function documentedEnvironment(scope: Construct): DocumentedEnvironment {
  const vpc = new alicloud.vpc.Vpc(scope, 'default', {
    cidrBlock: '172.17.3.0/24',
    vpcName: 'terraform-example',
  });
  const account = new alicloud.dataAlicloudAccount.DataAlicloudAccount(scope, 'account');
  const images = new alicloud.dataAlicloudImages.DataAlicloudImages(scope, 'images', {
    mostRecent: true,
    nameRegex: '^ubuntu_[0-9]+_[0-9]+_x64*',
    owners: 'system',
  });
  const baseImageId = Token.asString(Fn.element(images.ids, 0));
  const instanceTypes = new alicloud.dataAlicloudInstanceTypes.DataAlicloudInstanceTypes(scope, 'instance_types', {
    imageId: baseImageId,
  });
  const groups = new alicloud.dataAlicloudResourceManagerResourceGroups.DataAlicloudResourceManagerResourceGroups(
    scope, 'resource_groups', { nameRegex: 'default' });
  const zones = new alicloud.dataAlicloudZones.DataAlicloudZones(scope, 'zones', {
    availableResourceCreation: 'VSwitch',
  });
  const vswitch = new alicloud.vswitch.Vswitch(scope, 'vswitch', {
    cidrBlock: '172.17.3.0/24',
    vpcId: vpc.id,
    vswitchName: 'terraform-example',
    zoneId: zones.zones.get(0).id,
  });
  return {
    accountId: account.id,
    baseImageId,
    instanceType: Token.asString(Fn.element(instanceTypes.ids, 0)),
    resourceGroupId: groups.groups.get(0).id,
    vswitchId: vswitch.id,
  };
}
