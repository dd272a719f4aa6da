"""Issue 18 from Python: the jsii bindings check argument types before a call reaches the library (a
`TypeError` naming the argument, or the jsii kernel's refusal to deserialize), so no wrong type is ever
emitted; what types cannot say (empty ids, byte limits, empty content) is the library's validation error."""
import pytest
from conftest import alicloud_stack, image_pipeline, synth, validation_error
from cdktf_alicloud_image_builder import (
    BaseImage,
    BuildContent,
    ImageComponent,
    ImageComponentContent,
    ImagePipeline,
    Vpc,
    VSwitch,
    apsara,
)

YAML = "Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo hi\n"


def test_wrong_types_never_reach_terraform():
    stack = alicloud_stack()
    with pytest.raises(TypeError, match=r"argument component_type must be one of \(cdktf_alicloud_image_builder.ComponentType, NoneType\); got str"):
        ImageComponent(stack, "C", content=ImageComponentContent.from_yaml(YAML), component_type="bogus")
    with pytest.raises(TypeError, match=r"argument base_image must be cdktf_alicloud_image_builder.BaseImage; got str"):
        ImagePipeline(stack, "P", base_image="m-1", build_content=BuildContent.from_commands("RUN true"))
    with pytest.raises(TypeError, match=r"argument key must be str; got NoneType"):
        BuildContent.create().add_env(None, "x")
    with pytest.raises(TypeError, match=r"argument to_region_ids must be one of \(Sequence\[str\], NoneType\)"):
        image_pipeline(stack, to_region_ids=["cn-shanghai", None])
    # A None inside a tag map is refused by the jsii kernel, before the construct exists.
    with pytest.raises(RuntimeError, match=r"Passed to parameter props of new cdkt[fn]-alicloud-image-builder\.Vpc"):
        Vpc(stack, "V", tags={"team": None})
    # Nothing of the refused calls was added to the stack.
    assert set(child.node.id for child in stack.node.children) == {"alicloud"}


def test_values_types_cannot_describe_are_validation_errors():
    stack = alicloud_stack()
    vpc = Vpc.from_vpc_id(stack, "Vpc", "vpc-1")
    with validation_error('py/W: zoneId must be a non-empty string (got "")'):
        VSwitch(stack, "W", vpc=vpc, cidr_block="172.16.0.0/24", zone_id="")
    with validation_error("py/Pipeline: description must be at most 256 bytes (UTF-8), but is 300", exact=False):
        image_pipeline(alicloud_stack(), description="镜" * 100)
    with validation_error("py/Type: zoneId must be a non-empty string", exact=False):
        apsara.InstanceTypeChoice(alicloud_stack(), "Type", zone_id=" ", candidates=[])


def test_empty_component_content_fails_synth():
    stack = alicloud_stack()
    ImageComponent(stack, "C", content=ImageComponentContent.from_build_content(BuildContent.create()))
    with validation_error("py/C: content must not be empty", exact=False):
        synth(stack)
