package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// readData runs ReadDataSource on a configuration of the given attributes and returns the state's attributes.
func readData(t *testing.T, p *provider, typ string, vals map[string]tftypes.Value) map[string]tftypes.Value {
	t.Helper()
	s, ok := p.dataSources[typ]
	if !ok {
		t.Fatalf("%s serves no data source %s", p.name, typ)
	}
	resp, err := p.ReadDataSource(context.Background(), &tfprotov5.ReadDataSourceRequest{TypeName: typ, Config: dynamic(object(s, vals))})
	if err != nil {
		t.Fatal(err)
	}
	noDiagnostics(t, resp.Diagnostics)
	// Unmarshal against the declared type: a value of another type fails here.
	state, err := resp.State.Unmarshal(s.ValueType())
	if err != nil {
		t.Fatalf("state of %s does not have the declared type: %v", typ, err)
	}
	if !state.IsFullyKnown() {
		t.Errorf("%s state has unknown values: %v", typ, state)
	}
	return attrs(state)
}

func TestEveryDataSourceAnswersWithItsDeclaredTypes(t *testing.T) {
	for _, name := range []string{"alicloud", "alibabacloudstack"} {
		p := loadProvider(t, name)
		for _, typ := range sortedKeys(p.dataSources) {
			t.Run(typ, func(t *testing.T) {
				s := p.dataSources[typ]
				got := readData(t, p, typ, nil)
				for _, a := range s.Block.Attributes {
					v := got[a.Name]
					if !v.Type().Equal(a.Type) {
						t.Errorf("%s has type %s, declared %s", a.Name, v.Type(), a.Type)
					}
					if a.Computed && v.IsNull() {
						t.Errorf("computed %s left null", a.Name)
					}
					if !a.Computed && !v.IsNull() {
						t.Errorf("argument %s set to %v though not configured", a.Name, v)
					}
				}
				// The same configuration reads the same result: a second plan stays clean.
				again := readData(t, p, typ, nil)
				for k, v := range got {
					if !again[k].Equal(v) {
						t.Errorf("%s differs between two reads: %v, %v", k, v, again[k])
					}
				}
				// Lists of ids hold the one object found, and its id.
				if ids, ok := got["ids"]; ok {
					l := listOf(t, ids)
					if len(l) != 1 || !l[0].Equal(got["id"]) {
						t.Errorf("ids %v, want [id %v]", ids, got["id"])
					}
				}
			})
		}
	}
}

func TestDataSourceValues(t *testing.T) {
	p := loadProvider(t, "alicloud")

	account := stringOf(t, readData(t, p, "alicloud_account", nil)["id"])
	if !regexp.MustCompile(`^1[0-9]{15}$`).MatchString(account) {
		t.Errorf("account id %q, want 16 digits starting with 1", account)
	}

	zones := readData(t, p, "alicloud_zones", map[string]tftypes.Value{"available_instance_type": str("ecs.g7.large")})
	zone := stringOf(t, zones["id"])
	if !regexp.MustCompile(`^cn-hangzhou-[a-h]$`).MatchString(zone) {
		t.Errorf("zone %q", zone)
	}
	first := attrs(listOf(t, zones["zones"])[0])
	if stringOf(t, first["id"]) != zone || len(listOf(t, first["available_instance_types"])) != 1 {
		t.Errorf("zones[0] %v", first)
	}
	if stringOf(t, zones["available_instance_type"]) != "ecs.g7.large" {
		t.Errorf("configured available_instance_type changed: %v", zones["available_instance_type"])
	}

	types := readData(t, p, "alicloud_instance_types", nil)
	if got := stringOf(t, listOf(t, types["ids"])[0]); got != "ecs.g7.large" {
		t.Errorf("instance type %q", got)
	}

	vpcA := stringOf(t, readData(t, p, "alicloud_vpcs", map[string]tftypes.Value{"name_regex": str("^a$")})["id"])
	vpcB := stringOf(t, readData(t, p, "alicloud_vpcs", map[string]tftypes.Value{"name_regex": str("^b$")})["id"])
	if !regexp.MustCompile(`^vpc-[0-9a-f]{20}$`).MatchString(vpcA) || vpcA == vpcB {
		t.Errorf("vpc ids %q and %q: want vpc- ids that differ with the configuration", vpcA, vpcB)
	}
	vpcs := readData(t, p, "alicloud_vpcs", map[string]tftypes.Value{"name_regex": str(`^build\.net$`)})
	if got := stringOf(t, listOf(t, vpcs["names"])[0]); got != "build.net" {
		t.Errorf("names[0] %q, want the literal the regex matches", got)
	}
	if !vpcs["total_count"].Equal(tftypes.NewValue(tftypes.Number, 1)) {
		t.Errorf("total_count %v", vpcs["total_count"])
	}
}

