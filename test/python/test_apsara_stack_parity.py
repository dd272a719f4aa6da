"""examples/python-apsara-stack synthesizes exactly what its TypeScript twin examples/apsara-stack does."""
import pytest

from conftest import EXAMPLES, synth_with_app_command
from test_parity import strip_language_metadata


@pytest.fixture(scope="module")
def stacks(tmp_path_factory):
    return (
        synth_with_app_command(EXAMPLES / "python-apsara-stack", tmp_path_factory.mktemp("py-apsara")),
        synth_with_app_command(EXAMPLES / "apsara-stack", tmp_path_factory.mktemp("ts-apsara")),
    )


def test_same_configuration(stacks):
    python_stacks, typescript_stacks = stacks
    assert sorted(python_stacks) == sorted(typescript_stacks) == ["apsara-stack"]
    assert strip_language_metadata(python_stacks["apsara-stack"]) == strip_language_metadata(typescript_stacks["apsara-stack"])


def test_python_stack_captures_and_shares_the_instance(stacks):
    doc = stacks[0]["apsara-stack"]
    (image,) = doc["resource"]["alibabacloudstack_ecs_image"].values()
    (share,) = doc["resource"]["alibabacloudstack_image_share_permission"].values()
    (instance_id,) = doc["resource"]["alibabacloudstack_ecs_instance"]
    assert image["instance_id"] == "${alibabacloudstack_ecs_instance.%s.id}" % instance_id
    assert image["image_name"] == "golden-ubuntu-nginx"
    assert share["account_id"] == "${var.share_with_account_id}"
    assert doc["provider"]["alibabacloudstack"][0]["insecure"] is True
    assert doc["terraform"]["required_providers"]["alibabacloudstack"] == {
        "source": "aliyun/alibabacloudstack",
        "version": "3.18.5",
    }
