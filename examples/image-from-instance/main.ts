/**
 * Captures an ECS instance as a custom image, shares it with another account and copies it to a
 * second region through an aliased provider.
 *
 * The instance is created here (in a new build network, from the newest Alibaba Cloud Linux 3
 * public image) unless you pass an existing one: `cdktf synth --context instanceId=i-...` or the
 * `INSTANCE_ID` environment variable; then it is imported and nothing but the image is created.
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  alicloud, Architecture, BuildNetwork, IInstance, Image, ImageOwner, ImageSource, Instance, InstanceType,
} from '../../lib';

export interface ImageFromInstanceStackProps {
  /** Capture this existing instance instead of creating one. */
  readonly instanceId?: string;
}

export class ImageFromInstanceStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: ImageFromInstanceStackProps = {}) {
    super(scope, id);
    new alicloud.provider.AlicloudProvider(this, 'alicloud', { region: 'cn-hangzhou' });
    const beijing = new alicloud.provider.AlicloudProvider(this, 'beijing', { region: 'cn-beijing', alias: 'beijing' });

    let instance: IInstance;
    if (props.instanceId) {
      instance = Instance.fromInstanceId(this, 'Instance', props.instanceId);
    } else {
      const instanceType = InstanceType.G7_LARGE;
      // A VPC, a vSwitch in a zone that offers the instance type, a security group without inbound rules.
      const network = new BuildNetwork(this, 'Network', { instanceType, networkName: 'image-from-instance' });
      const baseImage = Image.fromLookup(this, 'BaseImage', {
        owners: ImageOwner.SYSTEM,
        nameRegex: '^aliyun_3_x64',
        architecture: Architecture.X86_64,
        mostRecent: true,
      });
      instance = new Instance(this, 'Instance', {
        image: baseImage,
        instanceType,
        vswitch: network.vswitch,
        securityGroups: [network.securityGroup!],
        instanceName: 'image-from-instance',
        userData: '#!/bin/sh\necho "baked at build time" > /etc/motd\n',
        // internetMaxBandwidthOutMbps defaults to 0: no public IP.
      });
    }

    const image = new Image(this, 'Image', {
      source: ImageSource.fromInstance(instance),
      imageName: 'web-base-v1',
      description: 'Web server base image captured from an instance',
      imageFamily: 'web-base',
      tags: { team: 'platform' },
    });
    image.shareWith('1234567890123456');
    const copy = image.copyTo('Beijing', {
      provider: beijing,
      imageName: 'web-base-v1',
      description: 'Copy of web-base-v1 in cn-beijing',
      tags: { team: 'platform' },
    });

    new TerraformOutput(this, 'image_id', { value: image.imageId });
    new TerraformOutput(this, 'beijing_image_id', { value: copy.imageId });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): TerraformStack {
  const instanceId = app.node.tryGetContext('instanceId') ?? process.env.INSTANCE_ID;
  return new ImageFromInstanceStack(app, 'image-from-instance', { instanceId });
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
