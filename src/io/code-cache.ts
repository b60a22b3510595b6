// Runs a CommonJS bundle through V8 with a code cache kept in the user's own cache folder, the way
// Node 22's module.enableCompileCache does for modules (Node 20 has no such cache). A short command
// then skips parsing and compiling the bundle and the first, lazy compilation of every function it
// ran last time (README "Design notes", "A review starts as little as it can").
//
// The cache is compiled code, so it is read only from a regular file the current user owns that no
// one else may write, in a folder created private (0700); V8 itself refuses a cache made by another
// V8 version or other flags, or for a source of another length, and the file name carries the
// bundle's content hash and the Node version so that a cache never meets another bundle. Anything
// that goes wrong with the cache (a read-only home, a full disk, a refused cache) only costs time.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';

/** How many caches of other builds a save keeps beside its own. */
const KEEP_OTHERS = 2;

/** The largest cache read: a cache of the review bundle is well under 2 MB. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export interface CachedBundle<T> {
  exports: T;
  /** Whether V8 used the cache (false on a first run, or when it was missing, unsafe or refused). */
  cacheUsed: boolean;
  /** Write the cache when there was none or V8 refused it; call after the run so it holds what was compiled. */
  save(): void;
}

/** Whether a cache file may be read: regular, owned by this user, writable by no one else. Pure, for tests. */
export function cacheFileIsSafe(st: Pick<fs.Stats, 'isFile' | 'uid' | 'mode' | 'size'>, uid: number | undefined): boolean {
  if (!st.isFile() || st.size === 0 || st.size > MAX_CACHE_BYTES) return false;
  if (uid === undefined) return true; // Windows: no owners in this sense; the profile folder is the user's.
  return st.uid === uid && (st.mode & 0o022) === 0;
}

function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    // The checks and the read use one open file, so the file checked is the file read.
    if (!cacheFileIsSafe(fs.fstatSync(fd), process.getuid?.())) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface CacheFile {
  /** Where the cache is kept. */
  file: string;
  /** Names of other files in its folder that this cache replaces (caches of other builds): all but the two most recent are removed. */
  supersedes?: (name: string) => boolean;
}

function writeCache({ file, supersedes }: CacheFile, data: Buffer): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  if (!supersedes) return;
  // Caches of other builds: the two most recent stay (two installs used in turn do not undo each other), older ones go.
  const others = fs
    .readdirSync(dir)
    .filter((name) => name !== path.basename(file) && supersedes(name))
    .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  for (const { name } of others.slice(KEEP_OTHERS)) fs.rmSync(path.join(dir, name), { force: true });
}

/**
 * Load the CommonJS bundle `file` and return its exports, using (and later refreshing) the code cache
 * `cache` when one is given. The bundle sees `require`, `module`, `exports`, `__filename`,
 * `__dirname` as under Node's loader, and `__mcpMetaUrl` as the file URL esbuild's define maps
 * `import.meta.url` to.
 */
export function loadCachedBundle<T>(file: string, cache: CacheFile | undefined): CachedBundle<T> {
  const source = fs.readFileSync(file, 'utf8');
  const cachedData = cache ? readCache(cache.file) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __mcpMetaUrl) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected === false;
  const mod = { exports: {} as T };
  (script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, createRequire(file), mod, file, path.dirname(file), pathToFileURL(file).href);
  return {
    exports: mod.exports,
    cacheUsed,
    save() {
      if (!cache || cacheUsed) return;
      try {
        writeCache(cache, script.createCachedData());
      } catch {
        // No cache this time: the next run compiles again.
      }
    },
  };
}
