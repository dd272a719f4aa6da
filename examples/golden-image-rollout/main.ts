/**
 * Build and roll out in one deploy: Image Builder builds a golden web-server image, a launch
 * template for the web tier starts from it, and an ESS scaling group launches the web tier from
 * that template. Each deploy that builds a new image (new build content, or a new `REBUILD` token)
 * writes a new template version and makes it the default, and the scaling group is pointed at that
 * version in the same deploy, so the instances it launches from then on start from the new image;
 * older versions stay for rollback (the provider keeps 30).
 */
import { App, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, BaseImage, BuildContent, BuildNetwork, GoldenImageFactory, HttpTokens, InstanceType, LaunchTemplate, Peer, Port, SecurityGroup,
} from '../../lib';

/** Bump to build (and roll out) again without any other change. */
const REBUILD = '2026-12-03';

export class GoldenImageRolloutStack extends TerraformStack {
  public readonly factory: GoldenImageFactory;
  public readonly template: LaunchTemplate;
  public readonly scalingGroup: alicloud.essScalingGroup.EssScalingGroup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    const instanceType = InstanceType.G7_LARGE;
    this.factory = new GoldenImageFactory(this, 'Web', {
      baseImage: BaseImage.fromImageId('aliyun_3_x64_20G_alibase_20240819.vhd'),
      buildContent: BuildContent.create().addRun('yum install -y nginx', 'systemctl enable nginx'),
      imageNamePrefix: 'web-golden',
      instanceType,
      // yum needs the Internet, and the factory's new vSwitch has no NAT gateway.
      internetMaxBandwidthOutMbps: 10,
      imageFamily: 'web-golden',
      rebuildToken: REBUILD,
      tags: { team: 'platform' },
    });

    // The web tier's own network: a VPC and a vSwitch in a zone that offers the instance type.
    const network = new BuildNetwork(this, 'WebNetwork', { instanceType, networkName: 'web', securityGroup: false });
    const http = new SecurityGroup(this, 'Http', { vpc: network.vpc!, securityGroupName: 'web-http' });
    http.addIngressRule(Peer.ipv4('10.0.0.0/8'), Port.tcp(80), { description: 'HTTP from the load balancer network' });

    this.template = new LaunchTemplate(this, 'WebTemplate', {
      // The image this deploy built, found after the build: the template is written after it.
      image: this.factory.image,
      instanceType,
      vswitch: network.vswitch,
      securityGroups: [http],
      launchTemplateName: 'web-tier',
      versionDescription: `golden image ${REBUILD}`,
      instanceName: 'web',
      httpTokens: HttpTokens.REQUIRED,
      instanceTags: { team: 'platform', tier: 'web' },
    });

    // The web tier: an ESS scaling group (the generated L1) that launches from the template's newest
    // version, the one this deploy wrote. A version number rather than the template's default, so
    // the plan shows which version the group moves to.
    this.scalingGroup = new alicloud.essScalingGroup.EssScalingGroup(this, 'WebTier', {
      scalingGroupName: 'web-tier',
      minSize: 1,
      maxSize: 4,
      launchTemplateId: this.template.launchTemplateId,
      launchTemplateVersion: Token.asString(this.template.latestVersionNumber),
      vswitchIds: [network.vswitch.vswitchId],
      tags: { team: 'platform', tier: 'web' },
    });

    new TerraformOutput(this, 'scaling_group_id', { value: this.scalingGroup.id });
    new TerraformOutput(this, 'launch_template_id', { value: this.template.launchTemplateId });
    new TerraformOutput(this, 'launch_template_version', { value: this.template.latestVersionNumber });
    new TerraformOutput(this, 'image_id', { value: this.factory.imageId });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new GoldenImageRolloutStack(app, 'golden-image-rollout');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
