/**
 * isUnfilled tests two alternations instead of nine regular expressions, one per shape. Property: it
 * answers as the nine did, for values made of the pieces those shapes look for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnfilled } from '../../../src/core/review/placeholders.js';

/** The shapes as they were written one by one (the reference). */
const SHAPES = [
  /^<[^<>]{1,80}>$/,
  /^\[[A-Z_ -]{3,40}\]$/,
  /^your[-_ ]?[a-z0-9_ -]{0,40}(here)?$/i,
  /^(change[-_]?me|todo|tbd|fixme|replace[-_]?me|placeholder|insert[-_ ].*|redacted)$/i,
  /^x{4,}$/i,
  /^[a-z]{2,8}[-_]?\.{3,}$/i,
  /^(sk|pk|rk)[-_][a-z]+[-_]?\.{2,}$/i,
  /^x{3,}[-_.x]*$/i,
  /^\.{3,}$/,
];
const WORDS = /(?<![A-Za-z0-9])(your|my)[-_ ]?(api[-_ ]?)?(key|token|secret|password)[-_ ]?(here)?(?![A-Za-z0-9])/i;
const reference = (value: string): boolean => {
  const v = value.trim();
  return SHAPES.some((s) => s.test(v)) || (v.length < 60 && WORDS.test(v));
};

const piece = fc.constantFrom('<', '>', '[', ']', 'YOUR', 'your', '_', '-', ' ', 'KEY', 'key', 'here', 'HERE', 'x', 'X', '.', '...', 'sk', 'pk-', 'rk_', 'abc', 'change', 'me', 'TODO', 'tbd', 'Fixme', 'replace', 'placeholder', 'insert', 'Redacted', 'api', 'token', 'my', '\n', 'é', '1');
const value = fc.oneof(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ maxLength: 20 }));

describe('isUnfilled', () => {
  it('answers as the nine shapes did', () => {
    fc.assert(fc.property(value, (v) => {
        expect(isUnfilled(v)).toBe(reference(v));
      }), { numRuns: 20_000 });
  });

  it('knows the usual placeholders and passes real values', () => {
    for (const v of ['<YOUR_API_KEY>', '[REDACTED]', 'your-api-key-here', 'changeme', 'TODO', 'xxxx', 'sk-...', '...', 'tim_your_api_key_here']) expect(isUnfilled(v)).toBe(true);
    for (const v of ['ghp_a1B2c3D4e5F6g7H8i9J0', '/srv/data', 'info', 'https://example.com']) expect(isUnfilled(v)).toBe(false);
  });
});
