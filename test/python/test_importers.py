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


def test_security_group_and_instance_attribute_importers():
    from cdktf_alicloud_image_builder import Instance, InstanceType, Peer, Port, SecurityGroup, VSwitch

    stack = alicloud_stack()
    subnet = VSwitch.from_v_switch_attributes(stack, "Subnet", vswitch_id="vsw-bp1subnet", vpc_id="vpc-bp1main", zone_id="cn-hangzhou-i")
    web = SecurityGroup.from_security_group_attributes(stack, "Web", security_group_id="sg-bp1web", vpc_id="vpc-bp1main")
    other = SecurityGroup.from_security_group_attributes(stack, "Other", security_group_id="sg-bp1other", vpc_id="vpc-bp1other")
    assert (web.security_group_id, web.vpc_id) == ("sg-bp1web", "vpc-bp1main")
    assert not SecurityGroup.is_security_group(web)
    bastion = Instance.from_instance_attributes(stack, "Bastion", instance_id="i-bp1bastion", private_ip="172.16.1.10", zone_id="cn-hangzhou-i")
    assert (bastion.private_ip, bastion.zone_id) == ("172.16.1.10", "cn-hangzhou-i")
    assert not Instance.is_instance(bastion)
    ssh = SecurityGroup(stack, "Ssh", vpc=Vpc.from_vpc_id(stack, "Main", "vpc-bp1main"))
    ssh.add_ingress_rule(Peer.ipv4(f"{bastion.private_ip}/32"), Port.tcp(22))
    image = Image.from_image_id(stack, "Base", "m-bp1base")
    app = Instance(stack, "App", image=image, instance_type=InstanceType.G7_LARGE, vswitch=subnet, security_groups=[web])
    assert app.zone_id == "cn-hangzhou-i"
    with validation_error("py/Bad: securityGroups[0] must be in the vSwitch's VPC vpc-bp1main, "
                          "but security group sg-bp1other is in vpc-bp1other (got \"vpc-bp1other\")"):
        Instance(stack, "Bad", image=image, instance_type=InstanceType.G7_LARGE, vswitch=subnet, security_groups=[other])
    # Errors of static methods arrive as "ValidationError: <message>".
    with validation_error('ValidationError: py/BadIp: privateIp must be an IPv4 address such as 172.16.1.10 (got "10.0.0")'):
        Instance.from_instance_attributes(stack, "BadIp", instance_id="i-1", private_ip="10.0.0")
    with validation_error('ValidationError: py/BadVpc: vpcId must be a VPC id (vpc-...) (got "vsw-1")'):
        SecurityGroup.from_security_group_attributes(stack, "BadVpc", security_group_id="sg-1", vpc_id="vsw-1")
    doc = synth(stack)
    _, rule = only(doc, "alicloud_security_group_rule")
    assert (rule["cidr_ip"], rule["port_range"]) == ("172.16.1.10/32", "22/22")
    _, instance = only(doc, "alicloud_instance")
    assert (instance["vswitch_id"], instance["security_groups"]) == ("vsw-bp1subnet", ["sg-bp1web"])


def test_execution_attribute_importer_feeds_a_build_waiter():
    from cdktf_alicloud_image_builder import BuildWaiter

    stack = alicloud_stack()
    nightly = ImagePipelineExecution.from_image_pipeline_execution_attributes(
        stack, "Nightly", execution_id="exec-bp1nightly", image_pipeline_id="ip-bp1web", region="cn-beijing", image_name_prefix="web-golden")
    assert (nightly.execution_id, nightly.image_pipeline_id, nightly.region, nightly.image_name_prefix) == (
        "exec-bp1nightly", "ip-bp1web", "cn-beijing", "web-golden")
    assert not ImagePipelineExecution.is_image_pipeline_execution(nightly)
    BuildWaiter(stack, "Wait", execution_id=nightly.execution_id, pipeline_id=nightly.image_pipeline_id, region=nightly.region)
    _, waiter = only(synth(stack), "terraform_data")
    environment = waiter["provisioner"][0]["local-exec"]["environment"]
    assert environment["CDKTF_ALICLOUD_WAIT_EXECUTION_ID"] == "exec-bp1nightly"
    assert environment["CDKTF_ALICLOUD_WAIT_PIPELINE_ID"] == "ip-bp1web"
    assert environment["CDKTF_ALICLOUD_WAIT_REGION"] == "cn-beijing"
    with validation_error('ValidationError: py/Bad: imagePipelineId must be a pipeline id (ip-...) (got "exec-2")'):
        ImagePipelineExecution.from_image_pipeline_execution_attributes(stack, "Bad", execution_id="exec-1", image_pipeline_id="exec-2")


