"""The image and network L2s from Python: union-like sources, enums, share/copy through an alias."""
from conftest import alicloud_stack, synth, validation_error
from cdktf_alicloud_image_builder import (
    Architecture,
    BuildNetwork,
    DiskDeviceMapping,
    DiskType,
    Image,
    ImageOwner,
    ImageSource,
    Instance,
    InstanceType,
    Platform,
    alicloud,
)


def stack_with_providers():
    stack = alicloud_stack()
    beijing = alicloud.provider.AlicloudProvider(stack, "beijing", region="cn-beijing", alias="beijing")
    return stack, beijing


def test_capture_share_and_copy():
    stack, beijing = stack_with_providers()
    network = BuildNetwork(stack, "Network", instance_type=InstanceType.G7_LARGE)
    base = Image.from_lookup(stack, "Base", owners=ImageOwner.SYSTEM, name_regex="^aliyun_3_x64", most_recent=True)
    instance = Instance(stack, "Builder", image=base, instance_type=InstanceType.G7_LARGE,
                        vswitch=network.vswitch, security_groups=[network.security_group])
    image = Image(stack, "Image", source=ImageSource.from_instance(instance), image_name="web-base",
                  architecture=Architecture.X86_64, platform=Platform.ALIYUN)
    image.share_with("1234567890123456")
    image.copy_to("Beijing", provider=beijing)
    doc = synth(stack)

    resources = doc["resource"]
    assert list(resources["alicloud_instance"].values())[0]["internet_max_bandwidth_out"] == 0
    captured = list(resources["alicloud_image"].values())[0]
    assert captured["architecture"] == "x86_64" and captured["platform"] == "Aliyun"
    copy = list(resources["alicloud_image_copy"].values())[0]
    assert copy["provider"] == "alicloud.beijing" and copy["source_region_id"] == "cn-hangzhou"
    assert list(resources["alicloud_image_share_permission"].values())[0]["account_id"] == "1234567890123456"


def test_disk_device_mappings_and_validation_errors():
    stack, _ = stack_with_providers()
    Image(stack, "FromDisks", source=ImageSource.from_disk_device_mappings([
        DiskDeviceMapping(disk_type=DiskType.SYSTEM, snapshot_id="s-1"),
        DiskDeviceMapping(disk_type=DiskType.DATA, size_gib=100),
    ]))
    mapping = list(synth(stack)["resource"]["alicloud_image"].values())[0]["disk_device_mapping"]
    assert mapping == [{"disk_type": "system", "snapshot_id": "s-1"}, {"disk_type": "data", "size": 100}]

    with validation_error("""py/Bad: imageName must not start with 'aliyun' or 'acs:' (got "aliyun-base")"""):
        Image(stack, "Bad", source=ImageSource.from_instance_id("i-1"), image_name="aliyun-base")
