"""GoldenImageFactory from Python: examples/python-golden-image-factory synthesizes exactly what its
TypeScript twin does, and the factory's wiring, defaults and rules hold for Python users."""
import re

import pytest

from conftest import EXAMPLES, PUBLIC_IMAGE, alicloud_stack, only, synth, synth_with_app_command, validation_error
from test_parity import strip_language_metadata
from cdktf_alicloud_image_builder import BaseImage, BuildContent, GoldenImageFactory, VSwitch

FACTORY_TAG = "cdktf-alicloud-image-builder:factory"


@pytest.fixture(scope="module")
def stacks(tmp_path_factory):
    return (
        synth_with_app_command(EXAMPLES / "python-golden-image-factory", tmp_path_factory.mktemp("py-factory")),
        synth_with_app_command(EXAMPLES / "golden-image-factory", tmp_path_factory.mktemp("ts-factory")),
    )


def factory(stack, **props):
    return GoldenImageFactory(
        stack, "Web", base_image=BaseImage.from_image_id(PUBLIC_IMAGE), build_content=BuildContent.from_commands("RUN yum update -y"),
        image_name_prefix="web", **props,
    )


def test_same_configuration_as_the_typescript_example(stacks):
    python_stacks, typescript_stacks = stacks
    assert sorted(python_stacks) == sorted(typescript_stacks) == ["golden-image-factory"]
    assert strip_language_metadata(python_stacks["golden-image-factory"]) == strip_language_metadata(typescript_stacks["golden-image-factory"])


def test_python_example_waits_publishes_and_outputs(stacks):
    doc = stacks[0]["golden-image-factory"]
    (waiter_id, waiter), = [(k, v) for k, v in doc["resource"]["terraform_data"].items() if "Waiter" in k]
    local_exec = waiter["provisioner"][0]["local-exec"]
    assert local_exec["command"] == "--from-env"
    node, script, subcommand = local_exec["interpreter"]
    assert (node, subcommand) == ("node", "wait-execution")
    assert re.fullmatch(r"assets/CdktfAlicloudImageBuilderWaiter/[0-9A-F]{32}/waiter\.js", script)
    environment = local_exec["environment"]
    assert re.fullmatch(r"\$\{alicloud_ecs_image_pipeline_execution\.[A-Za-z0-9_]+\.id\}", environment.pop("CDKTF_ALICLOUD_WAIT_EXECUTION_ID"))
    assert re.fullmatch(r"\$\{alicloud_ecs_image_pipeline\.[A-Za-z0-9_]+\.id\}", environment.pop("CDKTF_ALICLOUD_WAIT_PIPELINE_ID"))
    assert environment == {
        "CDKTF_ALICLOUD_WAIT_REGION": "cn-hangzhou",
        "CDKTF_ALICLOUD_WAIT_TIMEOUT_MINUTES": "90",
        "CDKTF_ALICLOUD_WAIT_POLL_SECONDS": "15",
        "CDKTF_ALICLOUD_WAIT_FAIL_ON_PARTIAL_SUCCESS": "true",
        "CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY": "web-nginx",
        "CDKTF_ALICLOUD_WAIT_COPY_REGIONS": "cn-shanghai,cn-beijing",
    }
    lookups = doc["data"]["alicloud_images"].values()
    assert sorted(l.get("provider", "default") for l in lookups) == ["alicloud.beijing", "alicloud.shanghai", "default"]
    assert {l["name_regex"] for l in lookups} == {"^web-nginx_exec-[A-Za-z0-9]+$"}
    assert all(l["most_recent"] is True and l["depends_on"] == ["terraform_data.%s" % waiter_id] for l in lookups)
    _, pipeline = only(doc, "alicloud_ecs_image_pipeline")
    assert "$${USER:-root}" in pipeline["build_content"]
    assert pipeline["tags"] == {"team": "platform", FACTORY_TAG: "golden-image-factory/WebNginx"}
    assert sorted(doc["output"]) == [
        "WebNginx_execution_id", "WebNginx_image_id", "WebNginx_image_id_cn_beijing", "WebNginx_image_id_cn_shanghai",
        "WebNginx_image_name", "WebNginx_pipeline_id",
    ]


def test_existing_vswitch_and_no_waiting():
    stack = alicloud_stack()
    web = factory(stack, vswitch=VSwitch.from_v_switch_id(stack, "Existing", "vsw-bp1existing"), wait_for_completion=False)
    doc = synth(stack)
    assert "alicloud_vpc" not in doc.get("resource", {})
    assert "terraform_data" not in doc["resource"] and "data" not in doc
    assert only(doc, "alicloud_ecs_image_pipeline")[1]["vswitch_id"] == "vsw-bp1existing"
    assert web.network is None
    with validation_error("py/Web: image is not available with waitForCompletion: false (the image does not exist yet "
                          "when the deploy ends); use imageName", exact=False):
        web.image_id


def test_rules_surface_as_python_exceptions():
    with validation_error('py/Web: imageFamily needs waitForCompletion: true (the waiter puts the built image into the family) (got "web")'):
        factory(alicloud_stack(), wait_for_completion=False, image_family="web")
    with validation_error('py/Web/Pipeline: systemDiskSizeGiB must be an integer from 20 to 500 GiB (got 501)'):
        factory(alicloud_stack(), system_disk_size_gib=501)
