/**
 * A golden image on Apsara Stack: a build instance in its own VPC, captured as a custom image and
 * shared with another account. Apsara Stack has no Image Builder, so the instance is the build host.
 *
 * Credentials come from the environment (ALIBABACLOUDSTACK_ACCESS_KEY / _SECRET_KEY); everything
 * else the provider needs to reach a private cloud is set below.
 */
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { alibabacloudstack, apsara, ImageOwner, InstanceType } from '../../lib';

export class ApsaraStackImageStack extends TerraformStack {
  /** The captured image and its share. */
  public readonly golden: apsara.ImageFromInstance;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new alibabacloudstack.provider.AlibabacloudstackProvider(this, 'alibabacloudstack', {
      region: 'cn-qingdao-env17-d01',
      // Endpoints are derived per product from the region and this domain; an `endpoints` block
      // with per-product keys (ecs, vpc, ...) is the alternative.
      popgwDomain: 'inter.env17e.shuguang.com',
      protocol: 'HTTPS',
      // Private clouds often sit behind a proxy and use certificates from an internal CA.
      proxy: 'http://proxy.corp.internal:3128',
      insecure: true,
      resourceGroupSetName: 'ResourceSet(golden-images)',
    });

    const shareWith = new TerraformVariable(this, 'share_with_account_id', {
      type: 'string',
      default: '123456789012',
      description: 'The Apsara Stack account the golden image is shared with',
    });

    const zones = new alibabacloudstack.dataAlibabacloudstackZones.DataAlibabacloudstackZones(this, 'zones', {
      availableResourceCreation: 'VSwitch',
    });
    const zoneId = zones.zones.get(0).id;

    const vpc = new apsara.Vpc(this, 'Vpc', { vpcName: 'golden-image-build', cidrBlock: '172.16.0.0/16' });
    const vswitch = new apsara.VSwitch(this, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId, vswitchName: 'golden-image-build' });
    const group = new apsara.SecurityGroup(this, 'SecurityGroup', { vpc, securityGroupName: 'golden-image-build' });

    const builder = new apsara.Instance(this, 'Builder', {
      image: apsara.Image.fromLookup(this, 'Ubuntu', { nameRegex: '^ubuntu_', owners: ImageOwner.SYSTEM }),
      instanceType: InstanceType.of('ecs.n4.large'),
      vswitch,
      securityGroups: [group],
      zoneId,
      instanceName: 'golden-image-builder',
      systemDiskSizeGiB: 40,
      // Prepares the image at first boot; the image is captured from this instance.
      userData: '#!/bin/sh\napt-get update && apt-get -y upgrade && apt-get -y install nginx\n',
    });

    this.golden = new apsara.ImageFromInstance(this, 'Golden', {
      instance: builder,
      imageName: 'golden-ubuntu-nginx',
      description: 'Ubuntu with nginx, captured from the build instance',
      tags: { Team: 'platform', ManagedBy: 'cdktf' },
      shareWithAccountIds: [shareWith.stringValue],
    });
  }
}

/** Adds the example's stack to an app; the tests and `cdktf synth` both go through here. */
export function build(app: App): ApsaraStackImageStack {
  return new ApsaraStackImageStack(app, 'apsara-stack');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
