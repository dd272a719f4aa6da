import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IVpc, IVSwitch } from '../core/interfaces';
import * as alicloud from '../generated/alicloud';
import { checkAlicloudProvider } from '../private/providers';
import { checkCidr, checkCidrWithin, checkDescription, checkLength, checkNotUrl, checkRange, checkRequired, checkTags, fail } from '../private/validation';
import { literalValue } from '../private/template-escape';
import { bool, checkProps, nonEmpty, num, obj, required, str, strMap } from '../private/runtime-checks';

/**
 * Properties of a `VSwitch`.
 */
export interface VSwitchProps {
  /**
   * The VPC the vSwitch belongs to.
   */
  readonly vpc: IVpc;

  /**
   * The IPv4 CIDR block, /16 to /29, inside the VPC's block.
   */
  readonly cidrBlock: string;

  /**
   * The zone, e.g. `cn-hangzhou-i` (a token from a zones lookup works too).
   */
  readonly zoneId: string;

  /**
   * The vSwitch name: 1-128 characters, not starting with `http://` or `https://`.
   *
   * @default - no name
   */
  readonly vswitchName?: string;

  /**
   * Give the vSwitch an IPv6 /64 block from the VPC's IPv6 block. The VPC needs `enableIpv6`.
   *
   * @default false
   */
  readonly enableIpv6?: boolean;

  /**
   * Which /64 of the VPC's IPv6 block the vSwitch gets: an integer from 0 to 255. Needs `enableIpv6`.
   *
   * @default - the service picks a free one
   */
  readonly ipv6CidrBlockMask?: number;

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
   * The provider (region) the vSwitch is created with; the VPC's region.
   *
   * @default - the stack's default alicloud provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * What identifies a vSwitch that exists outside this app.
 */
export interface VSwitchAttributes {
  /**
   * The vSwitch id (`vsw-...`).
   */
  readonly vswitchId: string;

  /**
   * The vSwitch's zone.
   *
   * @default - unknown
   */
  readonly zoneId?: string;

  /**
   * The id of the vSwitch's VPC.
   *
   * @default - unknown
   */
  readonly vpcId?: string;
}

const VSWITCH_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.VSwitch');

/**
 * A vSwitch (`alicloud_vswitch`), a subnet of a VPC in one zone. The L1 is `vswitch.resource`.
 */
export class VSwitch extends Construct implements IVSwitch {
  /**
   * Whether `x` is a `VSwitch` construct of this library (imported ones are not).
   */
  public static isVSwitch(x: any): x is VSwitch {
    return x !== null && typeof x === 'object' && VSWITCH_SYMBOL in x;
  }

  /**
   * An existing vSwitch by id. Creates no resources.
   */
  public static fromVSwitchId(scope: Construct, id: string, vswitchId: string): IVSwitch {
    return VSwitch.fromVSwitchAttributes(scope, id, { vswitchId });
  }

  /**
   * An existing vSwitch by id, zone and VPC. Creates no resources.
   */
  public static fromVSwitchAttributes(scope: Construct, id: string, attrs: VSwitchAttributes): IVSwitch {
    return new ExistingVSwitch(scope, id, attrs);
  }

  /**
   * The vSwitch id, resolved at deploy time.
   */
  public readonly vswitchId: string;

  /**
   * The zone of the vSwitch.
   */
  public readonly zoneId?: string;

  /**
   * The id of the VPC.
   */
  public readonly vpcId?: string;

  /**
   * The underlying `alicloud_vswitch` resource.
   */
  public readonly resource: alicloud.vswitch.Vswitch;

  constructor(scope: Construct, id: string, props: VSwitchProps) {
    super(scope, id);
    checkProps(this, props, {
      vpc: required(obj), cidrBlock: required(nonEmpty), zoneId: required(nonEmpty), vswitchName: str, description: str, tags: strMap, provider: obj,
      enableIpv6: bool, ipv6CidrBlockMask: num,
    });
    Object.defineProperty(this, VSWITCH_SYMBOL, { value: true });
    checkRequired(this, 'vpc', props.vpc);
    checkRequired(this, 'cidrBlock', props.cidrBlock);
    checkRequired(this, 'zoneId', props.zoneId);
    checkCidr(this, 'cidrBlock', props.cidrBlock, 16, 29);
    checkCidrWithin(this, 'cidrBlock', props.cidrBlock, props.vpc.cidrBlock, 'VPC block');
    checkLength(this, 'vswitchName', props.vswitchName, 1, 128);
    if (props.enableIpv6 === true && props.vpc.ipv6Enabled === false) {
      fail(this, 'enableIpv6', 'needs a VPC with an IPv6 block (Vpc enableIpv6: true)', props.enableIpv6);
    }
    checkRange(this, 'ipv6CidrBlockMask', props.ipv6CidrBlockMask, 0, 255);
    if (props.ipv6CidrBlockMask !== undefined && props.enableIpv6 !== true) {
      fail(this, 'ipv6CidrBlockMask', 'needs enableIpv6: true', props.ipv6CidrBlockMask);
    }
    checkNotUrl(this, 'vswitchName', props.vswitchName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    checkAlicloudProvider(this, 'provider', props.provider);
    this.resource = new alicloud.vswitch.Vswitch(this, 'Resource', literalValue({
      vpcId: props.vpc.vpcId,
      cidrBlock: props.cidrBlock,
      zoneId: props.zoneId,
      vswitchName: props.vswitchName,
      enableIpv6: props.enableIpv6,
      ipv6CidrBlockMask: props.ipv6CidrBlockMask,
      description: props.description,
      tags: props.tags,
      provider: props.provider,
    }));
    this.vswitchId = this.resource.id;
    this.zoneId = props.zoneId;
    this.vpcId = props.vpc.vpcId;
  }
}

class ExistingVSwitch extends Construct implements IVSwitch {
  public readonly vswitchId: string;
  public readonly zoneId?: string;
  public readonly vpcId?: string;

  constructor(scope: Construct, id: string, attrs: VSwitchAttributes) {
    super(scope, id);
    checkRequired(this, 'vswitchId', attrs.vswitchId);
    this.vswitchId = attrs.vswitchId;
    this.zoneId = attrs.zoneId;
    this.vpcId = attrs.vpcId;
  }
}
