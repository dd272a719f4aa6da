import { IConstruct } from 'constructs';

/** Marks errors of this library; `Errors.isValidationError` checks for it from any jsii language. */
export const VALIDATION_ERROR_SYMBOL = Symbol.for('cdktf-alicloud-image-builder.ValidationError');

/** How many recent messages `Errors.isValidationErrorMessage` remembers (bounds memory in long runs). */
const MAX_REMEMBERED_MESSAGES = 1000;
const thrownMessages = new Set<string>();

/**
 * Whether `text` contains the message of a ValidationError created in this process. Languages such
 * as Python receive a thrown JavaScript error as their own exception type carrying only the message
 * (sometimes wrapped, e.g. `ValidationError: ...` or `Resolution error: ...` at synth), so they
 * cannot hand the error object back; they can hand back its text.
 */
export function isValidationErrorText(text: string): boolean {
  if (typeof text !== 'string') return false;
  for (const message of thrownMessages) {
    if (text.includes(message)) return true;
  }
  return false;
}

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
    thrownMessages.delete(this.message);
    thrownMessages.add(this.message);
    if (thrownMessages.size > MAX_REMEMBERED_MESSAGES) thrownMessages.delete(thrownMessages.values().next().value as string);
  }
}
