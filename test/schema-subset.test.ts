/**
 * test/schemas holds the compact provider schema subsets the schema check reads, so the tests need
 * nothing beside the repository. They must be exactly what scripts/make-schema-subset.js makes from the
 * full `terraform providers schema -json` files (checked when ../shared/provider-schemas is there),
 * name exactly the manifest's types, and carry no description text.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FULL_SCHEMA_DIR, SUBSET_DIR, loadProviderSchema, schemaErrors } from './util/schema-check';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const subsets = require('../scripts/make-schema-subset');

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'make-schema-subset.js');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'bindings.manifest.json'), 'utf-8'));
const { FULL_KEY } = subsets;

/** Paths of `name` keys with a text value; Terraform types (`type`) are skipped: an object type's members are names. */
function keysNamed(node: unknown, name: string, at = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => keysNamed(v, name, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).filter(([k]) => k !== 'type').flatMap(([k, v]) => [
    ...(k === name && typeof v !== 'object' ? [`${at}.${k}`] : []),
    ...keysNamed(v, name, `${at}.${k}`),
  ]);
}

test('the committed subsets are exactly the files the manifest asks for', () => {
  const expected = Object.values<any>(manifest.providers).map((e) => e.schemaFile).sort();
  expect(fs.readdirSync(SUBSET_DIR).sort()).toEqual(expected);
});

