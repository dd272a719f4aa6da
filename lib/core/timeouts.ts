/**
 * How long Terraform waits for an operation on a resource, as Go durations (`30s`, `10m`, `1h30m`).
 * Which operations a resource has depends on it (images have all three, copies and imports create
 * and delete, exports only create, pipeline executions all three); setting one the resource does not
 * have is a synth-time error.
 */
export interface Timeouts {
  /**
   * Create timeout.
   *
   * @default - the provider default (10m for images and copies, 20m for imports and exports, 5m for executions)
   */
  readonly create?: string;

  /**
   * Update timeout.
   *
   * @default - the provider default (10m for images, 5m for executions)
   */
  readonly update?: string;

  /**
   * Delete timeout.
   *
   * @default - the provider default (10m for images and copies, 20m for imports, 5m for executions)
   */
  readonly delete?: string;
}
