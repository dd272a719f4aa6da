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
 * L2 in this library; they are the L1 declarations shared with the L1 example
 * (examples/shared/documented-environment.ts).
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud, BaseImage, BuildContent, ImagePipeline, InstanceType } from '../../lib';
import { documentedEnvironment } from '../shared/documented-environment';

export class ImagePipelineStack extends TerraformStack {
  /** The pipeline, for tests and for stacks that extend this example. */
  public readonly pipeline: ImagePipeline;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    const env = documentedEnvironment(this);

    this.pipeline = new ImagePipeline(this, 'Pipeline', {
      baseImage: BaseImage.fromImageId(env.baseImageId),
      buildContent: BuildContent.create().addRun('yum update -y'),
      imageNamePrefix: 'terraform-example',
      description: 'terraform-example',
      instanceType: InstanceType.of(env.instanceType),
      vswitchId: env.vswitchId,
      systemDiskSizeGiB: 40,
      internetMaxBandwidthOutMbps: 20,
      deleteInstanceOnFailure: false,
      resourceGroupId: env.resourceGroupId,
      tags: { Created: 'TF', For: 'Acceptance-test' },
      toRegionIds: ['cn-qingdao', 'cn-zhangjiakou'],
      addAccounts: [env.accountId],
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