describe.each(Object.entries<any>(manifest.providers))('%s schema subset', (namespace, entry) => {
  const file = path.join(SUBSET_DIR, entry.schemaFile);
  const text = fs.readFileSync(file, 'utf-8');
  const doc = JSON.parse(text);
  const fqpn = `registry.terraform.io/${entry.source}`;

  test('is in the project envelope, not the terraform document shape', () => {
    expect(doc.format).toBe('cdktf-alicloud-image-builder/schema-subset@1');
    expect(Object.keys(doc.providers)).toEqual([fqpn]);
    expect(doc.providers[fqpn].version).toBe(entry.version);
    expect(text).not.toContain(JSON.stringify(FULL_KEY));
  });

  test('holds the provider block and exactly the manifest resources and data sources', () => {
    const provider = doc.providers[fqpn];
    expect(Object.keys(provider.resource_schemas)).toEqual([...entry.resources].sort());
    expect(Object.keys(provider.data_source_schemas)).toEqual([...entry.dataSources].sort());
    expect(Object.keys(provider.provider.block.attributes).length).toBeGreaterThan(0);
  });

  test('carries no description text, and attributes named description stay', () => {
    expect(keysNamed(doc, 'description')).toEqual([]);
    expect(keysNamed(doc, 'description_kind')).toEqual([]);
    if (namespace === 'alicloud') {
      expect(doc.providers[fqpn].resource_schemas.alicloud_ecs_image_pipeline.block.attributes.description)
        .toEqual({ optional: true, type: 'string' });
    }
  });

  test('is written deterministically: sorted keys, one-space indent, trailing newline', () => {
    expect(subsets.serialize(doc)).toBe(text);
    const sorted = (node: any): boolean => node === null || typeof node !== 'object'
      || (Array.isArray(node) ? node.every(sorted)
        : Object.keys(node).join('\n') === Object.keys(node).sort().join('\n') && Object.values(node).every(sorted));
    expect(sorted(doc)).toBe(true);
  });

  test('the schema check loads it', () => {
    const schema = loadProviderSchema(namespace);
    expect(Object.keys(schema.resource_schemas).sort()).toEqual([...entry.resources].sort());
  });

  const fullPath = path.join(FULL_SCHEMA_DIR, entry.schemaFile);
  const present = fs.existsSync(fullPath);
  if (!present) {
    // eslint-disable-next-line no-console
    console.log(`skipping the ${namespace} schema subset drift check: needs the full schema ${fullPath}, which is absent`);
  }
  (present ? test : test.skip)('equals what make-schema-subset.js makes from the full schema (no drift)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'subset-'));
    try {
      execFileSync(process.execPath, [SCRIPT, fullPath, '--out', out], { stdio: 'pipe' });
      expect(fs.readFileSync(path.join(out, entry.schemaFile), 'utf-8')).toBe(text);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  (present ? test : test.skip)('keeps every attribute and block of the full schema for its types', () => {
    const full = JSON.parse(fs.readFileSync(fullPath, 'utf-8'))[FULL_KEY][fqpn];
    const names = (block: any): any => ({
      attributes: Object.keys(block.attributes ?? {}).sort(),
      blocks: Object.fromEntries(Object.entries<any>(block.block_types ?? {}).map(([k, v]) => [k, names(v.block)])),
    });
    for (const type of entry.resources) {
      expect(names(doc.providers[fqpn].resource_schemas[type].block)).toEqual(names(full.resource_schemas[type].block));
    }
    expect(names(doc.providers[fqpn].provider.block)).toEqual(names(full.provider.block));
  });
});

test('a manifest type missing from the subsets is reported with the command that adds it', () => {
  const doc = {
    provider: { alicloud: [{ region: 'cn-hangzhou' }] },
    terraform: { required_providers: { alicloud: { source: 'aliyun/alicloud' } } },
    resource: { alicloud_vpc: { v: { cidr_block: '10.0.0.0/8' } } },
  };
  const schema = loadProviderSchema('alicloud');
  const saved = schema.resource_schemas.alicloud_vpc;
  delete (schema.resource_schemas as any).alicloud_vpc;
  try {
    expect(schemaErrors(doc)).toEqual(['alicloud_vpc: unknown resource type '
      + '(it is in scripts/bindings.manifest.json but not in test/schemas: run `npm run schemas`)']);
  } finally {
    (schema.resource_schemas as any).alicloud_vpc = saved;
  }
  expect(schemaErrors(doc)).toEqual([]);
});

describe('make-schema-subset.js', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'subset-'));
  const run = (args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { stdio: 'pipe' });
  const fullDoc = (provider: string, resources: Record<string, any>): any => ({
    format_version: '1.0',
    [FULL_KEY]: {
      [`registry.terraform.io/aliyun/${provider}`]: {
        provider: { block: { attributes: { region: { type: 'string', optional: true, description: 'The region.', description_kind: 'plain' } }, description_kind: 'plain' } },
        resource_schemas: resources,
        data_source_schemas: {},
      },
    },
  });

  test('refuses a schema whose provider is not in the manifest', () => {
    const dir = tmp();
    const file = path.join(dir, 'other.json');
    fs.writeFileSync(file, JSON.stringify({ format_version: '1.0', [FULL_KEY]: { 'registry.terraform.io/acme/other': {} } }));
    expect(() => run([file, '--out', dir])).toThrow(/no provider in scripts\/bindings.manifest.json has the source of registry.terraform.io\/acme\/other/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('refuses a schema that lacks a manifest resource (names it)', () => {
    const dir = tmp();
    const file = path.join(dir, 'alibabacloudstack.json');
    fs.writeFileSync(file, JSON.stringify(fullDoc('alibabacloudstack', {})));
    expect(() => run([file, '--out', dir])).toThrow(/resource alibabacloudstack_ecs_image from the manifest is not in the registry.terraform.io\/aliyun\/alibabacloudstack schema/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('drops descriptions and unknown keys, keeps what the check and the generator read', () => {
    const resource = {
      version: 1,
      block: {
        description: 'An image.',
        description_kind: 'plain',
        attributes: {
          description: { type: 'string', optional: true, description: 'The description.', description_kind: 'plain' },
          name: { type: 'string', required: true, deprecated: true, sensitive: true },
        },
        block_types: { timeouts: { nesting_mode: 'single', max_items: 1, block: { attributes: { create: { type: 'string', optional: true } }, description_kind: 'plain' } } },
      },
    };
    const names = [...manifest.providers.alibabacloudstack.resources, ...manifest.providers.alibabacloudstack.dataSources];
    const doc = fullDoc('alibabacloudstack', Object.fromEntries(manifest.providers.alibabacloudstack.resources.map((r: string) => [r, resource])));
    doc[FULL_KEY]['registry.terraform.io/aliyun/alibabacloudstack'].data_source_schemas = Object.fromEntries(
      manifest.providers.alibabacloudstack.dataSources.map((d: string) => [d, resource]));
    const { subset, fileName } = subsets.makeSubset(doc, manifest);
    expect(names.length).toBeGreaterThan(0);
    expect(fileName).toBe(manifest.providers.alibabacloudstack.schemaFile);
    const image = subset.providers['registry.terraform.io/aliyun/alibabacloudstack'].resource_schemas.alibabacloudstack_ecs_image;
    expect(image).toEqual({
      version: 1,
      block: {
        attributes: {
          description: { optional: true, type: 'string' },
          name: { deprecated: true, required: true, sensitive: true, type: 'string' },
        },
        block_types: { timeouts: { block: { attributes: { create: { optional: true, type: 'string' } } }, max_items: 1, nesting_mode: 'single' } },
      },
    });
    // And back into the terraform shape the generator and the check take.
    const back = subsets.toFullShape(subset);
    expect(back.format_version).toBe('1.0');
    expect(back[FULL_KEY]['registry.terraform.io/aliyun/alibabacloudstack'].resource_schemas.alibabacloudstack_ecs_image).toEqual(image);
    expect(back[FULL_KEY]['registry.terraform.io/aliyun/alibabacloudstack'].version).toBeUndefined();
  });
});
