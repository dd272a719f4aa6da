// Choosing an instance type on Apsara Stack at plan time, with fallbacks: the platforms differ in the
// types they offer, so a build instance names what it would like and what it settles for.
import { conditional, Fn, IResolvable, Lazy, Op, TerraformLocal, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InstanceType } from '../core/instance-type';
import { checkProps, listOf, nonEmpty, num, oneOf, required, str, struct } from '../private/runtime-checks';
import { checkPattern, fail, isToken } from '../private/validation';
import * as alibabacloudstack from '../generated/alibabacloudstack';

/** How the `alibabacloudstack_instance_types` data source orders the types it finds. */
export enum InstanceTypeSort {
  /** By vCPU count. */
  CPU = 'CPU',
  /** By memory size. */
  MEMORY = 'Memory',
  /** By price. */
  PRICE = 'Price',
}

/** One kind of instance type to look for; every filter left out matches any type. */
export interface InstanceTypeCandidate {
  /**
   * The family, e.g. `ecs.n4` (must start with `ecs.`).
   *
   * @default - any family
   */
  readonly instanceTypeFamily?: string;

  /**
   * The number of vCPUs.
   *
   * @default - any number
   */
  readonly cpuCoreCount?: number;

  /**
   * The memory size in GiB.
   *
   * @default - any size
   */
  readonly memorySizeGiB?: number;

  /**
   * How the found types are ordered (the choice takes the first by name, as the provider's
   * example does; the order matters for other consumers of the lookup).
   *
   * @default - the provider's order
   */
  readonly sortedBy?: InstanceTypeSort;
}

/** Properties of an `InstanceTypeChoice`. */
export interface InstanceTypeChoiceProps {
  /** The zone the type must be available in, e.g. `ZoneLookup.zoneId`. */
  readonly zoneId: string;

  /**
   * What to look for, most wanted first: the first candidate that finds any type wins (its
   * alphabetically first type). When none finds one, any type of the zone is taken.
   */
  readonly candidates: InstanceTypeCandidate[];
}

const APSARA_INSTANCE_TYPE_CHOICE_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.apsara.InstanceTypeChoice');

/**
 * An instance type chosen at plan time on Apsara Stack: one `alibabacloudstack_instance_types` lookup
 * per candidate plus one for any type of the zone, combined in a local value
 * (`try(element(sort(<first candidate with results>.ids), 0), element(sort(<any>.ids), 0))`).
 *
 * @example
 * const choice = new apsara.InstanceTypeChoice(this, 'Type', {
 *   zoneId: zone.zoneId,
 *   candidates: [
 *     { instanceTypeFamily: 'ecs.n4', cpuCoreCount: 1, memorySizeGiB: 1, sortedBy: apsara.InstanceTypeSort.MEMORY },
 *     { instanceTypeFamily: 'ecs.n4', sortedBy: apsara.InstanceTypeSort.MEMORY },
 *   ],
 * });
 * new apsara.Instance(this, 'Builder', { instanceType: choice.instanceType, ... });
 */
export class InstanceTypeChoice extends Construct {
  /**
   * Whether `x` is an `InstanceTypeChoice` construct of this library.
   */
  public static isInstanceTypeChoice(x: any): x is InstanceTypeChoice {
    return x !== null && typeof x === 'object' && APSARA_INSTANCE_TYPE_CHOICE_SYMBOL in x;
  }

  /** The chosen type, resolved at plan time. */
  public readonly instanceType: InstanceType;

  /** The lookups of the candidates, in the order given. */
  public readonly candidateLookups: alibabacloudstack.dataAlibabacloudstackInstanceTypes.DataAlibabacloudstackInstanceTypes[];

  /** The lookup of any type of the zone, the last resort. */
  public readonly anyTypeLookup: alibabacloudstack.dataAlibabacloudstackInstanceTypes.DataAlibabacloudstackInstanceTypes;

  /** The local value holding the choice (`overrideLogicalId` names it). */
  public readonly choice: TerraformLocal;

  constructor(scope: Construct, id: string, props: InstanceTypeChoiceProps) {
    super(scope, id);
    Object.defineProperty(this, APSARA_INSTANCE_TYPE_CHOICE_SYMBOL, { value: true });
    checkProps(this, props, {
      zoneId: required(nonEmpty),
      candidates: required(listOf(struct({ instanceTypeFamily: str, cpuCoreCount: num, memorySizeGiB: num, sortedBy: oneOf(InstanceTypeSort, 'InstanceTypeSort') }))),
    });
    // A list token has no elements to look up one by one.
    if (isToken(props.candidates)) fail(this, 'candidates', 'must be a list written in the app, not a token', props.candidates);
    props.candidates.forEach((c, i) => {
      checkPattern(this, `candidates[${i}].instanceTypeFamily`, c.instanceTypeFamily, /^ecs\./, "must start with 'ecs.'");
      if (c.cpuCoreCount !== undefined && !isToken(c.cpuCoreCount) && !(Number.isInteger(c.cpuCoreCount) && c.cpuCoreCount > 0)) {
        fail(this, `candidates[${i}].cpuCoreCount`, 'must be a positive integer', c.cpuCoreCount);
      }
      if (c.memorySizeGiB !== undefined && !isToken(c.memorySizeGiB) && !(c.memorySizeGiB > 0)) {
        fail(this, `candidates[${i}].memorySizeGiB`, 'must be more than 0', c.memorySizeGiB);
      }
    });

    this.anyTypeLookup = new alibabacloudstack.dataAlibabacloudstackInstanceTypes.DataAlibabacloudstackInstanceTypes(this, 'AnyType', { availabilityZone: props.zoneId });
    this.candidateLookups = props.candidates.map((c, i) => new alibabacloudstack.dataAlibabacloudstackInstanceTypes.DataAlibabacloudstackInstanceTypes(this, `Candidate${i}`, {
      availabilityZone: props.zoneId,
      instanceTypeFamily: c.instanceTypeFamily,
      cpuCoreCount: c.cpuCoreCount,
      memorySize: c.memorySizeGiB,
      sortedBy: c.sortedBy,
    }));

    // `0 < length(...)`, not `length(...) > 0`: cdktf 0.21 drops a right-hand operand of 0.
    const idsOf = (i: number): IResolvable | string[] => (i === this.candidateLookups.length - 1
      ? this.candidateLookups[i].ids
      : conditional(Op.lt(0, Fn.lengthOf(this.candidateLookups[i].instanceTypes)), this.candidateLookups[i].ids, idsOf(i + 1)));
    // Built lazily, so `overrideLogicalId()` on the lookups after construction names every reference.
    this.choice = new TerraformLocal(this, 'Choice', Lazy.anyValue({
      produce: () => {
        const anyType = Fn.element(Fn.sort(this.anyTypeLookup.ids), 0);
        return this.candidateLookups.length === 0 ? anyType : Fn.try([Fn.element(Fn.sort(Token.asList(idsOf(0))), 0), anyType]);
      },
    }));
    this.instanceType = InstanceType.of(Lazy.stringValue({ produce: () => this.choice.asString }));
  }
}
