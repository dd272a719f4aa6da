import { Errors } from '../../lib';

/** Expects `build` to throw the library's ValidationError (as any jsii language sees it) with a matching message. */
export function expectInvalid(build: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    build();
  } catch (e) {
    caught = e;
  }
  expect(Errors.isValidationError(caught)).toBe(true);
  expect((caught as Error).message).toMatch(message);
}
