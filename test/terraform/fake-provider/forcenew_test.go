package main

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// replacePaths is the attribute names of RequiresReplace, which the fake provider only sets at the top level.
func replacePaths(t *testing.T, paths []*tftypes.AttributePath) []string {
	t.Helper()
	out := []string{}
	for _, p := range paths {
		steps := p.Steps()
		name, ok := steps[0].(tftypes.AttributeName)
		if len(steps) != 1 || !ok {
			t.Errorf("requires replace path %v is not one attribute", p)
			continue
		}
		out = append(out, string(name))
	}
	return out
}

// sample is a non-null value of type typ that differs for different seeds.
func sample(typ tftypes.Type, seed string) tftypes.Value {
	switch {
	case typ.Is(tftypes.String):
		return tftypes.NewValue(typ, seed)
	case typ.Is(tftypes.Number):
		return tftypes.NewValue(typ, len(seed))
	case typ.Is(tftypes.Bool):
		return tftypes.NewValue(typ, len(seed)%2 == 0)
	case typ.Is(tftypes.List{}):
		return tftypes.NewValue(typ, []tftypes.Value{sample(typ.(tftypes.List).ElementType, seed)})
	case typ.Is(tftypes.Set{}):
		return tftypes.NewValue(typ, []tftypes.Value{sample(typ.(tftypes.Set).ElementType, seed)})
	case typ.Is(tftypes.Map{}):
		return tftypes.NewValue(typ, map[string]tftypes.Value{"k": sample(typ.(tftypes.Map).ElementType, seed)})
	case typ.Is(tftypes.Object{}):
		m := map[string]tftypes.Value{}
		for k, at := range typ.(tftypes.Object).AttributeTypes {
			m[k] = sample(at, seed)
		}
		return tftypes.NewValue(typ, m)
	}
	panic("no sample for " + typ.String())
}

// created plans and applies config as a new resource and returns the state.
func created(t *testing.T, p *provider, typ string, config tftypes.Value) tftypes.Value {
	t.Helper()
	s := resourceSchema(t, p, typ)
	_, planned := planResource(t, p, typ, nullValue(s), config)
	return applyResource(t, p, typ, nullValue(s), planned)
}

// with is config with some attributes replaced.
func with(s *tfprotov5.Schema, config tftypes.Value, vals map[string]tftypes.Value) tftypes.Value {
	m := attrs(config)
	for k, v := range vals {
		m[k] = v
	}
	return tftypes.NewValue(s.ValueType(), m)
}