func TestImageLookupWithoutBuiltImages(t *testing.T) {
	p := loadProvider(t, "alicloud")
	// A literal name_regex names the image; its id is the one the fake ECS endpoint gives that name
	// (fake-cloud.ts imageIdForName: "m-" and the first 20 hex digits of the name's SHA-256).
	got := readData(t, p, "alicloud_images", map[string]tftypes.Value{"name_regex": str(`^golden\-web$`), "owners": str("self")})
	const want = "m-4822baa399b2712540f5"
	if imageIDForName("golden-web") != want {
		t.Fatalf("imageIDForName(golden-web) = %s, want %s", imageIDForName("golden-web"), want)
	}
	image := attrs(listOf(t, got["images"])[0])
	if stringOf(t, got["id"]) != want || stringOf(t, listOf(t, got["ids"])[0]) != want ||
		stringOf(t, image["id"]) != want || stringOf(t, image["image_id"]) != want {
		t.Errorf("ids %v / image %v, want %s", got["ids"], image, want)
	}
	if stringOf(t, image["name"]) != "golden-web" || stringOf(t, image["status"]) != "Available" || stringOf(t, image["creation_time"]) != "2026-12-03T00:00:00Z" {
		t.Errorf("image %v", image)
	}
	if !image["size"].Equal(tftypes.NewValue(tftypes.Number, 1)) || !image["is_copied"].Equal(tftypes.NewValue(tftypes.Bool, false)) {
		t.Errorf("size %v, is_copied %v", image["size"], image["is_copied"])
	}
	if stringOf(t, got["owners"]) != "self" {
		t.Errorf("owners %v", got["owners"])
	}

	// image_name wins when there is no literal regex; a pattern that is no literal names nothing.
	byName := readData(t, p, "alicloud_images", map[string]tftypes.Value{"name_regex": str("^golden-.*"), "image_name": str("base")})
	if stringOf(t, byName["id"]) != imageIDForName("base") {
		t.Errorf("image_name lookup id %v, want %s", byName["id"], imageIDForName("base"))
	}
	pattern := readData(t, p, "alicloud_images", map[string]tftypes.Value{"name_regex": str("^golden-.*")})
	if name := stringOf(t, attrs(listOf(t, pattern["images"])[0])["name"]); !regexp.MustCompile(`^fake-[0-9a-f]{8}$`).MatchString(name) {
		t.Errorf("name for a pattern %q", name)
	}
}

func TestImageLookupFindsBuiltImages(t *testing.T) {
	for _, name := range []string{"alicloud", "alibabacloudstack"} {
		t.Run(name, func(t *testing.T) {
			p := loadProvider(t, name)
			typ := name + "_images"
			file := filepath.Join(t.TempDir(), "images.json")
			images := `[{"id":"m-first","name":"golden-web-20261203-1"},{"id":"m-other","name":"base-1"},{"id":"m-last","name":"golden-web-20261203-2"}]`
			if err := os.WriteFile(file, []byte(images), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Setenv("FAKE_PROVIDER_IMAGES", file)
			bool_ := func(b bool) tftypes.Value { return tftypes.NewValue(tftypes.Bool, b) }

			cases := []struct {
				regex      string
				mostRecent tftypes.Value
				id, name   string
			}{
				{"^golden-web-", bool_(true), "m-last", "golden-web-20261203-2"},
				{"^golden-web-", bool_(false), "m-first", "golden-web-20261203-1"},
				{"^golden-web-", tftypes.NewValue(tftypes.Bool, nil), "m-first", "golden-web-20261203-1"},
				{`^base\-1$`, bool_(true), "m-other", "base-1"},
				// Nothing built under that name: the id the fake cloud would give it.
				{`^golden\-db$`, bool_(true), imageIDForName("golden-db"), "golden-db"},
				// Not a valid Go regexp: no built image, no failure.
				{`^golden(`, bool_(true), "", ""},
			}
			for _, c := range cases {
				got := readData(t, p, typ, map[string]tftypes.Value{"name_regex": str(c.regex), "most_recent": c.mostRecent})
				image := attrs(listOf(t, got["images"])[0])
				id := stringOf(t, got["id"])
				if c.id == "" {
					if id == "m-first" || id == "m-last" || id == "m-other" {
						t.Errorf("%s found built image %s", c.regex, id)
					}
					continue
				}
				if id != c.id || stringOf(t, listOf(t, got["ids"])[0]) != c.id || stringOf(t, image["id"]) != c.id || stringOf(t, image["name"]) != c.name {
					t.Errorf("%s most_recent=%v: id %s, image %s %s; want %s %s", c.regex, c.mostRecent, id, image["id"], image["name"], c.id, c.name)
				}
			}

			// Without the images file (or with a broken one) the lookup falls back to the name.
			for _, env := range []string{"", filepath.Join(t.TempDir(), "missing.json"), writeFile(t, "not json")} {
				t.Setenv("FAKE_PROVIDER_IMAGES", env)
				got := readData(t, p, typ, map[string]tftypes.Value{"name_regex": str(`^golden\-web\-20261203\-2$`)})
				if id := stringOf(t, got["id"]); id != imageIDForName("golden-web-20261203-2") {
					t.Errorf("FAKE_PROVIDER_IMAGES=%q: id %s", env, id)
				}
			}
		})
	}
}

func writeFile(t *testing.T, content string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}
