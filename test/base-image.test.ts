/** BaseImage: each kind maps to base_image_type + base_image; literal values are checked against their type. */
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BaseImage, BaseImageType, BuildContent, IImage, ImagePipeline } from '../lib';
import { alicloudStack, synth } from './util/synth';

function pipelineOn(baseImage: BaseImage) {
  const stack = alicloudStack();
  new ImagePipeline(stack, 'Pipeline', { baseImage, buildContent: BuildContent.fromCommands('RUN yum update -y') });
  return synth(stack).resource('alicloud_ecs_image_pipeline');
}

test('fromImageId maps to IMAGE', () => {
  const image = BaseImage.fromImageId('m-bp1g7004ksh0oeuc1234');
  expect(image.baseImageType).toBe(BaseImageType.IMAGE);
  expect(pipelineOn(image)).toMatchObject({ base_image_type: 'IMAGE', base_image: 'm-bp1g7004ksh0oeuc1234' });
  expect(pipelineOn(BaseImage.fromImageId('aliyun_3_x64_20G_alibase_20240819.vhd')).base_image).toBe('aliyun_3_x64_20G_alibase_20240819.vhd');
});

test('fromImageFamily maps to IMAGE_FAMILY', () => {
  expect(pipelineOn(BaseImage.fromImageFamily('web-base'))).toMatchObject({ base_image_type: 'IMAGE_FAMILY', base_image: 'web-base' });
});

test('fromImage takes the id of an IImage (usually a token)', () => {
  const stack = alicloudStack();
  class FakeImage extends Construct implements IImage {
    public readonly imageId = Token.asString(Fn.element(['m-from-token'], 0));
  }
  const image = new FakeImage(stack, 'Image');
  new ImagePipeline(stack, 'Pipeline', { baseImage: BaseImage.fromImage(image), buildContent: BuildContent.create() });
  expect(synth(stack).resource('alicloud_ecs_image_pipeline')).toMatchObject({
    base_image_type: 'IMAGE',
    base_image: '${element(["m-from-token"], 0)}',
  });
});

test('an image id must look like one: m-... or a public image id', () => {
  expect(() => pipelineOn(BaseImage.fromImageId('web-base'))).toThrow(
    /test\/Pipeline: baseImage must be an image id: m-\.\.\. for custom, shared and marketplace images, or a public image id .* \(got "web-base"\)/);
  expect(() => pipelineOn(BaseImage.fromImageId('m-'))).toThrow(/baseImage must be an image id/);
  expect(() => pipelineOn(BaseImage.fromImageId('m-a'))).not.toThrow();
  expect(() => pipelineOn(BaseImage.fromImageId('ubuntu_22_04_x64_20G_alibase_20240130.vhd'))).not.toThrow();
});

test('a family must follow the family rule and must not be an image id', () => {
  expect(() => pipelineOn(BaseImage.fromImageFamily('m-bp1abc'))).toThrow(/baseImage is an image family but looks like an image id; use BaseImage.fromImageId\(\)/);
  expect(() => pipelineOn(BaseImage.fromImageFamily('acs:family'))).toThrow(/baseImage must not start with 'aliyun' or 'acs:'/);
  expect(() => pipelineOn(BaseImage.fromImageFamily('a'))).toThrow(/baseImage must be 2 to 128 characters/);
  expect(() => pipelineOn(BaseImage.fromImageFamily('a'.repeat(129)))).toThrow(/baseImage must be 2 to 128 characters/);
  expect(() => pipelineOn(BaseImage.fromImageFamily('ab'))).not.toThrow();
  expect(() => pipelineOn(BaseImage.fromImageFamily('a'.repeat(128)))).not.toThrow();
});

test('token values are not checked', () => {
  const token = Token.asString(Fn.element(['not an id'], 0));
  expect(() => pipelineOn(BaseImage.fromImageId(token))).not.toThrow();
  expect(() => pipelineOn(BaseImage.fromImageFamily(token))).not.toThrow();
});
