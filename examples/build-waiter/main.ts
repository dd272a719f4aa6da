/**
 * Build an image and use it in the same `terraform apply`: the BuildWaiter holds back the image
 * lookup (and so the instance that boots from it) until the Image Builder execution has finished.
 * Pipeline and execution are L1 here so the example shows only the waiter's wiring.
 */
import { App, Fn, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BuildWaiter, alicloud } from '../../lib';

const IMAGE_NAME = 'web-base';

export class BuildWaiterStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    const vpc = new alicloud.vpc.Vpc(this, 'vpc', { vpcName: 'image-build', cidrBlock: '172.16.0.0/16' });
    const vswitch = new alicloud.vswitch.Vswitch(this, 'vswitch', {
      vpcId: vpc.id,
      cidrBlock: '172.16.0.0/24',
      zoneId: 'cn-hangzhou-i',
      vswitchName: 'image-build',
    });
    const pipeline = new alicloud.ecsImagePipeline.EcsImagePipeline(this, 'pipeline', {
      name: 'web-base',
      baseImageType: 'IMAGE',
      baseImage: 'ubuntu_22_04_x64_20G_alibase_20240926.vhd',
      buildContent: 'RUN apt-get update -y && apt-get install -y nginx',
      imageName: IMAGE_NAME,
      vswitchId: vswitch.id,
      internetMaxBandwidthOut: 10,
      systemDiskSize: 40,
      deleteInstanceOnFailure: true,
    });
    const execution = new alicloud.ecsImagePipelineExecution.EcsImagePipelineExecution(this, 'execution', {
      imagePipelineId: pipeline.id,
    });

    // Runs `node assets/.../waiter.js wait-execution --from-env` during apply (no shell; the execution id
    // and the options reach it as CDKTF_ALICLOUD_WAIT_* environment variables).
    // With pipelineId, a build that failed in an earlier deploy is built again (a fresh execution).
    const waiter = new BuildWaiter(this, 'WaitForBuild', { executionId: execution.id, pipelineId: pipeline.id, timeoutMinutes: 90 });

    // The image is named {ImageName}_{ExecutionId}; after a rebuild, with the new execution's id. So
    // the lookup takes the newest image of the name prefix, read after the waiter (dependsOn).
    const image = new alicloud.dataAlicloudImages.DataAlicloudImages(this, 'image', {
      owners: 'self',
      nameRegex: `^${IMAGE_NAME}_exec-[A-Za-z0-9]+$`,
      mostRecent: true,
      dependsOn: [waiter],
    });
    const imageId = Token.asString(Fn.element(image.ids, 0));

    const group = new alicloud.securityGroup.SecurityGroup(this, 'web', { vpcId: vpc.id, securityGroupName: 'web' });
    new alicloud.instance.Instance(this, 'web_server', {
      imageId,
      instanceType: 'ecs.g7.large',
      vswitchId: vswitch.id,
      securityGroups: [group.id],
      instanceName: 'web-from-fresh-image',
    });

    new TerraformOutput(this, 'image_id', { value: imageId });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new BuildWaiterStack(app, 'build-waiter');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
