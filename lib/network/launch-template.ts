import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DiskCategory } from '../core/disk-category';
import { IImage, ISecurityGroup, IVSwitch } from '../core/interfaces';
import { InstanceType } from '../core/instance-type';
import { nameFromPath } from '../private/names';
import { checkAlicloudProvider } from '../private/providers';
import { bool, checkProps, instanceOf, listOf, nonEmpty, num, obj, required, str, strMap } from '../private/runtime-checks';
import { literalValue } from '../private/template-escape';
import {
  checkDescription, checkGroupsInVpc, checkImageId, checkInstanceTypeName, checkMinItems, checkNotUrl, checkOneOf, checkPattern, checkRamRoleName,
  checkRange, checkRequired, checkResourceName, checkTags, checkUnique, isToken,
} from '../private/validation';
import { HttpTokens } from './instance';
import * as alicloud from '../generated/alicloud';

const LAUNCH_TEMPLATE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.LaunchTemplate');

/** CreateLaunchTemplate: 2-128 characters, a letter first, letters, digits, `:`, `_` and `-`. */
const LAUNCH_TEMPLATE_NAME = /^[a-zA-Z][a-zA-Z0-9:_-]{1,127}$/;
const LAUNCH_TEMPLATE_ID = /^lt-[a-z0-9]+$/;

/**
 * An ECS launch template, created by this app or imported. Scaling groups, instances and other
 * tools launch instances from it by id (and version).
 */
export interface ILaunchTemplate extends IConstruct {
  /**
   * The launch template id (`lt-...`), or a token resolved at deploy time.
   */
  readonly launchTemplateId: string;

  /**
   * The template name, when known.
   */
  readonly launchTemplateName?: string;
}

/**
 * What identifies a launch template that exists outside this app.
 */
export interface LaunchTemplateAttributes {
  /**
   * The launch template id (`lt-...`).
   */
  readonly launchTemplateId: string;

  /**
   * The template name.
   *
   * @default - unknown
   */
  readonly launchTemplateName?: string;
}

/**
 * Properties of a `LaunchTemplate`.
 */
export interface LaunchTemplateProps {
  /**
   * The image instances launch from: a factory's image (`GoldenImageFactory.image`), a family
   * lookup (`Image.fromLookup(..., { imageFamily, mostRecent: true })`), an id
   * (`Image.fromImageId`), or any other `IImage`. When its id changes, the template gets a new
   * version (the default one, unless `updateDefaultVersion` is false).
   */
  readonly image: IImage;

  /**
   * The instance type.
   */
  readonly instanceType: InstanceType;

  /**
   * The vSwitch instances launch into (its VPC and zone are written too, when known).
   */
  readonly vswitch: IVSwitch;

  /**
   * The security groups of launched instances (at least one, in the vSwitch's VPC).
   */
  readonly securityGroups: ISecurityGroup[];

  /**
   * The template name: 2-128 characters, a letter first, letters, digits, `:`, `_` and `-`, not
   * starting with http(s)://. Changing it replaces the template.
   *
   * @default - derived from the construct path
   */
  readonly launchTemplateName?: string;

  /**
   * Make every new version (written when the image or any other instance setting changes) the
   * template's default version, so launches without a version pick up the new image.
   *
   * @default true
   */
  readonly updateDefaultVersion?: boolean;

  /**
   * The template's description: 2-256 characters, not starting with http(s)://.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The description of the version this deploy writes: 2-256 characters, not a URL.
   *
   * @default - no version description
   */
  readonly versionDescription?: string;

  /**
   * The name of launched instances: 2-128 characters, a letter first, letters, digits, `:`, `_`,
   * `.` and `-`.
   *
   * @default - the service names instances
   */
  readonly instanceName?: string;

  /**
   * Outbound public bandwidth of launched instances in Mbit/s, 0-100. 0 means no public IP.
   *
   * @default 0
   */
  readonly internetMaxBandwidthOutMbps?: number;

  /**
   * The system disk category.
   *
   * @default - the service default for the instance type
   */
  readonly systemDiskCategory?: DiskCategory;

  /**
   * The system disk size in GiB, 20-2048; at least the image's size.
   *
   * @default - the image's size
   */
  readonly systemDiskSizeGiB?: number;

