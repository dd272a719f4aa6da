/** The rule helpers added for the Apsara Stack constructs: conflicts, non-empty, CIDR blocks, RE2 regexes. */
import { Lazy, Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as v from '../lib/private/validation';

function scope(): Construct {
  return new Construct(new TerraformStack(Testing.app(), 'stack'), 'Thing');
}

test('checkConflicts: both set is rejected, one set or null is accepted', () => {
  const s = scope();
  const pairs = [['a', 'b']] as const;
  expect(() => v.checkConflicts(s, { a: 1, b: 2 }, pairs)).toThrow('stack/Thing: a conflicts with b: the provider accepts only one of them (got 1)');
  expect(() => v.checkConflicts(s, { a: 1 }, pairs)).not.toThrow();
  expect(() => v.checkConflicts(s, { a: 1, b: null }, pairs)).not.toThrow();
  expect(() => v.checkConflicts(s, { b: 2, a: undefined }, pairs)).not.toThrow();
});

test('checkNotEmpty', () => {
  const s = scope();
  expect(() => v.checkNotEmpty(s, 'id', '')).toThrow('stack/Thing: id is required and must not be empty (got "")');
  expect(() => v.checkNotEmpty(s, 'id', undefined)).toThrow(/id is required/);
  expect(() => v.checkNotEmpty(s, 'id', 'x')).not.toThrow();
  expect(() => v.checkNotEmpty(s, 'id', Lazy.stringValue({ produce: () => '' }))).not.toThrow();
});

test('checkCidr (Apsara blocks): syntax, prefix range, canonical form', () => {
  const s = scope();
  expect(() => v.checkCidr(s, 'c', '192.168.0.0/16', 16, 29)).not.toThrow();
  expect(() => v.checkCidr(s, 'c', '0.0.0.0/0', 0, 32)).not.toThrow();
  expect(() => v.checkCidr(s, 'c', '10.0.0.1/32', 0, 32)).not.toThrow();
  expect(() => v.checkCidr(s, 'c', '192.168.1.0/16', 16, 29)).toThrow(/e.g. 192.168.0.0\/16/);
  expect(() => v.checkCidr(s, 'c', '10.0.0.0/33', 0, 32)).toThrow(/must be an IPv4 CIDR block/);
  expect(() => v.checkCidr(s, 'c', '10.00.0.0/16', 0, 32)).toThrow(/must be an IPv4 CIDR block/);
  expect(() => v.checkCidr(s, 'c', 'fd00::/8', 0, 32)).toThrow(/must be an IPv4 CIDR block/);
  expect(() => v.checkCidr(s, 'c', '10.0.0.0/8', 16, 29)).toThrow(/prefix length from \/16 to \/29/);
  expect(() => v.checkCidr(s, 'c', Lazy.stringValue({ produce: () => 'x' }), 16, 29)).not.toThrow();
});

test('checkRegex: must compile, no lookaround or backreferences (Go RE2)', () => {
  const s = scope();
  expect(() => v.checkRegex(s, 'r', '^ubuntu_[0-9]+')).not.toThrow();
  expect(() => v.checkRegex(s, 'r', '(')).toThrow(/r must be a valid regular expression/);
  expect(() => v.checkRegex(s, 'r', '(?=a)')).toThrow(/Go RE2/);
  expect(() => v.checkRegex(s, 'r', '(?<!a)b')).toThrow(/Go RE2/);
  expect(() => v.checkRegex(s, 'r', '(a)\\1')).toThrow(/Go RE2/);
  expect(() => v.checkRegex(s, 'r', Lazy.stringValue({ produce: () => '(' }))).not.toThrow();
});
