"""The Python example synthesizes exactly what its TypeScript twin does."""
import copy
import pathlib


def strip_language_metadata(doc: dict) -> dict:
    """Drops what legitimately differs between the two apps: the `//` metadata blocks (cdktf
    bookkeeping, not configuration) and the directory part of the default local backend's state path
    (each app keeps its state in its own directory)."""
    doc = copy.deepcopy(doc)
    local = doc.get("terraform", {}).get("backend", {}).get("local")
    if local and "path" in local:
        local["path"] = pathlib.PurePath(local["path"]).name

    def walk(node):
        if isinstance(node, dict):
            node.pop("//", None)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    return doc


def test_same_stacks(python_stacks, typescript_stacks):
    assert sorted(python_stacks) == sorted(typescript_stacks)
    assert python_stacks, "the Python example synthesized no stack"


def test_same_configuration(python_stacks, typescript_stacks):
    for name, ts_doc in typescript_stacks.items():
        assert strip_language_metadata(python_stacks[name]) == strip_language_metadata(ts_doc), name


def test_python_stack_has_the_pipeline(python_stacks):
    doc = python_stacks["l1-image-pipeline"]
    pipeline = doc["resource"]["alicloud_ecs_image_pipeline"]["pipeline"]
    assert pipeline["build_content"] == "RUN yum update -y"
    assert pipeline["system_disk_size"] == 40
    assert doc["terraform"]["required_providers"]["alicloud"] == {"source": "aliyun/alicloud", "version": "1.247.0"}
