"""The security rule pack from Python: levels by rule id (a map of the RuleLevel enum), suppressions
with a required reason, and what app.synth() does with the findings (manifest.json, errors)."""
import json

import cdktf
import pytest
from cdktf import App, TerraformStack

from conftest import validation_error
from cdktf_alicloud_image_builder import Peer, Port, RuleLevel, SecurityChecks, SecurityGroup, Vpc, alicloud


def checked_stack(outdir, stack_id="py"):
    app = App(outdir=str(outdir))
    stack = TerraformStack(app, stack_id)
    alicloud.provider.AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    return app, stack


def annotations(outdir, stack_id="py"):
    manifest = json.loads((outdir / "manifest.json").read_text())
    return [(a["constructPath"], a["level"], a["message"].split(":")[0]) for a in manifest["stacks"][stack_id]["annotations"]]


def test_levels_and_suppressions_reach_the_manifest(tmp_path):
    app, stack = checked_stack(tmp_path)
    alicloud.instance.Instance(stack, "Public", internet_max_bandwidth_out=5)
    alicloud.instance.Instance(stack, "Accepted", internet_max_bandwidth_out=5)
    alicloud.vpc.Vpc(stack, "Untagged")
    SecurityChecks.suppress(stack.node.find_child("Accepted"), "AIB-SEC-005", "a jump host")
    SecurityChecks.apply(stack, required_tags=["team"], rule_levels={"AIB-SEC-008": RuleLevel.WARNING})
    app.synth()
    assert sorted(annotations(tmp_path)) == [
        ("py/Accepted", "@cdktf/info", "AIB-SEC-005 suppressed (a jump host)"),
        ("py/Accepted", "@cdktf/warn", "AIB-SEC-008 Required tags missing"),
        ("py/Public", "@cdktf/warn", "AIB-SEC-005 Public bandwidth on an instance or build"),
        ("py/Public", "@cdktf/warn", "AIB-SEC-008 Required tags missing"),
        ("py/Untagged", "@cdktf/warn", "AIB-SEC-008 Required tags missing"),
    ]


def test_an_error_finding_fails_synth(tmp_path):
    app, stack = checked_stack(tmp_path)
    group = SecurityGroup(stack, "Sg", vpc=Vpc.from_vpc_id(stack, "Vpc", "vpc-1"))
    group.add_ingress_rule(Peer.any_ipv4(), Port.tcp(22))
    SecurityChecks.apply(stack)
    with pytest.raises(RuntimeError) as error:
        app.synth()
    assert "AIB-SEC-004 Ingress from anywhere to SSH, RDP or all ports: allows inbound tcp 22/22 (SSH 22) from 0.0.0.0/0" in str(error.value)


def test_a_suppression_needs_a_reason_and_a_known_rule():
    stack = TerraformStack(cdktf.Testing.app(), "py")
    # Errors of static methods arrive as "ValidationError: <message>".
    with validation_error('py: reason must say why AIB-SEC-004 is accepted here (a suppression needs a non-empty reason) (got "")', exact=False):
        SecurityChecks.suppress(stack, "AIB-SEC-004", "")
    with validation_error('py: ruleId must be a rule id of the pack (AIB-SEC-001 to AIB-SEC-008) (got "AIB-SEC-9")', exact=False):
        SecurityChecks.suppress(stack, "AIB-SEC-9", "typo")
    with validation_error('SecurityChecks: requiredTags must be non-empty tag keys (got "")', exact=False):
        SecurityChecks(required_tags=[""])
