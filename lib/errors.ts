import { VALIDATION_ERROR_SYMBOL } from './private/validation-error';

/**
 * Helpers for errors thrown by this library, usable from every jsii language.
 */
export class Errors {
  /**
   * Whether `x` is a validation error thrown by this library (bad input found at synth time).
   *
   * Every such error's message names the construct path, the property, the rule and the value.
   */
  public static isValidationError(x: any): boolean {
    return x !== null && typeof x === 'object' && VALIDATION_ERROR_SYMBOL in x;
  }

  private constructor() {}
}
