import { TerraformVariable } from 'cdktf';
import { BuildContent, ImagePipeline, BaseImage } from '../lib';
import { alicloudStack, synth } from './util/synth';
test('repro', () => {
  const s = alicloudStack();
  const v = new TerraformVariable(s, 'v', { type: 'string' });
  const content = BuildContent.create().addRun(`echo \${${v.stringValue}}`).addRun(`echo $$$${v.stringValue}x`).addRun(`echo $\${${v.stringValue}}`);
  new ImagePipeline(s, 'P', { baseImage: BaseImage.fromImageId('m-abc'), buildContent: content });
  const out = synth(s);
  console.log(JSON.stringify(out.resource('alicloud_ecs_image_pipeline').build_content));
});