func TestChangedForceNewArgumentsRequireReplacement(t *testing.T) {
	ali := loadProvider(t, "alicloud")
	stack := loadProvider(t, "alibabacloudstack")
	num := func(n int) tftypes.Value { return tftypes.NewValue(tftypes.Number, n) }

	imageSchema := resourceSchema(t, ali, "alicloud_image")
	mappingType := imageSchema.ValueType().(tftypes.Object).AttributeTypes["disk_device_mapping"].(tftypes.List)
	mapping := func(size int) tftypes.Value {
		m := map[string]tftypes.Value{}
		for k, at := range mappingType.ElementType.(tftypes.Object).AttributeTypes {
			m[k] = tftypes.NewValue(at, nil)
		}
		m["device"], m["size"] = str("/dev/xvda"), num(size)
		return tftypes.NewValue(mappingType, []tftypes.Value{tftypes.NewValue(mappingType.ElementType, m)})
	}

	cases := []struct {
		name    string
		p       *provider
		typ     string
		base    map[string]tftypes.Value
		changes map[string]tftypes.Value
		want    []string
	}{
		{"vswitch cidr_block", ali, "alicloud_vswitch", map[string]tftypes.Value{"vpc_id": str("vpc-1"), "cidr_block": str("10.0.1.0/24"), "zone_id": str("cn-hangzhou-h")},
			map[string]tftypes.Value{"cidr_block": str("10.0.2.0/24")}, []string{"cidr_block"}},
		{"vswitch cidr_block and zone_id", ali, "alicloud_vswitch", map[string]tftypes.Value{"vpc_id": str("vpc-1"), "cidr_block": str("10.0.1.0/24"), "zone_id": str("cn-hangzhou-h")},
			map[string]tftypes.Value{"cidr_block": str("10.0.2.0/24"), "zone_id": str("cn-hangzhou-i"), "description": str("d")}, []string{"cidr_block", "zone_id"}},
		{"vswitch name, description, tags", ali, "alicloud_vswitch", map[string]tftypes.Value{"vpc_id": str("vpc-1"), "cidr_block": str("10.0.1.0/24"), "vswitch_name": str("a")},
			map[string]tftypes.Value{"vswitch_name": str("b"), "description": str("d"), "tags": strMap(map[string]string{"x": "y"})}, []string{}},
		{"pipeline (no Update): description", ali, "alicloud_ecs_image_pipeline", map[string]tftypes.Value{"base_image": str("m-1"), "base_image_type": str("IMAGE"), "description": str("a")},
			map[string]tftypes.Value{"description": str("b")}, []string{"description"}},
		{"pipeline (no Update): tags", ali, "alicloud_ecs_image_pipeline", map[string]tftypes.Value{"base_image": str("m-1"), "base_image_type": str("IMAGE")},
			map[string]tftypes.Value{"tags": strMap(map[string]string{"v": "2"})}, []string{"tags"}},
		{"execution image_pipeline_id", ali, "alicloud_ecs_image_pipeline_execution", map[string]tftypes.Value{"image_pipeline_id": str("ip-1")},
			map[string]tftypes.Value{"image_pipeline_id": str("ip-2")}, []string{"image_pipeline_id"}},
		{"execution status (cancel is an update)", ali, "alicloud_ecs_image_pipeline_execution", map[string]tftypes.Value{"image_pipeline_id": str("ip-1")},
			map[string]tftypes.Value{"status": str("CANCELLED")}, []string{}},
		{"image disk_device_mapping block", ali, "alicloud_image", map[string]tftypes.Value{"instance_id": str("i-1"), "disk_device_mapping": mapping(40)},
			map[string]tftypes.Value{"disk_device_mapping": mapping(80)}, []string{"disk_device_mapping"}},
		{"image instance_id and description", ali, "alicloud_image", map[string]tftypes.Value{"instance_id": str("i-1"), "disk_device_mapping": mapping(40)},
			map[string]tftypes.Value{"instance_id": str("i-2"), "description": str("d")}, []string{}},
		{"type without ForceNew arguments", ali, "alicloud_ecs_snapshot", map[string]tftypes.Value{"disk_id": str("d-1")},
			map[string]tftypes.Value{"description": str("d"), "snapshot_name": str("s")}, []string{}},
		{"stack rule: description only", stack, "alibabacloudstack_security_group_rule", map[string]tftypes.Value{"security_group_id": str("sg-1"), "type": str("ingress"), "ip_protocol": str("tcp"), "port_range": str("22/22")},
			map[string]tftypes.Value{"description": str("ssh")}, []string{}},
		{"stack rule: port_range", stack, "alibabacloudstack_security_group_rule", map[string]tftypes.Value{"security_group_id": str("sg-1"), "type": str("ingress"), "ip_protocol": str("tcp"), "port_range": str("22/22")},
			map[string]tftypes.Value{"port_range": str("2222/2222"), "description": str("ssh")}, []string{"port_range"}},
		{"stack vswitch zone_id is not ForceNew", stack, "alibabacloudstack_vpc_vswitch", map[string]tftypes.Value{"vpc_id": str("vpc-1"), "cidr_block": str("10.0.1.0/24"), "zone_id": str("z-a")},
			map[string]tftypes.Value{"zone_id": str("z-b")}, []string{}},
		{"stack vswitch cidr_block", stack, "alibabacloudstack_vpc_vswitch", map[string]tftypes.Value{"vpc_id": str("vpc-1"), "cidr_block": str("10.0.1.0/24"), "zone_id": str("z-a")},
			map[string]tftypes.Value{"cidr_block": str("10.0.9.0/24")}, []string{"cidr_block"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := resourceSchema(t, c.p, c.typ)
			config := object(s, c.base)
			state := created(t, c.p, c.typ, config)
			resp, planned := planResource(t, c.p, c.typ, state, with(s, config, c.changes))
			if got := replacePaths(t, resp.RequiresReplace); !reflect.DeepEqual(got, c.want) {
				t.Errorf("requires replace %v, want %v", got, c.want)
			}
			// The plan carries the new values either way; the id stays until Terraform replaces.
			pm := attrs(planned)
			for k, v := range c.changes {
				if !pm[k].Equal(v) {
					t.Errorf("%s planned %v, want %v", k, pm[k], v)
				}
			}
			if !pm["id"].Equal(attrs(state)["id"]) {
				t.Errorf("id planned %v", pm["id"])
			}
		})
	}
}

func TestPipelineReplacesOnEachOfItsFifteenArguments(t *testing.T) {
	// IMAGE_BUILDER_FACTS 8.1: alicloud_ecs_image_pipeline has no Update, all 15 arguments force a new one.
	p := loadProvider(t, "alicloud")
	s := resourceSchema(t, p, "alicloud_ecs_image_pipeline")
	before, after := map[string]tftypes.Value{}, map[string]tftypes.Value{}
	var want []string
	for _, a := range s.Block.Attributes {
		if a.Name == "id" || !(a.Optional || a.Required) {
			continue
		}
		before[a.Name], after[a.Name] = sample(a.Type, "one"), sample(a.Type, "four")
		want = append(want, a.Name)
	}
	got := replacePaths(t, requiresReplace("alicloud_ecs_image_pipeline", s.Block, object(s, before), object(s, after)))
	if len(got) != 15 || !reflect.DeepEqual(got, want) {
		t.Errorf("requires replace %v (%d), want the 15 arguments %v", got, len(got), want)
	}
	// Computed-only attributes and id never force replacement.
	if got := requiresReplace("alicloud_ecs_image_pipeline", s.Block, object(s, before), object(s, before)); len(got) != 0 {
		t.Errorf("unchanged arguments require replace %v", got)
	}
}

