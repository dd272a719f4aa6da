import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { checkCidr, checkDescription, checkLength, checkNotEmpty, checkNotUrl, checkResourceId, checkTags, fail } from '../private/validation';
import { IVpc } from '../core/interfaces';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, nonEmpty, str, strMap } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

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

/**
 * What identifies an Apsara Stack VPC that exists outside this app.
 */
export interface VpcAttributes {
  /**
   * The VPC id (`vpc-...`).
   */
  readonly vpcId: string;

  /**
   * The VPC's IPv4 CIDR block, to check vSwitch blocks against.
   *
   * @default - vSwitch blocks are not checked
   */
  readonly cidrBlock?: string;

  /**
   * Whether the VPC has an IPv6 block.
   *
   * @default - unknown
   */
  readonly ipv6Enabled?: boolean;
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
    return new ImportedVpc(scope, id, { vpcId }, false);
  }

  /**
   * Imports an existing Apsara Stack VPC by id and CIDR block. Creates no resource.
   */
  public static fromVpcAttributes(scope: Construct, id: string, attrs: VpcAttributes): IVpc {
    return new ImportedVpc(scope, id, attrs, true);
  }

  /** The VPC id, resolved at deploy time. */
  public readonly vpcId: string;

  /** The IPv4 CIDR block, when given (`cidrBlock`); vSwitches check that their block lies inside it. */
  public readonly cidrBlock?: string;

  /** Whether the VPC has an IPv6 block. */
  public readonly ipv6Enabled?: boolean;

  /** The generated `alibabacloudstack_vpc_vpc` resource, for escape hatches. */
  public readonly resource: alibabacloudstack.vpcVpc.VpcVpc;

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
    this.resource = new alibabacloudstack.vpcVpc.VpcVpc(this, 'Resource', literalValue({
      vpcName: props.vpcName,
      cidrBlock: props.cidrBlock,
      enableIpv6: props.enableIpv6,
      description: props.description,
      resourceGroupId: props.resourceGroupId,
      tags: props.tags,
    }));
    guardProviderConflicts(this, this.resource, [['name', 'vpc_name'], ['cidr_block', 'enable_ipv6']]);
    this.vpcId = Lazy.stringValue({ produce: () => this.resource.id });
    this.cidrBlock = props.cidrBlock;
    this.ipv6Enabled = props.enableIpv6 === true;
  }
}

class ImportedVpc extends Construct implements IVpc {
  public readonly vpcId: string;
  public readonly cidrBlock?: string;
  public readonly ipv6Enabled?: boolean;

  constructor(scope: Construct, id: string, attrs: VpcAttributes, checkIds: boolean) {
    super(scope, id);
    checkProps(this, attrs, { vpcId: str, cidrBlock: nonEmpty, ipv6Enabled: bool });
    checkNotEmpty(this, 'vpcId', attrs.vpcId);
    // fromVpcId has always taken any non-empty id; the attributes importer checks the form.
    if (checkIds) checkResourceId(this, 'vpcId', attrs.vpcId, 'vpc', 'a VPC');
    checkCidr(this, 'cidrBlock', attrs.cidrBlock, 0, 32);
    this.vpcId = attrs.vpcId;
    this.cidrBlock = attrs.cidrBlock;
    this.ipv6Enabled = attrs.ipv6Enabled;
  }
}
