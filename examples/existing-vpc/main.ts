/**
 * Adding a golden image to a CDKTF app you already have. The app configures its own providers
 * (a default one and an alias for the region it builds images in) and already runs a VPC and a
 * vSwitch that Terraform does not manage here; the factory builds in that vSwitch through the alias,
 * without creating a second provider or network.
 *
 * The ids come from the environment (`BUILD_VSWITCH_ID`, `BUILD_VPC_ID`) or the documented defaults.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alicloud, BaseImage, BuildContent, GoldenImageFactory, VSwitch } from '../../lib';

export interface ExistingVpcStackProps {
  /** The vSwitch image builds run in. */
  readonly vswitchId: string;
  /** Its VPC. */
  readonly vpcId: string;
  /** Its zone. */
  readonly zoneId: string;
}

/** The app's platform stack, as it was before golden images: its providers and its network. */
export class PlatformStack extends TerraformStack {
  public readonly images: alicloud.provider.AlicloudProvider;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });
    this.images = new alicloud.provider.AlicloudProvider(this, 'images', { region: 'cn-shanghai', alias: 'images' });
  }
}

export class ExistingVpcStack extends PlatformStack {
  public readonly factory: GoldenImageFactory;

  constructor(scope: Construct, id: string, props: ExistingVpcStackProps) {
    super(scope, id);
    const vswitch = VSwitch.fromVSwitchAttributes(this, 'BuildVSwitch', {
      vswitchId: props.vswitchId,
      vpcId: props.vpcId,
      zoneId: props.zoneId,
    });
    this.factory = new GoldenImageFactory(this, 'AppBase', {
      baseImage: BaseImage.fromImageId('aliyun_3_x64_20G_alibase_20240819.vhd'),
      buildContent: BuildContent.fromText([
        '# Alibaba Cloud Linux 3 with the app runtime',
        'RUN yum install -y java-17-openjdk-headless',
        'RUN useradd --system app',
        'WORKDIR /opt/app',
      ].join('\n')),
      imageNamePrefix: 'app-base',
      vswitch,
      provider: this.images,
      terraformOutputs: true,
    });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  return new ExistingVpcStack(app, 'existing-vpc', {
    vswitchId: process.env.BUILD_VSWITCH_ID ?? 'vsw-uf6existing0build0net',
    vpcId: process.env.BUILD_VPC_ID ?? 'vpc-uf6existing0platform',
    zoneId: 'cn-shanghai-l',
  });
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
