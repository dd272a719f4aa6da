/**
 * Checks a synthesized `cdk.tf.json` against the real provider schemas, without terraform: the
 * committed subsets in test/schemas (made by scripts/make-schema-subset.js from the full
 * `terraform providers schema -json` files), or full schema files in $PROVIDER_SCHEMA_DIR.
 *
 * Rules: unknown resource/data source/provider types, unknown attributes and blocks, missing
 * required attributes and blocks, block item counts, setting computed-only attributes, literal
 * values of the wrong type, and `${...}` references to resources, data sources or attributes
 * that do not exist.
 */
import * as fs from 'fs';
import * as path from 'path';

export type TfType = string | [string, any];

export interface SchemaAttribute {
  readonly type?: TfType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}

export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
}

export interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

interface ProviderSchema {
  readonly provider: { block: SchemaBlock };
  readonly resource_schemas: Record<string, { block: SchemaBlock }>;
  readonly data_source_schemas: Record<string, { block: SchemaBlock }>;
}

/** Where the full `terraform providers schema -json` files are, when they are beside the repository. */
export const FULL_SCHEMA_DIR = process.env.PROVIDER_SCHEMA_DIR
  ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'provider-schemas');

/** The committed schema subsets (scripts/make-schema-subset.js), which the check uses by default. */
export const SUBSET_DIR = path.resolve(__dirname, '..', 'schemas');

/** The schemas the check reads: full ones only when $PROVIDER_SCHEMA_DIR names them. */
export const SCHEMA_DIR = process.env.PROVIDER_SCHEMA_DIR ?? SUBSET_DIR;

// FULL_KEY: the top-level key of a full schema document (no tracked file spells it out).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FULL_KEY, readSchemaFile } = require('../../scripts/make-schema-subset');

/** Terraform's built-in `terraform_data` resource (terraform.io/builtin/terraform). */
const TERRAFORM_DATA: SchemaBlock = {
  attributes: {
    id: { type: 'string', computed: true },
    input: { type: 'dynamic', optional: true },
    output: { type: 'dynamic', computed: true },
    triggers_replace: { type: 'dynamic', optional: true },
  },
};

const RESOURCE_META = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);
const DATA_META = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle']);
const PROVIDER_META = new Set(['alias', 'version']);

const cache = new Map<string, ProviderSchema>();

/** Every type scripts/bindings.manifest.json names: the committed subsets must hold all of them. */
const MANIFEST_TYPES = new Set(Object.values<any>(JSON.parse(fs.readFileSync(
  path.resolve(__dirname, '..', '..', 'scripts', 'bindings.manifest.json'), 'utf-8')).providers)
  .flatMap((p) => [...p.resources, ...p.dataSources]));

/** Why a type the manifest names is unknown: the subsets were not rewritten after it was added. */
function subsetHint(type: string): string {
  return SCHEMA_DIR === SUBSET_DIR && MANIFEST_TYPES.has(type)
    ? ' (it is in scripts/bindings.manifest.json but not in test/schemas: run `npm run schemas`)'
    : '';
}

/** Loads a provider schema by its short name (`alicloud`, `alibabacloudstack`). */
export function loadProviderSchema(name: string): ProviderSchema {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = fs.readdirSync(SCHEMA_DIR).find((f) => f.startsWith(`${name}-`) && f.endsWith('.json'));
  if (!file) throw new Error(`no ${name}-*.json provider schema in ${SCHEMA_DIR}`);
  // Either form: a full schema or a subset envelope (read back into the full shape).
  const json = readSchemaFile(path.join(SCHEMA_DIR, file));
  const [fqpn] = Object.keys(json[FULL_KEY]);
  if (!fqpn.endsWith(`/${name}`)) throw new Error(`${file} holds ${fqpn}, not ${name}`);
  const schema = json[FULL_KEY][fqpn] as ProviderSchema;
  cache.set(name, schema);
  return schema;
}

function providerOfType(type: string): string {
  return type.split('_')[0];
}

function resourceSchema(type: string, kind: 'resource' | 'data'): SchemaBlock | undefined {
  if (kind === 'resource' && type === 'terraform_data') return TERRAFORM_DATA;
  let provider: ProviderSchema;
  try {
    provider = loadProviderSchema(providerOfType(type));
  } catch {
    return undefined;
  }
  const table = kind === 'resource' ? provider.resource_schemas : provider.data_source_schemas;
  return table[type]?.block;
}

const EXPRESSION = /\$\{([\s\S]*?)\}/g;

function isExpression(value: unknown): boolean {
  return typeof value === 'string' && /\$\{[\s\S]*\}/.test(value);
}

