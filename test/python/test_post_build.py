"""Post-build image settings and retention from Python: the same enums, structs, waiter environment
and synth-time errors as in TypeScript (test/post-build-settings.test.ts asserts the same values)."""
import json

from conftest import PUBLIC_IMAGE, alicloud_stack, synth, validation_error
from cdktf_alicloud_image_builder import (
    BaseImage, BootMode, BuildContent, BuildWaiter, DistributionRegion, GoldenImageFactory, ImageRetention, ImdsSupport, NvmeSupport,
)

FACTORY_TAG = "cdktf-alicloud-image-builder:factory"


def factory(stack, **props):
    return GoldenImageFactory(
        stack, "Web", base_image=BaseImage.from_image_id(PUBLIC_IMAGE), build_content=BuildContent.from_commands("RUN yum update -y"),
        image_name_prefix="web", **props,
    )


def provisioners(doc):
    return {k: v["provisioner"][0]["local-exec"] for k, v in doc["resource"]["terraform_data"].items() if "provisioner" in v}


def one(doc, part):
    (item,) = [v for k, v in provisioners(doc).items() if part in k]
    return item


def test_enum_members():
    # jsii enums carry their member names in Python; the API values reach the waiter (asserted below).
    assert [m.name for m in ImdsSupport] == ["V1", "V2"]


def test_factory_settings_reach_the_waiter_for_the_image_and_its_copies():
    stack = alicloud_stack()
    factory(
        stack, image_family="web", boot_mode=BootMode.UEFI_PREFERRED, nvme_support=NvmeSupport.SUPPORTED, imds_support=ImdsSupport.V2,
        image_tags={"tier": "gold"}, tags={"team": "platform"}, distribution_regions=[DistributionRegion(region_id="cn-shanghai"), DistributionRegion(region_id="cn-beijing")],
    )
    env = one(synth(stack), "Waiter")["environment"]
    assert {k: env[k] for k in env if k.endswith(("FAMILY", "BOOT_MODE", "NVME_SUPPORT", "IMDS_SUPPORT", "COPY_REGIONS"))} == {
        "CDKTF_ALICLOUD_WAIT_IMAGE_FAMILY": "web",
        "CDKTF_ALICLOUD_WAIT_BOOT_MODE": "UEFI-Preferred",
        "CDKTF_ALICLOUD_WAIT_NVME_SUPPORT": "supported",
        "CDKTF_ALICLOUD_WAIT_IMDS_SUPPORT": "v2",
        "CDKTF_ALICLOUD_WAIT_COPY_REGIONS": "cn-shanghai,cn-beijing",
    }
    assert json.loads(env["CDKTF_ALICLOUD_WAIT_IMAGE_TAGS"]) == {"team": "platform", "tier": "gold", FACTORY_TAG: "py/Web"}


def test_build_waiter_takes_the_same_options():
    stack = alicloud_stack()
    BuildWaiter(stack, "Waiter", execution_id="exec-5fb8facb8ed7427c0001", nvme_support=NvmeSupport.SUPPORTED, copy_region_ids=["cn-shanghai"])
    env = one(synth(stack), "Waiter")["environment"]
    assert env["CDKTF_ALICLOUD_WAIT_NVME_SUPPORT"] == "supported"
    assert env["CDKTF_ALICLOUD_WAIT_COPY_REGIONS"] == "cn-shanghai"


def test_retention_struct_and_dict_give_the_same_run():
    runs = []
    for retention in (ImageRetention(keep_latest=5, delete_after_days=30), {"keep_latest": 5, "delete_after_days": 30}):
        stack = alicloud_stack()
        factory(stack, distribution_regions=[DistributionRegion(region_id="cn-shanghai")], retention=retention)
        runs.append(one(synth(stack), "Retention"))
    assert runs[0] == runs[1]
    run = runs[0]
    assert run["interpreter"][-1] == "retain-images" and run["command"] == "--from-env"
    assert run["environment"] == {
        "CDKTF_ALICLOUD_RETAIN_NAME_PREFIX": "web",
        "CDKTF_ALICLOUD_RETAIN_TAG_KEY": FACTORY_TAG,
        "CDKTF_ALICLOUD_RETAIN_TAG_VALUE": "py/Web",
        "CDKTF_ALICLOUD_RETAIN_REGIONS": "cn-hangzhou,cn-shanghai",
        "CDKTF_ALICLOUD_RETAIN_KEEP_LATEST": "5",
        "CDKTF_ALICLOUD_RETAIN_DEPRECATE_OLDER": "true",
        "CDKTF_ALICLOUD_RETAIN_DELETE_AFTER_DAYS": "30",
        "CDKTF_ALICLOUD_RETAIN_DRY_RUN": "false",
        "CDKTF_ALICLOUD_RETAIN_INCLUDE_SHARED": "false",
        "CDKTF_ALICLOUD_RETAIN_TIMEOUT_MINUTES": "10",
    }


def test_no_retention_by_default():
    stack = alicloud_stack()
    factory(stack)
    assert [k for k in provisioners(synth(stack)) if "Retention" in k] == []


def test_rules_surface_as_python_exceptions():
    with validation_error("py/Web: nvmeSupport needs waitForCompletion: true (the build waiter applies it after the build) (got \"supported\")"):
        factory(alicloud_stack(), wait_for_completion=False, nvme_support=NvmeSupport.SUPPORTED)
    with validation_error("py/Web/Retention: retention.keepLatest must be an integer from 1 to 100 (got 0)"):
        factory(alicloud_stack(), retention=ImageRetention(keep_latest=0))
    with validation_error("py/Web/Retention: retention.deprecateOlder is false and deleteAfterDays is not set, so retention would do nothing", exact=False):
        factory(alicloud_stack(), retention=ImageRetention(deprecate_older=False))
    with validation_error("py/Web: imageTags key must not start with 'aliyun' or 'acs:' (got \"aliyun:x\")"):
        factory(alicloud_stack(), image_tags={"aliyun:x": "y"})
