/**
 * The provider documentation's `alicloud_ecs_image_pipeline` example (the same stack as
 * examples/l1-image-pipeline), written with this library's L2 constructs: `ImagePipeline` with a
 * `BaseImage`, `BuildContent` and `InstanceType`, plus an `ImagePipelineExecution` that builds the
 * image on deploy.
 *
 * One deliberate difference from the documented example: the pipeline name is left to the library
 * (construct path + hash of every input) instead of the fixed `terraform-example`, so a change
 * creates the new pipeline before the old one is deleted and starts a new build in the same deploy.
 * Everything else (image name prefix, description, sizes, tags, regions, accounts, and keeping the
 * build instance on failure, which the L2 otherwise defaults to releasing) is as documented.
 *
 * The network and the lookups (account, base image, instance types, resource group, zones) have no
 * L2 in this library, so they use the generated L1 bindings.
 */
import { App, Fn, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud, BaseImage, BuildContent, ImagePipeline, InstanceType } from '../../lib';

export class ImagePipelineStack extends TerraformStack {
  /** The pipeline, for tests and for stacks that extend this example. */
  public readonly pipeline: ImagePipeline;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    const vpc = new alicloud.vpc.Vpc(this, 'vpc', {
      cidrBlock: '172.17.3.0/24',
      vpcName: 'terraform-example',
    });
    const account = new alicloud.dataAlicloudAccount.DataAlicloudAccount(this, 'account');
    const images = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'images', {
      mostRecent: true,
      nameRegex: '^ubuntu_[0-9]+_[0-9]+_x64*',
      owners: 'system',
    });
    const baseImageId = Token.asString(Fn.element(images.ids, 0));
    const instanceTypes = new alicloud.dataAlicloudInstanceTypes.DataAlicloudInstanceTypes(this, 'instance_types', {
      imageId: baseImageId,
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

    this.pipeline = new ImagePipeline(this, 'Pipeline', {
      baseImage: BaseImage.fromImageId(baseImageId),
      buildContent: BuildContent.create().addRun('yum update -y'),
      imageNamePrefix: 'terraform-example',
      description: 'terraform-example',
      instanceType: InstanceType.of(Token.asString(Fn.element(instanceTypes.ids, 0))),
      vswitchId: vswitch.id,
      systemDiskSizeGiB: 40,
      internetMaxBandwidthOutMbps: 20,
      deleteInstanceOnFailure: false,
      resourceGroupId: groups.groups.get(0).id,
      tags: { Created: 'TF', For: 'Acceptance-test' },
      toRegionIds: ['cn-qingdao', 'cn-zhangjiakou'],
      addAccounts: [account.id],
    });

    const build = this.pipeline.addExecution('Build');
    new TerraformOutput(this, 'execution_id', { value: build.executionId });
    new TerraformOutput(this, 'image_name', {
      value: build.imageName,
      description: 'the image the build creates, {imageNamePrefix}_{executionId}',
    });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new ImagePipelineStack(app, 'image-pipeline');
}

// `cdktf synth` runs this file; App() writes to CDKTF_OUTDIR when it is set.
if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