/** Checks a literal value against a Terraform type; expressions are accepted for any type. */
function typeErrors(value: unknown, type: TfType | undefined, where: string): string[] {
  if (type === undefined || type === 'dynamic' || isExpression(value)) return [];
  if (typeof type === 'string') {
    const ok = (type === 'string' && typeof value === 'string')
      || (type === 'number' && typeof value === 'number')
      || (type === 'bool' && typeof value === 'boolean');
    return ok ? [] : [`${where}: expected ${type}, got ${JSON.stringify(value)}`];
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return [`${where}: expected ${kind} of ${JSON.stringify(inner)}, got ${JSON.stringify(value)}`];
    return value.flatMap((item, i) => typeErrors(item, inner, `${where}[${i}]`));
  }
  if (kind === 'map') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return [`${where}: expected map of ${JSON.stringify(inner)}, got ${JSON.stringify(value)}`];
    }
    return Object.entries(value).flatMap(([k, v]) => typeErrors(v, inner, `${where}.${k}`));
  }
  if (kind === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return [`${where}: expected object, got ${JSON.stringify(value)}`];
    }
    return Object.entries(value).flatMap(([k, v]) => (k in inner
      ? typeErrors(v, inner[k], `${where}.${k}`)
      : [`${where}: object has no attribute "${k}"`]));
  }
  return [];
}

function checkBlock(config: any, block: SchemaBlock, where: string, meta: Set<string>): string[] {
  const errors: string[] = [];
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return [`${where}: expected a block (object), got ${JSON.stringify(config)}`];
  }
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, value] of Object.entries(config)) {
    if (meta.has(key)) continue;
    const attribute = attributes[key];
    const blockType = blocks[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) {
        errors.push(`${where}: attribute "${key}" is computed-only and cannot be set`);
      }
      errors.push(...typeErrors(value, attribute.type, `${where}.${key}`));
    } else if (blockType) {
      errors.push(...checkNestedBlock(value, blockType, `${where}.${key}`));
    } else {
      errors.push(`${where}: unknown attribute or block "${key}"`);
    }
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && !(key in config)) errors.push(`${where}: missing required attribute "${key}"`);
  }
  for (const [key, blockType] of Object.entries(blocks)) {
    if ((blockType.min_items ?? 0) > 0 && !(key in config)) {
      errors.push(`${where}: missing required block "${key}" (at least ${blockType.min_items})`);
    }
  }
  return errors;
}

