import { isValidationErrorText, VALIDATION_ERROR_SYMBOL } from '../private/validation-error';

/**
 * Helpers for errors thrown by this library, usable from every jsii language.
 */
export class Errors {
  /**
   * Whether `x` is a validation error thrown by this library (bad input found at synth time).
   *
   * Every such error's message names the construct path, the property, the rule and the value.
   *
   * This needs the JavaScript error object, so it works in TypeScript and JavaScript. In Python (and
   * the other jsii languages) a thrown error arrives as that language's own exception (a
   * `RuntimeError` in Python) that cannot be passed back; use `isValidationErrorMessage` with its
   * text there.
   */
  public static isValidationError(x: any): boolean {
    return x !== null && typeof x === 'object' && VALIDATION_ERROR_SYMBOL in x;
  }

  /**
   * Whether `message` is (or contains) the message of a validation error this library threw in the
   * running app, for languages whose caught exception is not the JavaScript error object. In Python:
   *
   * ```python
   * try:
   *     ImagePipeline(stack, "Pipeline", ..., system_disk_size_gib=501)
   * except RuntimeError as e:
   *     assert Errors.is_validation_error_message(str(e))
   * ```
   *
   * Only messages of errors the library really created count, so an unrelated error with similar
   * text is not mistaken for one. The most recent 1000 messages are remembered.
   */
  public static isValidationErrorMessage(message: string): boolean {
    return isValidationErrorText(message);
  }

  private constructor() {}
}
