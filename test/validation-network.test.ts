/** The helpers added for images and networks: CIDRs, durations, regexes, required and exclusive values. */
import { Lazy, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as v from '../lib/private/validation';

function scope(): Construct {
  return new Construct(new TerraformStack(Testing.app(), 'stack'), 'Thing');
}

test('checkCidr: format, prefix bounds and host bits', () => {
  const s = scope();
  expect(() => v.checkCidr(s, 'cidr', '0.0.0.0/0', 0, 32)).not.toThrow();
  expect(() => v.checkCidr(s, 'cidr', '192.0.2.1/32', 0, 32)).not.toThrow();
  expect(() => v.checkCidr(s, 'cidr', '10.0.0.0/16', 16, 29)).not.toThrow();
  expect(() => v.checkCidr(s, 'cidr', '10.0.0.0/15', 16, 29)).toThrow('stack/Thing: cidr must have a prefix length from /16 to /29 (got "10.0.0.0/15")');
  expect(() => v.checkCidr(s, 'cidr', '10.0.0.128/24', 16, 29)).toThrow(/must have its host bits set to zero/);
  expect(() => v.checkCidr(s, 'cidr', '10.0.0/24', 16, 29)).toThrow(/must be an IPv4 CIDR block/);
  expect(() => v.checkCidr(s, 'cidr', Lazy.stringValue({ produce: () => 'x' }), 16, 29)).not.toThrow();
});

test('checkCidrWithin', () => {
  const s = scope();
  expect(() => v.checkCidrWithin(s, 'cidr', '10.0.0.0/16', '10.0.0.0/16', 'VPC block')).not.toThrow();
  expect(() => v.checkCidrWithin(s, 'cidr', '10.0.255.0/24', '10.0.0.0/16', 'VPC block')).not.toThrow();
  expect(() => v.checkCidrWithin(s, 'cidr', '10.0.0.0/15', '10.0.0.0/16', 'VPC block')).toThrow(/cidr must lie within the VPC block 10.0.0.0\/16/);
  expect(() => v.checkCidrWithin(s, 'cidr', '10.1.0.0/24', '10.0.0.0/16', 'VPC block')).toThrow(/must lie within/);
  expect(() => v.checkCidrWithin(s, 'cidr', '10.1.0.0/24', undefined, 'VPC block')).not.toThrow();
});

test('checkDuration: Go durations only', () => {
  const s = scope();
  for (const ok of ['10m', '1h30m', '90s', '1.5h']) expect(() => v.checkDuration(s, 'timeout', ok)).not.toThrow();
  for (const bad of ['10', '10 m', 'ten minutes', '']) expect(() => v.checkDuration(s, 'timeout', bad)).toThrow(/timeout must be a duration such as 30m/);
});

test('checkRegex, checkRequired, checkExclusive, checkImageName', () => {
  const s = scope();
  expect(() => v.checkRegex(s, 're', '^a+$')).not.toThrow();
  expect(() => v.checkRegex(s, 're', '(')).toThrow('stack/Thing: re must be a valid regular expression (got "(")');
  expect(() => v.checkRequired(s, 'x', 0)).not.toThrow();
  expect(() => v.checkRequired(s, 'x', null)).toThrow('stack/Thing: x is required (got null)');
  expect(() => v.checkExclusive(s, 'a', 1, 'b', undefined)).not.toThrow();
  expect(() => v.checkExclusive(s, 'a', 1, 'b', 2)).toThrow('stack/Thing: a cannot be combined with b (got 1)');
  expect(() => v.checkImageName(s, 'imageName', 'acs:x')).toThrow(/must not start with 'aliyun' or 'acs:'/);
  expect(() => v.checkImageName(s, 'imageName', 'ab')).not.toThrow();
});
