"""Shared fixtures and helpers: synthesize the Python example apps and their TypeScript twins side by
side; build and synthesize stacks in-process; expect the library's validation errors."""
import contextlib
import json
import os
import pathlib
import subprocess
import sys

import cdktf
import pytest
from cdktf import TerraformStack

from cdktf_alicloud_image_builder import Errors, alicloud

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
# The TypeScript example that examples/python builds the same stacks as.
TWIN = "l1-image-pipeline"


def synth_with_app_command(example_dir: pathlib.Path, outdir: pathlib.Path) -> dict:
    """Runs the example's cdktf.json `app` command, as `cdktf synth` would, and reads every stack."""
    config = json.loads((example_dir / "cdktf.json").read_text())
    command = config["app"]
    if command.startswith("python3 "):
        command = f"{sys.executable} {command[len('python3 '):]}"
    env = {**os.environ, "CDKTF_OUTDIR": str(outdir)}
    subprocess.run(command, shell=True, cwd=example_dir, env=env, check=True, capture_output=True)
    stacks = outdir / "stacks"
    return {s.name: json.loads((s / "cdk.tf.json").read_text()) for s in sorted(stacks.iterdir())}


@pytest.fixture(scope="session")
def python_stacks(tmp_path_factory) -> dict:
    return synth_with_app_command(EXAMPLES / "python", tmp_path_factory.mktemp("py"))


@pytest.fixture(scope="session")
def typescript_stacks(tmp_path_factory) -> dict:
    return synth_with_app_command(EXAMPLES / TWIN, tmp_path_factory.mktemp("ts"))


def alicloud_stack(stack_id: str = "py") -> TerraformStack:
    """A stack with an `alicloud` provider in cn-hangzhou, like most user apps have."""
    stack = TerraformStack(cdktf.Testing.app(), stack_id)
    alicloud.provider.AlicloudProvider(stack, "alicloud", region="cn-hangzhou")
    return stack


def synth(stack: TerraformStack) -> dict:
    """The stack's cdk.tf.json, synthesized in-process with cdktf's validations on."""
    return json.loads(cdktf.Testing.synth(stack, True))


def only(doc: dict, resource_type: str, kind: str = "resource") -> tuple:
    """(logical id, configuration) of the one resource (or `kind="data"` source) of a type."""
    (item,) = doc[kind][resource_type].items()
    return item


@contextlib.contextmanager
def validation_error(message: str, wrapped: bool = False):
    """Expects the library's validation error: a RuntimeError whose text is exactly `message`
    (`<path>: <property> <rule> (got <value>)`), or contains it when cdktf wraps the error at synth
    (`wrapped=True`), and that `Errors.is_validation_error_message` recognises."""
    with pytest.raises(RuntimeError) as error:
        yield error
    text = str(error.value)
    if wrapped:
        assert message in text
    else:
        assert text == message
    assert Errors.is_validation_error_message(text)
