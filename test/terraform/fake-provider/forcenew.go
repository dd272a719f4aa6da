package main

// Which arguments force a new resource, per resource type, from the provider source at the pinned
// tags (../shared/docs/IMAGE_BUILDER_FACTS.md section 8.1). "*" means every argument (no Update).
// "*-description" means every argument but description. Nested ForceNew arguments are listed by
// their top-level block or attribute.

import (
	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

var forceNew = map[string][]string{
	"alicloud_ecs_image_pipeline":           {"*"},
	"alicloud_ecs_image_pipeline_execution": {"image_pipeline_id"},
	"alicloud_ecs_image_component":          {"component_type", "component_version", "content", "description", "image_component_name", "system_type"},
	"alicloud_image":                        {"architecture", "image_version", "platform", "disk_device_mapping", "features"},
	"alicloud_image_copy":                   {"source_image_id", "source_region_id", "encrypted", "kms_key_id"},
	"alicloud_image_share_permission":       {"image_id", "account_id"},
	"alicloud_image_export":                 {"image_id", "oss_bucket", "oss_prefix"},
	"alicloud_image_import":                 {"architecture", "os_type", "platform", "boot_mode", "disk_device_mapping"},
	"alicloud_vpc":                          {"ipv6_cidr_block", "user_cidrs"},
	"alicloud_vswitch":                      {"cidr_block", "vpc_id", "zone_id", "availability_zone"},
	"alicloud_security_group":               {"security_group_type", "vpc_id"},
	"alicloud_security_group_rule": {"security_group_id", "type", "ip_protocol", "policy", "priority", "cidr_ip", "ipv6_cidr_ip",
		"source_security_group_id", "source_group_owner_account", "prefix_list_id", "port_range", "nic_type"},
	"alicloud_instance": {"availability_zone", "system_disk_category", "system_disk_encrypted", "system_disk_kms_key_id", "role_name",
		"key_name", "spot_strategy", "spot_price_limit", "security_enhancement_strategy", "launch_template_name", "launch_template_id",
		"launch_template_version", "data_disks"},
	"alicloud_ecs_launch_template": {"auto_renew", "auto_renew_period", "launch_template_name", "name", "period", "period_unit",
		"template_resource_group_id", "http_endpoint", "http_tokens", "http_put_response_hop_limit"},
	"alibabacloudstack_image":                  {"instance_id", "snapshot_id", "disk_device_mapping"},
	"alibabacloudstack_ecs_image":              {"instance_id", "snapshot_id", "disk_device_mapping"},
	"alibabacloudstack_image_copy":             {"source_image_id", "destination_region_id", "kms_key_id", "encrypted"},
	"alibabacloudstack_image_export":           {"image_id", "oss_bucket", "oss_prefix"},
	"alibabacloudstack_image_share_permission": {"image_id", "account_id"},
	"alibabacloudstack_instance":               {"availability_zone", "zone_id", "system_disk_category", "role_name", "key_name", "data_disks"},
	"alibabacloudstack_ecs_instance":           {"availability_zone", "zone_id", "system_disk_category", "role_name", "key_name", "data_disks"},
	"alibabacloudstack_security_group":         {"vpc_id", "type"},
	"alibabacloudstack_ecs_securitygroup":      {"vpc_id", "type"},
	"alibabacloudstack_vpc":                    {"dry_run", "user_cidrs"},
	"alibabacloudstack_vpc_vpc":                {"dry_run", "user_cidrs"},
	"alibabacloudstack_vswitch":                {"vpc_id", "cidr_block"},
	"alibabacloudstack_vpc_vswitch":            {"vpc_id", "cidr_block"},
	"alibabacloudstack_security_group_rule":    {"*-description"},
}

// requiresReplace lists the ForceNew arguments whose planned value differs from the prior state.
func requiresReplace(typ string, block *tfprotov5.SchemaBlock, prior, planned tftypes.Value) []*tftypes.AttributePath {
	names := map[string]bool{}
	for _, n := range forceNew[typ] {
		names[n] = true
	}
	all := names["*"] || names["*-description"]
	var args []string
	for _, a := range block.Attributes {
		if a.Name == "id" || !(a.Required || a.Optional) {
			continue
		}
		if names[a.Name] || (all && !(names["*-description"] && a.Name == "description")) {
			args = append(args, a.Name)
		}
	}
	for _, b := range block.BlockTypes {
		if b.TypeName != "timeouts" && (names[b.TypeName] || all) {
			args = append(args, b.TypeName)
		}
	}
	before, after := attrs(prior), attrs(planned)
	var out []*tftypes.AttributePath
	for _, n := range args {
		if !before[n].Equal(after[n]) {
			out = append(out, tftypes.NewAttributePath().WithAttributeName(n))
		}
	}
	return out
}
