// A fake Terraform provider for the end-to-end tests: one binary that serves the alicloud or the
// alibabacloudstack provider (chosen by the name it is installed under) over plugin protocol 5, with
// the real provider schemas. It plans computed attributes as unknown, applies with realistic ids,
// reads state back unchanged, answers data sources deterministically and plans replacements where the
// real provider's ForceNew arguments change. It never talks to any cloud.
//
// Environment:
//
//	FAKE_PROVIDER_SCHEMA_DIR            directory with <name>-<version>.json (full schemas or the committed subsets)
//	FAKE_PROVIDER_SCHEMA_FILE_<NAME>    one schema file for one provider (wins over the directory)
//	FAKE_PROVIDER_JOURNAL               file that gets one JSON line per create/update/delete (optional)
//	FAKE_PROVIDER_IMAGES                JSON list of {id, name} the fake ECS endpoint built; image lookups find them (optional)
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server"
)

// The provider versions whose schemas we serve, as the library's required_providers pins them.
var versions = map[string]string{
	"alicloud":          "1.247.0",
	"alibabacloudstack": "3.18.5",
}

func main() {
	name := "alicloud"
	if strings.Contains(filepath.Base(os.Args[0]), "alibabacloudstack") {
		name = "alibabacloudstack"
	}
	p, err := newProvider(name, versions[name])
	if err != nil {
		fmt.Fprintf(os.Stderr, "fake provider %s: %v\n", name, err)
		os.Exit(1)
	}
	if err := tf5server.Serve("registry.terraform.io/aliyun/"+name, func() tfprotov5.ProviderServer { return p }); err != nil {
		fmt.Fprintf(os.Stderr, "fake provider %s: %v\n", name, err)
		os.Exit(1)
	}
}
