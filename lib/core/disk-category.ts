/**
 * The category of a cloud disk. An enum-like class: regions add categories over time.
 */
export class DiskCategory {
  /** Enhanced SSD (ESSD). */
  public static readonly CLOUD_ESSD = new DiskCategory('cloud_essd');
  /** ESSD AutoPL. */
  public static readonly CLOUD_AUTO = new DiskCategory('cloud_auto');
  /** ESSD Entry. */
  public static readonly CLOUD_ESSD_ENTRY = new DiskCategory('cloud_essd_entry');
  /** Standard SSD. */
  public static readonly CLOUD_SSD = new DiskCategory('cloud_ssd');
  /** Ultra disk. */
  public static readonly CLOUD_EFFICIENCY = new DiskCategory('cloud_efficiency');
  /** Basic disk. */
  public static readonly CLOUD = new DiskCategory('cloud');

  /** A category by its API value, e.g. `DiskCategory.of('cloud_essd')`. */
  public static of(value: string): DiskCategory {
    return new DiskCategory(value);
  }

  /**
   * @param value the API value
   */
  private constructor(public readonly value: string) {}

  /** The API value. */
  public toString(): string {
    return this.value;
  }
}