  /**
   * The SSH key pair of launched (Linux) instances.
   *
   * @default - no key pair
   */
  readonly keyPairName?: string;

  /**
   * The RAM role launched instances assume: 1-64 letters, digits, `.` and `-`.
   *
   * @default - no role
   */
  readonly ramRoleName?: string;

  /**
   * Whether the metadata service of launched instances requires session tokens (IMDSv2 only).
   *
   * @default - the service default (optional)
   */
  readonly httpTokens?: HttpTokens;

  /**
   * User data (a cloud-init script): written as is; Terraform's `${`/`%{` are escaped for you.
   *
   * @default - no user data
   */
  readonly userData?: string;

  /**
   * Tags of the launch template itself (same rules as image tags).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * Tags of launched instances and their disks (same rules as image tags).
   *
   * @default - no tags
   */
  readonly instanceTags?: Record<string, string>;

  /**
   * The resource group of launched instances.
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * The provider (region) the template is created with; the image must be in its region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * An ECS launch template (`alicloud_ecs_launch_template`) that launches instances from an image:
 * rolling a new golden image out is a new template version, made the default one, in the same
 * deploy as the build.
 *
 * Changing the image or any other instance setting adds a version (the provider keeps at most 30:
 * beyond that the oldest non-default version is deleted); changing `launchTemplateName` replaces
 * the template. The L1 is `resource` (also `node.defaultChild`), for `addOverride`.
 */
export class LaunchTemplate extends Construct implements ILaunchTemplate {
  /**
   * An existing launch template by id. Creates no resources.
   */
  public static fromLaunchTemplateId(scope: Construct, id: string, launchTemplateId: string): ILaunchTemplate {
    return LaunchTemplate.fromLaunchTemplateAttributes(scope, id, { launchTemplateId });
  }

  /**
   * An existing launch template by id and name. Creates no resources.
   */
  public static fromLaunchTemplateAttributes(scope: Construct, id: string, attrs: LaunchTemplateAttributes): ILaunchTemplate {
    return new ExistingLaunchTemplate(scope, id, attrs);
  }

  /**
   * Whether `x` is a `LaunchTemplate` construct of this library.
   */
  public static isLaunchTemplate(x: any): x is LaunchTemplate {
    return x !== null && typeof x === 'object' && LAUNCH_TEMPLATE_SYMBOL in x;
  }

  /** The launch template id (`lt-...`), resolved at deploy time. */
  public readonly launchTemplateId: string;

  /** The template name. */
  public readonly launchTemplateName?: string;

  /** The newest version number, resolved at deploy time (the one this deploy wrote, when it wrote one). */
  public readonly latestVersionNumber: number;

  /** The default version number, resolved at deploy time. */
  public readonly defaultVersionNumber: number;

  /** The image launched instances start from. */
  public readonly image: IImage;

  /** The underlying `alicloud_ecs_launch_template` resource. */
  public readonly resource: alicloud.ecsLaunchTemplate.EcsLaunchTemplate;

