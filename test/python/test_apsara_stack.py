"""Every Apsara Stack construct (the `apsara` submodule) from Python: JSON, defaults, importers and the
library's validation errors, the security group rules with each provider-side rule both ways."""
import cdktf
import pytest
from cdktf import TerraformStack

from conftest import only, synth, validation_error
from cdktf_alicloud_image_builder import ImageOwner, InstanceType, Peer, Port, RulePolicy, Timeouts, alibabacloudstack, apsara


def apsara_stack(stack_id: str = "test") -> TerraformStack:
    stack = TerraformStack(cdktf.Testing.app(), stack_id)
    alibabacloudstack.provider.AlibabacloudstackProvider(stack, "alibabacloudstack", region="cn-qingdao-env17-d01")
    return stack


def network(stack):
    vpc = apsara.Vpc(stack, "Vpc", vpc_name="build", cidr_block="172.16.0.0/16")
    vswitch = apsara.VSwitch(stack, "VSwitch", vpc=vpc, cidr_block="172.16.0.0/24", zone_id="cn-qingdao-env17-amtest17001-a")
    group = apsara.SecurityGroup(stack, "Sg", vpc=vpc, security_group_name="build")
    return vpc, vswitch, group


def instance(stack, **props):
    _, vswitch, group = network(stack)
    return apsara.Instance(stack, "Builder", image=apsara.Image.from_image_id(stack, "Base", "m-base"),
                           instance_type=InstanceType.of("ecs.n4.large"), vswitch=vswitch, security_groups=[group], **props)


def test_vpc_vswitch_and_group():
    stack = apsara_stack()
    network(stack)
    doc = synth(stack)
    vpc_id, vpc = only(doc, "alibabacloudstack_vpc_vpc")
    assert vpc == {"vpc_name": "build", "cidr_block": "172.16.0.0/16"}
    _, vswitch = only(doc, "alibabacloudstack_vpc_vswitch")
    assert vswitch == {"vpc_id": "${alibabacloudstack_vpc_vpc.%s.id}" % vpc_id, "cidr_block": "172.16.0.0/24",
                       "zone_id": "cn-qingdao-env17-amtest17001-a"}
    _, group = only(doc, "alibabacloudstack_ecs_securitygroup")
    assert group == {"vpc_id": "${alibabacloudstack_vpc_vpc.%s.id}" % vpc_id, "name": "build"}
    assert "alibabacloudstack_security_group_rule" not in doc["resource"]


def test_network_rules():
    with validation_error('test/VSwitch: cidrBlock must have a prefix length from /16 to /29 (got "172.16.0.0/30")'):
        apsara.VSwitch(apsara_stack(), "VSwitch", vpc=apsara.Vpc.from_vpc_id(apsara_stack("x"), "V", "vpc-1"),
                       cidr_block="172.16.0.0/30", zone_id="z")
    with validation_error("test/Sg: securityGroupName must be 2 to 128 characters", exact=False):
        apsara.SecurityGroup(apsara_stack(), "Sg", vpc=apsara.Vpc.from_vpc_id(apsara_stack("x"), "V", "vpc-1"), security_group_name="x")
    stack = apsara_stack()
    assert apsara.SecurityGroup.from_security_group_id(stack, "G", "sg-1").security_group_id == "sg-1"
    assert apsara.VSwitch.from_v_switch_id(stack, "S", "vsw-1").vswitch_id == "vsw-1"
    assert apsara.Vpc.from_vpc_id(stack, "V", "vpc-1").vpc_id == "vpc-1"
    assert "resource" not in synth(stack)


def test_security_group_rules_with_the_public_clouds_peer_and_port():
    stack = apsara_stack()
    _, _, group = network(stack)
    group.add_ingress_rule(Peer.ipv4("172.16.0.0/24"), Port.tcp(22))
    group.add_egress_rule(Peer.ipv6("2001:db8::/32"), Port.all_traffic(), policy=RulePolicy.DROP, priority=100, description="no v6 out")
    doc = synth(stack)
    group_id, _ = only(doc, "alibabacloudstack_ecs_securitygroup")
    rules = sorted(doc["resource"]["alibabacloudstack_security_group_rule"].values(), key=lambda r: r["type"])
    reference = "${alibabacloudstack_ecs_securitygroup.%s.id}" % group_id
    assert rules == [
        {"security_group_id": reference, "type": "egress", "ip_protocol": "all", "port_range": "-1/-1",
         "ipv6_cidr_ip": "2001:db8::/32", "policy": "drop", "priority": 100, "description": "no v6 out", "nic_type": "intranet"},
        {"security_group_id": reference, "type": "ingress", "ip_protocol": "tcp", "port_range": "22/22",
         "cidr_ip": "172.16.0.0/24", "policy": "accept", "priority": 1, "nic_type": "intranet"},
    ]


