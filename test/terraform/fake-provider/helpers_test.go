package main

// Helpers for the fake provider's tests: load a provider from the committed schema subsets
// (test/schemas, as the harness does by default) and build protocol values for its schemas.

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// subsetDir is test/schemas, the directory harness.ts passes as FAKE_PROVIDER_SCHEMA_DIR when nothing overrides it.
var subsetDir = filepath.Join("..", "..", "schemas")

// clearEnv unsets every variable the provider reads, so the caller's environment cannot leak in.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, k := range []string{"FAKE_PROVIDER_SCHEMA_DIR", "FAKE_PROVIDER_SCHEMA_FILE_ALICLOUD", "FAKE_PROVIDER_SCHEMA_FILE_ALIBABACLOUDSTACK", "FAKE_PROVIDER_JOURNAL", "FAKE_PROVIDER_IMAGES"} {
		t.Setenv(k, "")
	}
}

// loadProvider starts the named provider on the committed subset, as the harness does.
func loadProvider(t *testing.T, name string) *provider {
	t.Helper()
	clearEnv(t)
	t.Setenv("FAKE_PROVIDER_SCHEMA_DIR", subsetDir)
	p, err := newProvider(name, versions[name])
	if err != nil {
		t.Fatalf("newProvider(%s): %v", name, err)
	}
	return p
}

func resourceSchema(t *testing.T, p *provider, typ string) *tfprotov5.Schema {
	t.Helper()
	s, ok := p.resources[typ]
	if !ok {
		t.Fatalf("%s serves no resource %s", p.name, typ)
	}
	return s
}

// object builds a value of the schema's type: the given attributes, null for the other attributes
// and single blocks, an empty collection for list and set blocks (as Terraform sends absent blocks).
func object(s *tfprotov5.Schema, vals map[string]tftypes.Value) tftypes.Value {
	typ := s.ValueType().(tftypes.Object)
	m := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		m[name] = tftypes.NewValue(at, nil)
	}
	for _, b := range s.Block.BlockTypes {
		at := typ.AttributeTypes[b.TypeName]
		if b.Nesting == tfprotov5.SchemaNestedBlockNestingModeList || b.Nesting == tfprotov5.SchemaNestedBlockNestingModeSet {
			m[b.TypeName] = tftypes.NewValue(at, []tftypes.Value{})
		}
	}
	for k, v := range vals {
		if _, ok := typ.AttributeTypes[k]; !ok {
			panic("no attribute " + k)
		}
		m[k] = v
	}
	return tftypes.NewValue(typ, m)
}

// proposedNew is Terraform's proposed new state for top-level attributes: the configuration, with
// computed attributes the configuration leaves null taken from the prior state (null on create).
func proposedNew(s *tfprotov5.Schema, prior, config tftypes.Value) tftypes.Value {
	pm, cm := attrs(prior), attrs(config)
	out := map[string]tftypes.Value{}
	for k, v := range cm {
		out[k] = v
	}
	for _, a := range s.Block.Attributes {
		if a.Computed && cm[a.Name].IsNull() {
			if v, ok := pm[a.Name]; ok {
				out[a.Name] = v
			} else {
				out[a.Name] = tftypes.NewValue(a.Type, nil)
			}
		}
	}
	return tftypes.NewValue(s.ValueType(), out)
}

func str(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }

func strMap(kv map[string]string) tftypes.Value {
	m := map[string]tftypes.Value{}
	for k, v := range kv {
		m[k] = str(v)
	}
	return tftypes.NewValue(tftypes.Map{ElementType: tftypes.String}, m)
}

func nullValue(s *tfprotov5.Schema) tftypes.Value { return tftypes.NewValue(s.ValueType(), nil) }

// planResource runs PlanResourceChange as Terraform does and returns the response and the planned state.
func planResource(t *testing.T, p *provider, typ string, prior, config tftypes.Value) (*tfprotov5.PlanResourceChangeResponse, tftypes.Value) {
	t.Helper()
	s := resourceSchema(t, p, typ)
	resp, err := p.PlanResourceChange(context.Background(), &tfprotov5.PlanResourceChangeRequest{
		TypeName: typ, PriorState: dynamic(prior), ProposedNewState: dynamic(proposedNew(s, prior, config)), Config: dynamic(config),
		PriorPrivate: []byte("private-" + typ),
	})
	if err != nil {
		t.Fatalf("PlanResourceChange(%s): %v", typ, err)
	}
	noDiagnostics(t, resp.Diagnostics)
	planned, err := resp.PlannedState.Unmarshal(s.ValueType())
	if err != nil {
		t.Fatalf("planned state of %s: %v", typ, err)
	}
	return resp, planned
}

// applyResource runs ApplyResourceChange and returns the new state.
func applyResource(t *testing.T, p *provider, typ string, prior, planned tftypes.Value) tftypes.Value {
	t.Helper()
	s := resourceSchema(t, p, typ)
	resp, err := p.ApplyResourceChange(context.Background(), &tfprotov5.ApplyResourceChangeRequest{
		TypeName: typ, PriorState: dynamic(prior), PlannedState: dynamic(planned), Config: dynamic(planned), PlannedPrivate: []byte("planned-private"),
	})
	if err != nil {
		t.Fatalf("ApplyResourceChange(%s): %v", typ, err)
	}
	noDiagnostics(t, resp.Diagnostics)
	if string(resp.Private) != "planned-private" {
		t.Errorf("%s: apply returned private %q, want the planned private data", typ, resp.Private)
	}
	state, err := resp.NewState.Unmarshal(s.ValueType())
	if err != nil {
		t.Fatalf("new state of %s: %v", typ, err)
	}
	return state
}

func noDiagnostics(t *testing.T, diags []*tfprotov5.Diagnostic) {
	t.Helper()
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s: %s %s", d.Severity, d.Summary, d.Detail)
	}
}

// oneError checks that diags is exactly one error whose summary contains want.
func oneError(t *testing.T, what string, diags []*tfprotov5.Diagnostic, want string) {
	t.Helper()
	if len(diags) != 1 || diags[0].Severity != tfprotov5.DiagnosticSeverityError || !strings.Contains(diags[0].Summary, want) {
		var got []string
		for _, d := range diags {
			got = append(got, d.Severity.String()+": "+d.Summary)
		}
		t.Errorf("%s: want one error diagnostic containing %q, got %q", what, want, got)
	}
}

func stringOf(t *testing.T, v tftypes.Value) string {
	t.Helper()
	var s string
	if err := v.As(&s); err != nil {
		t.Fatalf("not a string: %v (%v)", v, err)
	}
	return s
}

func listOf(t *testing.T, v tftypes.Value) []tftypes.Value {
	t.Helper()
	var l []tftypes.Value
	if err := v.As(&l); err != nil {
		t.Fatalf("not a list: %v (%v)", v, err)
	}
	return l
}
