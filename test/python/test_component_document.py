"""ComponentDocument from Python: typed parameters and tasks render the same YAML as from TypeScript."""
from conftest import alicloud_stack, only, synth, validation_error
from cdktf_alicloud_image_builder import (
    ComponentAction,
    ComponentDocument,
    ImageComponent,
    ImageComponentContent,
    SystemType,
)


def test_document_renders_parameters_and_tasks():
    doc = ComponentDocument.create()
    version = doc.add_string_parameter("version", default_value="1.24.0")
    doc.add_run_shell_command("install", command_content=f"yum install -y nginx-{version}\nsystemctl enable nginx")
    doc.add_run_shell_command("report", command_content=f"echo {doc.stdout_of('install')}")
    doc.add_reboot("restart", force_stop=True)
    assert version == "{{ version }}"
    assert doc.render() == "\n".join([
        "Parameters:",
        "  version:",
        "    Type: String",
        '    DefaultValue: "1.24.0"',
        "Tasks:",
        '  - Name: "install"',
        "    Action: RunShellCommand",
        "    Properties:",
        "      commandContent: |-",
        "        yum install -y nginx-{{ version }}",
        "        systemctl enable nginx",
        '  - Name: "report"',
        "    Action: RunShellCommand",
        "    Properties:",
        '      commandContent: "echo {{ install.stdout }}"',
        '  - Name: "restart"',
        "    Action: Reboot",
        "    Properties:",
        "      forceStop: true",
        "",
    ])


def test_component_from_document_and_its_checks():
    stack = alicloud_stack()
    doc = ComponentDocument.create()
    doc.add_task("harden", ComponentAction.INVOKE_COMMAND, {"commandId": "c-abc", "parameters": {"level": "cis"}})
    component = ImageComponent(stack, "Component", content=ImageComponentContent.from_document(doc))
    _, config = only(synth(stack), "alicloud_ecs_image_component")
    assert "    Action: InvokeCommand\n    Properties:\n      commandId: \"c-abc\"\n      parameters:\n        level: \"cis\"\n" in config["content"]
    assert component.required_parameters == []

    windows = ComponentDocument.create()
    windows.add_run_shell_command("date", command_content="date")
    with validation_error(
            'py/Windows: content task 1 Action runs on Linux only, but the component\'s systemType is Windows (got "RunShellCommand")'):
        ImageComponent(stack, "Windows", content=ImageComponentContent.from_document(windows), system_type=SystemType.WINDOWS)