def test_security_group_rule_checks():
    _, _, group = network(apsara_stack())
    # Errors raised in a method (not a constructor) reach Python with jsii's type prefix.
    with validation_error("ValidationError: test/Sg: ingress rule priority must be an integer from 1 to 100 (got 0)"):
        group.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp(22), priority=0)
    with validation_error('ValidationError: test/Sg: ingress rule port must not start after it ends (443 > 80) (got "443/80")'):
        group.add_ingress_rule(Peer.ipv4("10.0.0.0/8"), Port.tcp_range(443, 80))
    with validation_error('ValidationError: test/Sg: ingress rule peer must be an IPv6 address or CIDR block such as 2408:4000::/56 (got "10.0.0.0/8")'):
        group.add_ingress_rule(Peer.ipv6("10.0.0.0/8"), Port.tcp(22))


@pytest.mark.parametrize("attribute,value", [("ipv6_cidr_ip", "2001:db8::/32"), ("source_security_group_id", "sg-other")])
def test_provider_rule_conflicts_with_cidr_ip_both_ways(attribute, value):
    stack = apsara_stack()
    _, _, group = network(stack)
    peer = Peer.ipv6(value) if attribute == "ipv6_cidr_ip" else Peer.security_group(
        apsara.SecurityGroup.from_security_group_id(stack, "Other", value))
    group.add_ingress_rule(peer, Port.tcp(22))
    _, rule = only(synth(stack), "alibabacloudstack_security_group_rule")
    assert rule[attribute] == value and "cidr_ip" not in rule

    stack = apsara_stack()
    _, _, group = network(stack)
    group.add_ingress_rule(Peer.ipv4("172.16.0.0/24"), Port.tcp(22)).add_override(attribute, value)
    with validation_error(f'test/Sg: cidr_ip conflicts with {attribute}: the provider accepts only one of them (got "172.16.0.0/24")', exact=False):
        synth(stack)


def test_provider_rule_at_least_one_peer_both_ways():
    stack = apsara_stack()
    _, _, group = network(stack)
    group.add_ingress_rule(Peer.ipv4("172.16.0.0/24"), Port.tcp(22))
    assert only(synth(stack), "alibabacloudstack_security_group_rule")[1]["cidr_ip"] == "172.16.0.0/24"

    stack = apsara_stack()
    _, _, group = network(stack)
    group.add_ingress_rule(Peer.ipv4("172.16.0.0/24"), Port.tcp(22)).add_override("cidr_ip", None)
    with validation_error("must set at least one of cidr_ip, ipv6_cidr_ip, source_security_group_id (the provider's rule)", exact=False):
        synth(stack)


def test_instance():
    stack = apsara_stack()
    instance(stack, instance_name="builder", system_disk_category=apsara.DiskCategory.CLOUD_SSD, system_disk_size_gib=40,
             user_data="#!/bin/sh\necho ${HOME}\n")
    _, config = only(synth(stack), "alibabacloudstack_ecs_instance")
    assert config["instance_type"] == "ecs.n4.large"
    assert config["image_id"] == "m-base"
    assert config["system_disk_category"] == "cloud_ssd"
    assert config["system_disk_size"] == 40
    assert config["user_data"] == "#!/bin/sh\necho $${HOME}\n"
    with validation_error("test/Builder: instanceType must start with 'ecs.' (got \"n4.large\")"):
        apsara.Instance(apsara_stack(), "Builder", image=apsara.Image.from_image_id(stack, "B2", "m-1"),
                        instance_type=InstanceType.of("n4.large"), vswitch=apsara.VSwitch.from_v_switch_id(stack, "S", "vsw-1"),
                        security_groups=[apsara.SecurityGroup.from_security_group_id(stack, "G", "sg-1")])


def test_image_sources_share_copy_export_and_timeouts():
    stack = apsara_stack()
    builder = instance(stack)
    image = apsara.Image(stack, "Image", source=apsara.ImageSource.from_instance(builder), image_name="golden",
                         timeouts=Timeouts(create="45m", delete="15m"))
    image.share_with("123456789")
    image.copy_to("cn-neimeng-env30-d01", image_name="golden", timeouts=Timeouts(create="30m"))
    image.export_to("image-archive", oss_prefix="golden")
    apsara.Image(stack, "FromDisks", source=apsara.ImageSource.from_disk_device_mappings(
        [apsara.DiskDeviceMapping(size_gib=40, snapshot_id="s-1")]))
    doc = synth(stack)
    image_config = doc["resource"]["alibabacloudstack_ecs_image"]
    golden = next(c for c in image_config.values() if c.get("image_name") == "golden")
    assert golden["timeouts"] == {"create": "45m", "delete": "15m"}
    assert golden["instance_id"].startswith("${alibabacloudstack_ecs_instance.")
    assert any(c.get("disk_device_mapping") == [{"size": 40, "snapshot_id": "s-1"}] for c in image_config.values())
    _, share = only(doc, "alibabacloudstack_image_share_permission")
    assert share["account_id"] == "123456789"
    _, copy = only(doc, "alibabacloudstack_image_copy")
    assert copy["destination_region_id"] == "cn-neimeng-env30-d01" and copy["timeouts"] == {"create": "30m"}
    _, export = only(doc, "alibabacloudstack_image_export")
    assert export["oss_bucket"] == "image-archive" and export["oss_prefix"] == "golden"


