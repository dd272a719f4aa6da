/**
 * The provider coverage table (test/provider-coverage.ts) against the provider schemas and the
 * library's source: every argument of every wrapped resource is decided, no decision is stale, and
 * every prop named in the table exists.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { Coverage, PROVIDER_COVERAGE } from './provider-coverage';
import { loadProviderSchema, SchemaBlock } from './util/schema-check';

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'lib');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'bindings.manifest.json'), 'utf-8'));

function libSources(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : libSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}
const sources = libSources().map((file) => ({ file, text: fs.readFileSync(file, 'utf-8') }));

/** The generated binding folder of a type, e.g. alicloud_ecs_image_pipeline -> ecs-image-pipeline. */
function bindingFolder(provider: string, type: string, kind: 'resource' | 'data'): string {
  const bare = kind === 'data' ? `data_${type}` : type.slice(provider.length + 1);
  return bare.replace(/_/g, '-');
}

const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Every manifest type that some construct of lib/ creates (it imports or names the generated binding). */
function wrappedTypes(): Array<{ provider: string; type: string; kind: 'resource' | 'data' }> {
  const out: Array<{ provider: string; type: string; kind: 'resource' | 'data' }> = [];
  for (const [provider, entry] of Object.entries<any>(manifest.providers)) {
    for (const [kind, types] of [['resource', entry.resources], ['data', entry.dataSources]] as const) {
      for (const type of types as string[]) {
        const folder = bindingFolder(provider, type, kind);
        const byPath = `generated/${provider}/${folder}'`;
        const byNamespace = new RegExp(`\\b${provider}\\.${camel(folder)}\\.`);
        if (sources.some((s) => s.text.includes(byPath) || byNamespace.test(s.text))) out.push({ provider, type, kind });
      }
    }
  }
  return out;
}

/** The arguments a configuration can set: attributes that are not computed-only, and blocks (not `id`). */
function settableArguments(block: SchemaBlock, prefix = ''): string[] {
  const attributes = Object.entries(block.attributes ?? {})
    .filter(([name, a]) => name !== 'id' && (a.optional || a.required))
    .map(([name]) => prefix + name);
  const blocks = Object.keys(block.block_types ?? {}).map((name) => prefix + name);
  return [...attributes, ...blocks];
}

function schemaOf(provider: string, type: string, kind: 'resource' | 'data'): SchemaBlock {
  const schema = loadProviderSchema(provider);
  const table = kind === 'resource' ? schema.resource_schemas : schema.data_source_schemas;
  const found = table[type];
  if (!found) throw new Error(`${type} is not in the ${provider} schema`);
  return found.block;
}

/**
 * What the table must decide for a type: every top-level argument, and the nested ones of blocks that
 * the construct writes (props or fixed).
 */
function requiredDecisions(block: SchemaBlock, coverage: Coverage | undefined): string[] {
  const top = settableArguments(block);
  const nested = Object.entries(block.block_types ?? {})
    .filter(([name]) => coverage !== undefined && coverage.arguments[name] !== undefined && coverage.arguments[name].kind !== 'omit')
    .flatMap(([name, blockType]) => settableArguments(blockType.block, `${name}.`));
  return [...top, ...nested].sort();
}

/** Members (properties and methods) of every interface and class in lib/, by type name, with inherited ones. */
function typeMembers(): Map<string, Set<string>> {
  const own = new Map<string, { members: Set<string>; bases: string[] }>();
  for (const { file, text } of sources) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
    const visit = (node: ts.Node) => {
      if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
        const entry = own.get(node.name.text) ?? { members: new Set<string>(), bases: [] };
        for (const member of node.members) {
          if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) entry.members.add(member.name.text);
        }
        for (const clause of node.heritageClauses ?? []) {
          for (const t of clause.types) entry.bases.push(t.expression.getText(sf));
        }
        own.set(node.name.text, entry);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const all = new Map<string, Set<string>>();
  const resolve = (name: string, seen = new Set<string>()): Set<string> => {
    const entry = own.get(name);
    if (!entry || seen.has(name)) return new Set();
    seen.add(name);
    const members = new Set(entry.members);
    for (const base of entry.bases) resolve(base, seen).forEach((m) => members.add(m));
    return members;
  };
  for (const name of own.keys()) all.set(name, resolve(name));
  return all;
}

const wrapped = wrappedTypes();
const members = typeMembers();

test('the library wraps the resources the table expects (sanity check of the detection)', () => {
  const types = wrapped.map((w) => w.type);
  expect(types).toEqual(expect.arrayContaining(['alicloud_vpc', 'alicloud_ecs_image_pipeline', 'alicloud_images', 'alibabacloudstack_ecs_image']));
  expect(types).not.toContain('alicloud_ecs_snapshot'); // generated, but no construct creates it
});

test('every resource and data source a construct creates has a coverage entry, and no entry is stale', () => {
  expect(Object.keys(PROVIDER_COVERAGE).sort()).toEqual(wrapped.map((w) => w.type).sort());
});

describe.each(wrapped)('$type', ({ provider, type, kind }) => {
  const coverage = PROVIDER_COVERAGE[type];

  test('every provider argument is a prop, fixed by the construct, or left out with a reason', () => {
    const block = schemaOf(provider, type, kind);
    const missing = requiredDecisions(block, coverage).filter((name) => !(name in (coverage?.arguments ?? {})));
    expect({ type, undecided: missing }).toEqual({ type, undecided: [] });
  });

  test('the table decides no argument the schema does not have', () => {
    const known = new Set(requiredDecisions(schemaOf(provider, type, kind), coverage));
    const stale = Object.keys(coverage?.arguments ?? {}).filter((name) => !known.has(name));
    expect({ type, stale }).toEqual({ type, stale: [] });
  });

  test('reasons are written out and props exist in the library', () => {
    for (const [name, decision] of Object.entries(coverage?.arguments ?? {})) {
      if (decision.kind === 'prop') {
        // Apsara Stack types are named as users write them (`apsara.ImageProps`); the source declares `ImageProps`.
        const [owner, member] = decision.member.replace(/^apsara\./, '').split('.');
        expect({ name, owner, exists: members.get(owner)?.has(member) ?? false }).toEqual({ name, owner, exists: true });
      } else {
        expect({ name, reason: decision.reason.length >= 10 }).toEqual({ name, reason: true });
      }
    }
  });
});

test('a new provider argument fails the check until it is decided', () => {
  const block = schemaOf('alicloud', 'alicloud_vpc', 'resource');
  const withNew: SchemaBlock = { ...block, attributes: { ...block.attributes, brand_new_argument: { type: 'string', optional: true } } };
  const coverage = PROVIDER_COVERAGE.alicloud_vpc;
  expect(requiredDecisions(withNew, coverage).filter((n) => !(n in coverage.arguments))).toEqual(['brand_new_argument']);
});
