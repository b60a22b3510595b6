/**
 * findSecrets answers most values without scanning them (cannotHoldSecret). Property: whenever the
 * shortcut says a value cannot hold a secret, the full scan finds none, for values built from the
 * pieces every way of finding a secret looks for (token runs, vendor prefixes, placeholders with
 * defaults, Bearer words, URL passwords, PEM headers) under secret-sounding and plain names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cannotHoldSecret, findSecrets, resetSecretCaches, scanValue } from '../../../src/core/review/secrets.js';

const pieces = fc.constantFrom(
  'ghp_',
  'sk-ant-',
  'napi_',
  'xoxb-',
  'AKIA',
  'Bearer ',
  'token ',
  'basic ',
  '${',
  '${API_KEY:-',
  '}',
  '{env:X}',
  '$HOME',
  ':',
  '@',
  '/',
  '.',
  '-',
  '_',
  '=',
  ' ',
  '-----BEGIN RSA PRIVATE KEY-----',
  'https://user:',
  'Q9xZk3LmN0pQrStUvW',
  'a1B2c3D4e5F6g7H8i9J0',
  '0123456789abcdef0123456789abcdef',
  'your-api-key-here',
  'server',
);
const value = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.stringMatching(/^[A-Za-z0-9]{1,24}$/)), { maxLength: 8 }).map((parts) => parts.join(''));
const name = fc.option(fc.constantFrom('GITHUB_TOKEN', 'api_key', 'key', 'KEY', 'password', 'LOG_LEVEL', 'url', 'TOKEN_FILE', 'x', 'Authorization', 'port'), { nil: undefined });

describe('the secret scan shortcut', () => {
  it('passes over only values in which the full scan finds nothing', () => {
    fc.assert(
      fc.property(value, name, (v, n) => {
        resetSecretCaches();
        if (cannotHoldSecret(v, n)) expect(scanValue(v, n)).toEqual([]);
        expect(findSecrets(v, n)).toEqual(v.length < 8 ? [] : scanValue(v, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('still sends credentials through the full scan', () => {
    expect(cannotHoldSecret('ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', undefined)).toBe(false);
    expect(cannotHoldSecret('Bearer abc', undefined)).toBe(false);
    expect(cannotHoldSecret('hunter22', 'password')).toBe(false);
    expect(cannotHoldSecret('${X:-Bearer abc}', undefined)).toBe(false);
    expect(cannotHoldSecret('/srv/data/12', undefined)).toBe(true);
  });
});
