package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

func vswitchConfig(t *testing.T, p *provider, cidr, description string) tftypes.Value {
	return object(resourceSchema(t, p, "alicloud_vswitch"), map[string]tftypes.Value{
		"vpc_id": str("vpc-0123"), "cidr_block": str(cidr), "zone_id": str("cn-hangzhou-h"),
		"vswitch_name": str("build"), "description": str(description), "tags": strMap(map[string]string{"team": "images"}),
	})
}

func TestPlanCreateMarksComputedUnknownAndKeepsConfiguration(t *testing.T) {
	p := loadProvider(t, "alicloud")
	s := resourceSchema(t, p, "alicloud_vswitch")
	config := vswitchConfig(t, p, "10.0.1.0/24", "build network")
	resp, planned := planResource(t, p, "alicloud_vswitch", nullValue(s), config)

	pm, cm := attrs(planned), attrs(config)
	for _, name := range []string{"vpc_id", "cidr_block", "zone_id", "vswitch_name", "description", "tags"} {
		if !pm[name].Equal(cm[name]) {
			t.Errorf("%s planned %v, configured %v", name, pm[name], cm[name])
		}
	}
	// Computed attributes the configuration leaves open, optional ones included.
	for _, name := range []string{"id", "status", "create_time", "ipv6_cidr_block", "ipv6_cidr_block_mask", "availability_zone", "name"} {
		if pm[name].IsKnown() {
			t.Errorf("%s planned %v, want unknown", name, pm[name])
		}
	}
	// Neither configured nor computed: stays null.
	for _, name := range []string{"enable_ipv6", "is_default"} {
		if !pm[name].IsKnown() || !pm[name].IsNull() {
			t.Errorf("%s planned %v, want null", name, pm[name])
		}
	}
	if len(resp.RequiresReplace) != 0 {
		t.Errorf("create requires replace %v", resp.RequiresReplace)
	}
	if string(resp.PlannedPrivate) != "private-alicloud_vswitch" {
		t.Errorf("planned private %q", resp.PlannedPrivate)
	}
	if !resp.UnsafeToUseLegacyTypeSystem {
		t.Error("the fake provider plans like an SDKv2 provider (legacy type system)")
	}
}

