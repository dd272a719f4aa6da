"""The network L2s from Python: Vpc, VSwitch, SecurityGroup with Peer/Port rules, Instance, BuildNetwork
(new and existing), and the network handed to a pipeline."""
from conftest import alicloud_stack, image_pipeline, only, synth
from cdktf_alicloud_image_builder import (
    BuildNetwork,
    DiskCategory,
    Image,
    Instance,
    InstanceType,
    Peer,
    Port,
    RulePolicy,
    SecurityGroup,
    VSwitch,
    Vpc,
)


def test_vpc_vswitch_security_group_and_instance():
    stack = alicloud_stack()
    vpc = Vpc(stack, "Vpc", cidr_block="10.0.0.0/16", vpc_name="build")
    vswitch = VSwitch(stack, "VSwitch", vpc=vpc, cidr_block="10.0.1.0/24", zone_id="cn-hangzhou-i")
    group = SecurityGroup(stack, "Group", vpc=vpc, security_group_name="build")
    group.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(22), description="ssh from the VPN")
    group.add_egress_rule(Peer.any_ipv4(), Port.all_traffic(), policy=RulePolicy.DROP, priority=100)
    Instance(stack, "Builder", image=Image.from_image_id(stack, "Base", "m-bp1abc"), instance_type=InstanceType.G7_LARGE,
             vswitch=vswitch, security_groups=[group], system_disk_category=DiskCategory.CLOUD_ESSD,
             system_disk_size_gib=40)
    doc = synth(stack)

    vpc_id, vpc_config = only(doc, "alicloud_vpc")
    vswitch_id, vswitch_config = only(doc, "alicloud_vswitch")
    group_id, group_config = only(doc, "alicloud_security_group")
    assert vpc_config == {"cidr_block": "10.0.0.0/16", "vpc_name": "build"}
    assert vswitch_config == {"vpc_id": "${alicloud_vpc.%s.id}" % vpc_id, "cidr_block": "10.0.1.0/24",
                              "zone_id": "cn-hangzhou-i"}
    assert group_config == {"vpc_id": "${alicloud_vpc.%s.id}" % vpc_id, "security_group_name": "build"}
    rules = sorted(doc["resource"]["alicloud_security_group_rule"].values(), key=lambda r: r["type"])
    reference = "${alicloud_security_group.%s.id}" % group_id
    assert rules == [
        {"security_group_id": reference, "type": "egress", "ip_protocol": "all", "port_range": "-1/-1",
         "cidr_ip": "0.0.0.0/0", "policy": "drop", "priority": 100},
        {"security_group_id": reference, "type": "ingress", "ip_protocol": "tcp", "port_range": "22/22",
         "cidr_ip": "10.0.0.0/8", "policy": "accept", "priority": 1, "description": "ssh from the VPN"},
    ]
    _, instance = only(doc, "alicloud_instance")
    assert instance == {
        "image_id": "m-bp1abc",
        "instance_type": "ecs.g7.large",
        "vswitch_id": "${alicloud_vswitch.%s.id}" % vswitch_id,
        "security_groups": [reference],
        "internet_max_bandwidth_out": 0,
        "system_disk_category": "cloud_essd",
        "system_disk_size": 40,
    }


def test_build_network_creates_a_private_network_in_a_zone_that_has_the_instance_type():
    stack = alicloud_stack()
    network = BuildNetwork(stack, "Network", instance_type=InstanceType.G7_LARGE, network_name="image-build")
    image_pipeline(stack, vswitch=network.vswitch, instance_type=InstanceType.G7_LARGE)
    doc = synth(stack)

    zones_id, zones = only(doc, "alicloud_zones", kind="data")
    assert zones == {"available_instance_type": "ecs.g7.large", "available_resource_creation": "VSwitch"}
    vpc_id, vpc = only(doc, "alicloud_vpc")
    vswitch_id, vswitch = only(doc, "alicloud_vswitch")
    _, group = only(doc, "alicloud_security_group")
    assert vpc == {"cidr_block": "172.16.0.0/16", "vpc_name": "image-build"}
    assert vswitch["cidr_block"] == "172.16.0.0/24"
    assert vswitch["zone_id"] == "${data.alicloud_zones.%s.zones[0].id}" % zones_id
    assert group["description"] == "Image build instances: no inbound rules"
    assert "alicloud_security_group_rule" not in doc["resource"]
    assert only(doc, "alicloud_ecs_image_pipeline")[1]["vswitch_id"] == "${alicloud_vswitch.%s.id}" % vswitch_id
    assert network.vpc is not None and network.security_group is not None


def test_build_network_with_an_existing_vswitch_creates_nothing():
    stack = alicloud_stack()
    existing = VSwitch.from_v_switch_attributes(stack, "Existing", vswitch_id="vsw-bp1abc", zone_id="cn-hangzhou-i")
    network = BuildNetwork(stack, "Network", existing_v_switch=existing,
                           existing_security_group=SecurityGroup.from_security_group_id(stack, "Group", "sg-bp1abc"))
    image_pipeline(stack, vswitch=network.vswitch)
    doc = synth(stack)
    assert network.vpc is None and network.zone_id == "cn-hangzhou-i"
    assert network.security_group.security_group_id == "sg-bp1abc"
    assert sorted(doc["resource"]) == ["alicloud_ecs_image_pipeline"]
    assert only(doc, "alicloud_ecs_image_pipeline")[1]["vswitch_id"] == "vsw-bp1abc"
    assert Vpc.from_vpc_id(stack, "Imported", "vpc-bp1abc").vpc_id == "vpc-bp1abc"
