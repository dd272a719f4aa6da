"""The pipeline family from Python: ImagePipeline, ImagePipelineExecution, ImageComponent, BaseImage,
InstanceType; asserted on the synthesized configuration."""
import re

from cdktf import TerraformOutput

from conftest import PUBLIC_IMAGE, alicloud_stack, image_pipeline, only, synth
from cdktf_alicloud_image_builder import (
    BaseImage,
    BaseImageType,
    BuildContent,
    ComponentType,
    Image,
    ImageComponent,
    ImageComponentContent,
    ImagePipeline,
    InstanceType,
    SystemType,
    Timeouts,
)

YAML_COMPONENT = "Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo ${HOME}\n"


def test_required_properties_only():
    stack = alicloud_stack()
    construct = image_pipeline(stack)
    logical_id, resource = only(synth(stack), "alicloud_ecs_image_pipeline")
    assert re.fullmatch(r"py-Pipeline-[0-9a-f]{8}", resource.pop("name"))
    assert resource == {
        "base_image_type": "IMAGE",
        "base_image": PUBLIC_IMAGE,
        "build_content": "RUN yum update -y",
        "delete_instance_on_failure": True,
        "image_name": "py-Pipeline",
        "lifecycle": {"create_before_destroy": True},
    }
    assert construct.image_name_prefix == "py-Pipeline"
    assert construct.node.default_child.node.path == construct.resource.node.path == "py/Pipeline/Resource"
    assert ImagePipeline.is_image_pipeline(construct) and not ImagePipeline.is_image_pipeline(stack)
    assert logical_id.startswith("Pipeline_")


def test_all_properties():
    stack = alicloud_stack()
    ImagePipeline(
        stack, "Pipeline",
        base_image=BaseImage.from_image_family("web-base"),
        build_content=BuildContent.create().add_run("yum update -y"),
        image_pipeline_name="web-pipeline",
        image_name_prefix="web",
        description="Web server image",
        instance_type=InstanceType.G7_LARGE,
        vswitch_id="vsw-bp1abc",
        system_disk_size_gib=60,
        internet_max_bandwidth_out_mbps=10,
        delete_instance_on_failure=False,
        resource_group_id="rg-abc",
        tags={"team": "web"},
        to_region_ids=["cn-qingdao", "cn-zhangjiakou"],
        add_accounts=["1234567890123456"],
    )
    _, resource = only(synth(stack), "alicloud_ecs_image_pipeline")
    # A fixed name cannot exist twice, so there is no create_before_destroy.
    assert resource == {
        "base_image_type": "IMAGE_FAMILY",
        "base_image": "web-base",
        "build_content": "RUN yum update -y",
        "name": "web-pipeline",
        "image_name": "web",
        "description": "Web server image",
        "instance_type": "ecs.g7.large",
        "vswitch_id": "vsw-bp1abc",
        "system_disk_size": 60,
        "internet_max_bandwidth_out": 10,
        "delete_instance_on_failure": False,
        "resource_group_id": "rg-abc",
        "tags": {"team": "web"},
        "to_region_id": ["cn-qingdao", "cn-zhangjiakou"],
        "add_account": ["1234567890123456"],
    }


def test_the_derived_name_follows_the_inputs():
    def name(content):
        stack = alicloud_stack()
        image_pipeline(stack, content)
        return only(synth(stack), "alicloud_ecs_image_pipeline")[1]["name"]

    assert name("RUN echo v1") == name("RUN echo v1")
    assert name("RUN echo v1") != name("RUN echo v2")


def test_base_image_and_instance_type():
    assert BaseImage.from_image_id("m-bp1abc").base_image_type == BaseImageType.IMAGE
    family = BaseImage.from_image_family("web-base")
    assert (family.base_image_type, family.value) == (BaseImageType.IMAGE_FAMILY, "web-base")
    assert InstanceType.G8_Y_LARGE.name == "ecs.g8y.large"
    assert InstanceType.of("ecs.c7.xlarge").to_string() == "ecs.c7.xlarge"

    # An image of the app (here a lookup) is passed by reference, and its token is hashed by Terraform.
    stack = alicloud_stack()
    base = Image.from_lookup(stack, "Base", name_regex="^aliyun_3_x64", most_recent=True)
    ImagePipeline(stack, "Pipeline", base_image=BaseImage.from_image(base),
                  build_content=BuildContent.from_commands("RUN true"), instance_type=InstanceType.of("ecs.c7.xlarge"))
    doc = synth(stack)
    lookup_id, _ = only(doc, "alicloud_images", kind="data")
    _, resource = only(doc, "alicloud_ecs_image_pipeline")
    assert resource["base_image_type"] == "IMAGE"
    assert resource["base_image"] == "${element(data.alicloud_images.%s.ids, 0)}" % lookup_id
    assert resource["instance_type"] == "ecs.c7.xlarge"
    assert re.fullmatch(r"py-Pipeline-[0-9a-f]{8}-\$\{substr\(sha256\(jsonencode\(.*\)\), 0, 8\)\}", resource["name"])


