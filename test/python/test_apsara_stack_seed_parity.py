"""examples/python-apsara-stack-seed synthesizes exactly what its TypeScript twin examples/apsara-stack-seed
does: seed document 002 whole, the security group rule included."""
import pytest

from conftest import EXAMPLES, synth_with_app_command
from test_parity import strip_language_metadata


@pytest.fixture(scope="module")
def stacks(tmp_path_factory):
    return (
        synth_with_app_command(EXAMPLES / "python-apsara-stack-seed", tmp_path_factory.mktemp("py-seed")),
        synth_with_app_command(EXAMPLES / "apsara-stack-seed", tmp_path_factory.mktemp("ts-seed")),
    )


def test_same_configuration(stacks):
    python_stacks, typescript_stacks = stacks
    assert sorted(python_stacks) == sorted(typescript_stacks) == ["apsara-stack-seed"]
    assert strip_language_metadata(python_stacks["apsara-stack-seed"]) == strip_language_metadata(typescript_stacks["apsara-stack-seed"])


def test_python_seed_has_the_documents_rule_and_instance_type_choice(stacks):
    doc = strip_language_metadata(stacks[0]["apsara-stack-seed"])
    assert doc["resource"]["alibabacloudstack_security_group_rule"] == {"default": {
        "type": "ingress", "ip_protocol": "tcp", "nic_type": "intranet", "policy": "accept", "port_range": "22/22",
        "priority": 1, "security_group_id": "${alibabacloudstack_ecs_securitygroup.default.id}", "cidr_ip": "172.16.0.0/24",
    }}
    assert sorted(doc["data"]["alibabacloudstack_instance_types"]) == ["all", "any_n4", "default"]
    assert doc["resource"]["alibabacloudstack_ecs_instance"]["default"]["instance_type"] == "${local.default_instance_type_id}"
    assert doc["data"]["alibabacloudstack_zones"]["default"] == {"available_resource_creation": "VSwitch", "enable_details": True}
