"""BuildContent from Python: the builder, fromText/fromFile, Terraform escaping of literal `${`/`%{`,
the command and size limits (checked at construction and again at synth)."""
import cdktf

from conftest import alicloud_stack, image_pipeline, synthesized_build_content, validation_error
from cdktf_alicloud_image_builder import BuildContent


def test_builder_renders_one_command_per_line():
    content = (BuildContent.create()
               .add_run("yum update -y", "yum install -y nginx")
               .add_env("APP_HOME", "/opt/web")
               .add_workdir("/opt/web")
               .add_copy("https://example.com/app.tar.gz", "/opt/web")
               .add_user("root")
               .add_labels({"version": "1.0", "team": "web"})
               .add_label("owner", "ops")
               .add_cmd("nginx", "-g", "daemon off;")
               .add_entrypoint("/bin/sh", "-c")
               .add_restart()
               .add_component_by_name(component_name="cis", region_id="cn-hangzhou", account_id="123",
                                      parameters={"level": "2"}))
    expected = "\n".join([
        "RUN yum update -y",
        "RUN yum install -y nginx",
        'ENV APP_HOME="/opt/web"',
        "WORKDIR /opt/web",
        "COPY https://example.com/app.tar.gz /opt/web",
        "USER root",
        'LABEL team="web" version="1.0"',
        'LABEL owner="ops"',
        'CMD ["nginx","-g","daemon off;"]',
        'ENTRYPOINT ["/bin/sh","-c"]',
        "RESTART",
        "COMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/cis/*.*.* --level 2",
    ])
    assert content.render() == expected
    assert content.command_count == 12
    assert synthesized_build_content(content) == expected


def test_from_text_and_from_file(tmp_path):
    text = "# comment\r\n\r\nRUN echo a \\\r\n  # not a comment here \\\r\n  && echo b\r\n  ENV A=\"1\"\r\n"
    content = BuildContent.from_text(text)
    assert content.render() == 'RUN echo a \\\n  # not a comment here \\\n  && echo b\nENV A="1"'
    assert content.command_count == 2
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text(text)
    assert BuildContent.from_file(str(dockerfile)).render() == content.render()
    assert BuildContent.from_commands("RUN a", "RUN b").render() == "RUN a\nRUN b"


def test_empty_content_writes_no_build_content():
    assert synthesized_build_content(BuildContent.create()) is None


def test_literal_template_sequences_are_escaped_for_terraform():
    intended = "RUN echo ${HOME} %{x} $${already} $((1+2)) {{ param }} %%{y} $$ 100%"
    content = BuildContent.from_text(intended)
    assert content.render() == intended
    assert synthesized_build_content(content) == \
        "RUN echo $${HOME} %%{x} $$${already} $((1+2)) {{ param }} %%%{y} $$ 100%"


def test_at_most_127_commands_a_continued_command_counting_once():
    lines = ["RUN echo %d" % i for i in range(126)]
    assert synthesized_build_content(BuildContent.from_commands(*lines, "RUN echo a \\\n  b")).count("\n") == 127
    stack = alicloud_stack()
    with validation_error("py/Pipeline: buildContent must have at most 127 items, but has 128 (got ", exact=False):
        image_pipeline(stack, BuildContent.from_commands(*lines, "RUN a", "RUN b"))


def test_at_most_16384_utf8_bytes():
    assert len(synthesized_build_content("RUN " + "x" * 16380)) == 16384
    # "é" is two bytes in UTF-8: 8190 of them plus "RUN " is 16384 bytes.
    assert synthesized_build_content("RUN " + "é" * 8190).endswith("é")
    with validation_error('py/Pipeline: buildContent must be at most 16384 bytes (UTF-8), but is 16386 (got "RUN '
                          + "é" * 76 + '"... (8195 characters))'):
        image_pipeline(alicloud_stack(), "RUN " + "é" * 8191)


def test_content_added_after_construction_is_checked_at_synth():
    stack = alicloud_stack()
    content = BuildContent.create().add_run("echo ok")
    image_pipeline(stack, content)
    content.add_commands("RESTART now")
    with validation_error('py/Pipeline: buildContent command 2 RESTART must not be followed by anything (got "RESTART now")',
                          exact=False):
        cdktf.Testing.synth(stack, True)


def test_command_rules():
    cases = {
        "FROM centos:7": "must not use FROM: it is deprecated and ignored by Image Builder; "
                         "set the base image with BaseImage instead",
        "run echo": "must start with one of COMPONENT, RESTART, RUN, ENV, WORKDIR, COPY, USER, LABEL, CMD, "
                    "ENTRYPOINT (keywords are uppercase)",
        "COPY https://example.com/a?b=c /opt": "COPY URL sources must not have a query string (they are fetched with wget)",
        "RUN echo a \\": "ends with \\ but no line follows",
    }
    for command, rule in cases.items():
        stack = alicloud_stack()
        with validation_error('py/Pipeline: buildContent command 1 %s (got "%s")' % (rule, command.replace("\\", "\\\\"))):
            image_pipeline(stack, command)
