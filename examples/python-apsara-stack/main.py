#!/usr/bin/env python3
"""The Python twin of examples/apsara-stack: a golden image on Apsara Stack, written with the Python
bindings. A build instance in its own VPC is captured as a custom image and shared with an account.

Run it with `cdktf synth` (cdktf.json's app is `python3 main.py`) in a virtualenv that has the
`cdktf-alicloud-image-builder` wheel installed (see the README's Python quick start). Credentials come
from the environment (ALIBABACLOUDSTACK_ACCESS_KEY / ALIBABACLOUDSTACK_SECRET_KEY).
"""
from cdktf import App, TerraformStack, TerraformVariable
from constructs import Construct

from cdktf_alicloud_image_builder import ImageOwner, InstanceType, alibabacloudstack, apsara


class ApsaraStackImageStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        alibabacloudstack.provider.AlibabacloudstackProvider(
            self,
            "alibabacloudstack",
            region="cn-qingdao-env17-d01",
            # Endpoints are derived per product from the region and this domain; an `endpoints`
            # block with per-product keys (ecs, vpc, ...) is the alternative.
            popgw_domain="inter.env17e.shuguang.com",
            protocol="HTTPS",
            # Private clouds often sit behind a proxy and use certificates from an internal CA.
            proxy="http://proxy.corp.internal:3128",
            insecure=True,
            resource_group_set_name="ResourceSet(golden-images)",
        )

        share_with = TerraformVariable(
            self,
            "share_with_account_id",
            type="string",
            default="123456789012",
            description="The Apsara Stack account the golden image is shared with",
        )

        zones = alibabacloudstack.data_alibabacloudstack_zones.DataAlibabacloudstackZones(
            self, "zones", available_resource_creation="VSwitch"
        )
        zone_id = zones.zones.get(0).id

        vpc = apsara.Vpc(self, "Vpc", vpc_name="golden-image-build", cidr_block="172.16.0.0/16")
        vswitch = apsara.VSwitch(
            self, "VSwitch", vpc=vpc, cidr_block="172.16.0.0/24", zone_id=zone_id, vswitch_name="golden-image-build"
        )
        group = apsara.SecurityGroup(self, "SecurityGroup", vpc=vpc, security_group_name="golden-image-build")

        builder = apsara.Instance(
            self,
            "Builder",
            image=apsara.Image.from_lookup(self, "Ubuntu", name_regex="^ubuntu_", owners=ImageOwner.SYSTEM),
            instance_type=InstanceType.of("ecs.n4.large"),
            vswitch=vswitch,
            security_groups=[group],
            zone_id=zone_id,
            instance_name="golden-image-builder",
            system_disk_size_gib=40,
            # Prepares the image at first boot; the image is captured from this instance.
            user_data="#!/bin/sh\napt-get update && apt-get -y upgrade && apt-get -y install nginx\n",
        )

        self.golden = apsara.ImageFromInstance(
            self,
            "Golden",
            instance=builder,
            image_name="golden-ubuntu-nginx",
            description="Ubuntu with nginx, captured from the build instance",
            tags={"Team": "platform", "ManagedBy": "cdktf"},
            share_with_account_ids=[share_with.string_value],
        )


def build(app: App) -> None:
    """Adds the stacks of this example to an app (the same stacks as its TypeScript twin)."""
    ApsaraStackImageStack(app, "apsara-stack")


if __name__ == "__main__":
    app = App()
    build(app)
    app.synth()
