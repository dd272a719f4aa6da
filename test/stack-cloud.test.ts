/** assertImageBuilderAvailable: Image Builder exists on Alibaba Cloud only, not on Apsara Stack. */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { alibabacloudstack, Errors } from '../lib';
import { assertImageBuilderAvailable, isApsaraStackOnly, providerTypesOf } from '../lib/private/cloud';
import { alicloudStack, apsaraStack, emptyStack } from './util/synth';

/** Stands in for a public-cloud-only factory (the lead's GoldenImageFactory calls the same helper). */
class NeedsImageBuilder extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    assertImageBuilderAvailable(this, 'ImagePipeline');
  }
}

test('an Apsara-Stack-only stack gets a ValidationError naming the path and pointing to StackImageFromInstance', () => {
  const stack = apsaraStack();
  const parent = new Construct(stack, 'Images');
  let caught: any;
  try {
    new NeedsImageBuilder(parent, 'Factory');
  } catch (e) {
    caught = e;
  }
  expect(Errors.isValidationError(caught)).toBe(true);
  expect(caught.message).toMatch(/^test\/Images\/Factory: ImagePipeline needs Alibaba Cloud ECS Image Builder, which Apsara Stack does not have/);
  expect(caught.message).toMatch(/StackImageFromInstance/);
  expect(caught.message).toMatch(/\(got "provider alibabacloudstack"\)$/);
});

test('alicloud stacks, mixed stacks and stacks without providers are accepted', () => {
  expect(() => new NeedsImageBuilder(alicloudStack(), 'Factory')).not.toThrow();
  const mixed = alicloudStack();
  new alibabacloudstack.provider.AlibabacloudstackProvider(mixed, 'apsara', { region: 'cn-qingdao-env17-d01' });
  expect(() => new NeedsImageBuilder(mixed, 'Factory')).not.toThrow();
  expect(() => new NeedsImageBuilder(emptyStack(), 'Factory')).not.toThrow();
});

test('providers are read from the stack, not only from the construct\'s own subtree', () => {
  const stack: TerraformStack = apsaraStack();
  const deep = new Construct(new Construct(stack, 'A'), 'B');
  expect(providerTypesOf(deep)).toEqual(new Set(['alibabacloudstack']));
  expect(isApsaraStackOnly(deep)).toBe(true);
  expect(isApsaraStackOnly(alicloudStack())).toBe(false);
});
