"""Validation errors reach Python as RuntimeError whose text is `<construct path>: <property (the
TypeScript name)> <rule> (got <value>)`, recognised by Errors.is_validation_error_message; one case per
family. Errors raised in a method call (rather than a constructor) arrive with the JavaScript error
name in front, `ValidationError: ...`."""
import pytest

from conftest import alicloud_stack, image_pipeline, validation_error
from cdktf_alicloud_image_builder import (
    BaseImage,
    BuildContent,
    Errors,
    ImageComponent,
    ImageComponentContent,
    ImagePipeline,
    Image,
    ImageSource,
    Port,
    Peer,
    SecurityGroup,
    Timeouts,
    VSwitch,
    Vpc,
)

CASES = {
    "pipeline disk size": (
        lambda stack: image_pipeline(stack, system_disk_size_gib=501),
        "py/Pipeline: systemDiskSizeGiB must be an integer from 20 to 500 GiB (got 501)"),
    "pipeline base image": (
        lambda stack: ImagePipeline(stack, "Pipeline", base_image=BaseImage.from_image_family("m-bp1abc"),
                                    build_content=BuildContent.from_commands("RUN true")),
        'py/Pipeline: baseImage is an image family but looks like an image id; use BaseImage.fromImageId() (got "m-bp1abc")'),
    "pipeline tags": (
        lambda stack: image_pipeline(stack, tags={"aliyun-team": "web"}),
        """py/Pipeline: tags key must not start with 'aliyun' or 'acs:' (got "aliyun-team")"""),
    "execution timeouts": (
        lambda stack: image_pipeline(stack).add_execution("Build", timeouts=Timeouts(create="ten minutes")),
        'ValidationError: py/Pipeline/Build: timeouts.create must be a duration such as 30m, 1h or 1h30m (got "ten minutes")'),
    "component version": (
        lambda stack: ImageComponent(stack, "Component", component_version="1.0",
                                     content=ImageComponentContent.from_build_content(BuildContent.from_commands("RUN true"))),
        'py/Component: componentVersion must be major.minor.patch, each a non-negative integer (got "1.0")'),
    "image name": (
        lambda stack: Image(stack, "Image", source=ImageSource.from_instance_id("i-1"), image_name="acs:web"),
        """py/Image: imageName must not start with 'aliyun' or 'acs:' (got "acs:web")"""),
    "vswitch outside its vpc": (
        lambda stack: VSwitch(stack, "VSwitch", vpc=Vpc(stack, "Vpc", cidr_block="10.0.0.0/16"),
                              cidr_block="172.16.0.0/24", zone_id="cn-hangzhou-i"),
        'py/VSwitch: cidrBlock must lie within the VPC block 10.0.0.0/16 (got "172.16.0.0/24")'),
    "security group port range": (
        lambda stack: SecurityGroup(stack, "Group", vpc=Vpc(stack, "Vpc")).add_ingress_rule(
            Peer.ipv4("10.0.0.0/8"), Port.tcp_range(443, 80)),
        'ValidationError: py/Group: ingress rule port must not start after it ends (443 > 80) (got "443/80")'),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_message_names_path_property_rule_and_value(case):
    build, message = CASES[case]
    with validation_error(message):
        build(alicloud_stack())


def test_other_errors_are_not_validation_errors():
    assert not Errors.is_validation_error_message("py/Pipeline: systemDiskSizeGiB must be an integer from 20 to 500 GiB (got 502)")
    assert not Errors.is_validation_error_message("")
    # A Python exception cannot be handed back to the library (jsii has no reference for it); the
    # message is what Python code can check.
    with pytest.raises(AttributeError):
        Errors.is_validation_error(RuntimeError("anything"))