def test_apsara_attribute_importers():
    import cdktf
    from cdktf import TerraformStack
    from cdktf_alicloud_image_builder import InstanceType, alibabacloudstack, apsara

    stack = TerraformStack(cdktf.Testing.app(), "apsara")
    alibabacloudstack.provider.AlibabacloudstackProvider(stack, "alibabacloudstack", region="cn-qingdao-env17-d01")
    vpc = apsara.Vpc.from_vpc_attributes(stack, "Vpc", vpc_id="vpc-env17", cidr_block="192.168.0.0/16")
    assert (vpc.vpc_id, vpc.cidr_block) == ("vpc-env17", "192.168.0.0/16") and not apsara.Vpc.is_vpc(vpc)
    with validation_error('apsara/Outside: cidrBlock must lie within the VPC block 192.168.0.0/16 (got "172.16.0.0/24")'):
        apsara.VSwitch(stack, "Outside", vpc=vpc, cidr_block="172.16.0.0/24", zone_id="cn-qingdao-env17-amtest17001-a")
    subnet = apsara.VSwitch.from_v_switch_attributes(stack, "Subnet", vswitch_id="vsw-env17", zone_id="cn-qingdao-env17-amtest17001-a",
                                                     vpc_id="vpc-env17")
    group = apsara.SecurityGroup.from_security_group_attributes(stack, "Group", security_group_id="sg-env17", vpc_id="vpc-env17")
    other = apsara.SecurityGroup.from_security_group_attributes(stack, "Other", security_group_id="sg-env18", vpc_id="vpc-env18")
    host = apsara.Instance.from_instance_attributes(stack, "Host", instance_id="i-env17", private_ip="192.168.1.5")
    assert (host.instance_id, host.private_ip, host.zone_id) == ("i-env17", "192.168.1.5", None)
    base = apsara.Image.from_image_id(stack, "Base", "m-1")
    builder = apsara.Instance(stack, "Builder", image=base, instance_type=InstanceType.of("ecs.n4.large"), vswitch=subnet, security_groups=[group])
    assert builder.zone_id == "cn-qingdao-env17-amtest17001-a"
    with validation_error("apsara/Wrong: securityGroups[0] must be in the vSwitch's VPC vpc-env17, "
                          "but security group sg-env18 is in vpc-env18 (got \"vpc-env18\")"):
        apsara.Instance(stack, "Wrong", image=base, instance_type=InstanceType.of("ecs.n4.large"), vswitch=subnet, security_groups=[other])
    _, instance = only(synth(stack), "alibabacloudstack_ecs_instance")
    assert (instance["vswitch_id"], instance["security_groups"]) == ("vsw-env17", ["sg-env17"])


def test_apsara_export_importer_and_type_checks_of_waiter_and_lookups():
    import cdktf
    from cdktf import TerraformStack
    from cdktf_alicloud_image_builder import BuildWaiter, alibabacloudstack, apsara

    stack = TerraformStack(cdktf.Testing.app(), "apsara")
    alibabacloudstack.provider.AlibabacloudstackProvider(stack, "alibabacloudstack", region="cn-qingdao-env17-d01")
    archived = apsara.ImageExport.from_image_export_attributes(stack, "Archived", image_id="m-env17", oss_bucket="image-archive", oss_prefix="golden")
    assert (archived.image_id, archived.oss_bucket, archived.oss_prefix) == ("m-env17", "image-archive", "golden")
    assert not apsara.ImageExport.is_image_export(archived)
    with validation_error('ValidationError: apsara/Bad: imageId is required and must not be empty (got "")'):
        apsara.ImageExport.from_image_export_attributes(stack, "Bad", image_id="", oss_bucket="image-archive")
    zone = apsara.ZoneLookup(stack, "Zone")
    choice = apsara.InstanceTypeChoice(stack, "Type", zone_id=zone.zone_id, candidates=[apsara.InstanceTypeCandidate(instance_type_family="ecs.n4")])
    assert apsara.ZoneLookup.is_zone_lookup(zone) and not apsara.ZoneLookup.is_zone_lookup(choice)
    assert apsara.InstanceTypeChoice.is_instance_type_choice(choice) and not apsara.InstanceTypeChoice.is_instance_type_choice(zone)

    waiter = BuildWaiter(alicloud_stack(), "Wait", execution_id="exec-1")
    assert BuildWaiter.is_build_waiter(waiter) and not BuildWaiter.is_build_waiter(zone)
