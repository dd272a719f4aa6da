/**
 * A consumer of the golden image, in another app (or team): it launches a web server from the newest
 * image of the family that examples/golden-image-factory publishes to. Deploy the factory first;
 * each new build then reaches this app on its next deploy (the instance is replaced with it).
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud, BuildNetwork, Image, ImageOwner, Instance, InstanceType, Peer, Port, SecurityGroup } from '../../lib';
import { IMAGE_FAMILY } from '../golden-image-factory/main';

export class ImageConsumerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });

    // The newest Available image of the family, among this account's images.
    const golden = Image.fromLookup(this, 'Golden', { imageFamily: IMAGE_FAMILY, owners: ImageOwner.SELF, mostRecent: true });

    const instanceType = InstanceType.G7_LARGE;
    // A VPC and a vSwitch in a zone that offers the instance type (BuildNetwork does that lookup).
    const network = new BuildNetwork(this, 'Network', { instanceType, networkName: 'web' });
    const http = new SecurityGroup(this, 'Http', { vpc: network.vpc!, securityGroupName: 'web-http' });
    http.addIngressRule(Peer.anyIpv4(), Port.tcp(80), { description: 'HTTP from anywhere' });
    const web = new Instance(this, 'Web', {
      image: golden,
      instanceType,
      vswitch: network.vswitch,
      securityGroups: [http],
      internetMaxBandwidthOutMbps: 5,
      instanceName: 'web-1',
    });

    new TerraformOutput(this, 'web_image_id', { value: golden.imageId });
    new TerraformOutput(this, 'web_private_ip', { value: web.privateIp });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new ImageConsumerStack(app, 'image-consumer');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
