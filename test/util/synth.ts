/** Shared helpers: build a stack with a provider, synthesize it, read resources back. */
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { alibabacloudstack, alicloud } from '../../lib';
import { expectValidAgainstSchema } from './schema-check';

/** A stack with an `alicloud` provider in cn-hangzhou, like most user apps have. */
export function alicloudStack(id = 'test'): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new alicloud.provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
  return stack;
}

/** A stack with an Apsara Stack (`alibabacloudstack`) provider, as private-cloud apps have. */
export function apsaraStack(id = 'test'): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new alibabacloudstack.provider.AlibabacloudstackProvider(stack, 'alibabacloudstack', {
    region: 'cn-qingdao-env17-d01',
    popgwDomain: 'inter.env17e.shuguang.com',
  });
  return stack;
}

/** A stack with no provider, for constructs that bring their own (or for negative tests). */
export function emptyStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

export interface Synthesized {
  readonly json: any;
  readonly text: string;
  /** All instances of a resource type, keyed by logical id. */
  resources(type: string): Record<string, any>;
  /** The single instance of a resource type; fails when there is not exactly one. */
  resource(type: string): any;
  dataSources(type: string): Record<string, any>;
  dataSource(type: string): any;
  outputs(): Record<string, any>;
}

/**
 * Synthesizes with cdktf's validations on (provider presence, construct validations) and checks the
 * result against the provider schemas.
 */
export function synth(stack: TerraformStack, options: { schemaCheck?: boolean } = {}): Synthesized {
  const text = Testing.synth(stack, true);
  if (options.schemaCheck !== false) expectValidAgainstSchema(text);
  return wrap(text);
}

/** Synthesizes a whole app (as `cdktf synth` does) and returns each stack's cdk.tf.json. */
export function synthApp(app: App): Record<string, Synthesized> {
  app.synth();
  const out: Record<string, Synthesized> = {};
  for (const child of app.node.children) {
    if (child instanceof TerraformStack) {
      const fs = require('fs');
      const path = require('path');
      const file = path.join(app.outdir, 'stacks', child.node.id, 'cdk.tf.json');
      out[child.node.id] = wrap(fs.readFileSync(file, 'utf-8'));
    }
  }
  return out;
}

export function wrap(text: string): Synthesized {
  const json = JSON.parse(text);
  const exactlyOne = (table: Record<string, any>, type: string) => {
    const values = Object.values(table);
    if (values.length !== 1) throw new Error(`expected exactly one ${type}, found ${values.length}`);
    return values[0];
  };
  const api: Synthesized = {
    json,
    text,
    resources: (type) => json.resource?.[type] ?? {},
    resource: (type) => exactlyOne(api.resources(type), type),
    dataSources: (type) => json.data?.[type] ?? {},
    dataSource: (type) => exactlyOne(api.dataSources(type), type),
    outputs: () => json.output ?? {},
  };
  return api;
}

/** Builds constructs in a fresh provider-backed stack and synthesizes it. */
export function synthScope(build: (scope: Construct) => void): Synthesized {
  const stack = alicloudStack();
  build(stack);
  return synth(stack);
}
