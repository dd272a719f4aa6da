import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IVpc } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { checkAlicloudProvider } from '../private/providers';
import { checkCidr, checkDescription, checkLength, checkNotUrl, checkRequired, checkTags, fail } from '../private/validation';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, nonEmpty, obj, str, strMap } from '../private/runtime-checks';

/**
 * Properties of a `Vpc`.
 */
export interface VpcProps {
  /**
   * The IPv4 CIDR block, /8 to /28, e.g. a subnet of 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.
   *
   * @default '172.16.0.0/16' (unless `serviceAssignsCidrBlock` is true)
   */
  readonly cidrBlock?: string;

  /**
   * Leave the IPv4 block to the service: `cidr_block` is not written and the VPC gets whatever block
   * the service assigns, as a hand-written `alicloud_vpc` without `cidr_block` does (seed 000 with
   * `enable_ipv6 = true`). The provider marks `cidr_block` optional and computed and documents no
   * default, so the block is known only after the deploy: `cidrBlock` is then a token, and vSwitch
   * blocks are not checked against it. Cannot be combined with `cidrBlock`.
   *
   * @default false (the VPC gets `cidrBlock`, 172.16.0.0/16 unless given)
   */
  readonly serviceAssignsCidrBlock?: boolean;

  /**
   * Give the VPC an IPv6 block (assigned by the service), so vSwitches can enable IPv6 too.
   *
   * @default false
   */
  readonly enableIpv6?: boolean;

  /**
   * The VPC name: 1-128 characters, not starting with `http://` or `https://`.
   *
   * @default - no name
   */
  readonly vpcName?: string;

  /**
   * Description: 2-256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags (at most 20; same rules as image tags).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;

  /**
   * The resource group (`rg-...`).
   *
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * The provider (region) the VPC is created with.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * What identifies a VPC that exists outside this app.
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
   * @default - unknown: vSwitches with `enableIpv6` are not checked
   */
  readonly ipv6Enabled?: boolean;
}

/** The default VPC block: private, and large enough for many /24 vSwitches. */
const DEFAULT_VPC_CIDR = '172.16.0.0/16';

const VPC_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.Vpc');

/**
 * A VPC (`alicloud_vpc`). The L1 is `vpc.resource` (also `node.defaultChild`).
 */
export class Vpc extends Construct implements IVpc {
  /**
   * Whether `x` is a `Vpc` construct of this library (imported ones are not).
   */
  public static isVpc(x: any): x is Vpc {
    return x !== null && typeof x === 'object' && VPC_SYMBOL in x;
  }

  /**
   * An existing VPC by id. Creates no resources.
   */
  public static fromVpcId(scope: Construct, id: string, vpcId: string): IVpc {
    return Vpc.fromVpcAttributes(scope, id, { vpcId });
  }

  /**
   * An existing VPC by id and CIDR block. Creates no resources.
   */
  public static fromVpcAttributes(scope: Construct, id: string, attrs: VpcAttributes): IVpc {
    return new ExistingVpc(scope, id, attrs);
  }

  /**
   * The VPC id, resolved at deploy time.
   */
  public readonly vpcId: string;

  /**
   * The IPv4 CIDR block (a token resolved at deploy time when the service assigns it).
   */
  public readonly cidrBlock?: string;

  /**
   * The underlying `alicloud_vpc` resource.
   */
  public readonly resource: alicloud.vpc.Vpc;

  /**
   * Whether the VPC has an IPv6 block.
   */
  public readonly ipv6Enabled?: boolean;

  constructor(scope: Construct, id: string, props: VpcProps = {}) {
    super(scope, id);
    checkProps(this, props, {
      cidrBlock: nonEmpty, vpcName: str, description: str, tags: strMap, resourceGroupId: nonEmpty, provider: obj,
      enableIpv6: bool, serviceAssignsCidrBlock: bool,
    });
    Object.defineProperty(this, VPC_SYMBOL, { value: true });
    if (props.serviceAssignsCidrBlock === true && props.cidrBlock !== undefined) {
      fail(this, 'cidrBlock', 'cannot be combined with serviceAssignsCidrBlock: true', props.cidrBlock);
    }
    const cidrBlock = props.serviceAssignsCidrBlock === true ? undefined : props.cidrBlock ?? DEFAULT_VPC_CIDR;
    checkCidr(this, 'cidrBlock', cidrBlock, 8, 28);
    checkLength(this, 'vpcName', props.vpcName, 1, 128);
    checkNotUrl(this, 'vpcName', props.vpcName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.ipv6Enabled = props.enableIpv6 === true;
    this.resource = new alicloud.vpc.Vpc(this, 'Resource', literalValue({
      cidrBlock,
      enableIpv6: props.enableIpv6,
      vpcName: props.vpcName,
      description: props.description,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      provider: props.provider,
    }));
    this.vpcId = this.resource.id;
    this.cidrBlock = cidrBlock ?? this.resource.cidrBlock;
  }
}

class ExistingVpc extends Construct implements IVpc {
  public readonly vpcId: string;
  public readonly cidrBlock?: string;
  public readonly ipv6Enabled?: boolean;

  constructor(scope: Construct, id: string, attrs: VpcAttributes) {
    super(scope, id);
    checkRequired(this, 'vpcId', attrs.vpcId);
    checkCidr(this, 'cidrBlock', attrs.cidrBlock, 8, 28);
    this.vpcId = attrs.vpcId;
    this.cidrBlock = attrs.cidrBlock;
    this.ipv6Enabled = attrs.ipv6Enabled;
  }
}
