/** LaunchTemplate: the JSON, new default versions on image changes, validation, importers. */
import { Lazy, TerraformStack } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import {
  alicloud, DiskCategory, HttpTokens, Image, ImageOwner, InstanceType, LaunchTemplate, LaunchTemplateProps, SecurityGroup, VSwitch,
} from '../lib';
import { dataLogicalId, ref } from './util/refs';
import { alicloudStack, synth } from './util/synth';
import { expectInvalid } from './util/validation-error';

function templateIn(stack: TerraformStack, props: Partial<LaunchTemplateProps> = {}, id = 'Template'): LaunchTemplate {
  return new LaunchTemplate(stack, id, {
    image: Image.fromImageId(stack, `${id}Image`, 'm-golden1'),
    instanceType: InstanceType.G7_LARGE,
    vswitch: VSwitch.fromVSwitchAttributes(stack, `${id}VSwitch`, { vswitchId: 'vsw-1', vpcId: 'vpc-1', zoneId: 'cn-hangzhou-i' }),
    securityGroups: [SecurityGroup.fromSecurityGroupId(stack, `${id}Sg`, 'sg-1')],
    ...props,
  });
}

describe('LaunchTemplate', () => {
  test('minimal: image, type, network, a private default, and every new version made the default', () => {
    const stack = alicloudStack();
    const template = templateIn(stack);
    const out = synth(stack);
    expect(out.resource('alicloud_ecs_launch_template')).toEqual({
      launch_template_name: 'test-Template',
      update_default_version_number: true,
      image_id: 'm-golden1',
      instance_type: 'ecs.g7.large',
      vswitch_id: 'vsw-1',
      vpc_id: 'vpc-1',
      zone_id: 'cn-hangzhou-i',
      security_group_ids: ['sg-1'],
      internet_max_bandwidth_out: 0,
      system_disk: { delete_with_instance: true },
    });
    expect(template.node.defaultChild).toBe(template.resource);
    expect(LaunchTemplate.isLaunchTemplate(template)).toBe(true);
    expect(LaunchTemplate.isLaunchTemplate({})).toBe(false);
    const logicalId = Object.keys(out.resources('alicloud_ecs_launch_template'))[0];
    expect(resolve(stack, template.launchTemplateId)).toBe(ref(`alicloud_ecs_launch_template.${logicalId}.id`));
    expect(resolve(stack, template.latestVersionNumber)).toBe(ref(`alicloud_ecs_launch_template.${logicalId}.latest_version_number`));
  });

  test('every property reaches alicloud_ecs_launch_template', () => {
    const stack = alicloudStack();
    templateIn(stack, {
      launchTemplateName: 'web:v1_template-a',
      updateDefaultVersion: false,
      description: 'web servers',
      versionDescription: 'golden image of today',
      instanceName: 'web',
      internetMaxBandwidthOutMbps: 5,
      systemDiskCategory: DiskCategory.CLOUD_ESSD,
      systemDiskSizeGiB: 40,
      keyPairName: 'ops',
      ramRoleName: 'web-role',
      httpTokens: HttpTokens.REQUIRED,
      userData: '#!/bin/sh\necho ${HOME}',
      tags: { owner: 'platform' },
      instanceTags: { app: 'web' },
      resourceGroupId: 'rg-1',
    });
    expect(synth(stack).resource('alicloud_ecs_launch_template')).toEqual(expect.objectContaining({
      launch_template_name: 'web:v1_template-a',
      update_default_version_number: false,
      description: 'web servers',
      version_description: 'golden image of today',
      instance_name: 'web',
      internet_max_bandwidth_out: 5,
      system_disk: { category: 'cloud_essd', size: 40, delete_with_instance: true },
      key_pair_name: 'ops',
      ram_role_name: 'web-role',
      http_tokens: 'required',
      user_data: '#!/bin/sh\necho $${HOME}',
      template_tags: { owner: 'platform' },
      tags: { app: 'web' },
      resource_group_id: 'rg-1',
    }));
  });

  test('a family lookup rolls the newest image of the family in: the image id is the lookup\'s result', () => {
    const stack = alicloudStack();
    const golden = Image.fromLookup(stack, 'Golden', { imageFamily: 'web-golden', owners: ImageOwner.SELF, mostRecent: true });
    templateIn(stack, { image: golden });
    const out = synth(stack);
    expect(out.resource('alicloud_ecs_launch_template').image_id)
      .toBe(ref(`element(data.alicloud_images.${dataLogicalId(out, 'alicloud_images')}.ids, 0)`));
  });

  test('a new image changes only template data (a new version), never the ForceNew arguments', () => {
    // ForceNew in provider 1.247.0 (IMAGE_BUILDER_FACTS §8.1): a new image must not touch these.
    const forceNew = ['auto_renew', 'auto_renew_period', 'launch_template_name', 'name', 'period', 'period_unit',
      'template_resource_group_id', 'http_endpoint', 'http_tokens', 'http_put_response_hop_limit'];
    const render = (imageId: string) => {
      const stack = alicloudStack();
      templateIn(stack, { image: Image.fromImageId(stack, 'Img', imageId) });
      return synth(stack).resource('alicloud_ecs_launch_template');
    };
    const before = render('m-golden1');
    const after = render('m-golden2');
    const changed = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    expect(changed).toEqual(['image_id']);
    expect(changed.filter((k) => forceNew.includes(k))).toEqual([]);
    expect(after.update_default_version_number).toBe(true);
  });

  test('the default name follows the construct path and fits the name rule', () => {
    const stack = alicloudStack();
    const template = templateIn(stack, {}, 'web.tier');
    expect(template.launchTemplateName).toBe('test-web-tier');
  });

  test('validation: image id, instance type, security groups, names, ranges, role, tags', () => {
    const stack = alicloudStack();
    let n = 0;
    const make = (props: Partial<LaunchTemplateProps>) => templateIn(stack, props, `T${++n}`);
    expectInvalid(() => make({ image: Image.fromImageId(stack, 'Bad', 'golden') }), /test\/T1: image must be an image id/);
    expectInvalid(() => make({ instanceType: InstanceType.of('g7.large') }), /test\/T2: instanceType must be an ECS instance type such as ecs.g7.large \(got "g7.large"\)/);
    expectInvalid(() => make({ securityGroups: [] }), /test\/T3: securityGroups must have at least 1 security group \(got \[\]\)/);
    const sg = SecurityGroup.fromSecurityGroupId(stack, 'Dup', 'sg-dup');
    expectInvalid(() => make({ securityGroups: [sg, sg] }), /test\/T4: securityGroups must not contain duplicates \(got "sg-dup"\)/);
    expectInvalid(() => make({ launchTemplateName: 'web.template' }), /test\/T5: launchTemplateName must be 2 to 128 characters, start with a letter and contain only letters, digits, ':', '_' and '-' \(got "web.template"\)/);
    expectInvalid(() => make({ launchTemplateName: 'https://x' }), /test\/T6: launchTemplateName must not start with http/);
    expectInvalid(() => make({ internetMaxBandwidthOutMbps: 101 }), /test\/T7: internetMaxBandwidthOutMbps must be an integer from 0 to 100 Mbit\/s \(got 101\)/);
    expectInvalid(() => make({ systemDiskSizeGiB: 10 }), /test\/T8: systemDiskSizeGiB must be an integer from 20 to 2048 GiB \(got 10\)/);
    expectInvalid(() => make({ ramRoleName: 'a/b' }), /test\/T9: ramRoleName must be 1 to 64 characters/);
    expectInvalid(() => make({ versionDescription: 'x' }), /test\/T10: versionDescription must be 2 to 256 characters long, but is 1/);
    expectInvalid(() => make({ instanceTags: { 'aliyun:x': 'y' } }), /test\/T11: instanceTags key must not start with 'aliyun' or 'acs:'/);
    expectInvalid(() => make({ httpTokens: 'v2' as HttpTokens }), /test\/T12: httpTokens must be one of optional, required \(got "v2"\)/);
    expectInvalid(() => make({ image: undefined as any }), /test\/T13: image is required/);
    // Tokens pass.
    expect(() => make({ systemDiskSizeGiB: Lazy.numberValue({ produce: () => 1 }), launchTemplateName: Lazy.stringValue({ produce: () => '.' }) })).not.toThrow();
  });

  test('fromLaunchTemplateId and fromLaunchTemplateAttributes create no resources and check the id', () => {
    const stack = alicloudStack();
    const byId = LaunchTemplate.fromLaunchTemplateId(stack, 'ById', 'lt-bp1abc');
    const byAttrs = LaunchTemplate.fromLaunchTemplateAttributes(stack, 'ByAttrs', { launchTemplateId: 'lt-bp2', launchTemplateName: 'web' });
    expect([byId.launchTemplateId, byId.launchTemplateName, byAttrs.launchTemplateName]).toEqual(['lt-bp1abc', undefined, 'web']);
    expect(LaunchTemplate.isLaunchTemplate(byId)).toBe(false);
    expect(synth(stack).json.resource).toBeUndefined();
    expectInvalid(() => LaunchTemplate.fromLaunchTemplateId(stack, 'Bad', 'sg-1'), /test\/Bad: launchTemplateId must be a launch template id \(lt-...\) \(got "sg-1"\)/);
  });

  test('the provider must be an alicloud provider of the same stack', () => {
    const stack = alicloudStack();
    const beijing = new alicloud.provider.AlicloudProvider(stack, 'beijing', { region: 'cn-beijing', alias: 'beijing' });
    templateIn(stack, { provider: beijing });
    expect(synth(stack).resource('alicloud_ecs_launch_template').provider).toBe('alicloud.beijing');
    const other = alicloudStack('other');
    const foreign = new alicloud.provider.AlicloudProvider(other, 'x', { region: 'cn-beijing', alias: 'x' });
    expectInvalid(() => templateIn(stack, { provider: foreign }, 'Foreign'), /test\/Foreign: provider must be a provider of the same stack/);
  });
});
