/**
 * An ECS instance type such as `ecs.g7.large`.
 *
 * The set is open (Alibaba Cloud adds families all the time), so this is an enum-like class: use a
 * constant for common types or `InstanceType.of('ecs.c7.xlarge')` for any other. Where a construct
 * accepts an instance type, a literal value must look like `ecs.<family>.<size>`; tokens (for example
 * from an `alicloud_instance_types` lookup) are passed through unchecked.
 */
export class InstanceType {
  /** General purpose, 2 vCPU / 8 GiB (g6). The service's usual default for Image Builder. */
  public static readonly G6_LARGE = new InstanceType('ecs.g6.large');
  /** General purpose, 4 vCPU / 16 GiB (g6). The service's fallback default for Image Builder. */
  public static readonly G6_XLARGE = new InstanceType('ecs.g6.xlarge');
  /** General purpose, 2 vCPU / 8 GiB (g7). */
  public static readonly G7_LARGE = new InstanceType('ecs.g7.large');
  /** General purpose, 4 vCPU / 16 GiB (g7). */
  public static readonly G7_XLARGE = new InstanceType('ecs.g7.xlarge');
  /** Compute optimized, 2 vCPU / 4 GiB (c7). */
  public static readonly C7_LARGE = new InstanceType('ecs.c7.large');
  /** Memory optimized, 2 vCPU / 16 GiB (r7). */
  public static readonly R7_LARGE = new InstanceType('ecs.r7.large');
  /** General purpose ARM (Yitian 710), 2 vCPU / 8 GiB (g8y). */
  public static readonly G8Y_LARGE = new InstanceType('ecs.g8y.large');

  /**
   * Any instance type, for example `ecs.g8i.2xlarge`, or a token resolved at deploy time.
   */
  public static of(instanceTypeName: string): InstanceType {
    return new InstanceType(instanceTypeName);
  }

  /** The instance type name as the API expects it, e.g. `ecs.g7.large`. */
  public readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  /** The instance type name. */
  public toString(): string {
    return this.name;
  }
}
