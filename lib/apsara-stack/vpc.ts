import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { VpcVpc } from '../generated/alibabacloudstack/vpc-vpc';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { checkCidr, checkDescription, checkLength, checkNotEmpty, checkNotUrl, checkTags } from '../private/validation';
import { IVpc } from '../core/interfaces';

/**
 * Properties of a `StackVpc`.
 */
export interface StackVpcProps {
  /**
   * The VPC name, 2 to 128 characters, not starting with `http://` or `https://`.
   *
   * @default - Apsara Stack generates a name
   */
  readonly vpcName?: string;

  /**
   * The IPv4 CIDR block of the VPC, in canonical form (host bits zero).
   *
   * @default '172.16.0.0/12' (the provider's default)
   */
  readonly cidrBlock?: string;

  /**
   * The description, 2 to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * The resource group the VPC joins.
   *
   * @default - the provider's resource group set
   */
  readonly resourceGroupId?: string;

  /**
   * Tags of the VPC (at most 20).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;
}

/**
 * A VPC on Apsara Stack (`alibabacloudstack_vpc_vpc`).
 *
 * The escape hatch is `resource` (or `node.defaultChild`).
 */
export class StackVpc extends Construct implements IVpc {
  /**
   * Imports an existing Apsara Stack VPC by id. Creates no resource.
   */
  public static fromVpcId(scope: Construct, id: string, vpcId: string): IVpc {
    return new ImportedStackVpc(scope, id, vpcId);
  }

  /** The VPC id, resolved at deploy time. */
  public readonly vpcId: string;

  /** The generated `alibabacloudstack_vpc_vpc` resource, for escape hatches. */
  public readonly resource: VpcVpc;

  constructor(scope: Construct, id: string, props: StackVpcProps = {}) {
    super(scope, id);
    checkLength(this, 'vpcName', props.vpcName, 2, 128);
    checkNotUrl(this, 'vpcName', props.vpcName);
    checkCidr(this, 'cidrBlock', props.cidrBlock, 0, 32);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    this.resource = new VpcVpc(this, 'Resource', {
      vpcName: props.vpcName,
      cidrBlock: props.cidrBlock,
      description: props.description,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
    });
    guardProviderConflicts(this, this.resource, [['name', 'vpc_name'], ['cidr_block', 'enable_ipv6']]);
    this.vpcId = Lazy.stringValue({ produce: () => this.resource.id });
  }
}

class ImportedStackVpc extends Construct implements IVpc {
  constructor(scope: Construct, id: string, public readonly vpcId: string) {
    super(scope, id);
    checkNotEmpty(this, 'vpcId', vpcId);
  }
}
