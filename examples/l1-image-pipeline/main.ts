/**
 * The provider documentation's `alicloud_ecs_image_pipeline` and
 * `alicloud_ecs_image_pipeline_execution` examples, written with the generated L1 bindings only.
 * The L2 version of the same stack is examples/image-pipeline.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud } from '../../lib';
import { documentedEnvironment } from '../shared/documented-environment';

export class L1ImagePipelineStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    const env = documentedEnvironment(this);

    const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(this, 'pipeline', {
      addAccount: [env.accountId],
      baseImage: env.baseImageId,
      baseImageType: 'IMAGE',
      buildContent: 'RUN yum update -y',
      deleteInstanceOnFailure: false,
      description: 'terraform-example',
      imageName: 'terraform-example',
      instanceType: env.instanceType,
      internetMaxBandwidthOut: 20,
      name: 'terraform-example',
      resourceGroupId: env.resourceGroupId,
      systemDiskSize: 40,
      tags: { Created: 'TF', For: 'Acceptance-test' },
      toRegionId: ['cn-qingdao', 'cn-zhangjiakou'],
      vswitchId: env.vswitchId,
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
