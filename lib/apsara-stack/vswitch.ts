import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { VpcVswitch } from '../generated/alibabacloudstack/vpc-vswitch';
import { guardProviderConflicts } from '../private/provider-conflicts';
import { checkCidr, checkDescription, checkLength, checkNotEmpty, checkNotUrl, checkTags, fail } from '../private/validation';
import { IVpc, IVSwitch } from '../core/interfaces';
import { literalValue } from '../private/template-escape';
import { checkProps, obj, required, str, strMap } from '../private/runtime-checks';

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
    return new ImportedVSwitch(scope, id, vswitchId);
  }

  /** The vSwitch id, resolved at deploy time. */
  public readonly vswitchId: string;

  /** The generated `alibabacloudstack_vpc_vswitch` resource, for escape hatches. */
  public readonly resource: VpcVswitch;

  constructor(scope: Construct, id: string, props: VSwitchProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_VSWITCH_SYMBOL, { value: true });
    checkProps(this, props, { vpc: required(obj), cidrBlock: required(str), zoneId: required(str), vswitchName: str, description: str, tags: strMap });
    if (!props.vpc) fail(this, 'vpc', 'is required', props.vpc);
    checkNotEmpty(this, 'cidrBlock', props.cidrBlock);
    checkCidr(this, 'cidrBlock', props.cidrBlock, 16, 29);
    checkNotEmpty(this, 'zoneId', props.zoneId);
    checkLength(this, 'vswitchName', props.vswitchName, 2, 128);
    checkNotUrl(this, 'vswitchName', props.vswitchName);
    checkDescription(this, 'description', props.description);
    checkTags(this, 'tags', props.tags);
    this.resource = new VpcVswitch(this, 'Resource', literalValue({
      vpcId: props.vpc.vpcId,
      cidrBlock: props.cidrBlock,
      zoneId: props.zoneId,
      vswitchName: props.vswitchName,
      description: props.description,
      tags: props.tags,
    }));
    guardProviderConflicts(this, this.resource, [['name', 'vswitch_name'], ['availability_zone', 'zone_id']]);
    this.vswitchId = Lazy.stringValue({ produce: () => this.resource.id });
  }
}

class ImportedVSwitch extends Construct implements IVSwitch {
  constructor(scope: Construct, id: string, public readonly vswitchId: string) {
    super(scope, id);
    checkNotEmpty(this, 'vswitchId', vswitchId);
  }
}
