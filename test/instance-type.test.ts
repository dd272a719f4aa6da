/** InstanceType: constants and of(); a pipeline writes the name and checks literal values. */
import { Fn, Token } from 'cdktf';
import { BaseImage, BuildContent, ImagePipeline, InstanceType } from '../lib';
import { alicloudStack, synth } from './util/synth';

function pipelineWith(instanceType: InstanceType) {
  const stack = alicloudStack();
  new ImagePipeline(stack, 'Pipeline', { baseImage: BaseImage.fromImageId('m-abc'), buildContent: BuildContent.create(), instanceType });
  return synth(stack).resource('alicloud_ecs_image_pipeline');
}

test('constants and of() carry the API name', () => {
  expect(InstanceType.G7_LARGE.name).toBe('ecs.g7.large');
  expect(InstanceType.of('ecs.g8i.2xlarge').toString()).toBe('ecs.g8i.2xlarge');
  expect(pipelineWith(InstanceType.G6_LARGE).instance_type).toBe('ecs.g6.large');
});

test('a literal must look like ecs.<family>.<size>', () => {
  expect(() => pipelineWith(InstanceType.of('g7.large'))).toThrow(/test\/Pipeline: instanceType must be an ECS instance type such as ecs.g7.large \(got "g7.large"\)/);
  expect(() => pipelineWith(InstanceType.of('ecs.g7'))).toThrow(/instanceType must be an ECS instance type/);
  expect(pipelineWith(InstanceType.of('ecs.gn7i-c8g1.2xlarge')).instance_type).toBe('ecs.gn7i-c8g1.2xlarge');
});

test('tokens pass through', () => {
  expect(pipelineWith(InstanceType.of(Token.asString(Fn.element(['x'], 0)))).instance_type).toBe('${element(["x"], 0)}');
});
