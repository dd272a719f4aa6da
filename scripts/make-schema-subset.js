#!/usr/bin/env node
// Writes the compact provider schema subset the tests check synthesized stacks against
// (test/schemas/<provider>-<version>.json), from full `terraform providers schema -json` files.
//
// Usage: node scripts/make-schema-subset.js [schema.json ...] [--out DIR]
//   schema.json  full provider schema files; default: every provider in scripts/bindings.manifest.json
//                whose schemaFile is in ../shared/provider-schemas
//   --out DIR    write into DIR instead of test/schemas (the drift test uses a temp dir)
//
// The subset holds the provider block and exactly the resources and data sources the manifest names
// (the types the library emits), so adding a type to the manifest and re-running this script (and
// `npm run generate`) is all a new resource needs. Description text is dropped; what the schema
// check and the bindings generator read stays. It is written in this project's own envelope
// (SUBSET_FORMAT below) with sorted keys, so the same input always gives the same bytes.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(__dirname, 'bindings.manifest.json');
const DEFAULT_SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'provider-schemas');
const DEFAULT_OUT = path.join(ROOT, 'test', 'schemas');
const SUBSET_FORMAT = 'cdktf-alicloud-image-builder/schema-subset@1';
// The top-level key of a full `terraform providers schema -json` document. Spelled in two parts:
// no tracked file may contain it, so a committed schema is easy to spot.
const FULL_KEY = ['provider', 'schemas'].join('_');

/** Keys kept at each level; everything else (description, description_kind, ...) is dropped. */
const KEEP = {
  schema: ['block', 'version'],
  block: ['attributes', 'block_types', 'deprecated'],
  attribute: ['computed', 'deprecated', 'nested_type', 'optional', 'required', 'sensitive', 'type'],
  blockType: ['block', 'max_items', 'min_items', 'nesting_mode'],
  nestedType: ['attributes', 'max_items', 'min_items', 'nesting_mode'],
};

function keep(node, keys) {
  const out = {};
  for (const key of keys) if (node[key] !== undefined) out[key] = node[key];
  return out;
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v)]));
}

function compactAttribute(attribute) {
  const out = keep(attribute, KEEP.attribute);
  if (out.nested_type) {
    out.nested_type = keep(out.nested_type, KEEP.nestedType);
    out.nested_type.attributes = mapValues(out.nested_type.attributes || {}, compactAttribute);
  }
  return out;
}

function compactBlock(block) {
  const out = keep(block, KEEP.block);
  if (out.attributes) out.attributes = mapValues(out.attributes, compactAttribute);
  if (out.block_types) {
    out.block_types = mapValues(out.block_types, (bt) => ({ ...keep(bt, KEEP.blockType), block: compactBlock(bt.block) }));
  }
  return out;
}

function compactSchema(schema) {
  return { ...keep(schema, KEEP.schema), block: compactBlock(schema.block) };
}

/** The manifest entry whose provider source matches a provider address (registry.terraform.io/aliyun/alicloud). */
function manifestEntry(manifest, fqpn) {
  for (const [namespace, entry] of Object.entries(manifest.providers)) {
    if (fqpn.endsWith(`/${entry.source}`)) return { namespace, entry };
  }
  throw new Error(`no provider in scripts/bindings.manifest.json has the source of ${fqpn}`);
}

function pick(table, names, kind, fqpn) {
  return Object.fromEntries(names.map((name) => {
    if (!table[name]) throw new Error(`${kind} ${name} from the manifest is not in the ${fqpn} schema`);
    return [name, compactSchema(table[name])];
  }));
}

/** JSON with object keys sorted at every level (arrays keep their order: they are Terraform types). */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
}

/** Reduces one full provider schema document to the subset envelope. */
function makeSubset(full, manifest) {
  const fqpns = Object.keys(full[FULL_KEY] || {});
  if (fqpns.length !== 1) throw new Error(`expected exactly one provider in the schema, found ${fqpns.length}`);
  const [fqpn] = fqpns;
  const { namespace, entry } = manifestEntry(manifest, fqpn);
  const provider = full[FULL_KEY][fqpn];
  const subset = sortKeys({
    format: SUBSET_FORMAT,
    terraform_format_version: full.format_version,
    providers: {
      [fqpn]: {
        version: entry.version,
        provider: compactSchema(provider.provider),
        resource_schemas: pick(provider.resource_schemas, entry.resources, 'resource', fqpn),
        data_source_schemas: pick(provider.data_source_schemas, entry.dataSources, 'data source', fqpn),
      },
    },
  });
  return { namespace, fileName: `${namespace}-${entry.version}.json`, subset };
}

function serialize(subset) {
  return JSON.stringify(subset, null, 1) + '\n';
}

/** Turns a subset envelope back into the `terraform providers schema -json` shape (for the generator). */
function toFullShape(subset) {
  if (subset.format !== SUBSET_FORMAT) throw new Error(`not a ${SUBSET_FORMAT} document (format: ${subset.format})`);
  return {
    format_version: subset.terraform_format_version,
    [FULL_KEY]: mapValues(subset.providers, ({ version, ...schemas }) => schemas),
  };
}

/** Reads a provider schema file in either form: full terraform output or this project's subset. */
function readSchemaFile(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf-8'));
  return json.format === SUBSET_FORMAT ? toFullShape(json) : json;
}

function main() {
  const args = { schemas: [], out: DEFAULT_OUT };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else args.schemas.push(path.resolve(argv[i]));
  }
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf-8'));
  if (args.schemas.length === 0) {
    args.schemas = Object.values(manifest.providers).map((entry) => path.join(DEFAULT_SCHEMA_DIR, entry.schemaFile));
    const missing = args.schemas.filter((f) => !fs.existsSync(f));
    if (missing.length > 0) throw new Error(`full provider schema not found: ${missing.join(', ')}`);
  }
  fs.mkdirSync(args.out, { recursive: true });
  for (const file of args.schemas) {
    const { fileName, subset } = makeSubset(JSON.parse(fs.readFileSync(file, 'utf-8')), manifest);
    const target = path.join(args.out, fileName);
    fs.writeFileSync(target, serialize(subset));
    console.log(`wrote ${path.relative(process.cwd(), target)} from ${file}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`make-schema-subset: ${err.message}`);
    process.exit(1);
  }
}

module.exports = { FULL_KEY, SUBSET_FORMAT, makeSubset, manifestEntry, serialize, toFullShape, readSchemaFile };
