package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type provider struct {
	name        string
	schema      *tfprotov5.Schema
	resources   map[string]*tfprotov5.Schema
	dataSources map[string]*tfprotov5.Schema
	journal     string
	mu          sync.Mutex
}

func newProvider(name, version string) (*provider, error) {
	file, err := schemaFile(name, version)
	if err != nil {
		return nil, err
	}
	js, err := loadSchemas(name, file)
	if err != nil {
		return nil, err
	}
	p := &provider{name: name, resources: map[string]*tfprotov5.Schema{}, dataSources: map[string]*tfprotov5.Schema{}, journal: os.Getenv("FAKE_PROVIDER_JOURNAL")}
	if p.schema, err = toSchema(js.Provider); err != nil {
		return nil, fmt.Errorf("provider block: %w", err)
	}
	for typ, s := range js.ResourceSchemas {
		if p.resources[typ], err = toSchema(s); err != nil {
			return nil, fmt.Errorf("%s: %w", typ, err)
		}
	}
	for typ, s := range js.DataSourceSchemas {
		if p.dataSources[typ], err = toSchema(s); err != nil {
			return nil, fmt.Errorf("data %s: %w", typ, err)
		}
	}
	return p, nil
}

func errorDiag(format string, args ...any) []*tfprotov5.Diagnostic {
	return []*tfprotov5.Diagnostic{{Severity: tfprotov5.DiagnosticSeverityError, Summary: fmt.Sprintf(format, args...)}}
}

func dynamic(v tftypes.Value) *tfprotov5.DynamicValue {
	dv, err := tfprotov5.NewDynamicValue(v.Type(), v)
	if err != nil {
		panic(err)
	}
	return &dv
}

func unmarshal(dv *tfprotov5.DynamicValue, t tftypes.Type) (tftypes.Value, error) {
	if dv == nil {
		return tftypes.NewValue(t, nil), nil
	}
	return dv.Unmarshal(t)
}

func attrs(v tftypes.Value) map[string]tftypes.Value {
	m := map[string]tftypes.Value{}
	if v.IsKnown() && !v.IsNull() {
		_ = v.As(&m)
	}
	return m
}

// ---- provider RPCs ----

func (p *provider) GetMetadata(context.Context, *tfprotov5.GetMetadataRequest) (*tfprotov5.GetMetadataResponse, error) {
	resp := &tfprotov5.GetMetadataResponse{}
	for _, t := range sortedKeys(p.resources) {
		resp.Resources = append(resp.Resources, tfprotov5.ResourceMetadata{TypeName: t})
	}
	for _, t := range sortedKeys(p.dataSources) {
		resp.DataSources = append(resp.DataSources, tfprotov5.DataSourceMetadata{TypeName: t})
	}
	return resp, nil
}

func (p *provider) GetProviderSchema(context.Context, *tfprotov5.GetProviderSchemaRequest) (*tfprotov5.GetProviderSchemaResponse, error) {
	return &tfprotov5.GetProviderSchemaResponse{Provider: p.schema, ResourceSchemas: p.resources, DataSourceSchemas: p.dataSources}, nil
}

func (p *provider) GetResourceIdentitySchemas(context.Context, *tfprotov5.GetResourceIdentitySchemasRequest) (*tfprotov5.GetResourceIdentitySchemasResponse, error) {
	return &tfprotov5.GetResourceIdentitySchemasResponse{}, nil
}

func (p *provider) PrepareProviderConfig(_ context.Context, req *tfprotov5.PrepareProviderConfigRequest) (*tfprotov5.PrepareProviderConfigResponse, error) {
	return &tfprotov5.PrepareProviderConfigResponse{PreparedConfig: req.Config}, nil
}

func (p *provider) ConfigureProvider(context.Context, *tfprotov5.ConfigureProviderRequest) (*tfprotov5.ConfigureProviderResponse, error) {
	return &tfprotov5.ConfigureProviderResponse{}, nil
}

func (p *provider) StopProvider(context.Context, *tfprotov5.StopProviderRequest) (*tfprotov5.StopProviderResponse, error) {
	return &tfprotov5.StopProviderResponse{}, nil
}

