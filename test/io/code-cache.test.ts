import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileIsSafe, loadCachedBundle } from '../../src/io/code-cache.js';

const uid = process.getuid?.();
const stat = (over: Partial<{ file: boolean; uid: number; mode: number; size: number }> = {}) => ({
  isFile: () => over.file ?? true,
  uid: over.uid ?? 1000,
  mode: over.mode ?? 0o100600,
  size: over.size ?? 4096,
});

describe('cacheFileIsSafe: compiled code is read only from a file this user owns that no one else may write', () => {
  it('takes a private regular file of the user', () => {
    expect(cacheFileIsSafe(stat(), 1000)).toBe(true);
    expect(cacheFileIsSafe(stat({ mode: 0o100644 }), 1000)).toBe(true);
  });
  it('refuses another owner, a group- or world-writable file, a folder, an empty or an oversized file', () => {
    expect(cacheFileIsSafe(stat({ uid: 0 }), 1000)).toBe(false);
    expect(cacheFileIsSafe(stat({ mode: 0o100620 }), 1000)).toBe(false);
    expect(cacheFileIsSafe(stat({ mode: 0o100602 }), 1000)).toBe(false);
    expect(cacheFileIsSafe(stat({ file: false }), 1000)).toBe(false);
    expect(cacheFileIsSafe(stat({ size: 0 }), 1000)).toBe(false);
    expect(cacheFileIsSafe(stat({ size: 65 * 1024 * 1024 }), 1000)).toBe(false);
  });
  it('on a system without user ids (Windows) looks only at the file itself', () => {
    expect(cacheFileIsSafe(stat({ uid: 0, mode: 0o100666 }), undefined)).toBe(true);
    expect(cacheFileIsSafe(stat({ file: false }), undefined)).toBe(false);
  });
});

/** A CommonJS bundle in a fresh folder, with a function that is compiled only when called. */
function bundle(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
  const file = join(dir, 'b-ABC.cjs');
  writeFileSync(
    file,
    [
      'const path = require("node:path");',
      'exports.where = () => [path.basename(__filename), path.basename(__dirname) === path.basename(' + JSON.stringify(dir) + '), __mcpMetaUrl.startsWith("file:")];',
      'exports.sum = (xs) => xs.reduce((a, b) => a + b, 0);',
    ].join('\n'),
  );
  return { dir, file };
}

describe('loadCachedBundle: a CommonJS bundle run through V8 with a code cache', () => {
  it('runs the bundle with CommonJS names and import.meta.url as __mcpMetaUrl', () => {
    const { file } = bundle();
    const b = loadCachedBundle<{ where: () => unknown[] }>(file, undefined);
    expect(b.exports.where()).toEqual(['b-ABC.cjs', true, true]);
    expect(b.cacheUsed).toBe(false);
  });

  it('writes the cache after the first run (private folder and file) and uses it on the next', () => {
    const { dir, file } = bundle();
    const cache = { file: join(dir, 'cache', 'b-ABC-node.v8') };
    const first = loadCachedBundle<{ sum: (xs: number[]) => number }>(file, cache);
    expect(first.cacheUsed).toBe(false);
    expect(first.exports.sum([1, 2, 3])).toBe(6);
    first.save();
    expect(statSync(cache.file).size).toBeGreaterThan(0);
    if (uid !== undefined) {
      expect(statSync(cache.file).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'cache')).mode & 0o777).toBe(0o700);
    }
    const second = loadCachedBundle<{ sum: (xs: number[]) => number }>(file, cache);
    expect(second.cacheUsed).toBe(true);
    expect(second.exports.sum([4, 5])).toBe(9);
    const before = readFileSync(cache.file);
    second.save(); // a used cache is not rewritten
    expect(readFileSync(cache.file).equals(before)).toBe(true);
  });

  it('a cache V8 refuses (damaged) costs only time: the bundle runs and the cache is written anew', () => {
    const { dir, file } = bundle();
    const cache = { file: join(dir, 'b-ABC-node.v8') };
    writeFileSync(cache.file, Buffer.alloc(2048, 7), { mode: 0o600 });
    const b = loadCachedBundle<{ sum: (xs: number[]) => number }>(file, cache);
    expect(b.cacheUsed).toBe(false);
    expect(b.exports.sum([2, 2])).toBe(4);
    b.save();
    expect(readFileSync(cache.file).equals(Buffer.alloc(2048, 7))).toBe(false);
    expect(loadCachedBundle(file, cache).cacheUsed).toBe(true);
  });

  it.runIf(uid !== undefined)('a cache others may write is not read, and is replaced by a private one', () => {
    const { dir, file } = bundle();
    const cache = { file: join(dir, 'b-ABC-node.v8') };
    const b = loadCachedBundle(file, cache);
    b.save();
    chmodSync(cache.file, 0o666);
    const again = loadCachedBundle(file, cache);
    expect(again.cacheUsed).toBe(false);
    again.save();
    expect(statSync(cache.file).mode & 0o777).toBe(0o600);
  });

  it('keeps the two most recent caches it supersedes, removes older ones, and touches nothing else', () => {
    const { dir, file } = bundle();
    const folder = join(dir, 'cache');
    const cache = { file: join(folder, 'b-ABC-node20.v8'), supersedes: (n: string) => n.startsWith('b-') && n.endsWith('-node20.v8') };
    ['b-OLD1-node20.v8', 'b-OLD2-node20.v8', 'b-OLD3-node20.v8', 'b-OLD1-node22.v8'].forEach((name, i) => {
      loadCachedBundle(file, { file: join(folder, name) }).save();
      utimesSync(join(folder, name), new Date(), new Date(Date.now() - (10 - i) * 60_000));
    });
    writeFileSync(join(folder, 'notes.txt'), 'kept');
    loadCachedBundle(file, cache).save();
    expect(readdirSync(folder).sort()).toEqual(['b-ABC-node20.v8', 'b-OLD1-node22.v8', 'b-OLD2-node20.v8', 'b-OLD3-node20.v8', 'notes.txt']);
  });

  it('a cache folder that cannot be made only costs the cache', () => {
    const { dir, file } = bundle();
    writeFileSync(join(dir, 'blocked'), 'a file where the folder would go');
    const b = loadCachedBundle<{ sum: (xs: number[]) => number }>(file, { file: join(dir, 'blocked', 'x.v8') });
    expect(b.exports.sum([1])).toBe(1);
    expect(() => b.save()).not.toThrow();
    expect(existsSync(join(dir, 'blocked', 'x.v8'))).toBe(false);
  });
});
