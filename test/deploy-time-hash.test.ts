/**
 * The derived pipeline name's Terraform-side hash is written by one token of the library instead of
 * cdktf's three function calls (each records a stack trace, issue 19). It must render exactly what
 * `Fn.substr(Fn.sha256(Fn.jsonencode(tokens)), 0, 8)` renders, for every kind of string token, alone,
 * inside a string, inside another function call, and across stacks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Fn, Lazy, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { alicloud } from '../lib';
import { deployTimeHashExpression } from '../lib/private/pipeline-name';
import { alicloudStack } from './util/synth';

const cdktfForm = (tokens: string[]) => Fn.substr(Fn.sha256(Fn.jsonencode(tokens)), 0, 8);

/** Each case as an output pair (library / cdktf), synthesized together; returns the pairs' values. */
function renderBoth(stack: TerraformStack, cases: Record<string, (hash: (tokens: string[]) => string) => string>) {
  for (const [name, make] of Object.entries(cases)) {
    new TerraformOutput(stack, `${name}_lib`, { value: make(deployTimeHashExpression) });
    new TerraformOutput(stack, `${name}_fn`, { value: make(cdktfForm) });
  }
  const outputs = JSON.parse(Testing.synth(stack)).output;
  return Object.keys(cases).map((name) => ({ name, lib: outputs[`${name}_lib`].value, fn: outputs[`${name}_fn`].value }));
}

test('renders what cdktf Fn.substr(Fn.sha256(Fn.jsonencode(...)), 0, 8) renders, for every kind of string token', () => {
  const stack = alicloudStack();
  const vpc = new alicloud.vpc.Vpc(stack, 'Vpc', { cidrBlock: '172.16.0.0/16' });
  const zones = new alicloud.dataAlicloudZones.DataAlicloudZones(stack, 'Zones', { availableResourceCreation: 'VSwitch' });
  const name = new TerraformVariable(stack, 'name', { type: 'string' });
  const size = new TerraformVariable(stack, 'size', { type: 'number' });
  const local = new TerraformLocal(stack, 'prefix', 'p');
  const pairs = renderBoth(stack, {
    reference: (h) => h([vpc.id]),
    nested: (h) => h([zones.zones.get(0).id]),
    several: (h) => h([vpc.id, name.stringValue, local.asString]),
    number: (h) => h([Token.asString(size.numberValue)]),
    functionToken: (h) => h([Token.asString(Fn.element(['m-a', 'm-b'], 1)), Token.asString(Fn.max([40, 60]))]),
    lazyPlain: (h) => h([Lazy.stringValue({ produce: () => 'plain' })]),
    lazyQuoted: (h) => h([Lazy.stringValue({ produce: () => 'say "hi" ${x}' })]),
    inString: (h) => `name-0123abcd-${h([vpc.id])}`,
    insideFunction: (h) => Fn.upper(h([vpc.id, name.stringValue])),
  });
  for (const { name: which, lib, fn } of pairs) {
    expect({ which, value: lib }).toEqual({ which, value: fn });
  }
  expect(pairs.find((p) => p.name === 'several')!.lib)
    .toBe('${substr(sha256(jsonencode([alicloud_vpc.Vpc.id, var.name, local.prefix])), 0, 8)}');
  expect(pairs.find((p) => p.name === 'inString')!.lib).toBe('name-0123abcd-${substr(sha256(jsonencode([alicloud_vpc.Vpc.id])), 0, 8)}');
});

test('a reference to another stack becomes the same cross-stack output as with cdktf functions', () => {
  const synthAll = (hash: (tokens: string[]) => string) => {
    const app = new App({ outdir: Testing.app().outdir });
    const source = new TerraformStack(app, 'source');
    new alicloud.provider.AlicloudProvider(source, 'alicloud', { region: 'cn-hangzhou' });
    const vpc = new alicloud.vpc.Vpc(source, 'Vpc', { cidrBlock: '172.16.0.0/16' });
    const user = new TerraformStack(app, 'user');
    new alicloud.provider.AlicloudProvider(user, 'alicloud', { region: 'cn-hangzhou' });
    new TerraformOutput(user, 'hash', { value: hash([vpc.id]) });
    app.synth();
    const read = (id: string) => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', id, 'cdk.tf.json'), 'utf-8'));
    return { user: read('user').output.hash.value, source: Object.keys(read('source').output ?? {}) };
  };
  const lib = synthAll(deployTimeHashExpression);
  const fn = synthAll(cdktfForm);
  expect(lib).toEqual(fn);
  expect(lib.user).toMatch(/^\$\{substr\(sha256\(jsonencode\(\[data\.terraform_remote_state\.cross-stack-reference-input-source\.outputs\.[^\]]+\]\)\), 0, 8\)\}$/);
});

test('whole list and map tokens keep cdktf functions (they know how to write them)', () => {
  const stack = alicloudStack();
  const regions = new TerraformVariable(stack, 'regions', { type: 'list(string)' });
  const value = deployTimeHashExpression([regions.listValue as unknown as string]);
  new TerraformOutput(stack, 'hash', { value });
  expect(JSON.parse(Testing.synth(stack)).output.hash.value).toBe('${substr(sha256(jsonencode([var.regions])), 0, 8)}');
});