// ---- resources ----

func (p *provider) ValidateResourceTypeConfig(_ context.Context, req *tfprotov5.ValidateResourceTypeConfigRequest) (*tfprotov5.ValidateResourceTypeConfigResponse, error) {
	if _, ok := p.resources[req.TypeName]; !ok {
		return &tfprotov5.ValidateResourceTypeConfigResponse{Diagnostics: errorDiag("unknown resource type %s", req.TypeName)}, nil
	}
	return &tfprotov5.ValidateResourceTypeConfigResponse{}, nil
}

func (p *provider) UpgradeResourceState(_ context.Context, req *tfprotov5.UpgradeResourceStateRequest) (*tfprotov5.UpgradeResourceStateResponse, error) {
	s, ok := p.resources[req.TypeName]
	if !ok {
		return &tfprotov5.UpgradeResourceStateResponse{Diagnostics: errorDiag("unknown resource type %s", req.TypeName)}, nil
	}
	v, err := req.RawState.UnmarshalWithOpts(s.ValueType(), tfprotov5.UnmarshalOpts{ValueFromJSONOpts: tftypes.ValueFromJSONOpts{IgnoreUndefinedAttributes: true}})
	if err != nil {
		return &tfprotov5.UpgradeResourceStateResponse{Diagnostics: errorDiag("state of %s: %v", req.TypeName, err)}, nil
	}
	return &tfprotov5.UpgradeResourceStateResponse{UpgradedState: dynamic(v)}, nil
}

func (p *provider) UpgradeResourceIdentity(context.Context, *tfprotov5.UpgradeResourceIdentityRequest) (*tfprotov5.UpgradeResourceIdentityResponse, error) {
	return &tfprotov5.UpgradeResourceIdentityResponse{Diagnostics: errorDiag("resource identity is not supported")}, nil
}

// ReadResource returns the state as it is: nothing changes behind Terraform's back in the fake cloud.
func (p *provider) ReadResource(_ context.Context, req *tfprotov5.ReadResourceRequest) (*tfprotov5.ReadResourceResponse, error) {
	return &tfprotov5.ReadResourceResponse{NewState: req.CurrentState, Private: req.Private}, nil
}

func (p *provider) PlanResourceChange(_ context.Context, req *tfprotov5.PlanResourceChangeRequest) (*tfprotov5.PlanResourceChangeResponse, error) {
	s, ok := p.resources[req.TypeName]
	if !ok {
		return &tfprotov5.PlanResourceChangeResponse{Diagnostics: errorDiag("unknown resource type %s", req.TypeName)}, nil
	}
	t := s.ValueType()
	prior, err1 := unmarshal(req.PriorState, t)
	proposed, err2 := unmarshal(req.ProposedNewState, t)
	config, err3 := unmarshal(req.Config, t)
	for _, err := range []error{err1, err2, err3} {
		if err != nil {
			return &tfprotov5.PlanResourceChangeResponse{Diagnostics: errorDiag("%s: %v", req.TypeName, err)}, nil
		}
	}
	resp := &tfprotov5.PlanResourceChangeResponse{UnsafeToUseLegacyTypeSystem: true}
	if proposed.IsNull() { // destroy
		resp.PlannedState = dynamic(proposed)
		return resp, nil
	}
	planned := proposed
	if prior.IsNull() {
		// Create: what the configuration leaves to the provider is only known after apply.
		pm := attrs(proposed)
		cm := attrs(config)
		for _, a := range s.Block.Attributes {
			if a.Computed && cm[a.Name].IsNull() {
				pm[a.Name] = tftypes.NewValue(a.Type, tftypes.UnknownValue)
			}
		}
		planned = tftypes.NewValue(t, pm)
	} else {
		resp.RequiresReplace = requiresReplace(req.TypeName, s.Block, prior, planned)
	}
	resp.PlannedState = dynamic(planned)
	resp.PlannedPrivate = req.PriorPrivate
	return resp, nil
}

