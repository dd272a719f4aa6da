/** assertImageBuilderAvailable: Image Builder exists on Alibaba Cloud only, not on Apsara Stack. */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  alibabacloudstack, BaseImage, BuildContent, Errors, GoldenImageFactory, ImageComponent, ImageComponentContent, ImagePipeline,
} from '../lib';
import { isApsaraStackOnly, providerTypesOf } from '../lib/private/cloud';
import { alicloudStack, apsaraStack, emptyStack } from './util/synth';

const baseImage = BaseImage.fromImageId('m-bp1base');
const buildContent = BuildContent.fromCommands('RUN true');

/** The Image Builder constructs: each checks that its stack can have Image Builder. */
class NeedsImageBuilder extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new ImagePipeline(this, 'Pipeline', { baseImage, buildContent });
  }
}

test.each([
  ['ImageComponent', (scope: Construct) => new ImageComponent(scope, 'X', { content: ImageComponentContent.fromBuildContent(buildContent) })],
  ['GoldenImageFactory', (scope: Construct) => new GoldenImageFactory(scope, 'X', { baseImage, buildContent })],
])('%s is rejected on Apsara Stack', (feature, create) => {
  expect(() => create(apsaraStack())).toThrow(new RegExp(`^test/X: ${feature} needs Alibaba Cloud ECS Image Builder`));
});

test('an Apsara-Stack-only stack gets a ValidationError naming the path and pointing to apsara.ImageFromInstance', () => {
  const stack = apsaraStack();
  const parent = new Construct(stack, 'Images');
  let caught: any;
  try {
    new NeedsImageBuilder(parent, 'Factory');
  } catch (e) {
    caught = e;
  }
  expect(Errors.isValidationError(caught)).toBe(true);
  expect(caught.message).toMatch(/^test\/Images\/Factory\/Pipeline: ImagePipeline needs Alibaba Cloud ECS Image Builder, which Apsara Stack does not have/);
  expect(caught.message).toMatch(/apsara.ImageFromInstance/);
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
