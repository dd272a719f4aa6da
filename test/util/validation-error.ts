/** Runs `fn`, expects it to throw this library's ValidationError and returns the message. */
import { Errors } from '../../lib';

export function validationErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(Errors.isValidationError(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

/** Expects `fn` to throw this library's ValidationError with a message matching `message`. */
export function expectInvalid(fn: () => unknown, message: RegExp): void {
  expect(validationErrorOf(fn)).toMatch(message);
}