  constructor(scope: Construct, id: string, props: LaunchTemplateProps) {
    super(scope, id);
    Object.defineProperty(this, LAUNCH_TEMPLATE_SYMBOL, { value: true });
    checkProps(this, props, {
      image: required(obj), instanceType: required(instanceOf(InstanceType, 'InstanceType')), vswitch: required(obj),
      securityGroups: required(listOf(obj)), launchTemplateName: str, updateDefaultVersion: bool, description: str,
      versionDescription: str, instanceName: str, internetMaxBandwidthOutMbps: num, systemDiskCategory: instanceOf(DiskCategory, 'DiskCategory'),
      systemDiskSizeGiB: num, keyPairName: nonEmpty, ramRoleName: str, userData: str, tags: strMap, instanceTags: strMap,
      resourceGroupId: nonEmpty, provider: obj,
      // The value is checked below (checkOneOf), with the message the other constructs give.
      httpTokens: str,
    });
    checkRequired(this, 'image', props.image);
    checkRequired(this, 'instanceType', props.instanceType);
    checkRequired(this, 'vswitch', props.vswitch);
    checkRequired(this, 'securityGroups', props.securityGroups);
    checkImageId(this, 'image', props.image.imageId);
    checkInstanceTypeName(this, 'instanceType', props.instanceType.name);
    checkMinItems(this, 'securityGroups', props.securityGroups, 1, 'security group');
    const groupIds = isToken(props.securityGroups) ? [] : props.securityGroups.map((g) => g.securityGroupId);
    checkUnique(this, 'securityGroups', groupIds);
    checkGroupsInVpc(this, 'securityGroups', props.securityGroups, props.vswitch.vpcId);
    this.launchTemplateName = props.launchTemplateName ?? nameFromPath(this, 128).replace(/\./g, '-');
    checkNotUrl(this, 'launchTemplateName', props.launchTemplateName);
    checkPattern(this, 'launchTemplateName', props.launchTemplateName, LAUNCH_TEMPLATE_NAME,
      "must be 2 to 128 characters, start with a letter and contain only letters, digits, ':', '_' and '-'");
    checkDescription(this, 'description', props.description);
    checkDescription(this, 'versionDescription', props.versionDescription);
    checkResourceName(this, 'instanceName', props.instanceName, 128);
    checkRange(this, 'internetMaxBandwidthOutMbps', props.internetMaxBandwidthOutMbps, 0, 100, 'Mbit/s');
    checkRange(this, 'systemDiskSizeGiB', props.systemDiskSizeGiB, 20, 2048, 'GiB');
    checkRamRoleName(this, 'ramRoleName', props.ramRoleName);
    checkOneOf(this, 'httpTokens', props.httpTokens, Object.values(HttpTokens));
    checkTags(this, 'tags', props.tags);
    checkTags(this, 'instanceTags', props.instanceTags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.image = props.image;

    this.resource = new alicloud.ecsLaunchTemplate.EcsLaunchTemplate(this, 'Resource', literalValue({
      launchTemplateName: this.launchTemplateName,
      description: props.description,
      versionDescription: props.versionDescription,
      // The provider writes a new version for every change of the template data; this makes it the default.
      updateDefaultVersionNumber: props.updateDefaultVersion ?? true,
      imageId: props.image.imageId,
      instanceType: props.instanceType.name,
      vswitchId: props.vswitch.vswitchId,
      vpcId: props.vswitch.vpcId,
      zoneId: props.vswitch.zoneId,
      securityGroupIds: props.securityGroups.map((g) => g.securityGroupId),
      instanceName: props.instanceName,
      // Written out even at 0, so the private default is visible in the plan.
      internetMaxBandwidthOut: props.internetMaxBandwidthOutMbps ?? 0,
      // Disks of instances a scaling group removes must not pile up.
      systemDisk: { category: props.systemDiskCategory?.value, size: props.systemDiskSizeGiB, deleteWithInstance: true },
      keyPairName: props.keyPairName,
      ramRoleName: props.ramRoleName,
      httpTokens: props.httpTokens,
      // A shell script: its ${VAR} must reach the instance as written, not be read by Terraform.
      userData: props.userData,
      templateTags: props.tags,
      tags: props.instanceTags,
      resourceGroupId: props.resourceGroupId,
      provider: props.provider,
    }));
    this.launchTemplateId = this.resource.id;
    this.latestVersionNumber = this.resource.latestVersionNumber;
    this.defaultVersionNumber = this.resource.defaultVersionNumber;
  }
}

class ExistingLaunchTemplate extends Construct implements ILaunchTemplate {
  public readonly launchTemplateId: string;
  public readonly launchTemplateName?: string;

  constructor(scope: Construct, id: string, attrs: LaunchTemplateAttributes) {
    super(scope, id);
    checkRequired(this, 'launchTemplateId', attrs.launchTemplateId);
    checkPattern(this, 'launchTemplateId', attrs.launchTemplateId, LAUNCH_TEMPLATE_ID, 'must be a launch template id (lt-...)');
    checkPattern(this, 'launchTemplateName', attrs.launchTemplateName, LAUNCH_TEMPLATE_NAME,
      "must be 2 to 128 characters, start with a letter and contain only letters, digits, ':', '_' and '-'");
    this.launchTemplateId = attrs.launchTemplateId;
    this.launchTemplateName = attrs.launchTemplateName;
  }
}
