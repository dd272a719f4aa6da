"""LaunchTemplate from Python: the same JSON as from TypeScript, importers, type check and validation."""
from conftest import alicloud_stack, only, synth, validation_error
from cdktf_alicloud_image_builder import (
    HttpTokens,
    Image,
    ImageOwner,
    InstanceType,
    LaunchTemplate,
    SecurityGroup,
    VSwitch,
)


def _template(stack, template_id="Template", **props):
    return LaunchTemplate(
        stack, template_id,
        image=props.pop("image", None) or Image.from_image_id(stack, f"{template_id}Image", "m-golden1"),
        instance_type=InstanceType.G7_LARGE,
        vswitch=VSwitch.from_v_switch_attributes(stack, f"{template_id}VSwitch", vswitch_id="vsw-1", vpc_id="vpc-1", zone_id="cn-hangzhou-i"),
        security_groups=[SecurityGroup.from_security_group_id(stack, f"{template_id}Sg", "sg-1")],
        **props,
    )


def test_launch_template_json_matches_typescript():
    stack = alicloud_stack("test")
    template = _template(stack, http_tokens=HttpTokens.REQUIRED, version_description="golden image of today",
                         instance_tags={"app": "web"})
    _, config = only(synth(stack), "alicloud_ecs_launch_template")
    assert config == {
        "launch_template_name": "test-Template",
        "update_default_version_number": True,
        "version_description": "golden image of today",
        "image_id": "m-golden1",
        "instance_type": "ecs.g7.large",
        "vswitch_id": "vsw-1",
        "vpc_id": "vpc-1",
        "zone_id": "cn-hangzhou-i",
        "security_group_ids": ["sg-1"],
        "internet_max_bandwidth_out": 0,
        "system_disk": {"delete_with_instance": True},
        "http_tokens": "required",
        "tags": {"app": "web"},
    }
    assert LaunchTemplate.is_launch_template(template)


def test_family_lookup_rolls_into_the_template():
    stack = alicloud_stack()
    golden = Image.from_lookup(stack, "Golden", image_family="web-golden", owners=ImageOwner.SELF, most_recent=True)
    _template(stack, image=golden)
    doc = synth(stack)
    lookup_id, _ = only(doc, "alicloud_images", kind="data")
    _, config = only(doc, "alicloud_ecs_launch_template")
    assert config["image_id"] == "${element(data.alicloud_images.%s.ids, 0)}" % lookup_id


def test_importers_and_validation():
    stack = alicloud_stack()
    imported = LaunchTemplate.from_launch_template_attributes(stack, "Imported", launch_template_id="lt-bp1", launch_template_name="web")
    assert (imported.launch_template_id, imported.launch_template_name) == ("lt-bp1", "web")
    assert not LaunchTemplate.is_launch_template(imported)
    with validation_error('py/Bad: launchTemplateId must be a launch template id (lt-...) (got "sg-1")', exact=False):
        LaunchTemplate.from_launch_template_id(stack, "Bad", "sg-1")
    with validation_error("py/Wide: internetMaxBandwidthOutMbps must be an integer from 0 to 100 Mbit/s (got 101)"):
        _template(stack, "Wide", internet_max_bandwidth_out_mbps=101)
