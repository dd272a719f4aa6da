// The zone a build runs in, looked up at plan time (`alibabacloudstack_zones`), with what the
// instance in it needs: the zone id and a system disk category the zone offers.
import { Lazy, propertyAccess, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InstanceType } from '../core/instance-type';
import { checkProps, instanceOf, oneOf } from '../private/runtime-checks';
import { checkPattern } from '../private/validation';
import { DiskCategory } from './instance';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/** What the zone must be able to create (the data source's `available_resource_creation`). */
export enum ZoneResource {
  /** ECS instances. */
  INSTANCE = 'Instance',
  /** vSwitches. */
  VSWITCH = 'VSwitch',
  /** Cloud disks. */
  DISK = 'Disk',
  /** I/O optimized instances. */
  IO_OPTIMIZED = 'IoOptimized',
}

/** Properties of a `ZoneLookup`. */
export interface ZoneLookupProps {
  /**
   * What the zone must be able to create.
   *
   * @default - any zone
   */
  readonly availableResourceCreation?: ZoneResource;

  /**
   * An instance type the zone must offer.
   *
   * @default - any
   */
  readonly availableInstanceType?: InstanceType;
}

const APSARA_ZONE_LOOKUP_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.ZoneLookup');

/**
 * The first zone of the provider's region that matches, looked up at plan time. Details are
 * always read (`enable_details`), so `systemDiskCategory` can offer the zone's first disk category.
 *
 * @example
 * const zone = new apsara.ZoneLookup(this, 'Zone', { availableResourceCreation: apsara.ZoneResource.VSWITCH });
 * new apsara.VSwitch(this, 'VSwitch', { vpc, cidrBlock: '172.16.0.0/24', zoneId: zone.zoneId });
 */
export class ZoneLookup extends Construct {
  /**
   * Whether `x` is a `ZoneLookup` construct of this library.
   */
  public static isZoneLookup(x: any): x is ZoneLookup {
    return x !== null && typeof x === 'object' && APSARA_ZONE_LOOKUP_SYMBOL in x;
  }

  /** The zone id, resolved at plan time. */
  public readonly zoneId: string;

  /** The first disk category the zone offers, for `apsara.Instance.systemDiskCategory`. */
  public readonly systemDiskCategory: DiskCategory;

  /** The generated `alibabacloudstack_zones` data source (`overrideLogicalId` names it). */
  public readonly resource: alibabacloudstack.dataAlibabacloudstackZones.DataAlibabacloudstackZones;

  constructor(scope: Construct, id: string, props: ZoneLookupProps = {}) {
    super(scope, id);
    Object.defineProperty(this, APSARA_ZONE_LOOKUP_SYMBOL, { value: true });
    checkProps(this, props, {
      availableResourceCreation: oneOf(ZoneResource, 'ZoneResource'),
      availableInstanceType: instanceOf(InstanceType, 'InstanceType'),
    });
    checkPattern(this, 'availableInstanceType', props.availableInstanceType?.name, /^ecs\./, "must start with 'ecs.'");
    this.resource = new alibabacloudstack.dataAlibabacloudstackZones.DataAlibabacloudstackZones(this, 'Resource', {
      availableResourceCreation: props.availableResourceCreation,
      availableInstanceType: props.availableInstanceType?.name,
      enableDetails: true,
    });
    // Read lazily, so `resource.overrideLogicalId()` after construction still names every reference.
    this.zoneId = Lazy.stringValue({ produce: () => this.resource.zones.get(0).id });
    this.systemDiskCategory = DiskCategory.of(Lazy.stringValue({
      produce: () => Token.asString(propertyAccess(this.resource.zones.get(0).availableDiskCategories, [0])),
    }));
  }
}
