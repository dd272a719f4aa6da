#!/usr/bin/env node
// Regenerates the L1 bindings under lib/generated/ from Terraform provider schemas
// (`terraform providers schema -json` format) with @cdktf/provider-generator.
//
// Usage: npm run generate -- [schema.json ...] [--out DIR]
//   schema.json  one or more provider schema files, full (`terraform providers schema -json`) or the
//                committed subsets in test/schemas (scripts/make-schema-subset.js); default: every
//                provider in scripts/bindings.manifest.json whose schema file is in ../shared/provider-schemas
//   --out DIR    write into DIR instead of lib/generated (the drift test uses a temp dir)
//
// Only the resources and data sources named in the manifest are generated, description text is
// stripped first, and the per-namespace .jsiirc.json files are derived from the root .jsiirc.json.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(__dirname, 'bindings.manifest.json');
const DEFAULT_SCHEMA_DIR = path.resolve(ROOT, '..', 'shared', 'provider-schemas');
const { FULL_KEY, manifestEntry, readSchemaFile } = require('./make-schema-subset');

function parseArgs(argv) {
  const args = { schemas: [], out: path.join(ROOT, 'lib', 'generated') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      args.out = path.resolve(argv[++i]);
    } else {
      args.schemas.push(path.resolve(argv[i]));
    }
  }
  return args;
}

/**
 * Removes description text (string-valued `description` keys) so generated docs stay short and the
 * schema text is not copied. An attribute *named* `description` is an object and stays, and so does
 * an object type's field named `description`.
 */
function stripDescriptions(node) {
  if (Array.isArray(node)) return node.map(stripDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' && typeof value === 'string') continue;
    // A type expression (`["list", ["object", {"description": "string"}]]`) names fields, not text: kept as is.
    out[key] = key === 'type' && Array.isArray(value) ? value : stripDescriptions(value);
  }
  return out;
}

function pick(all, names, kind, fqpn) {
  const picked = {};
  for (const name of names) {
    if (!all[name]) throw new Error(`${kind} ${name} from the manifest is not in the ${fqpn} schema`);
    picked[name] = all[name];
  }
  return picked;
}

function subsetSchema(schema, manifest) {
  const fqpns = Object.keys(schema[FULL_KEY] || {});
  if (fqpns.length !== 1) throw new Error(`expected exactly one provider in the schema, found ${fqpns.length}`);
  const fqpn = fqpns[0];
  const { namespace, entry } = manifestEntry(manifest, fqpn);
  const provider = schema[FULL_KEY][fqpn];
  const subset = {
    format_version: schema.format_version,
    [FULL_KEY]: {
      [fqpn]: stripDescriptions({
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, entry.resources, 'resource', fqpn),
        data_source_schemas: pick(provider.data_source_schemas, entry.dataSources, 'data source', fqpn),
      }),
    },
    provider_versions: { [fqpn]: entry.version },
  };
  return { namespace, entry, subset };
}

async function generateNamespace(schemaPath, manifest, outRoot) {
  const { CodeMaker, TerraformProviderGenerator } = require('@cdktf/provider-generator');
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require('@cdktf/commons');

  const schema = readSchemaFile(schemaPath);
  const { namespace, entry, subset } = subsetSchema(schema, manifest);

  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, subset);
  const constraint = new TerraformProviderConstraint(`${entry.source}@${entry.version}`);
  generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]));

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-gen-'));
  try {
    await code.save(scratch);
    const generated = path.join(scratch, 'providers', constraint.name);
    const target = path.join(outRoot, namespace);
    fs.rmSync(target, { recursive: true, force: true });
    copyTypeScript(generated, target);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  writeJsiirc(namespace, path.join(outRoot, namespace));
  return namespace;
}

/** Copies the generated .ts files, leaving out lazy-index.ts and the per-resource READMEs. */
function copyTypeScript(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const dirent of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, dirent.name);
    if (dirent.isDirectory()) {
      copyTypeScript(src, path.join(to, dirent.name));
    } else if (dirent.name.endsWith('.ts') && dirent.name !== 'lazy-index.ts') {
      fs.copyFileSync(src, path.join(to, dirent.name));
    }
  }
}

/**
 * jsii reads a .jsiirc.json beside a submodule's index.ts. Each generated namespace gets one whose
 * target names are the root .jsiirc.json's, suffixed with the namespace.
 */
function writeJsiirc(namespace, dir) {
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, '.jsiirc.json'), 'utf-8'));
  const targets = {};
  for (const [language, config] of Object.entries(root.submoduleTargets || {})) {
    targets[language] = {};
    for (const [key, value] of Object.entries(config)) {
      targets[language][key] = value.replace('{namespace}', namespace);
    }
  }
  fs.writeFileSync(path.join(dir, '.jsiirc.json'), JSON.stringify({ targets }, null, 2) + '\n');
}

async function main() {
  // Loading @cdktf/commons runs `terraform version` when terraform is on PATH; an empty CLI
  // config keeps its warnings out of the output.
  const emptyConfig = path.join(os.tmpdir(), 'cdktf-gen-empty.tfrc');
  fs.writeFileSync(emptyConfig, '');
  process.env.TF_CLI_CONFIG_FILE = emptyConfig;
  const args = parseArgs(process.argv.slice(2));
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf-8'));
  let schemas = args.schemas;
  if (schemas.length === 0) {
    schemas = Object.values(manifest.providers)
      .map((entry) => path.join(DEFAULT_SCHEMA_DIR, entry.schemaFile))
      .filter((file) => fs.existsSync(file));
    if (schemas.length === 0) throw new Error(`no provider schema found in ${DEFAULT_SCHEMA_DIR}`);
  }
  fs.mkdirSync(args.out, { recursive: true });
  for (const schemaPath of schemas) {
    const namespace = await generateNamespace(schemaPath, manifest, args.out);
    console.log(`generated ${namespace} bindings from ${schemaPath} into ${path.join(args.out, namespace)}`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`generate-bindings: ${err.message}`);
    process.exit(1);
  });
}

module.exports = { subsetSchema, stripDescriptions };
