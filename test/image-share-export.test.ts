/** ImageShare and ImageExport: the library's types that shareWith() and exportTo() return. */
import { alicloud, Image, ImageExport, ImageShare } from '../lib';
import { alicloudStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

describe('ImageShare', () => {
  test('writes alicloud_image_share_permission; importer and type check', () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    const share = new ImageShare(stack, 'Share', { image: Image.fromImageId(stack, 'Img', 'm-1'), accountId: '123456', provider: beijing });
    expect(synth(stack).resource('alicloud_image_share_permission')).toEqual({ image_id: 'm-1', account_id: '123456', provider: 'alicloud.beijing' });
    expect([share.imageId, share.accountId]).toEqual(['m-1', '123456']);
    expect(share.node.defaultChild).toBe(share.resource);
    expect(ImageShare.isImageShare(share)).toBe(true);
    const known = ImageShare.fromImageShareAttributes(stack, 'Known', { imageId: 'm-2', accountId: '42' });
    expect(ImageShare.isImageShare(known)).toBe(false);
    expect([known.imageId, known.accountId]).toEqual(['m-2', '42']);
    expectInvalid(() => new ImageShare(stack, 'Bad', { image: Image.fromImageId(stack, 'I2', 'm-3'), accountId: 'acme' }),
      /test\/Bad: accountId must be an Alibaba Cloud account id \(digits only\) \(got "acme"\)/);
    expectInvalid(() => ImageShare.fromImageShareAttributes(stack, 'Empty', { imageId: '', accountId: '1' }), /test\/Empty: imageId is required and must not be empty/);
  });
});

describe('ImageExport', () => {
  test('writes alicloud_image_export with prefix and timeouts; importer and type check', () => {
    const stack = alicloudStack();
    const exported = new ImageExport(stack, 'Export', {
      image: Image.fromImageId(stack, 'Img', 'm-1'), ossBucket: 'my-exports', ossPrefix: 'web', timeouts: { create: '40m' },
    });
    expect(synth(stack).resource('alicloud_image_export')).toEqual({ image_id: 'm-1', oss_bucket: 'my-exports', oss_prefix: 'web', timeouts: { create: '40m' } });
    expect([exported.imageId, exported.ossBucket, exported.ossPrefix]).toEqual(['m-1', 'my-exports', 'web']);
    expect(ImageExport.isImageExport(exported)).toBe(true);
    const known = ImageExport.fromImageExportAttributes(stack, 'Known', { imageId: 'm-2', ossBucket: 'other-bucket' });
    expect([ImageExport.isImageExport(known), known.ossBucket, known.ossPrefix]).toEqual([false, 'other-bucket', undefined]);
    const img = Image.fromImageId(stack, 'I2', 'm-3');
    expectInvalid(() => new ImageExport(stack, 'Bucket', { image: img, ossBucket: 'My_Bucket' }), /test\/Bucket: ossBucket must be an OSS bucket name/);
    expectInvalid(() => new ImageExport(stack, 'Prefix', { image: img, ossBucket: 'ok-bucket', ossPrefix: 'a-b' }), /test\/Prefix: ossPrefix must be 1 to 30 letters and digits \(got "a-b"\)/);
    expectInvalid(() => new ImageExport(stack, 'Update', { image: img, ossBucket: 'ok-bucket', timeouts: { update: '1m' } }), /test\/Update: timeouts/);
  });
});
