/**
 * The provider documentation's `alicloud_ecs_image_pipeline` and
 * `alicloud_ecs_image_pipeline_execution` examples, written with the generated L1 bindings only.
 * The L2 version of the same stack is examples/image-pipeline.
 */
import { App, Fn, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud } from '../../lib';

export class L1ImagePipelineStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    const vpc = new alicloud.vpc.Vpc(this, 'default', {
      cidrBlock: '172.17.3.0/24',
      vpcName: 'terraform-example',
    });
    const account = new alicloud.dataAlicloudAccount.DataAlicloudAccount(this, 'account');
    const images = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'images', {
      mostRecent: true,
      nameRegex: '^ubuntu_[0-9]+_[0-9]+_x64*',
      owners: 'system',
    });
    const instanceTypes = new alicloud.dataAlicloudInstanceTypes.DataAlicloudInstanceTypes(this, 'instance_types', {
      imageId: Token.asString(Fn.element(images.ids, 0)),
    });
    const groups = new alicloud.dataAlicloudResourceManagerResourceGroups.DataAlicloudResourceManagerResourceGroups(
      this, 'resource_groups', { nameRegex: 'default' });
    const zones = new alicloud.dataAlicloudZones.DataAlicloudZones(this, 'zones', {
      availableResourceCreation: 'VSwitch',
    });
    const vswitch = new alicloud.vswitch.Vswitch(this, 'vswitch', {
      cidrBlock: '172.17.3.0/24',
      vpcId: vpc.id,
      vswitchName: 'terraform-example',
      zoneId: zones.zones.get(0).id,
    });

    const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(this, 'pipeline', {
      addAccount: [account.id],
      baseImage: Token.asString(Fn.element(images.ids, 0)),
      baseImageType: 'IMAGE',
      buildContent: 'RUN yum update -y',
      deleteInstanceOnFailure: false,
      description: 'terraform-example',
      imageName: 'terraform-example',
      instanceType: Token.asString(Fn.element(instanceTypes.ids, 0)),
      internetMaxBandwidthOut: 20,
      name: 'terraform-example',
      resourceGroupId: groups.groups.get(0).id,
      systemDiskSize: 40,
      tags: { Created: 'TF', For: 'Acceptance-test' },
      toRegionId: ['cn-qingdao', 'cn-zhangjiakou'],
      vswitchId: vswitch.id,
    });

    new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(this, 'execution', {
      imagePipelineId: pipeline.id,
    });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new L1ImagePipelineStack(app, 'l1-image-pipeline');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
