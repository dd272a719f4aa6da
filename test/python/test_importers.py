"""Importers, isXxx and the library types shareWith/exportTo return, from Python."""
from conftest import alicloud_stack, image_pipeline, only, synth, validation_error
from cdktf_alicloud_image_builder import (
    BuildContent,
    ComponentType,
    Image,
    ImageComponent,
    ImageExport,
    ImagePipelineExecution,
    ImageShare,
    ImageSource,
    Vpc,
)


def test_share_and_export_are_library_types():
    stack = alicloud_stack()
    image = Image(stack, "Image", source=ImageSource.from_instance_id("i-1"))
    share = image.share_with("123456")
    exported = image.export_to("my-exports", oss_prefix="web")
    assert ImageShare.is_image_share(share) and ImageExport.is_image_export(exported)
    assert Image.is_image(image) and not Image.is_image(Image.from_image_id(stack, "Other", "m-2"))
    assert (share.account_id, exported.oss_bucket, exported.oss_prefix) == ("123456", "my-exports", "web")
    doc = synth(stack)
    _, permission = only(doc, "alicloud_image_share_permission")
    assert permission["account_id"] == "123456"
    _, export = only(doc, "alicloud_image_export")
    assert (export["oss_bucket"], export["oss_prefix"]) == ("my-exports", "web")


def test_is_checks_and_execution_importer():
    stack = alicloud_stack()
    vpc = Vpc(stack, "Vpc")
    assert Vpc.is_vpc(vpc) and not Vpc.is_vpc(Vpc.from_vpc_id(stack, "Known", "vpc-1"))
    known = ImagePipelineExecution.from_image_pipeline_execution_id(stack, "Build", "exec-bp1")
    assert known.execution_id == "exec-bp1"
    assert not ImagePipelineExecution.is_image_pipeline_execution(known)


def test_imported_component_required_parameters_are_enforced():
    stack = alicloud_stack()
    component = ImageComponent.from_image_component_attributes(
        stack, "Nginx", image_component_id="ic-bp1", component_type=ComponentType.BUILD, required_parameters=["version"])
    assert component.required_parameters == ["version"]
    with validation_error("py/Pipeline: buildContent command 1 COMPONENT must pass --version: the component's parameter has no DefaultValue",
                          exact=False):
        image_pipeline(stack, BuildContent.create().add_component(component))


def test_apsara_share_and_export_are_library_types():
    import cdktf
    from cdktf import TerraformStack
    from cdktf_alicloud_image_builder import alibabacloudstack, apsara

    stack = TerraformStack(cdktf.Testing.app(), "apsara")
    alibabacloudstack.provider.AlibabacloudstackProvider(stack, "alibabacloudstack", region="cn-qingdao-env17-d01",
                                                         popgw_domain="inter.env17e.shuguang.com")
    image = apsara.Image.from_image_id(stack, "Img", "m-1")
    share = image.share_with("123456789")
    exported = image.export_to("image-archive", oss_prefix="golden")
    assert apsara.ImageShare.is_image_share(share) and apsara.ImageExport.is_image_export(exported)
    assert not apsara.Image.is_image(image)
    doc = synth(stack)
    _, permission = only(doc, "alibabacloudstack_image_share_permission")
    assert permission == {"image_id": "m-1", "account_id": "123456789"}
