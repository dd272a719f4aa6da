"""The README's Python L2 snippet runs as written and synthesizes what it says."""
import json
import os
import re
import subprocess
import sys

from conftest import ROOT


def readme_snippet(marker: str = "BuildContent") -> str:
    python_section = (ROOT / "README.md").read_text().split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    (snippet,) = [block for block in re.findall(r"```python\n(.*?)```", python_section, re.S) if marker in block]
    return snippet


def run_snippet(tmp_path, snippet: str, stack: str) -> dict:
    (tmp_path / "main.py").write_text(snippet)
    subprocess.run([sys.executable, "main.py"], cwd=tmp_path, check=True, capture_output=True,
                   env={**os.environ, "CDKTF_OUTDIR": str(tmp_path / "out")})
    return json.loads((tmp_path / "out" / "stacks" / stack / "cdk.tf.json").read_text())


def test_readme_list_index_snippet(tmp_path):
    """The README's way to index a list token from Python: Fn.element for strings, .get(i) for blocks."""
    doc = run_snippet(tmp_path, readme_snippet("Fn.element"), "lookups")
    assert doc["resource"]["alicloud_vswitch"]["vswitch"]["zone_id"] == "${data.alicloud_zones.zones.zones[0].id}"
    assert doc["resource"]["alicloud_ecs_image_pipeline"]["pipeline"]["base_image"] == "${element(data.alicloud_images.images.ids, 0)}"


def test_readme_l2_snippet(tmp_path):
    doc = run_snippet(tmp_path, readme_snippet(), "images")

    (pipeline_id, pipeline), = doc["resource"]["alicloud_ecs_image_pipeline"].items()
    assert pipeline["build_content"] == "RUN yum update -y\nRUN yum install -y nginx\nRUN echo $${HOSTNAME} > /etc/motd"
    assert pipeline["instance_type"] == "ecs.g7.large" and pipeline["system_disk_size"] == 40
    assert pipeline["delete_instance_on_failure"] is True
    assert re.fullmatch(r"images-WebBase-[0-9a-f]{8}", pipeline["name"])
    (trigger_id, trigger), = doc["resource"]["terraform_data"].items()
    assert trigger["triggers_replace"] == {"rebuild_token": "2024-06-01"}
    (execution,) = doc["resource"]["alicloud_ecs_image_pipeline_execution"].values()
    assert execution["image_pipeline_id"] == "${alicloud_ecs_image_pipeline.%s.id}" % pipeline_id
    assert execution["lifecycle"] == {"replace_triggered_by": ["terraform_data.%s" % trigger_id]}