func TestWildcardsSkipIdComputedOnlyAndTimeouts(t *testing.T) {
	block := &tfprotov5.SchemaBlock{
		Attributes: []*tfprotov5.SchemaAttribute{
			{Name: "computed_only", Type: tftypes.String, Computed: true},
			{Name: "description", Type: tftypes.String, Optional: true},
			{Name: "id", Type: tftypes.String, Optional: true, Computed: true},
			{Name: "port", Type: tftypes.Number, Required: true},
		},
		BlockTypes: []*tfprotov5.SchemaNestedBlock{
			{TypeName: "rule", Nesting: tfprotov5.SchemaNestedBlockNestingModeList, Block: &tfprotov5.SchemaBlock{Attributes: []*tfprotov5.SchemaAttribute{{Name: "x", Type: tftypes.String, Optional: true}}}},
			{TypeName: "timeouts", Nesting: tfprotov5.SchemaNestedBlockNestingModeSingle, Block: &tfprotov5.SchemaBlock{Attributes: []*tfprotov5.SchemaAttribute{{Name: "create", Type: tftypes.String, Optional: true}}}},
		},
	}
	s := &tfprotov5.Schema{Block: block}
	typ := s.ValueType().(tftypes.Object)
	value := func(seed string) tftypes.Value {
		m := map[string]tftypes.Value{}
		for k, at := range typ.AttributeTypes {
			m[k] = sample(at, seed)
		}
		return tftypes.NewValue(typ, m)
	}
	forceNew["test_all"] = []string{"*"}
	forceNew["test_all_but_description"] = []string{"*-description"}
	t.Cleanup(func() { delete(forceNew, "test_all"); delete(forceNew, "test_all_but_description") })

	if got := replacePaths(t, requiresReplace("test_all", block, value("a"), value("bb"))); !reflect.DeepEqual(got, []string{"description", "port", "rule"}) {
		t.Errorf("*: %v", got)
	}
	if got := replacePaths(t, requiresReplace("test_all_but_description", block, value("a"), value("bb"))); !reflect.DeepEqual(got, []string{"port", "rule"}) {
		t.Errorf("*-description: %v", got)
	}
	if got := requiresReplace("test_unlisted", block, value("a"), value("bb")); len(got) != 0 {
		t.Errorf("unlisted type: %v", got)
	}
}

// Every ForceNew name must be an argument (or block) of its type, or it silently never replaces:
// checked against the committed subsets, and against the full schemas beside the repository when present.
func TestForceNewNamesAreArgumentsOfTheirTypes(t *testing.T) {
	check := func(t *testing.T, resources map[string]*tfprotov5.Schema, source string) (checked map[string]bool) {
		checked = map[string]bool{}
		for typ, names := range forceNew {
			s, ok := resources[typ]
			if !ok {
				continue
			}
			checked[typ] = true
			for _, n := range names {
				if strings.HasPrefix(n, "*") {
					continue
				}
				if a := findAttr(s.Block, n); a != nil && (a.Optional || a.Required) {
					continue
				}
				if findBlock(s.Block, n) != nil {
					continue
				}
				t.Errorf("forceNew[%s] lists %q, which is not an argument of it in %s", typ, n, source)
			}
		}
		return checked
	}
	all := map[string]bool{}
	for _, name := range []string{"alicloud", "alibabacloudstack"} {
		for typ := range check(t, loadProvider(t, name).resources, "the subset") {
			all[typ] = true
		}
	}
	if len(all) < 20 {
		t.Errorf("only %d ForceNew types are in the subsets", len(all))
	}

	full := filepath.Join("..", "..", "..", "..", "shared", "provider-schemas")
	var missing []string
	for typ := range forceNew {
		if !all[typ] {
			missing = append(missing, typ)
		}
	}
	sort.Strings(missing)
	if _, err := os.Stat(full); err != nil {
		t.Logf("no full schemas at %s: %v left unchecked", full, missing)
		return
	}
	for _, name := range []string{"alicloud", "alibabacloudstack"} {
		js, err := loadSchemas(name, filepath.Join(full, name+"-"+versions[name]+".json"))
		if err != nil {
			t.Fatal(err)
		}
		resources := map[string]*tfprotov5.Schema{}
		for _, typ := range missing {
			if js, ok := js.ResourceSchemas[typ]; ok {
				if resources[typ], err = toSchema(js); err != nil {
					t.Fatal(err)
				}
			}
		}
		for typ := range check(t, resources, "the full schema") {
			all[typ] = true
		}
	}
	for _, typ := range missing {
		if !all[typ] {
			t.Errorf("ForceNew type %s is in no schema", typ)
		}
	}
}
