"""Shared fixtures: synthesize the Python example app and its TypeScript twin side by side."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

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