func TestApplyFillsComputedValuesAndASecondPlanIsClean(t *testing.T) {
	p := loadProvider(t, "alicloud")
	p.journal = filepath.Join(t.TempDir(), "journal")
	s := resourceSchema(t, p, "alicloud_vswitch")
	config := vswitchConfig(t, p, "10.0.1.0/24", "build network")
	_, planned := planResource(t, p, "alicloud_vswitch", nullValue(s), config)
	state := applyResource(t, p, "alicloud_vswitch", nullValue(s), planned)

	if !state.IsFullyKnown() {
		t.Fatalf("state after apply has unknown values: %v", state)
	}
	sm, cm := attrs(state), attrs(config)
	id := stringOf(t, sm["id"])
	if !regexp.MustCompile(`^vsw-[0-9a-f]{20}$`).MatchString(id) {
		t.Errorf("id %q, want vsw- and 20 hex digits", id)
	}
	if got := stringOf(t, sm["status"]); got != "Available" {
		t.Errorf("status %q", got)
	}
	if got := stringOf(t, sm["create_time"]); got != "2026-12-03T00:00:00Z" {
		t.Errorf("create_time %q", got)
	}
	if !sm["ipv6_cidr_block_mask"].Equal(tftypes.NewValue(tftypes.Number, 0)) {
		t.Errorf("ipv6_cidr_block_mask %v, want 0", sm["ipv6_cidr_block_mask"])
	}
	for _, name := range []string{"vpc_id", "cidr_block", "zone_id", "vswitch_name", "description", "tags"} {
		if !sm[name].Equal(cm[name]) {
			t.Errorf("apply changed configured %s: %v -> %v", name, cm[name], sm[name])
		}
	}

	// Terraform refreshes (ReadResource returns the state unchanged) and plans again: no diff.
	read, _ := p.ReadResource(context.Background(), &tfprotov5.ReadResourceRequest{TypeName: "alicloud_vswitch", CurrentState: dynamic(state), Private: []byte("p")})
	refreshed, err := read.NewState.Unmarshal(s.ValueType())
	if err != nil || !refreshed.Equal(state) || string(read.Private) != "p" {
		t.Fatalf("ReadResource changed the state: %v %v", refreshed, err)
	}
	resp, replanned := planResource(t, p, "alicloud_vswitch", refreshed, config)
	if !replanned.Equal(state) {
		t.Errorf("second plan differs from the state:\nplanned %v\nstate   %v", replanned, state)
	}
	if len(resp.RequiresReplace) != 0 {
		t.Errorf("second plan requires replace %v", resp.RequiresReplace)
	}

	// A second resource gets another id.
	other := applyResource(t, p, "alicloud_vswitch", nullValue(s), planned)
	if otherID := stringOf(t, attrs(other)["id"]); otherID == id {
		t.Errorf("two creates got the same id %s", id)
	}

	// Destroy: the plan and the new state are null.
	destroyResp, err := p.PlanResourceChange(context.Background(), &tfprotov5.PlanResourceChangeRequest{
		TypeName: "alicloud_vswitch", PriorState: dynamic(state), ProposedNewState: dynamic(nullValue(s)), Config: dynamic(nullValue(s)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := destroyResp.PlannedState.Unmarshal(s.ValueType()); !v.IsNull() {
		t.Errorf("destroy plan %v, want null", v)
	}
	if gone := applyResource(t, p, "alicloud_vswitch", state, nullValue(s)); !gone.IsNull() {
		t.Errorf("state after destroy %v, want null", gone)
	}

	// The journal has one line per create and delete, with the values the fake cloud reads.
	entries := readJournalLines(t, p.journal)
	if len(entries) != 3 {
		t.Fatalf("journal has %d lines, want 3: %v", len(entries), entries)
	}
	for i, op := range []string{"create", "create", "delete"} {
		e := entries[i]
		if e["op"] != op || e["provider"] != "alicloud" || e["type"] != "alicloud_vswitch" {
			t.Errorf("journal line %d: %v", i, e)
		}
	}
	if v := entries[0]["values"].(map[string]any); v["id"] != id || v["cidr_block"] != "10.0.1.0/24" || v["enable_ipv6"] != nil {
		t.Errorf("journal create values %v", v)
	}
	if v := entries[2]["values"].(map[string]any); v["id"] != id {
		t.Errorf("journal delete of %v, want %s", v["id"], id)
	}
}

func readJournalLines(t *testing.T, file string) []map[string]any {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e map[string]any
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("journal line %q: %v", sc.Text(), err)
		}
		out = append(out, e)
	}
	return out
}

func TestUpdateKeepsComputedValuesAndAppliesTheChange(t *testing.T) {
	p := loadProvider(t, "alicloud")
	s := resourceSchema(t, p, "alicloud_vswitch")
	_, planned := planResource(t, p, "alicloud_vswitch", nullValue(s), vswitchConfig(t, p, "10.0.1.0/24", "old"))
	state := applyResource(t, p, "alicloud_vswitch", nullValue(s), planned)

	resp, updated := planResource(t, p, "alicloud_vswitch", state, vswitchConfig(t, p, "10.0.1.0/24", "new"))
	if len(resp.RequiresReplace) != 0 {
		t.Errorf("a description change requires replace %v", resp.RequiresReplace)
	}
	um, sm := attrs(updated), attrs(state)
	if stringOf(t, um["description"]) != "new" || !um["id"].Equal(sm["id"]) || !um["create_time"].Equal(sm["create_time"]) {
		t.Errorf("update plan %v", updated)
	}
	after := applyResource(t, p, "alicloud_vswitch", state, updated)
	if !after.Equal(updated) {
		t.Errorf("update apply %v, want the plan %v", after, updated)
	}
}

// idPattern is what the id of a new resource of typ must look like.
func idPattern(typ string) *regexp.Regexp {
	prefix, ok := idPrefixes[typ]
	if !ok {
		prefix = strings.TrimPrefix(strings.TrimPrefix(typ, "alicloud_"), "alibabacloudstack_") + "-"
	}
	return regexp.MustCompile("^" + regexp.QuoteMeta(prefix) + "[0-9a-f]{20}$")
}

// Every resource type of both subsets: create, apply (everything known, the plan's known values
// kept), a clean second plan, the state through UpgradeResourceState unchanged.
func TestEveryResourceTypeRoundTrips(t *testing.T) {
	for _, name := range []string{"alicloud", "alibabacloudstack"} {
		p := loadProvider(t, name)
		for _, typ := range sortedKeys(p.resources) {
			t.Run(typ, func(t *testing.T) {
				s := p.resources[typ]
				config := object(s, nil)
				resp, planned := planResource(t, p, typ, nullValue(s), config)
				if len(resp.RequiresReplace) != 0 {
					t.Errorf("create requires replace %v", resp.RequiresReplace)
				}
				if attrs(planned)["id"].IsKnown() {
					t.Errorf("id planned known: %v", attrs(planned)["id"])
				}
				state := applyResource(t, p, typ, nullValue(s), planned)
				if !state.IsFullyKnown() {
					t.Fatalf("unknown values after apply: %v", state)
				}
				// Terraform rejects an apply that changes a value the plan already knew.
				pm, sm := attrs(planned), attrs(state)
				for k, v := range pm {
					if v.IsFullyKnown() && !v.Equal(sm[k]) {
						t.Errorf("%s planned %v, applied %v", k, v, sm[k])
					}
				}
				if id := stringOf(t, sm["id"]); !idPattern(typ).MatchString(id) {
					t.Errorf("id %q, want %s", id, idPattern(typ))
				}
				if st, ok := sm["status"]; ok && st.Type().Is(tftypes.String) && !pm["status"].IsKnown() && stringOf(t, st) != createdStatus[typ] {
					t.Errorf("status %q, want %q", stringOf(t, st), createdStatus[typ])
				}

				resp, replanned := planResource(t, p, typ, state, config)
				if !replanned.Equal(state) || len(resp.RequiresReplace) != 0 {
					t.Errorf("second plan not clean: replace %v\nplanned %v\nstate   %v", resp.RequiresReplace, replanned, state)
				}

				raw, err := json.Marshal(toJSON(state))
				if err != nil {
					t.Fatal(err)
				}
				upgraded := upgrade(t, p, typ, raw, s.Version)
				if !upgraded.Equal(state) {
					t.Errorf("UpgradeResourceState changed the state:\nraw      %s\nupgraded %v\nstate    %v", raw, upgraded, state)
				}
			})
		}
	}
}

func upgrade(t *testing.T, p *provider, typ string, raw []byte, version int64) tftypes.Value {
	t.Helper()
	resp, err := p.UpgradeResourceState(context.Background(), &tfprotov5.UpgradeResourceStateRequest{TypeName: typ, Version: version, RawState: &tfprotov5.RawState{JSON: raw}})
	if err != nil {
		t.Fatal(err)
	}
	noDiagnostics(t, resp.Diagnostics)
	if resp.UpgradedState == nil {
		t.Fatalf("no upgraded state for %s", raw)
	}
	v, err := resp.UpgradedState.Unmarshal(p.resources[typ].ValueType())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestUpgradeResourceState(t *testing.T) {
	p := loadProvider(t, "alicloud")
	s := resourceSchema(t, p, "alicloud_ecs_image_pipeline_execution")

	// An older state: an attribute this schema no longer has is dropped, a missing one becomes null.
	v := upgrade(t, p, "alicloud_ecs_image_pipeline_execution", []byte(`{"id":"exec-1","image_pipeline_id":"ip-1","status":"SUCCESS","removed_attribute":"x"}`), 0)
	want := object(s, map[string]tftypes.Value{"id": str("exec-1"), "image_pipeline_id": str("ip-1"), "status": str("SUCCESS")})
	if !v.Equal(want) {
		t.Errorf("upgraded %v, want %v", v, want)
	}

	resp, _ := p.UpgradeResourceState(context.Background(), &tfprotov5.UpgradeResourceStateRequest{
		TypeName: "alicloud_ecs_image_pipeline_execution", RawState: &tfprotov5.RawState{JSON: []byte(`{"id":{"not":"a string"}}`)},
	})
	oneError(t, "state of the wrong type", resp.Diagnostics, "state of alicloud_ecs_image_pipeline_execution")
	if resp.UpgradedState != nil {
		t.Errorf("upgraded state despite the error: %v", resp.UpgradedState)
	}
	flat, _ := p.UpgradeResourceState(context.Background(), &tfprotov5.UpgradeResourceStateRequest{
		TypeName: "alicloud_ecs_image_pipeline_execution", RawState: &tfprotov5.RawState{Flatmap: map[string]string{"id": "exec-1"}},
	})
	oneError(t, "flatmap state", flat.Diagnostics, "state of alicloud_ecs_image_pipeline_execution")
}

func TestUnknownTypesAreErrorDiagnostics(t *testing.T) {
	p := loadProvider(t, "alicloud")
	ctx := context.Background()
	const typ = "alicloud_no_such_thing"
	empty := dynamic(tftypes.NewValue(tftypes.Object{}, nil))

	vr, _ := p.ValidateResourceTypeConfig(ctx, &tfprotov5.ValidateResourceTypeConfigRequest{TypeName: typ, Config: empty})
	oneError(t, "ValidateResourceTypeConfig", vr.Diagnostics, "unknown resource type "+typ)
	up, _ := p.UpgradeResourceState(ctx, &tfprotov5.UpgradeResourceStateRequest{TypeName: typ, RawState: &tfprotov5.RawState{JSON: []byte(`{}`)}})
	oneError(t, "UpgradeResourceState", up.Diagnostics, "unknown resource type "+typ)
	pl, _ := p.PlanResourceChange(ctx, &tfprotov5.PlanResourceChangeRequest{TypeName: typ, PriorState: empty, ProposedNewState: empty, Config: empty})
	oneError(t, "PlanResourceChange", pl.Diagnostics, "unknown resource type "+typ)
	if pl.PlannedState != nil {
		t.Error("a plan for an unknown type")
	}
	ap, _ := p.ApplyResourceChange(ctx, &tfprotov5.ApplyResourceChangeRequest{TypeName: typ, PriorState: empty, PlannedState: empty, Config: empty})
	oneError(t, "ApplyResourceChange", ap.Diagnostics, "unknown resource type "+typ)
	vd, _ := p.ValidateDataSourceConfig(ctx, &tfprotov5.ValidateDataSourceConfigRequest{TypeName: typ, Config: empty})
	oneError(t, "ValidateDataSourceConfig", vd.Diagnostics, "unknown data source "+typ)
	rd, _ := p.ReadDataSource(ctx, &tfprotov5.ReadDataSourceRequest{TypeName: typ, Config: empty})
	oneError(t, "ReadDataSource", rd.Diagnostics, "unknown data source "+typ)
	if rd.State != nil {
		t.Error("a data source state for an unknown type")
	}

	// A data source type is not a resource type, and the known ones validate.
	pl2, _ := p.PlanResourceChange(ctx, &tfprotov5.PlanResourceChangeRequest{TypeName: "alicloud_images", PriorState: empty, ProposedNewState: empty, Config: empty})
	oneError(t, "PlanResourceChange of a data source", pl2.Diagnostics, "unknown resource type alicloud_images")
	ok1, _ := p.ValidateResourceTypeConfig(ctx, &tfprotov5.ValidateResourceTypeConfigRequest{TypeName: "alicloud_vpc"})
	ok2, _ := p.ValidateDataSourceConfig(ctx, &tfprotov5.ValidateDataSourceConfigRequest{TypeName: "alicloud_images"})
	noDiagnostics(t, append(ok1.Diagnostics, ok2.Diagnostics...))
}

func TestUnsupportedOperationsSayWhy(t *testing.T) {
	p := loadProvider(t, "alicloud")
	ctx := context.Background()
	im, _ := p.ImportResourceState(ctx, &tfprotov5.ImportResourceStateRequest{TypeName: "alicloud_vpc", ID: "vpc-1"})
	oneError(t, "ImportResourceState", im.Diagnostics, "cannot import alicloud_vpc")
	mv, _ := p.MoveResourceState(ctx, &tfprotov5.MoveResourceStateRequest{})
	oneError(t, "MoveResourceState", mv.Diagnostics, "cannot move")
	fn, _ := p.CallFunction(ctx, &tfprotov5.CallFunctionRequest{Name: "f"})
	if fn.Error == nil || !strings.Contains(fn.Error.Text, "no functions") {
		t.Errorf("CallFunction error %+v", fn.Error)
	}
}
