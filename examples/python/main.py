#!/usr/bin/env python3
"""The Python twin of examples/l1-image-pipeline: the same stack, written with the Python bindings.

Run it with `cdktf synth` (cdktf.json's app is `python3 main.py`) in a virtualenv that has the
`cdktf-alicloud-image-builder` wheel installed (see the README's Python quick start).
"""
from cdktf import App, Fn, TerraformStack, Token
from constructs import Construct

from cdktf_alicloud_image_builder import alicloud


class L1ImagePipelineStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        alicloud.provider.AlicloudProvider(self, "alicloud", region="cn-hangzhou")

        vpc = alicloud.vpc.Vpc(self, "default", cidr_block="172.17.3.0/24", vpc_name="terraform-example")
        account = alicloud.data_alicloud_account.DataAlicloudAccount(self, "account")
        images = alicloud.data_alicloud_images.DataAlicloudImages(
            self, "images", most_recent=True, name_regex="^ubuntu_[0-9]+_[0-9]+_x64*", owners="system"
        )
        instance_types = alicloud.data_alicloud_instance_types.DataAlicloudInstanceTypes(
            self, "instance_types", image_id=Token.as_string(Fn.element(images.ids, 0))
        )
        groups = alicloud.data_alicloud_resource_manager_resource_groups.DataAlicloudResourceManagerResourceGroups(
            self, "resource_groups", name_regex="default"
        )
        zones = alicloud.data_alicloud_zones.DataAlicloudZones(self, "zones", available_resource_creation="VSwitch")
        vswitch = alicloud.vswitch.Vswitch(
            self,
            "vswitch",
            cidr_block="172.17.3.0/24",
            vpc_id=vpc.id,
            vswitch_name="terraform-example",
            zone_id=zones.zones.get(0).id,
        )

        pipeline = alicloud.ecs_image_pipeline.EcsImagePipeline(
            self,
            "pipeline",
            add_account=[account.id],
            base_image=Token.as_string(Fn.element(images.ids, 0)),
            base_image_type="IMAGE",
            build_content="RUN yum update -y",
            delete_instance_on_failure=False,
            description="terraform-example",
            image_name="terraform-example",
            instance_type=Token.as_string(Fn.element(instance_types.ids, 0)),
            internet_max_bandwidth_out=20,
            name="terraform-example",
            resource_group_id=groups.groups.get(0).id,
            system_disk_size=40,
            tags={"Created": "TF", "For": "Acceptance-test"},
            to_region_id=["cn-qingdao", "cn-zhangjiakou"],
            vswitch_id=vswitch.id,
        )

        alicloud.ecs_image_pipeline_execution.EcsImagePipelineExecution(
            self, "execution", image_pipeline_id=pipeline.id
        )


def build(app: App) -> None:
    """Adds the stacks of this example to an app (the same stacks as its TypeScript twin)."""
    L1ImagePipelineStack(app, "l1-image-pipeline")


if __name__ == "__main__":
    app = App()
    build(app)
    app.synth()