function checkNestedBlock(value: unknown, blockType: SchemaBlockType, where: string): string[] {
  if (isExpression(value)) return [];
  if (blockType.nesting_mode === 'single' || blockType.nesting_mode === 'group') {
    const item = Array.isArray(value) && value.length === 1 ? value[0] : value;
    return checkBlock(item, blockType.block, where, new Set());
  }
  if (blockType.nesting_mode === 'map') {
    if (value === null || typeof value !== 'object') return [`${where}: expected a map of blocks`];
    return Object.entries(value as object).flatMap(([k, v]) => checkBlock(v, blockType.block, `${where}.${k}`, new Set()));
  }
  // cdktf writes a one-item list block either as an object or as a one-element array.
  const items = Array.isArray(value) ? value : [value];
  const errors: string[] = [];
  if (blockType.max_items !== undefined && items.length > blockType.max_items) {
    errors.push(`${where}: at most ${blockType.max_items} block(s) allowed, got ${items.length}`);
  }
  if (blockType.min_items !== undefined && items.length < blockType.min_items) {
    errors.push(`${where}: at least ${blockType.min_items} block(s) required, got ${items.length}`);
  }
  items.forEach((item, i) => errors.push(...checkBlock(item, blockType.block, `${where}[${i}]`, new Set())));
  return errors;
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

/** Terraform's template escapes `$${` and `%%{` are literal text, not expressions. */
function expressionsIn(text: string): string[] {
  const unescaped = text.replace(/\$\$\{/g, '').replace(/%%\{/g, '');
  return [...unescaped.matchAll(EXPRESSION)].map((m) => m[1]);
}

const REFERENCE = /(?<![\w.])(data\.[a-z0-9_]+\.[A-Za-z0-9_-]+|var\.[A-Za-z0-9_-]+|local\.[A-Za-z0-9_-]+|[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*)(\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]*\])?/g;

function referenceErrors(doc: any, expression: string, where: string): string[] {
  const errors: string[] = [];
  const withoutStrings = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const match of withoutStrings.matchAll(REFERENCE)) {
    const [, head, next] = match;
    const parts = head.split('.');
    if (parts[0] === 'var') {
      if (!doc.variable?.[parts[1]]) errors.push(`${where}: reference to undeclared variable "${head}"`);
      continue;
    }
    if (parts[0] === 'local') {
      if (!doc.locals || !(parts[1] in doc.locals)) errors.push(`${where}: reference to undeclared local "${head}"`);
      continue;
    }
    const isData = parts[0] === 'data';
    const [type, name] = isData ? parts.slice(1) : parts;
    if (['count', 'each', 'self', 'path', 'terraform', 'module'].includes(type)) continue;
    const table = isData ? doc.data : doc.resource;
    if (!table?.[type]?.[name]) {
      errors.push(`${where}: dangling reference "${head}": no ${isData ? 'data source' : 'resource'} ${type}.${name} in the stack`);
      continue;
    }
    const schema = resourceSchema(type, isData ? 'data' : 'resource');
    const attr = next?.startsWith('.') ? next.slice(1) : undefined;
    if (schema && attr && !(attr in (schema.attributes ?? {})) && !(attr in (schema.block_types ?? {}))) {
      errors.push(`${where}: reference "${head}.${attr}": ${type} has no attribute "${attr}"`);
    }
  }
  return errors;
}

/**
 * Terraform reads each `replace_triggered_by` entry of a JSON config as a bare expression
 * (`terraform_data.x`): the `${...}` form cdktf writes for references is rejected there.
 */
function replaceTriggerErrors(doc: any, triggers: unknown, where: string): string[] {
  if (triggers === undefined) return [];
  if (!Array.isArray(triggers)) return [`${where}.lifecycle.replace_triggered_by: must be a list`];
  return triggers.flatMap((trigger) => {
    const at = `${where}.lifecycle.replace_triggered_by`;
    if (typeof trigger !== 'string' || !/^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(trigger)) {
      return [`${at}: "${String(trigger)}" must be a bare resource address such as terraform_data.x (not \${...})`];
    }
    return referenceErrors(doc, trigger, at);
  });
}

/** Returns every schema violation in a synthesized stack; an empty list means it is valid. */
export function schemaErrors(synthesized: string | object): string[] {
  const doc: any = typeof synthesized === 'string' ? JSON.parse(synthesized) : synthesized;
  const errors: string[] = [];

  const declared = doc.terraform?.required_providers ?? {};
  for (const [name, configs] of Object.entries<any>(doc.provider ?? {})) {
    let schema: ProviderSchema | undefined;
    try {
      schema = loadProviderSchema(name);
    } catch {
      errors.push(`provider.${name}: unknown provider`);
      continue;
    }
    if (!declared[name]) errors.push(`provider.${name}: not declared in terraform.required_providers`);
    (Array.isArray(configs) ? configs : [configs]).forEach((config: any, i: number) => {
      errors.push(...checkBlock(config, schema!.provider.block, `provider.${name}[${i}]`, PROVIDER_META));
    });
  }

  const aliases = new Set<string>();
  for (const [name, configs] of Object.entries<any>(doc.provider ?? {})) {
    (Array.isArray(configs) ? configs : [configs]).forEach((c: any) => aliases.add(c.alias ? `${name}.${c.alias}` : name));
  }

  for (const [kind, table] of [['resource', doc.resource], ['data', doc.data]] as const) {
    for (const [type, instances] of Object.entries<any>(table ?? {})) {
      const schema = resourceSchema(type, kind);
      if (!schema) {
        errors.push(`${kind === 'data' ? 'data.' : ''}${type}: unknown ${kind === 'data' ? 'data source' : 'resource'} type${subsetHint(type)}`);
        continue;
      }
      for (const [name, config] of Object.entries<any>(instances)) {
        const where = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        errors.push(...checkBlock(config, schema, where, kind === 'data' ? DATA_META : RESOURCE_META));
        errors.push(...replaceTriggerErrors(doc, config.lifecycle?.replace_triggered_by, where));
        if (type !== 'terraform_data') {
          const provider = config.provider ? String(config.provider) : providerOfType(type);
          if (!aliases.has(provider)) errors.push(`${where}: provider "${provider}" is not configured in the stack`);
        }
      }
    }
  }

  const sections = ['resource', 'data', 'output', 'locals', 'provider'];
  for (const section of sections) {
    for (const text of collectStrings(doc[section])) {
      for (const expression of expressionsIn(text)) {
        errors.push(...referenceErrors(doc, expression, section));
      }
    }
  }
  return errors;
}

/** Throws with every violation listed when the stack does not match its provider schemas. */
export function expectValidAgainstSchema(synthesized: string | object): void {
  const errors = schemaErrors(synthesized);
  if (errors.length > 0) {
    throw new Error(`synthesized stack does not match the provider schema:\n  ${errors.join('\n  ')}`);
  }
}
