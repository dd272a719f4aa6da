import { IConstruct } from 'constructs';

/** Marks errors of this library; `Errors.isValidationError` checks for it from any jsii language. */
export const VALIDATION_ERROR_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ValidationError');

/**
 * The one error type for bad input found at synth time. Its message names the construct path, the
 * property, the rule and the value. Not exported: users test with `Errors.isValidationError`.
 */
export class ValidationError extends Error {
  public readonly constructPath: string;

  constructor(message: string, scope?: IConstruct) {
    const path = scope ? scope.node.path : undefined;
    super(path ? `${path}: ${message}` : message);
    this.name = 'ValidationError';
    this.constructPath = path ?? '';
    Object.defineProperty(this, VALIDATION_ERROR_SYMBOL, { value: true });
  }
}
