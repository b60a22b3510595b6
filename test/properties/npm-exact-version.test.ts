import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import semver from 'semver';
import { isExactNpmVersion } from '../../src/core/servers/versions.js';

/** What the review asked node-semver before: a valid version that starts with a digit. */
const bySemver = (v: string) => semver.valid(v) !== null && /^\d/.test(v);

/** Strings shaped like versions, ranges and tags, with the characters that matter to SemVer. */
const part = fc.oneof(fc.constantFrom('0', '1', '01', '10', '9007199254740991', '9007199254740992', 'x', '*', 'beta', 'rc', 'a1', '-', ''), fc.stringMatching(/^[0-9a-zA-Z-]{0,4}$/));
const versionLike = fc.tuple(fc.constantFrom('', 'v', '=', '^', '~', '>=', ' '), fc.array(part, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '-'), fc.array(part, { maxLength: 3 }), fc.constantFrom('', '+'), fc.array(part, { maxLength: 2 }), fc.constantFrom('', ' ', '\n', '.')).map(
  ([pre, main, dash, prerelease, plus, build, tail]) => `${pre}${main.join('.')}${dash}${prerelease.join('.')}${plus}${build.join('.')}${tail}`,
);

describe('exact npm versions without node-semver', () => {
  it('agrees with node-semver on every generated version, range and tag', () => {
    fc.assert(fc.property(fc.oneof(versionLike, fc.string({ maxLength: 20 })), (v) => {
      expect([v, isExactNpmVersion(v)]).toEqual([v, bySemver(v)]);
    }), { numRuns: 20_000 });
  });

  it('agrees on the forms configs hold', () => {
    for (const v of ['1.2.3', '0.1.16', '1.2.0-beta.3', '1.0.0-rc.1+build.5', '2025.7.1', '01.2.3', '1.2', '^1.2.3', '~1.2.3', 'latest', 'next', '1.x', 'v1.2.3', '=1.2.3', '1.2.3-', '1.2.3+', '1.2.3-01', '9007199254740992.0.0', `1.2.3-${'a'.repeat(300)}`]) {
      expect([v, isExactNpmVersion(v)]).toEqual([v, bySemver(v)]);
    }
  });
});