def test_execution_builds_the_pipeline_by_reference():
    stack = alicloud_stack()
    construct = image_pipeline(stack)
    build = construct.add_execution("Build", timeouts=Timeouts(create="10m"))
    TerraformOutput(stack, "image_name", value=build.image_name)
    doc = synth(stack)
    pipeline_id, _ = only(doc, "alicloud_ecs_image_pipeline")
    execution_id, execution = only(doc, "alicloud_ecs_image_pipeline_execution")
    assert execution == {
        "image_pipeline_id": "${alicloud_ecs_image_pipeline.%s.id}" % pipeline_id,
        "timeouts": {"create": "10m"},
    }
    assert build.node.path == "py/Pipeline/Build"
    assert build.rebuild_trigger is None
    assert "terraform_data" not in doc.get("resource", {})
    assert doc["output"]["image_name"]["value"] == "py-Pipeline_${alicloud_ecs_image_pipeline_execution.%s.id}" % execution_id


def test_rebuild_token_replaces_the_execution():
    stack = alicloud_stack()
    image_pipeline(stack).add_execution("Build", rebuild_token="2024-06-01")
    doc = synth(stack)
    trigger_id, trigger = only(doc, "terraform_data")
    _, execution = only(doc, "alicloud_ecs_image_pipeline_execution")
    assert trigger == {"triggers_replace": {"rebuild_token": "2024-06-01"}}
    assert execution["lifecycle"] == {"replace_triggered_by": ["terraform_data.%s" % trigger_id]}


def test_imported_pipeline():
    stack = alicloud_stack()
    imported = ImagePipeline.from_image_pipeline_attributes(stack, "Imported", image_pipeline_id="ip-bp1abc",
                                                            image_name_prefix="web")
    build = imported.add_execution("Build")
    TerraformOutput(stack, "image_name", value=build.image_name)
    doc = synth(stack)
    assert only(doc, "alicloud_ecs_image_pipeline_execution")[1] == {"image_pipeline_id": "ip-bp1abc"}
    assert "alicloud_ecs_image_pipeline" not in doc["resource"]
    assert doc["output"]["image_name"]["value"].startswith("web_${alicloud_ecs_image_pipeline_execution.")


def test_components_are_called_from_build_content():
    stack = alicloud_stack()
    yaml = ImageComponent(stack, "Hello", content=ImageComponentContent.from_yaml(YAML_COMPONENT),
                          image_component_name="hello", component_version="1.0.0")
    dockerfile = ImageComponent(stack, "Nginx", content=ImageComponentContent.from_build_content(
        BuildContent.create().add_run("yum install -y nginx")))
    imported = ImageComponent.from_image_component_id(stack, "Shared", "ic-bp1shared")
    content = (BuildContent.create()
               .add_component(yaml, parameters={"b": "2", "a": "1"})
               .add_component(dockerfile)
               .add_component(imported)
               .add_component_by_name(component_name="cc", region_id="cn-hangzhou", account_id="123",
                                      component_version="1.*.*"))
    image_pipeline(stack, content)
    doc = synth(stack)

    components = doc["resource"]["alicloud_ecs_image_component"]
    yaml_id = next(k for k in components if k.startswith("Hello"))
    nginx_id = next(k for k in components if k.startswith("Nginx"))
    assert components[yaml_id] == {
        "content": YAML_COMPONENT.replace("${HOME}", "$${HOME}"),
        "image_component_name": "hello",
        "component_version": "1.0.0",
        "component_type": "Build",
        "system_type": "Linux",
    }
    assert components[nginx_id]["content"] == "RUN yum install -y nginx"
    assert (yaml.component_type, yaml.system_type) == (ComponentType.BUILD, SystemType.LINUX)
    assert ImageComponent.is_image_component(yaml) and not ImageComponent.is_image_component(imported)
    assert only(doc, "alicloud_ecs_image_pipeline")[1]["build_content"] == "\n".join([
        "COMPONENT ${alicloud_ecs_image_component.%s.id} --a 1 --b 2" % yaml_id,
        "COMPONENT ${alicloud_ecs_image_component.%s.id}" % nginx_id,
        "COMPONENT ic-bp1shared",
        "COMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/cc/1.*.*",
    ])
