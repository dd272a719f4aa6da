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

from cdktf_alicloud_image_builder import BaseImage, BuildContent, Errors, ImagePipeline, alicloud

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
# The TypeScript example that examples/python builds the same stacks as.
TWIN = "l1-image-pipeline"
PUBLIC_IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd"


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


def image_pipeline(stack: TerraformStack, content="RUN yum update -y", **props) -> ImagePipeline:
    """An ImagePipeline "Pipeline" on a public base image; `content` is a BuildContent or one command."""
    if isinstance(content, str):
        content = BuildContent.from_commands(content)
    return ImagePipeline(stack, "Pipeline", base_image=BaseImage.from_image_id(PUBLIC_IMAGE), build_content=content, **props)


def synthesized_build_content(content):
    """The `build_content` a pipeline with this content synthesizes (None when it writes none)."""
    stack = alicloud_stack()
    image_pipeline(stack, content)
    return only(synth(stack), "alicloud_ecs_image_pipeline")[1].get("build_content")


@contextlib.contextmanager
def validation_error(message: str, exact: bool = True):
    """Expects the library's validation error: a RuntimeError whose text is exactly `message`
    (`<path>: <property> <rule> (got <value>)`), or contains it (`exact=False`: cdktf wraps errors
    raised at synth; long values), and that `Errors.is_validation_error_message` recognises."""
    with pytest.raises(RuntimeError) as error:
        yield error
    text = str(error.value)
    if exact:
        assert text == message
    else:
        assert message in text
    assert Errors.is_validation_error_message(text)
