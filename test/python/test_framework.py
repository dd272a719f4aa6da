"""The wheel runs on its own framework only: the cdktf flavour's wheel with cdktf 0.21.0, the cdktn
flavour's (built by scripts/build-twin.js, which rewrites this file's imports) with cdktn 0.24.0; the
other framework is not installed. With the README's variable set, no jsii end-of-life banner is printed."""
import importlib.metadata
import importlib.util
import os
import subprocess
import sys

import cdktf as framework
import cdktf_alicloud_image_builder as library

from conftest import EXAMPLES

VERSIONS = {"cdktf": "0.21.0", "cdktn": "0.24.0"}


def test_one_framework_only():
    own = framework.__name__
    assert own in VERSIONS
    assert library.__name__ == f"{own}_alicloud_image_builder"
    assert importlib.metadata.version(own) == VERSIONS[own]
    (other,) = set(VERSIONS) - {own}
    assert importlib.util.find_spec(other) is None, f"{other} is installed next to {own}"


def test_no_end_of_life_banner(tmp_path):
    node_major = subprocess.run(["node", "-p", "process.versions.node.split('.')[0]"],
                                check=True, capture_output=True, text=True).stdout.strip()
    env = {**os.environ, "CDKTF_OUTDIR": str(tmp_path), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": node_major}
    run = subprocess.run([sys.executable, "main.py"], cwd=EXAMPLES / "python-golden-image-factory", env=env,
                         check=True, capture_output=True, text=True)
    assert "end-of-life" not in run.stdout + run.stderr
    assert (tmp_path / "stacks" / "golden-image-factory" / "cdk.tf.json").exists()
