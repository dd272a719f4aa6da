/**
 * How a security check reports a finding.
 */
export enum RuleLevel {
  /** An error annotation: `cdktf synth` (and `app.synth()`) fails. */
  ERROR = 'error',
  /** A warning annotation: synthesis goes on, the CLI prints the warning. */
  WARNING = 'warning',
}
