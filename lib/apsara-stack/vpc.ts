import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { VpcVpc } from '../generated/alibabacloudstack/vpc-vpc';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { checkCidr, checkDescription, checkLength, checkNotEmpty, checkNotUrl, checkTags, fail } from '../private/validation';
import { IVpc } from '../core/interfaces';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, nonEmpty, str, strMap } from '../private/runtime-checks';

/**
 * Properties of a `Vpc`.
 */
export interface VpcProps {
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
   * Give the VPC an IPv6 block. The provider accepts it only without `cidrBlock` (the two conflict),
   * so the VPC then gets the default IPv4 block.
   *
   * @default false
   */
  readonly enableIpv6?: boolean;

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

const APSARA_VPC_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.Vpc');

/**
 * A VPC on Apsara Stack (`alibabacloudstack_vpc_vpc`).
 *
 * The escape hatch is `resource` (or `node.defaultChild`).
 */
export class Vpc extends Construct implements IVpc {
  /**
   * Whether `x` is a `Vpc` construct of this library (imported ones are not).
   */
  public static isVpc(x: any): x is Vpc {
    return x !== null && typeof x === 'object' && APSARA_VPC_SYMBOL in x;
  }

  /**
   * Imports an existing Apsara Stack VPC by id. Creates no resource.
   */
  public static fromVpcId(scope: Construct, id: string, vpcId: string): IVpc {
    return new ImportedVpc(scope, id, vpcId);
  }

  /** The VPC id, resolved at deploy time. */
  public readonly vpcId: string;

  /** The generated `alibabacloudstack_vpc_vpc` resource, for escape hatches. */
  public readonly resource: VpcVpc;

  constructor(scope: Construct, id: string, props: VpcProps = {}) {
    super(scope, id);
    Object.defineProperty(this, APSARA_VPC_SYMBOL, { value: true });
    checkProps(this, props, { vpcName: str, cidrBlock: nonEmpty, enableIpv6: bool, description: str, resourceGroupId: nonEmpty, tags: strMap });
    checkLength(this, 'vpcName', props.vpcName, 2, 128);
    checkNotUrl(this, 'vpcName', props.vpcName);
    checkCidr(this, 'cidrBlock', props.cidrBlock, 0, 32);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    if (props.enableIpv6 === true && props.cidrBlock !== undefined) {
      fail(this, 'enableIpv6', 'cannot be combined with cidrBlock: the alibabacloudstack provider accepts only one of them', props.enableIpv6);
    }
    this.resource = new VpcVpc(this, 'Resource', literalValue({
      vpcName: props.vpcName,
      cidrBlock: props.cidrBlock,
      enableIpv6: props.enableIpv6,
      description: props.description,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
    }));
    guardProviderConflicts(this, this.resource, [['name', 'vpc_name'], ['cidr_block', 'enable_ipv6']]);
    this.vpcId = Lazy.stringValue({ produce: () => this.resource.id });
  }
}

class ImportedVpc extends Construct implements IVpc {
  constructor(scope: Construct, id: string, public readonly vpcId: string) {
    super(scope, id);
    checkNotEmpty(this, 'vpcId', vpcId);
  }
}
