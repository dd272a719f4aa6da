import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { EcsSecuritygroup } from '../generated/alibabacloudstack/ecs-securitygroup';
import { checkDescription, checkLength, checkNotEmpty, checkNotUrl, checkTags, fail } from '../private/validation';
import { ISecurityGroup, IVpc } from '../core/interfaces';

/**
 * The kind of an Apsara Stack security group.
 */
export enum StackSecurityGroupType {
  /** A basic security group. */
  NORMAL = 'normal',
  /** An advanced (enterprise) security group. */
  ENTERPRISE = 'enterprise',
}

/**
 * Whether instances in the same security group can reach each other.
 */
export enum StackInnerAccessPolicy {
  /** Instances in the group can reach each other. */
  ACCEPT = 'Accept',
  /** Instances in the group are isolated from each other. */
  DROP = 'Drop',
}

/**
 * Properties of a `StackSecurityGroup`.
 */
export interface StackSecurityGroupProps {
  /**
   * The VPC the security group belongs to.
   */
  readonly vpc: IVpc;

  /**
   * The security group name, 2 to 128 characters, not starting with `http://` or `https://`.
   *
   * @default - Apsara Stack generates a name
   */
  readonly securityGroupName?: string;

  /**
   * The description, 2 to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The kind of security group.
   *
   * @default StackSecurityGroupType.NORMAL
   */
  readonly securityGroupType?: StackSecurityGroupType;

  /**
   * Whether instances in the group can reach each other.
   *
   * @default - Apsara Stack decides (Accept for normal groups)
   */
  readonly innerAccessPolicy?: StackInnerAccessPolicy;

  /**
   * Tags of the security group (at most 20).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;
}

/**
 * A security group on Apsara Stack (`alibabacloudstack_ecs_securitygroup`).
 *
 * Provider 3.18.5 as captured in this library's schema has no security group rule resource
 * (`alibabacloudstack_security_group_rule` is not in it), so rules are managed outside this library.
 * The escape hatch is `resource`.
 */
export class StackSecurityGroup extends Construct implements ISecurityGroup {
  /**
   * Imports an existing Apsara Stack security group by id. Creates no resource.
   */
  public static fromSecurityGroupId(scope: Construct, id: string, securityGroupId: string): ISecurityGroup {
    return new ImportedStackSecurityGroup(scope, id, securityGroupId);
  }

  /** The security group id, resolved at deploy time. */
  public readonly securityGroupId: string;

  /** The generated `alibabacloudstack_ecs_securitygroup` resource, for escape hatches. */
  public readonly resource: EcsSecuritygroup;

  constructor(scope: Construct, id: string, props: StackSecurityGroupProps) {
    super(scope, id);
    if (!props.vpc) fail(this, 'vpc', 'is required', props.vpc);
    checkLength(this, 'securityGroupName', props.securityGroupName, 2, 128);
    checkNotUrl(this, 'securityGroupName', props.securityGroupName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    this.resource = new EcsSecuritygroup(this, 'Resource', {
      vpcId: props.vpc.vpcId,
      name: props.securityGroupName,
      description: props.description,
      type: props.securityGroupType,
      innerAccessPolicy: props.innerAccessPolicy,
      tags: props.tags,
    });
    this.securityGroupId = Lazy.stringValue({ produce: () => this.resource.id });
  }
}

class ImportedStackSecurityGroup extends Construct implements ISecurityGroup {
  constructor(scope: Construct, id: string, public readonly securityGroupId: string) {
    super(scope, id);
    checkNotEmpty(this, 'securityGroupId', securityGroupId);
  }
}