def test_image_rules():
    with validation_error("test/Image: timeouts.create must be more than 20m", exact=False):
        apsara.Image(apsara_stack(), "Image", source=apsara.ImageSource.from_snapshot_id("s-1"), timeouts=Timeouts(create="20m"))
    with validation_error("test/Image: accountId must be an Alibaba Cloud account id (digits only)", exact=False):
        apsara.Image(apsara_stack(), "Image", source=apsara.ImageSource.from_snapshot_id("s-1")).share_with("acct")
    with validation_error("test/Image: source.diskDeviceMappings[0].sizeGiB must be an integer from 5 to 2000 GiB (got 4)"):
        apsara.Image(apsara_stack(), "Image", source=apsara.ImageSource.from_disk_device_mappings([apsara.DiskDeviceMapping(size_gib=4)]))


def test_image_lookup_import_and_copy_construct():
    stack = apsara_stack()
    found = apsara.Image.from_lookup(stack, "Ubuntu", name_regex="^ubuntu_", owners=ImageOwner.SYSTEM)
    apsara.ImageCopy(stack, "Copy", source_image=found, destination_region_id="cn-neimeng-env30-d01", encrypted=True, kms_key_id="key-1")
    imported = apsara.Image.from_image_id(stack, "Existing", "m-existing")
    imported.share_with("123456789")
    doc = synth(stack)
    _, lookup = only(doc, "alibabacloudstack_images", kind="data")
    assert lookup == {"name_regex": "^ubuntu_", "owners": "system", "most_recent": True}
    _, copy = only(doc, "alibabacloudstack_image_copy")
    assert copy["source_image_id"].startswith("${data.alibabacloudstack_images.")
    assert copy["encrypted"] is True and copy["kms_key_id"] == "key-1"
    assert only(doc, "alibabacloudstack_image_share_permission")[1]["image_id"] == "m-existing"


def test_image_from_instance():
    stack = apsara_stack()
    golden = apsara.ImageFromInstance(stack, "Golden", instance=apsara.Instance.from_instance_id(stack, "Builder", "i-1"),
                                      image_name="golden", share_with_account_ids=["111111111", "222222222"],
                                      copy_to_region_ids=["cn-neimeng-env30-d01"], timeouts=Timeouts(create="60m"))
    doc = synth(stack)
    assert only(doc, "alibabacloudstack_ecs_image")[1]["instance_id"] == "i-1"
    assert len(doc["resource"]["alibabacloudstack_image_share_permission"]) == 2
    assert len(golden.copies) == 1
    with validation_error("test/G: shareWithAccountIds must not contain duplicates", exact=False):
        apsara.ImageFromInstance(apsara_stack(), "G", instance=apsara.Instance.from_instance_id(stack, "B2", "i-1"),
                                 share_with_account_ids=["1", "1"])


def test_zone_lookup_and_instance_type_choice():
    stack = apsara_stack()
    zone = apsara.ZoneLookup(stack, "Zone", available_resource_creation=apsara.ZoneResource.VSWITCH)
    choice = apsara.InstanceTypeChoice(stack, "Type", zone_id=zone.zone_id, candidates=[
        apsara.InstanceTypeCandidate(instance_type_family="ecs.n4", cpu_core_count=1, memory_size_gib=1,
                                     sorted_by=apsara.InstanceTypeSort.MEMORY)])
    choice.choice.override_logical_id("type")
    doc = synth(stack)
    _, zones = only(doc, "alibabacloudstack_zones", kind="data")
    assert zones == {"available_resource_creation": "VSwitch", "enable_details": True}
    assert len(doc["data"]["alibabacloudstack_instance_types"]) == 2
    assert doc["locals"]["type"].startswith("${try(element(sort(")
    with validation_error("test/Type: candidates[0].instanceTypeFamily must start with 'ecs.' (got \"n4\")"):
        apsara.InstanceTypeChoice(apsara_stack(), "Type", zone_id="z", candidates=[apsara.InstanceTypeCandidate(instance_type_family="n4")])
