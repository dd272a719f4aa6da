/** ImageShare and ImageExport: the library's types that shareWith() and exportTo() return. */
import { alicloud, Image, ImageExport, ImageShare, ImageSource } from '../lib';
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

describe('shareWith and exportTo return the library types, at the Terraform addresses they had', () => {
  test('the L1 logical ids equal those of an L1 placed where shareWith/exportTo used to put it', () => {
    const stack = alicloudStack();
    const image = Image.fromImageId(stack, 'Img', 'm-1');
    const share = image.shareWith('123456');
    const exported = image.exportTo('my-exports', { ossPrefix: 'web' });
    expect(ImageShare.isImageShare(share)).toBe(true);
    expect(ImageExport.isImageExport(exported)).toBe(true);
    expect(image.shareWith('123456')).toBe(share);
    const out = synth(stack);

    // What the earlier versions created: the L1s directly under the image, with these ids.
    const before = alicloudStack();
    const oldImage = Image.fromImageId(before, 'Img', 'm-1');
    new alicloud.imageSharePermission.ImageSharePermission(oldImage, 'SharedWith123456', { imageId: 'm-1', accountId: '123456' });
    new alicloud.imageExport.ImageExport(oldImage, 'ExportTo-my-exports-web', { imageId: 'm-1', ossBucket: 'my-exports', ossPrefix: 'web' });
    const old = synth(before);
    expect(Object.keys(out.resources('alicloud_image_share_permission'))).toEqual(Object.keys(old.resources('alicloud_image_share_permission')));
    expect(Object.keys(out.resources('alicloud_image_export'))).toEqual(Object.keys(old.resources('alicloud_image_export')));
    expect(out.resource('alicloud_image_export')).toEqual(old.resource('alicloud_image_export'));
  });

  test('Image.isImage', () => {
    const stack = alicloudStack();
    expect(Image.isImage(Image.fromImageId(stack, 'Img', 'm-1'))).toBe(false);
    expect(Image.isImage(new Image(stack, 'Own', { source: ImageSource.fromInstanceId('i-1') }))).toBe(true);
  });
});