func (p *provider) ApplyResourceChange(_ context.Context, req *tfprotov5.ApplyResourceChangeRequest) (*tfprotov5.ApplyResourceChangeResponse, error) {
	s, ok := p.resources[req.TypeName]
	if !ok {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: errorDiag("unknown resource type %s", req.TypeName)}, nil
	}
	t := s.ValueType()
	prior, err1 := unmarshal(req.PriorState, t)
	planned, err2 := unmarshal(req.PlannedState, t)
	if err1 != nil || err2 != nil {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: errorDiag("%s: %v %v", req.TypeName, err1, err2)}, nil
	}
	resp := &tfprotov5.ApplyResourceChangeResponse{UnsafeToUseLegacyTypeSystem: true, Private: req.PlannedPrivate}
	if planned.IsNull() {
		p.record("delete", req.TypeName, prior)
		resp.NewState = dynamic(planned)
		return resp, nil
	}
	suffix := randomSuffix()
	state, err := tftypes.Transform(planned, func(path *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
		if v.IsKnown() {
			return v, nil
		}
		return computedValue(req.TypeName, path, v.Type(), suffix), nil
	})
	if err != nil {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: errorDiag("%s: %v", req.TypeName, err)}, nil
	}
	op := "update"
	if prior.IsNull() {
		op = "create"
	}
	p.record(op, req.TypeName, state)
	resp.NewState = dynamic(state)
	return resp, nil
}

func (p *provider) ImportResourceState(_ context.Context, req *tfprotov5.ImportResourceStateRequest) (*tfprotov5.ImportResourceStateResponse, error) {
	return &tfprotov5.ImportResourceStateResponse{Diagnostics: errorDiag("the fake provider cannot import %s", req.TypeName)}, nil
}

func (p *provider) MoveResourceState(context.Context, *tfprotov5.MoveResourceStateRequest) (*tfprotov5.MoveResourceStateResponse, error) {
	return &tfprotov5.MoveResourceStateResponse{Diagnostics: errorDiag("the fake provider cannot move resource state")}, nil
}

func (p *provider) GenerateResourceConfig(context.Context, *tfprotov5.GenerateResourceConfigRequest) (*tfprotov5.GenerateResourceConfigResponse, error) {
	return &tfprotov5.GenerateResourceConfigResponse{Diagnostics: errorDiag("the fake provider cannot generate configuration")}, nil
}

// ---- data sources ----

func (p *provider) ValidateDataSourceConfig(_ context.Context, req *tfprotov5.ValidateDataSourceConfigRequest) (*tfprotov5.ValidateDataSourceConfigResponse, error) {
	if _, ok := p.dataSources[req.TypeName]; !ok {
		return &tfprotov5.ValidateDataSourceConfigResponse{Diagnostics: errorDiag("unknown data source %s", req.TypeName)}, nil
	}
	return &tfprotov5.ValidateDataSourceConfigResponse{}, nil
}

// ReadDataSource fills what the configuration leaves open with values derived from a hash of the
// configuration, so the same configuration always reads the same result (a second plan is clean).
func (p *provider) ReadDataSource(_ context.Context, req *tfprotov5.ReadDataSourceRequest) (*tfprotov5.ReadDataSourceResponse, error) {
	s, ok := p.dataSources[req.TypeName]
	if !ok {
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: errorDiag("unknown data source %s", req.TypeName)}, nil
	}
	t := s.ValueType()
	config, err := unmarshal(req.Config, t)
	if err != nil {
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: errorDiag("%s: %v", req.TypeName, err)}, nil
	}
	g := newDataGen(req.TypeName, config)
	m := attrs(config)
	for _, a := range s.Block.Attributes {
		if a.Computed && m[a.Name].IsNull() {
			m[a.Name] = g.value(a.Name, a.Type)
		}
	}
	return &tfprotov5.ReadDataSourceResponse{State: dynamic(tftypes.NewValue(t, m))}, nil
}

// ---- functions and ephemeral resources: none ----

