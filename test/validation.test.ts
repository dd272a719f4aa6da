/** The shared rule helpers: message format, token skipping, Errors.isValidationError. */
import { Lazy, Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Errors } from '../lib';
import * as v from '../lib/private/validation';

function scope(): Construct {
  return new Construct(new TerraformStack(Testing.app(), 'stack'), 'Thing');
}

test('messages name the construct path, property, rule and value', () => {
  expect(() => v.checkRange(scope(), 'systemDiskSizeGiB', 19, 20, 500, 'GiB'))
    .toThrow('stack/Thing: systemDiskSizeGiB must be an integer from 20 to 500 GiB (got 19)');
});

test('long values are cut in messages: strings after 80 characters, lists and objects after 200', () => {
  expect(() => v.fail(scope(), 'p', 'is wrong', 'x'.repeat(81))).toThrow(`(got "${'x'.repeat(80)}"... (81 characters))`);
  const many = Array.from({ length: 300 }, (_, i) => `RUN echo ${i}`);
  let message = '';
  try {
    v.checkMaxItems(scope(), 'commands', many, 127);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toMatch(/\.\.\. \(300 items\)\)$/);
  expect(message.length).toBeLessThan(400);
  expect(() => v.fail(scope(), 'p', 'is wrong', [1, 2])).toThrow('stack/Thing: p is wrong (got [1,2])');
});

test('errors are recognisable from any jsii language', () => {
  let caught: unknown;
  try {
    v.checkLength(scope(), 'description', 'x', 2, 256);
  } catch (e) {
    caught = e;
  }
  expect(Errors.isValidationError(caught)).toBe(true);
  expect(Errors.isValidationError(new Error('other'))).toBe(false);
  expect(Errors.isValidationError(undefined)).toBe(false);
});

test('errors are recognisable by their message, for languages that only get the text (Python)', () => {
  let caught: Error | undefined;
  try {
    v.checkRange(scope(), 'systemDiskSizeGiB', 501, 20, 500, 'GiB');
  } catch (e) {
    caught = e as Error;
  }
  const message = caught!.message;
  expect(message).toBe('stack/Thing: systemDiskSizeGiB must be an integer from 20 to 500 GiB (got 501)');
  expect(Errors.isValidationErrorMessage(message)).toBe(true);
  // cdktf wraps errors raised while synthesizing; the wrapped text still counts.
  expect(Errors.isValidationErrorMessage(`ValidationError: Resolution error: ${message}.\nObject creation stack: ...`)).toBe(true);
  // Only messages of errors the library created: the same format from elsewhere does not count.
  expect(Errors.isValidationErrorMessage('stack/Thing: systemDiskSizeGiB must be an integer from 20 to 500 GiB (got 502)')).toBe(false);
  expect(Errors.isValidationErrorMessage('other')).toBe(false);
  expect(Errors.isValidationErrorMessage('')).toBe(false);
});

test('tokens are skipped, never rejected', () => {
  const s = scope();
  expect(() => v.checkRange(s, 'n', Lazy.numberValue({ produce: () => 1000 }), 20, 500)).not.toThrow();
  expect(() => v.checkResourceName(s, 'name', Lazy.stringValue({ produce: () => '1bad' }), 128)).not.toThrow();
  expect(() => v.checkTags(s, 'tags', { k: Lazy.stringValue({ produce: () => 'acs:x' }) })).not.toThrow();
});

test('resource names: both edges', () => {
  const s = scope();
  expect(() => v.checkResourceName(s, 'name', 'ab', 64)).not.toThrow();
  expect(() => v.checkResourceName(s, 'name', 'a', 64)).toThrow(/name must be 2 to 64 characters/);
  expect(() => v.checkResourceName(s, 'name', 'a'.repeat(64), 64)).not.toThrow();
  expect(() => v.checkResourceName(s, 'name', 'a'.repeat(65), 64)).toThrow(/got "a{65}"/);
  expect(() => v.checkResourceName(s, 'name', '1abc', 64)).toThrow(/start with a letter/);
  expect(() => v.checkResourceName(s, 'name', 'https://x', 64)).toThrow(/must not start with http/);
});

test('tags: count, key and value rules', () => {
  const s = scope();
  const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, 'v']));
  expect(() => v.checkTags(s, 'tags', twenty)).not.toThrow();
  expect(() => v.checkTags(s, 'tags', { ...twenty, k20: 'v' })).toThrow(/tags must have at most 20 tags, but has 21/);
  expect(() => v.checkTags(s, 'tags', { aliyunTeam: 'x' })).toThrow(/tags key must not start with 'aliyun' or 'acs:' \(got "aliyunTeam"\)/);
  expect(() => v.checkTags(s, 'tags', { ['k'.repeat(129)]: 'x' })).toThrow(/tags key must be 1 to 128 characters long/);
  expect(() => v.checkTags(s, 'tags', { ['k'.repeat(128)]: 'v'.repeat(128) })).not.toThrow();
  expect(() => v.checkTags(s, 'tags', { k: 'v'.repeat(129) })).toThrow(/tags.k must be at most 128 characters long/);
  expect(() => v.checkTags(s, 'tags', { k: 'acs:x' })).toThrow(/tags.k must not start with 'acs:'/);
  expect(() => v.checkTags(s, 'tags', { k: 'see https://x' })).toThrow(/tags.k must not contain http/);
  expect(() => v.checkTags(s, 'tags', { k: '' })).not.toThrow();
});

test('account ids, regions, families', () => {
  const s = scope();
  expect(() => v.checkAccountId(s, 'accountId', '1284387915995949')).not.toThrow();
  expect(() => v.checkAccountId(s, 'accountId', '12843x')).toThrow(/accountId must be an Alibaba Cloud account id/);
  expect(() => v.checkRegionId(s, 'region', 'cn-hangzhou')).not.toThrow();
  expect(() => v.checkRegionId(s, 'region', 'Hangzhou')).toThrow(/region must be a region id/);
  expect(() => v.checkImageFamily(s, 'family', 'web-base')).not.toThrow();
  expect(() => v.checkImageFamily(s, 'family', 'aliyun-base')).toThrow(/must not start with 'aliyun'/);
  expect(() => v.checkMaxItems(s, 'regions', Array(21).fill('x'), 20)).toThrow(/at most 20 items, but has 21/);
  expect(() => v.checkMaxItems(s, 'regions', Array(20).fill('x'), 20)).not.toThrow();
  expect(() => v.checkUnique(s, 'regions', ['a', 'a'])).toThrow(/must not contain duplicates/);
  expect(() => v.checkOneOf(s, 'arch', 'arm', ['x86_64', 'arm64'])).toThrow(/arch must be one of x86_64, arm64 \(got "arm"\)/);
});
