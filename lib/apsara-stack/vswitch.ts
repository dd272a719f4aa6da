import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { checkCidr, checkCidrWithin, checkDescription, checkLength, checkNotEmpty, checkNotUrl, checkResourceId, checkTags, fail } from '../private/validation';
import { IVpc, IVSwitch } from '../core/interfaces';
import { literalValue } from '../private/template-escape';
import { checkProps, nonEmpty, obj, required, str, strMap } from '../private/runtime-checks';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/**
 * Properties of a `VSwitch`.
 */
export interface VSwitchProps {
  /**
   * The VPC the vSwitch belongs to.
   */
  readonly vpc: IVpc;

  /**
   * The IPv4 CIDR block of the vSwitch: inside the VPC's block, canonical (host bits zero), with a
   * prefix length from /16 to /29 (the provider's rule).
   */
  readonly cidrBlock: string;

  /**
   * The zone of the vSwitch. The provider marks it optional, but CreateVSwitch needs it.
   */
  readonly zoneId: string;

  /**
   * The vSwitch name (written as `vswitch_name`; the provider's `name` is deprecated).
   *
   * @default - Apsara Stack generates a name
   */
  readonly vswitchName?: string;

  /**
   * The description, 2 to 256 characters, not starting with `http://` or `https://`.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags of the vSwitch (at most 20).
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;
}

/**
 * What identifies an Apsara Stack vSwitch that exists outside this app.
 */
export interface VSwitchAttributes {
  /**
   * The vSwitch id (`vsw-...`).
   */
  readonly vswitchId: string;

  /**
   * The vSwitch's zone. An `apsara.Instance` without `zoneId` is placed in it.
   *
   * @default - unknown
   */
  readonly zoneId?: string;

  /**
   * The id of the vSwitch's VPC. With it, an `apsara.Instance` checks at synth that its security
   * groups are in the same VPC (when their VPC ids are known too).
   *
   * @default - unknown
   */
  readonly vpcId?: string;
}

const APSARA_VSWITCH_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.VSwitch');

/**
 * A vSwitch (subnet) on Apsara Stack (`alibabacloudstack_vpc_vswitch`).
 *
 * Changing the VPC or the CIDR block replaces the vSwitch. The escape hatch is `resource`.
 */
export class VSwitch extends Construct implements IVSwitch {
  /**
   * Whether `x` is a `VSwitch` construct of this library (imported ones are not).
   */
  public static isVSwitch(x: any): x is VSwitch {
    return x !== null && typeof x === 'object' && APSARA_VSWITCH_SYMBOL in x;
  }

  /**
   * Imports an existing Apsara Stack vSwitch by id. Creates no resource.
   */
  public static fromVSwitchId(scope: Construct, id: string, vswitchId: string): IVSwitch {
    return new ImportedVSwitch(scope, id, { vswitchId }, false);
  }

  /**
   * Imports an existing Apsara Stack vSwitch by id, zone and VPC. Creates no resource.
   */
  public static fromVSwitchAttributes(scope: Construct, id: string, attrs: VSwitchAttributes): IVSwitch {
    return new ImportedVSwitch(scope, id, attrs, true);
  }

  /** The vSwitch id, resolved at deploy time. */
  public readonly vswitchId: string;

  /** The zone of the vSwitch. */
  public readonly zoneId?: string;

  /** The id of the VPC (a token when the VPC is created by this app). */
  public readonly vpcId?: string;

  /** The generated `alibabacloudstack_vpc_vswitch` resource, for escape hatches. */
  public readonly resource: alibabacloudstack.vpcVswitch.VpcVswitch;

  constructor(scope: Construct, id: string, props: VSwitchProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_VSWITCH_SYMBOL, { value: true });
    checkProps(this, props, { vpc: required(obj), cidrBlock: required(str), zoneId: required(str), vswitchName: str, description: str, tags: strMap });
    if (!props.vpc) fail(this, 'vpc', 'is required', props.vpc);
    checkNotEmpty(this, 'cidrBlock', props.cidrBlock);
    checkCidr(this, 'cidrBlock', props.cidrBlock, 16, 29);
    checkCidrWithin(this, 'cidrBlock', props.cidrBlock, props.vpc.cidrBlock, 'VPC block');
    checkNotEmpty(this, 'zoneId', props.zoneId);
    checkLength(this, 'vswitchName', props.vswitchName, 2, 128);
    checkNotUrl(this, 'vswitchName', props.vswitchName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    this.resource = new alibabacloudstack.vpcVswitch.VpcVswitch(this, 'Resource', literalValue({
      vpcId: props.vpc.vpcId,
      cidrBlock: props.cidrBlock,
      zoneId: props.zoneId,
      vswitchName: props.vswitchName,
      description: props.description,
      tags: props.tags,
    }));
    guardProviderConflicts(this, this.resource, [['name', 'vswitch_name'], ['availability_zone', 'zone_id']]);
    this.vswitchId = Lazy.stringValue({ produce: () => this.resource.id });
    this.zoneId = props.zoneId;
    this.vpcId = props.vpc.vpcId;
  }
}

class ImportedVSwitch extends Construct implements IVSwitch {
  public readonly vswitchId: string;
  public readonly zoneId?: string;
  public readonly vpcId?: string;

  constructor(scope: Construct, id: string, attrs: VSwitchAttributes, checkIds: boolean) {
    super(scope, id);
    checkProps(this, attrs, { vswitchId: str, zoneId: nonEmpty, vpcId: str });
    checkNotEmpty(this, 'vswitchId', attrs.vswitchId);
    // fromVSwitchId has always taken any non-empty id; the attributes importer checks the forms.
    if (checkIds) checkResourceId(this, 'vswitchId', attrs.vswitchId, 'vsw', 'a vSwitch');
    checkResourceId(this, 'vpcId', attrs.vpcId, 'vpc', 'a VPC');
    this.vswitchId = attrs.vswitchId;
    this.zoneId = attrs.zoneId;
    this.vpcId = attrs.vpcId;
  }
}