func (p *provider) GetFunctions(context.Context, *tfprotov5.GetFunctionsRequest) (*tfprotov5.GetFunctionsResponse, error) {
	return &tfprotov5.GetFunctionsResponse{}, nil
}

func (p *provider) CallFunction(context.Context, *tfprotov5.CallFunctionRequest) (*tfprotov5.CallFunctionResponse, error) {
	return &tfprotov5.CallFunctionResponse{Error: &tfprotov5.FunctionError{Text: "the fake provider has no functions"}}, nil
}

func (p *provider) ValidateEphemeralResourceConfig(context.Context, *tfprotov5.ValidateEphemeralResourceConfigRequest) (*tfprotov5.ValidateEphemeralResourceConfigResponse, error) {
	return &tfprotov5.ValidateEphemeralResourceConfigResponse{Diagnostics: errorDiag("the fake provider has no ephemeral resources")}, nil
}

func (p *provider) OpenEphemeralResource(context.Context, *tfprotov5.OpenEphemeralResourceRequest) (*tfprotov5.OpenEphemeralResourceResponse, error) {
	return &tfprotov5.OpenEphemeralResourceResponse{Diagnostics: errorDiag("the fake provider has no ephemeral resources")}, nil
}

func (p *provider) RenewEphemeralResource(context.Context, *tfprotov5.RenewEphemeralResourceRequest) (*tfprotov5.RenewEphemeralResourceResponse, error) {
	return &tfprotov5.RenewEphemeralResourceResponse{}, nil
}

func (p *provider) CloseEphemeralResource(context.Context, *tfprotov5.CloseEphemeralResourceRequest) (*tfprotov5.CloseEphemeralResourceResponse, error) {
	return &tfprotov5.CloseEphemeralResourceResponse{}, nil
}

// ---- journal ----

