#!/usr/bin/env python3
"""The Python twin of examples/apsara-stack-seed: the `alibabacloudstack_ecs_image` documentation
example (seed document 002), whole, with the Python bindings: a zone lookup, an instance type chosen
with the document's fallbacks, a VPC, vSwitch, security group with its SSH rule and instance, the
instance captured as an image, the image shared with an account. Logical ids are pinned to the HCL's
addresses so a state created from the HCL carries over.

Run it with `cdktf synth` (cdktf.json's app is `python3 main.py`) in a virtualenv that has the
`cdktf-alicloud-image-builder` wheel installed (see the README's Python quick start).
"""
from cdktf import App, TerraformResourceLifecycle, TerraformStack, TerraformVariable
from constructs import Construct

from cdktf_alicloud_image_builder import ImageOwner, Peer, Port, RulePolicy, alibabacloudstack, apsara


def pin(construct: Construct, logical_id: str) -> None:
    """Gives an L2's generated block the HCL's address."""
    construct.node.default_child.override_logical_id(logical_id)


class ApsaraStackSeedStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        alibabacloudstack.provider.AlibabacloudstackProvider(self, "alibabacloudstack", region="cn-qingdao-env17-d01")

        name = TerraformVariable(self, "name", default="tf-testAccEcsImageShareConfigBasic4783")

        zone = apsara.ZoneLookup(self, "Zone", available_resource_creation=apsara.ZoneResource.VSWITCH)
        pin(zone, "default")

        vpc = apsara.Vpc(self, "Vpc", vpc_name=f"{name.string_value}_vpc", cidr_block="172.16.0.0/16")
        pin(vpc, "default")
        vswitch = apsara.VSwitch(
            self, "VSwitch", vpc=vpc, vswitch_name=f"{name.string_value}_vsw", cidr_block="172.16.0.0/24", zone_id=zone.zone_id
        )
        pin(vswitch, "default")
        group = apsara.SecurityGroup(self, "SecurityGroup", vpc=vpc, security_group_name=f"{name.string_value}_sg")
        pin(group, "default")
        # SSH from the vSwitch's block only (ingress, tcp 22/22, intranet, accept, priority 1).
        group.add_ingress_rule(
            Peer.ipv4("172.16.0.0/24"), Port.tcp(22), policy=RulePolicy.ACCEPT, priority=1
        ).override_logical_id("default")

        ubuntu = apsara.Image.from_lookup(self, "Ubuntu", name_regex="^ubuntu_", most_recent=True, owners=ImageOwner.SYSTEM)
        pin(ubuntu, "default")

        # The smallest n4 type with 1 vCPU and 1 GiB, else any n4, else any type of the zone.
        instance_type = apsara.InstanceTypeChoice(
            self,
            "InstanceType",
            zone_id=zone.zone_id,
            candidates=[
                apsara.InstanceTypeCandidate(
                    instance_type_family="ecs.n4", cpu_core_count=1, memory_size_gib=1, sorted_by=apsara.InstanceTypeSort.MEMORY
                ),
                apsara.InstanceTypeCandidate(instance_type_family="ecs.n4", sorted_by=apsara.InstanceTypeSort.MEMORY),
            ],
        )
        instance_type.candidate_lookups[0].override_logical_id("default")
        instance_type.candidate_lookups[1].override_logical_id("any_n4")
        instance_type.any_type_lookup.override_logical_id("all")
        instance_type.choice.override_logical_id("default_instance_type_id")

        instance = apsara.Instance(
            self,
            "Instance",
            image=ubuntu,
            instance_type=instance_type.instance_type,
            system_disk_category=zone.system_disk_category,
            system_disk_size_gib=20,
            system_disk_name="test_sys_disk",
            security_groups=[group],
            instance_name=f"{name.string_value}_ecs",
            vswitch=vswitch,
            zone_id=zone.zone_id,
        )
        pin(instance, "default")
        instance.resource.lifecycle = TerraformResourceLifecycle(ignore_changes=["instance_type"])

        image = apsara.Image(
            self,
            "Image",
            source=apsara.ImageSource.from_instance(instance),
            image_name=name.string_value,
            description="Custom image created by Terraform",
            tags={"Environment": "Test", "Owner": "Terraform"},
        )
        pin(image, "default")
        image.share_with("123456789").resource.override_logical_id("default")


def build(app: App) -> None:
    """Adds the stacks of this example to an app (the same stacks as its TypeScript twin)."""
    ApsaraStackSeedStack(app, "apsara-stack-seed")


if __name__ == "__main__":
    app = App()
    build(app)
    app.synth()
