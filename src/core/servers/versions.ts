import semver from 'semver';
import * as pep440 from '@renovatebot/pep440';
import type { Ecosystem } from './schema.js';

/** PEP 503 normalised project name: lower case, runs of -, _ and . as one hyphen. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A package name as its ecosystem compares it. */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'PyPI' ? normalizePypiName(name) : name;
}

/** A version the ecosystem's own scheme can read. */
export function validVersion(ecosystem: Ecosystem, version: string): boolean {
  return ecosystem === 'npm' ? semver.valid(version) !== null : pep440.valid(version) !== null;
}

/** Compare two versions in the ecosystem's own scheme (node-semver for npm, PEP 440 for PyPI). */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number {
  if (ecosystem === 'npm') return semver.compare(a, b);
  return pep440.compare(a, b);
}

/**
 * An exact SemVer 2.0 version as node-semver reads one (no leading v or =): the review asks this of
 * every npm package, and answering it with a pattern keeps node-semver unloaded unless a version
 * is matched against an advisory. Numeric parts have no leading zeros, major, minor and patch stay
 * within Number.MAX_SAFE_INTEGER, and node-semver refuses anything over 256 characters.
 */
const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const EXACT_NPM = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);

export function isExactNpmVersion(version: string): boolean {
  // node-semver measures the text as given and then trims it; it must start with a digit here.
  if (version.length > 256 || !/^\d/.test(version)) return false;
  const m = EXACT_NPM.exec(version.trim());
  if (!m) return false;
  return [m[1], m[2], m[3]].every((n) => Number(n) <= Number.MAX_SAFE_INTEGER);
}

/** An exact, released-or-pre-release version in the ecosystem's scheme (1.2.0-beta.3, 0.0.1a4, 2025.7.1); not a range or tag. */
export function isExactIn(ecosystem: Ecosystem, version: string | undefined): boolean {
  if (!version) return false;
  if (ecosystem === 'npm') return isExactNpmVersion(version);
  return pep440.valid(version) !== null && /^\d/.test(version);
}

/** Does `version` satisfy a node-semver range (npm) or a PEP 440 specifier set (PyPI)? */
export function satisfiesRange(ecosystem: Ecosystem, version: string, range: string): boolean {
  if (!validVersion(ecosystem, version)) return false;
  if (ecosystem === 'npm') return semver.satisfies(version, range, { includePrerelease: true });
  return pep440.satisfies(version, range, { prereleases: true });
}
