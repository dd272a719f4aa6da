/**
 * A golden web-server image as code: Ubuntu 22.04 + nginx, built by Image Builder in a new network,
 * copied to Shanghai and Beijing, shared with a second account and published into the image family
 * `web-nginx`. `cdktf deploy` waits for the build and prints the image ids (one per region).
 *
 * Change the build content (or the base image) and deploy again: a new pipeline and a new build
 * replace the old ones. Change `REBUILD` to rebuild an unchanged pipeline (e.g. for security updates).
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud, BaseImage, BuildContent, GoldenImageFactory, InstanceType } from '../../lib';

/** The image family consumers launch from (see examples/image-consumer). */
export const IMAGE_FAMILY = 'web-nginx';

/** Bump to build again without any other change. */
const REBUILD = '2026-11-23';

export class GoldenImageStack extends TerraformStack {
  public readonly factory: GoldenImageFactory;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });
    const shanghai = new alicloud.provider.AlicloudProvider(this, 'shanghai', { region: 'cn-shanghai', alias: 'shanghai' });
    const beijing = new alicloud.provider.AlicloudProvider(this, 'beijing', { region: 'cn-beijing', alias: 'beijing' });

    const buildContent = BuildContent.create()
      .addEnv('DEBIAN_FRONTEND', 'noninteractive')
      .addRun('apt-get update -y', 'apt-get install -y nginx', 'systemctl enable nginx')
      // Reaches the build instance as written: the library escapes ${ so Terraform leaves it alone.
      .addRun('echo "golden image, built by ${USER:-root}" > /etc/motd')
      .addLabel('role', 'web');

    this.factory = new GoldenImageFactory(this, 'WebNginx', {
      baseImage: BaseImage.fromImageId('ubuntu_22_04_x64_20G_alibase_20240926.vhd'),
      buildContent,
      imageNamePrefix: 'web-nginx',
      description: 'Ubuntu 22.04 with nginx',
      instanceType: InstanceType.G7_LARGE,
      systemDiskSizeGiB: 40,
      // apt-get needs the Internet, and the new vSwitch has no NAT gateway.
      internetMaxBandwidthOutMbps: 10,
      distributionRegions: [
        { regionId: 'cn-shanghai', provider: shanghai },
        { regionId: 'cn-beijing', provider: beijing },
      ],
      shareWithAccountIds: ['1234567890123456'],
      imageFamily: IMAGE_FAMILY,
      rebuildToken: REBUILD,
      waitOptions: { timeoutMinutes: 90 },
      terraformOutputs: true,
      tags: { team: 'platform' },
    });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new GoldenImageStack(app, 'golden-image-factory');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
