import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IVpc } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { checkAlicloudProvider } from '../private/providers';
import { checkCidr, checkDescription, checkLength, checkNotUrl, checkRequired, checkTags } from '../private/validation';

/**
 * Properties of a `Vpc`.
 */
export interface VpcProps {
  /**
   * The IPv4 CIDR block, /8 to /28, e.g. a subnet of 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.
   *
   * @default '172.16.0.0/16'
   */
  readonly cidrBlock?: string;

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
}

/** The default VPC block: private, and large enough for many /24 vSwitches. */
const DEFAULT_VPC_CIDR = '172.16.0.0/16';

/**
 * A VPC (`alicloud_vpc`). The L1 is `vpc.resource` (also `node.defaultChild`).
 */
export class Vpc extends Construct implements IVpc {
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
   * The IPv4 CIDR block.
   */
  public readonly cidrBlock?: string;

  /**
   * The underlying `alicloud_vpc` resource.
   */
  public readonly resource: alicloud.vpc.Vpc;

  constructor(scope: Construct, id: string, props: VpcProps = {}) {
    super(scope, id);
    this.cidrBlock = props.cidrBlock ?? DEFAULT_VPC_CIDR;
    checkCidr(this, 'cidrBlock', this.cidrBlock, 8, 28);
    checkLength(this, 'vpcName', props.vpcName, 1, 128);
    checkNotUrl(this, 'vpcName', props.vpcName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.resource = new alicloud.vpc.Vpc(this, 'Resource', {
      cidrBlock: this.cidrBlock,
      vpcName: props.vpcName,
      description: props.description,
      tags: props.tags,
      resourceGroupId: props.resourceGroupId,
      provider: props.provider,
    });
    this.vpcId = this.resource.id;
  }
}

class ExistingVpc extends Construct implements IVpc {
  public readonly vpcId: string;
  public readonly cidrBlock?: string;

  constructor(scope: Construct, id: string, attrs: VpcAttributes) {
    super(scope, id);
    checkRequired(this, 'vpcId', attrs.vpcId);
    checkCidr(this, 'cidrBlock', attrs.cidrBlock, 8, 28);
    this.vpcId = attrs.vpcId;
    this.cidrBlock = attrs.cidrBlock;
  }
}
