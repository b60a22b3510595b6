import { describe, expect, it } from 'vitest';
import { cacheFreshness, type SourceStat } from '../../../src/core/servers/cache-freshness.js';

const built: SourceStat[] = [
  { path: 'advisories/GHSA-1.json', size: 900, mtimeMs: 1000 },
  { path: 'servers/github.yaml', size: 8395, mtimeMs: 2000 },
];

describe('knowledge cache freshness', () => {
  it('a tree untouched since the build is fresh without reading a file', () => {
    expect(cacheFreshness(built, built.map((s) => ({ ...s })), false)).toBe('fresh');
  });

  it('in a development tree an edit that keeps the size (1.2.3 to 1.2.4) still compares content, by its time', () => {
    const edited = built.map((s, i) => (i === 1 ? { ...s, mtimeMs: 3000 } : s));
    expect(cacheFreshness(built, edited, false)).toBe('compare-content');
  });

  it('an installed package (every time reset by npm) is fresh when paths and sizes match', () => {
    const installed = built.map((s) => ({ ...s, mtimeMs: 9_999_999 }));
    expect(cacheFreshness(built, installed, true)).toBe('fresh');
    expect(cacheFreshness(built, installed, false)).toBe('compare-content');
  });

  it('an installed package is fresh by the names of its files alone; a development tree never is', () => {
    const names = built.map((s) => s.path);
    expect(cacheFreshness(built, names, true)).toBe('fresh');
    expect(cacheFreshness(built, names, false)).toBe('compare-content');
    expect(cacheFreshness(built, [...names, 'servers/new.yaml'], true)).toBe('compare-content');
    expect(cacheFreshness(built, names.slice(1), true)).toBe('compare-content');
    expect(cacheFreshness(built, ['advisories/GHSA-2.json', names[1] as string], true)).toBe('compare-content');
    expect(cacheFreshness(undefined, names, true)).toBe('compare-content');
  });

  it('a file added, removed, renamed or resized, or a cache without the list, compares content', () => {
    expect(cacheFreshness(built, [...built, { path: 'servers/new.yaml', size: 1, mtimeMs: 1 }], true)).toBe('compare-content');
    expect(cacheFreshness(built, built.slice(1), true)).toBe('compare-content');
    expect(cacheFreshness(built, built.map((s, i) => (i === 0 ? { ...s, path: 'advisories/GHSA-2.json' } : s)), true)).toBe('compare-content');
    expect(cacheFreshness(built, built.map((s, i) => (i === 0 ? { ...s, size: 901 } : s)), true)).toBe('compare-content');
    expect(cacheFreshness(undefined, built, true)).toBe('compare-content');
  });
});
