package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// subsetTypes reads the resource and data source names of one provider straight from its subset file.
func subsetTypes(t *testing.T, name string) (resources, dataSources []string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(subsetDir, name+"-"+versions[name]+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Providers map[string]struct {
			Resources   map[string]any `json:"resource_schemas"`
			DataSources map[string]any `json:"data_source_schemas"`
		} `json:"providers"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	p, ok := doc.Providers["registry.terraform.io/aliyun/"+name]
	if !ok {
		t.Fatalf("subset for %s has no registry.terraform.io/aliyun/%s", name, name)
	}
	return sortedKeys(p.Resources), sortedKeys(p.DataSources)
}

func TestLoadsEveryTypeOfTheSubsets(t *testing.T) {
	for _, name := range []string{"alicloud", "alibabacloudstack"} {
		t.Run(name, func(t *testing.T) {
			wantResources, wantDataSources := subsetTypes(t, name)
			p := loadProvider(t, name)
			if p.name != name {
				t.Errorf("name %q", p.name)
			}
			if got := sortedKeys(p.resources); !reflect.DeepEqual(got, wantResources) {
				t.Errorf("resources %v, want %v", got, wantResources)
			}
			if got := sortedKeys(p.dataSources); !reflect.DeepEqual(got, wantDataSources) {
				t.Errorf("data sources %v, want %v", got, wantDataSources)
			}
			if p.schema == nil || len(p.schema.Block.Attributes) == 0 || findAttr(p.schema.Block, "access_key") == nil {
				t.Errorf("provider block lacks access_key: %+v", p.schema)
			}

			// GetMetadata lists the same types, sorted; GetProviderSchema serves the converted schemas.
			meta, _ := p.GetMetadata(context.Background(), &tfprotov5.GetMetadataRequest{})
			var metaResources, metaDataSources []string
			for _, r := range meta.Resources {
				metaResources = append(metaResources, r.TypeName)
			}
			for _, d := range meta.DataSources {
				metaDataSources = append(metaDataSources, d.TypeName)
			}
			if !reflect.DeepEqual(metaResources, wantResources) || !reflect.DeepEqual(metaDataSources, wantDataSources) {
				t.Errorf("GetMetadata: %v / %v", metaResources, metaDataSources)
			}
			schemas, _ := p.GetProviderSchema(context.Background(), &tfprotov5.GetProviderSchemaRequest{})
			if schemas.Provider != p.schema || len(schemas.ResourceSchemas) != len(wantResources) || len(schemas.DataSourceSchemas) != len(wantDataSources) {
				t.Errorf("GetProviderSchema serves %d resources and %d data sources", len(schemas.ResourceSchemas), len(schemas.DataSourceSchemas))
			}
		})
	}
}

func findAttr(b *tfprotov5.SchemaBlock, name string) *tfprotov5.SchemaAttribute {
	for _, a := range b.Attributes {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func findBlock(b *tfprotov5.SchemaBlock, name string) *tfprotov5.SchemaNestedBlock {
	for _, nb := range b.BlockTypes {
		if nb.TypeName == name {
			return nb
		}
	}
	return nil
}

func TestConvertsAttributesAndBlocks(t *testing.T) {
	p := loadProvider(t, "alicloud")

	vpc := resourceSchema(t, p, "alicloud_vpc").Block
	cidr := findAttr(vpc, "cidr_block")
	if cidr == nil || !cidr.Type.Equal(tftypes.String) || !cidr.Optional || !cidr.Computed || cidr.Required {
		t.Errorf("alicloud_vpc.cidr_block: %+v", cidr)
	}
	if a := findAttr(vpc, "tags"); a == nil || !a.Type.Equal(tftypes.Map{ElementType: tftypes.String}) {
		t.Errorf("alicloud_vpc.tags: %+v", a)
	}
	wantBlocks := tftypes.List{ElementType: tftypes.Object{AttributeTypes: map[string]tftypes.Type{"ipv6_cidr_block": tftypes.String, "ipv6_isp": tftypes.String}}}
	if a := findAttr(vpc, "ipv6_cidr_blocks"); a == nil || !a.Type.Equal(wantBlocks) || !a.Computed || a.Optional {
		t.Errorf("alicloud_vpc.ipv6_cidr_blocks: %+v", a)
	}
	if b := findBlock(vpc, "timeouts"); b == nil || b.Nesting != tfprotov5.SchemaNestedBlockNestingModeSingle {
		t.Errorf("alicloud_vpc timeouts block: %+v", b)
	}
	// Attributes and blocks come out sorted by name, so the served schema is the same on every start.
	names := []string{}
	for _, a := range vpc.Attributes {
		names = append(names, a.Name)
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("attributes not sorted: %v", names)
	}

	execution := resourceSchema(t, p, "alicloud_ecs_image_pipeline_execution").Block
	if a := findAttr(execution, "image_pipeline_id"); a == nil || !a.Required || a.Computed {
		t.Errorf("image_pipeline_id: %+v", a)
	}

	image := resourceSchema(t, p, "alicloud_image").Block
	if b := findBlock(image, "disk_device_mapping"); b == nil || b.Nesting != tfprotov5.SchemaNestedBlockNestingModeList || findAttr(b.Block, "size") == nil {
		t.Errorf("alicloud_image disk_device_mapping: %+v", b)
	}
	if b := findBlock(image, "features"); b == nil || b.MaxItems != 1 {
		t.Errorf("alicloud_image features: %+v", b)
	}
	template := resourceSchema(t, p, "alicloud_ecs_launch_template").Block
	if b := findBlock(template, "system_disk"); b == nil || b.Nesting != tfprotov5.SchemaNestedBlockNestingModeSet || b.MaxItems != 1 {
		t.Errorf("alicloud_ecs_launch_template system_disk: %+v", b)
	}
	imp := resourceSchema(t, p, "alicloud_image_import").Block
	if b := findBlock(imp, "disk_device_mapping"); b == nil || b.MinItems != 1 {
		t.Errorf("alicloud_image_import disk_device_mapping: %+v", b)
	}
}

// writeSchema writes a one-provider schema document under the given top-level key.
func writeSchema(t *testing.T, key, address string, provider map[string]any) string {
	t.Helper()
	raw, err := json.Marshal(map[string]any{"format_version": "1.0", key: map[string]any{address: provider}})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "schema.json")
	if err := os.WriteFile(file, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func tinyProvider(resource map[string]any) map[string]any {
	return map[string]any{
		"provider":            map[string]any{"version": 0, "block": map[string]any{}},
		"resource_schemas":    map[string]any{"alicloud_thing": map[string]any{"version": 2, "block": resource}},
		"data_source_schemas": map[string]any{},
	}
}

var tinyBlock = map[string]any{
	"attributes": map[string]any{
		"id":   map[string]any{"type": "string", "computed": true, "optional": true},
		"size": map[string]any{"type": "number", "required": true},
	},
}

func TestSchemaFileVariableWinsOverTheDirectory(t *testing.T) {
	clearEnv(t)
	t.Setenv("FAKE_PROVIDER_SCHEMA_DIR", subsetDir)
	t.Setenv("FAKE_PROVIDER_SCHEMA_FILE_ALICLOUD", writeSchema(t, "providers", "registry.terraform.io/aliyun/alicloud", tinyProvider(tinyBlock)))
	p, err := newProvider("alicloud", versions["alicloud"])
	if err != nil {
		t.Fatal(err)
	}
	if got := sortedKeys(p.resources); !reflect.DeepEqual(got, []string{"alicloud_thing"}) {
		t.Fatalf("resources %v, want only the file's alicloud_thing", got)
	}
	s := p.resources["alicloud_thing"]
	if s.Version != 2 || findAttr(s.Block, "size") == nil || !findAttr(s.Block, "size").Type.Equal(tftypes.Number) || !findAttr(s.Block, "size").Required {
		t.Errorf("alicloud_thing: %+v", s)
	}
	// The other provider still reads the directory.
	if _, err := newProvider("alibabacloudstack", versions["alibabacloudstack"]); err != nil {
		t.Errorf("alibabacloudstack from the directory: %v", err)
	}
}

func TestLoadsTheFullDocumentLayout(t *testing.T) {
	// `terraform providers schema -json` nests the providers under another key than the subsets do.
	file := writeSchema(t, providerKeys[1], "registry.terraform.io/aliyun/alicloud", tinyProvider(tinyBlock))
	js, err := loadSchemas("alicloud", file)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := js.ResourceSchemas["alicloud_thing"]; !ok || len(js.ResourceSchemas) != 1 {
		t.Errorf("resource schemas %v", sortedKeys(js.ResourceSchemas))
	}
}

func TestSchemaErrors(t *testing.T) {
	t.Run("no directory", func(t *testing.T) {
		clearEnv(t)
		_, err := newProvider("alicloud", "1.247.0")
		if err == nil || !strings.Contains(err.Error(), "FAKE_PROVIDER_SCHEMA_DIR") || !strings.Contains(err.Error(), "alicloud-1.247.0.json") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		clearEnv(t)
		t.Setenv("FAKE_PROVIDER_SCHEMA_DIR", t.TempDir())
		if _, err := newProvider("alicloud", "1.247.0"); err == nil || !os.IsNotExist(err) {
			t.Errorf("err = %v, want file not found", err)
		}
	})
	t.Run("not JSON", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "bad.json")
		_ = os.WriteFile(file, []byte("{"), 0o644)
		if _, err := loadSchemas("alicloud", file); err == nil || !strings.Contains(err.Error(), file) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("another provider only", func(t *testing.T) {
		file := writeSchema(t, "providers", "registry.terraform.io/hashicorp/null", tinyProvider(tinyBlock))
		if _, err := loadSchemas("alicloud", file); err == nil || !strings.Contains(err.Error(), `no schema for a provider named "alicloud"`) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a provider whose name merely ends the same", func(t *testing.T) {
		file := writeSchema(t, "providers", "registry.terraform.io/aliyun/notalicloud", tinyProvider(tinyBlock))
		if _, err := loadSchemas("alicloud", file); err == nil {
			t.Error("notalicloud was taken for alicloud")
		}
	})
	cases := map[string]struct {
		block map[string]any
		want  string
	}{
		"nested attribute type": {map[string]any{"attributes": map[string]any{"rules": map[string]any{"nested_type": map[string]any{}, "optional": true}}}, "attribute rules has no type"},
		"bad type":              {map[string]any{"attributes": map[string]any{"size": map[string]any{"type": "integer"}}}, "attribute size"},
		"bad nesting":           {map[string]any{"block_types": map[string]any{"rule": map[string]any{"nesting_mode": "tuple", "block": map[string]any{}}}}, `block rule: unknown nesting mode "tuple"`},
		"bad inner block":       {map[string]any{"block_types": map[string]any{"rule": map[string]any{"nesting_mode": "list", "block": map[string]any{"attributes": map[string]any{"x": map[string]any{}}}}}}, "block rule: attribute x has no type"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv("FAKE_PROVIDER_SCHEMA_FILE_ALICLOUD", writeSchema(t, "providers", "registry.terraform.io/aliyun/alicloud", tinyProvider(c.block)))
			_, err := newProvider("alicloud", "1.247.0")
			if err == nil || !strings.Contains(err.Error(), "alicloud_thing: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to name alicloud_thing and %q", err, c.want)
			}
		})
	}
}