// record appends one line per change, which the fake ECS endpoint and the tests read.
func (p *provider) record(op, typ string, v tftypes.Value) {
	if p.journal == "" {
		return
	}
	line, _ := json.Marshal(map[string]any{"op": op, "provider": p.name, "type": typ, "values": toJSON(v)})
	p.mu.Lock()
	defer p.mu.Unlock()
	f, err := os.OpenFile(p.journal, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	_, _ = f.Write(append(line, '\n'))
}

func toJSON(v tftypes.Value) any {
	if !v.IsKnown() || v.IsNull() {
		return nil
	}
	switch {
	case v.Type().Is(tftypes.String):
		var s string
		_ = v.As(&s)
		return s
	case v.Type().Is(tftypes.Number):
		var n big.Float
		_ = v.As(&n)
		f, _ := n.Float64()
		return f
	case v.Type().Is(tftypes.Bool):
		var b bool
		_ = v.As(&b)
		return b
	case v.Type().Is(tftypes.Object{}) || v.Type().Is(tftypes.Map{}):
		m := map[string]tftypes.Value{}
		_ = v.As(&m)
		out := map[string]any{}
		for k, e := range m {
			out[k] = toJSON(e)
		}
		return out
	default:
		var l []tftypes.Value
		if err := v.As(&l); err != nil {
			return nil
		}
		out := []any{}
		for _, e := range l {
			out = append(out, toJSON(e))
		}
		return out
	}
}

// ---- values ----

// Id prefixes of the resources we emit, as the real services spell them.
var idPrefixes = map[string]string{
	"alicloud_vpc":                          "vpc-",
	"alicloud_vswitch":                      "vsw-",
	"alicloud_security_group":               "sg-",
	"alicloud_security_group_rule":          "sgr-",
	"alicloud_ecs_image_pipeline":           "ip-",
	"alicloud_ecs_image_pipeline_execution": "exec-",
	"alicloud_ecs_image_component":          "ic-",
	"alicloud_image":                        "m-",
	"alicloud_image_copy":                   "m-",
	"alicloud_image_import":                 "m-",
	"alicloud_instance":                     "i-",
	"alicloud_ecs_launch_template":          "lt-",
	"alibabacloudstack_vpc_vpc":             "vpc-",
	"alibabacloudstack_vpc":                 "vpc-",
	"alibabacloudstack_vpc_vswitch":         "vsw-",
	"alibabacloudstack_vswitch":             "vsw-",
	"alibabacloudstack_ecs_securitygroup":   "sg-",
	"alibabacloudstack_security_group":      "sg-",
	"alibabacloudstack_ecs_image":           "m-",
	"alibabacloudstack_image":               "m-",
	"alibabacloudstack_image_copy":          "m-",
	"alibabacloudstack_ecs_instance":        "i-",
	"alibabacloudstack_instance":            "i-",
}

// Status a resource has right after creation.
var createdStatus = map[string]string{
	"alicloud_ecs_image_pipeline_execution": "BUILDING",
	"alicloud_vpc":                          "Available",
	"alicloud_vswitch":                      "Available",
	"alicloud_image":                        "Available",
	"alicloud_instance":                     "Running",
}

func randomSuffix() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func lastName(path *tftypes.AttributePath) string {
	steps := path.Steps()
	for i := len(steps) - 1; i >= 0; i-- {
		if n, ok := steps[i].(tftypes.AttributeName); ok {
			return string(n)
		}
	}
	return ""
}

// computedValue is what apply reports for a value the plan left unknown.
func computedValue(typ string, path *tftypes.AttributePath, t tftypes.Type, suffix string) tftypes.Value {
	name := lastName(path)
	switch {
	case t.Is(tftypes.String):
		s := ""
		switch {
		case len(path.Steps()) == 1 && name == "id":
			prefix, ok := idPrefixes[typ]
			if !ok {
				prefix = strings.TrimPrefix(strings.TrimPrefix(typ, "alicloud_"), "alibabacloudstack_") + "-"
			}
			s = prefix + suffix
		case name == "status":
			s = createdStatus[typ]
		case strings.HasSuffix(name, "_time"):
			s = "2026-12-03T00:00:00Z"
		}
		return tftypes.NewValue(t, s)
	case t.Is(tftypes.Number):
		return tftypes.NewValue(t, 0)
	case t.Is(tftypes.Bool):
		return tftypes.NewValue(t, false)
	case t.Is(tftypes.List{}), t.Is(tftypes.Set{}), t.Is(tftypes.Tuple{}):
		if t.Is(tftypes.Tuple{}) {
			return tftypes.NewValue(t, nil)
		}
		return tftypes.NewValue(t, []tftypes.Value{})
	case t.Is(tftypes.Map{}):
		return tftypes.NewValue(t, map[string]tftypes.Value{})
	default:
		return tftypes.NewValue(t, nil)
	}
}

type dataGen struct {
	typ   string
	hash  string
	name  string
	image *builtImage
}

var literalRegex = regexp.MustCompile(`^\^((?:[^\\^$.|?*+()\[\]{}]|\\.)*)\$$`)
var unescape = regexp.MustCompile(`\\(.)`)

func newDataGen(typ string, config tftypes.Value) *dataGen {
	raw, _ := json.Marshal(toJSON(config))
	sum := sha256.Sum256(append([]byte(typ+"\n"), raw...))
	g := &dataGen{typ: typ, hash: hex.EncodeToString(sum[:])}
	m := attrs(config)
	for _, key := range []string{"name_regex", "image_name", "name"} {
		var s string
		if v, ok := m[key]; ok && v.IsKnown() && !v.IsNull() && v.As(&s) == nil && s != "" {
			if key == "name_regex" {
				match := literalRegex.FindStringSubmatch(s)
				if match == nil {
					continue
				}
				s = unescape.ReplaceAllString(match[1], "$1")
			}
			g.name = s
			break
		}
	}
	if g.name == "" {
		g.name = "fake-" + g.hash[:8]
	}
	if strings.HasSuffix(typ, "_images") {
		g.findBuiltImage(m)
	}
	return g
}

// builtImage is an image the fake ECS endpoint built (FAKE_PROVIDER_IMAGES, a JSON list it writes).
type builtImage struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// findBuiltImage makes an image lookup find what the fake cloud built: the images whose names
// match name_regex, the last built one when most_recent is set, as the real data source does.
func (g *dataGen) findBuiltImage(config map[string]tftypes.Value) {
	raw, err := os.ReadFile(os.Getenv("FAKE_PROVIDER_IMAGES"))
	if err != nil {
		return
	}
	var images []builtImage
	var pattern string
	if json.Unmarshal(raw, &images) != nil || config["name_regex"].As(&pattern) != nil || pattern == "" {
		return
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return
	}
	var found []builtImage
	for _, img := range images {
		if re.MatchString(img.Name) {
			found = append(found, img)
		}
	}
	var mostRecent bool
	_ = config["most_recent"].As(&mostRecent)
	switch {
	case len(found) == 0:
		return
	case mostRecent:
		g.image = &found[len(found)-1]
	default:
		g.image = &found[0]
	}
	g.name = g.image.Name
}

// ImageIDForName is how both the fake provider and the fake ECS endpoint name the image built under
// a name: "m-" and the first 20 hex digits of the name's SHA-256.
func imageIDForName(name string) string {
	sum := sha256.Sum256([]byte(name))
	return "m-" + hex.EncodeToString(sum[:])[:20]
}

// primaryID is the id of the one object a data source finds.
func (g *dataGen) primaryID() string {
	kind := g.typ[strings.Index(g.typ, "_")+1:]
	switch {
	case strings.HasSuffix(kind, "images") && g.image != nil:
		return g.image.ID
	case strings.HasSuffix(kind, "images"):
		return imageIDForName(g.name)
	case strings.HasSuffix(kind, "zones"):
		return "cn-hangzhou-" + string(rune('a'+int(g.hash[0])%8))
	case strings.HasSuffix(kind, "instance_types"):
		return "ecs.g7.large"
	case strings.HasSuffix(kind, "vpcs"):
		return "vpc-" + g.hash[:20]
	case strings.HasSuffix(kind, "vswitches"):
		return "vsw-" + g.hash[:20]
	case strings.HasSuffix(kind, "security_groups"):
		return "sg-" + g.hash[:20]
	case strings.HasSuffix(kind, "regions"):
		return "cn-hangzhou"
	case kind == "account" || strings.HasSuffix(kind, "caller_identity"):
		n := new(big.Int)
		n.SetString(g.hash[:12], 16)
		return fmt.Sprintf("1%015d", n.Int64()%1_000_000_000_000_000)
	}
	return "fake-" + g.hash[:20]
}

func (g *dataGen) value(name string, t tftypes.Type) tftypes.Value {
	switch {
	case t.Is(tftypes.String):
		switch {
		case name == "id", name == "ids", name == "image_id", name == "zone_id", name == "instance_type_id":
			return tftypes.NewValue(t, g.primaryID())
		case name == "name", name == "names", name == "image_name":
			return tftypes.NewValue(t, g.name)
		case name == "status":
			return tftypes.NewValue(t, "Available")
		case strings.HasSuffix(name, "_time"):
			return tftypes.NewValue(t, "2026-12-03T00:00:00Z")
		}
		return tftypes.NewValue(t, name+"-"+g.hash[:8])
	case t.Is(tftypes.Number):
		return tftypes.NewValue(t, 1)
	case t.Is(tftypes.Bool):
		return tftypes.NewValue(t, false)
	case t.Is(tftypes.List{}):
		e := t.(tftypes.List).ElementType
		return tftypes.NewValue(t, []tftypes.Value{g.value(name, e)})
	case t.Is(tftypes.Set{}):
		e := t.(tftypes.Set).ElementType
		return tftypes.NewValue(t, []tftypes.Value{g.value(name, e)})
	case t.Is(tftypes.Map{}):
		return tftypes.NewValue(t, map[string]tftypes.Value{})
	case t.Is(tftypes.Object{}):
		o := t.(tftypes.Object)
		m := map[string]tftypes.Value{}
		for k, at := range o.AttributeTypes {
			m[k] = g.value(k, at)
		}
		return tftypes.NewValue(t, m)
	}
	return tftypes.NewValue(t, nil)
}
