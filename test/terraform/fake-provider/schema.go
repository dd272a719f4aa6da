package main

// Reads a `terraform providers schema -json` document (or the repository's committed subset of one)
// and turns the entry of one provider into the protocol's schema types.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type jsonAttr struct {
	Type      json.RawMessage `json:"type"`
	Required  bool            `json:"required"`
	Optional  bool            `json:"optional"`
	Computed  bool            `json:"computed"`
	Sensitive bool            `json:"sensitive"`
}

type jsonBlock struct {
	Attributes map[string]jsonAttr      `json:"attributes"`
	BlockTypes map[string]jsonBlockType `json:"block_types"`
}

type jsonBlockType struct {
	NestingMode string    `json:"nesting_mode"`
	Block       jsonBlock `json:"block"`
	MinItems    int64     `json:"min_items"`
	MaxItems    int64     `json:"max_items"`
}

type jsonSchema struct {
	Version int64     `json:"version"`
	Block   jsonBlock `json:"block"`
}

type jsonProvider struct {
	Provider          jsonSchema            `json:"provider"`
	ResourceSchemas   map[string]jsonSchema `json:"resource_schemas"`
	DataSourceSchemas map[string]jsonSchema `json:"data_source_schemas"`
}

// The top-level keys that hold the providers: the subset's, and the full document's (spelled in
// two parts so that no tracked file contains it).
var providerKeys = []string{"providers", "provider" + "_schemas"}

var nesting = map[string]tfprotov5.SchemaNestedBlockNestingMode{
	"single": tfprotov5.SchemaNestedBlockNestingModeSingle,
	"list":   tfprotov5.SchemaNestedBlockNestingModeList,
	"set":    tfprotov5.SchemaNestedBlockNestingModeSet,
	"map":    tfprotov5.SchemaNestedBlockNestingModeMap,
	"group":  tfprotov5.SchemaNestedBlockNestingModeGroup,
}

// schemaFile is FAKE_PROVIDER_SCHEMA_FILE_<NAME> when set, else <FAKE_PROVIDER_SCHEMA_DIR>/<name>-<version>.json.
func schemaFile(name, version string) (string, error) {
	if f := os.Getenv("FAKE_PROVIDER_SCHEMA_FILE_" + strings.ToUpper(name)); f != "" {
		return f, nil
	}
	dir := os.Getenv("FAKE_PROVIDER_SCHEMA_DIR")
	if dir == "" {
		return "", fmt.Errorf("set FAKE_PROVIDER_SCHEMA_DIR to the directory holding %s-%s.json", name, version)
	}
	return filepath.Join(dir, fmt.Sprintf("%s-%s.json", name, version)), nil
}

func loadSchemas(name, file string) (*jsonProvider, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for _, key := range providerKeys {
		body, ok := top[key]
		if !ok {
			continue
		}
		var providers map[string]jsonProvider
		if err := json.Unmarshal(body, &providers); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for address, p := range providers {
			if strings.HasSuffix(address, "/"+name) {
				p := p
				return &p, nil
			}
		}
	}
	return nil, fmt.Errorf("%s has no schema for a provider named %q", file, name)
}

func toSchema(s jsonSchema) (*tfprotov5.Schema, error) {
	block, err := toBlock(s.Block)
	if err != nil {
		return nil, err
	}
	return &tfprotov5.Schema{Version: s.Version, Block: block}, nil
}

func toBlock(b jsonBlock) (*tfprotov5.SchemaBlock, error) {
	out := &tfprotov5.SchemaBlock{}
	for _, name := range sortedKeys(b.Attributes) {
		a := b.Attributes[name]
		if len(a.Type) == 0 {
			return nil, fmt.Errorf("attribute %s has no type (nested attribute types are not supported)", name)
		}
		t, err := tftypes.ParseJSONType(a.Type)
		if err != nil {
			return nil, fmt.Errorf("attribute %s: %w", name, err)
		}
		out.Attributes = append(out.Attributes, &tfprotov5.SchemaAttribute{
			Name: name, Type: t, Required: a.Required, Optional: a.Optional, Computed: a.Computed, Sensitive: a.Sensitive,
		})
	}
	for _, name := range sortedKeys(b.BlockTypes) {
		bt := b.BlockTypes[name]
		mode, ok := nesting[bt.NestingMode]
		if !ok {
			return nil, fmt.Errorf("block %s: unknown nesting mode %q", name, bt.NestingMode)
		}
		inner, err := toBlock(bt.Block)
		if err != nil {
			return nil, fmt.Errorf("block %s: %w", name, err)
		}
		out.BlockTypes = append(out.BlockTypes, &tfprotov5.SchemaNestedBlock{
			TypeName: name, Block: inner, Nesting: mode, MinItems: bt.MinItems, MaxItems: bt.MaxItems,
		})
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
