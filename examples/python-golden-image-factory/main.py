#!/usr/bin/env python3
"""The Python twin of examples/golden-image-factory: Ubuntu 22.04 + nginx built by Image Builder in a
new network, copied to Shanghai and Beijing, shared with an account and published into the image
family `web-nginx`; `cdktf deploy` waits for the build and prints the image ids.

Run it with `cdktf synth` (cdktf.json's app is `python3 main.py`) in a virtualenv that has the
`cdktf-alicloud-image-builder` wheel installed (see the README's Python quick start).
"""
from cdktf import App, TerraformStack
from constructs import Construct

from cdktf_alicloud_image_builder import (
    BaseImage,
    BuildContent,
    BuildWaiterOptions,
    DistributionRegion,
    GoldenImageFactory,
    InstanceType,
    alicloud,
)

IMAGE_FAMILY = "web-nginx"
REBUILD = "2026-11-23"  # bump to build again without any other change


class GoldenImageStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        alicloud.provider.AlicloudProvider(self, "alicloud", region="cn-hangzhou")
        shanghai = alicloud.provider.AlicloudProvider(self, "shanghai", region="cn-shanghai", alias="shanghai")
        beijing = alicloud.provider.AlicloudProvider(self, "beijing", region="cn-beijing", alias="beijing")

        build_content = (
            BuildContent.create()
            .add_env("DEBIAN_FRONTEND", "noninteractive")
            .add_run("apt-get update -y", "apt-get install -y nginx", "systemctl enable nginx")
            # Reaches the build instance as written: the library escapes ${ so Terraform leaves it alone.
            .add_run('echo "golden image, built by ${USER:-root}" > /etc/motd')
            .add_label("role", "web")
        )

        self.factory = GoldenImageFactory(
            self,
            "WebNginx",
            base_image=BaseImage.from_image_id("ubuntu_22_04_x64_20G_alibase_20240926.vhd"),
            build_content=build_content,
            image_name_prefix="web-nginx",
            description="Ubuntu 22.04 with nginx",
            instance_type=InstanceType.G7_LARGE,
            system_disk_size_gib=40,
            internet_max_bandwidth_out_mbps=10,  # apt-get needs the Internet; the new vSwitch has no NAT
            distribution_regions=[
                DistributionRegion(region_id="cn-shanghai", provider=shanghai),
                DistributionRegion(region_id="cn-beijing", provider=beijing),
            ],
            share_with_account_ids=["1234567890123456"],
            image_family=IMAGE_FAMILY,
            rebuild_token=REBUILD,
            wait_options=BuildWaiterOptions(timeout_minutes=90),
            terraform_outputs=True,
            tags={"team": "platform"},
        )


app = App()
GoldenImageStack(app, "golden-image-factory")
app.synth()
