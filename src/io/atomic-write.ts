import { closeSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { UserError } from './errors.js';
import { describeFsError } from './fs-errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is never touched. */
  overwrite?: boolean;
  mode?: number;
}

/** The temp file name writeFileAtomic uses for `path`, after the ".<name>." prefix. */
const TEMP_SUFFIX = /^[0-9a-f]{12}\.tmp$/;
/** A temp file this old belongs to a write that was killed before its rename. */
const ORPHAN_AGE_MS = 60_000;

/** Remove the temp files that killed earlier writes of `path` left beside it. Best effort. */
function removeOrphans(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const cutoff = Date.now() - ORPHAN_AGE_MS;
  for (const name of names) {
    if (!name.startsWith(prefix) || !TEMP_SUFFIX.test(name.slice(prefix.length))) continue;
    try {
      const stat = lstatSync(join(dir, name));
      if (stat.isFile() && stat.mtimeMs < cutoff) rmSync(join(dir, name), { force: true });
    } catch {
      // gone meanwhile
    }
  }
}

/**
 * Write a file atomically (temp file in the same folder, fsync, then link or rename), mode 0600 by
 * default. Without `overwrite`, an existing target is an error and is left as it was. Temp files
 * that killed earlier writes of the same file left behind are removed once they are a minute old.
 */
export function writeFileAtomic(path: string, data: string, options: WriteOptions = {}): void {
  const mode = options.mode ?? 0o600;
  // node:crypto on first write only: commands that only read (a review) do not load it.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.overwrite) {
      renameSync(tmp, path);
    } else {
      // link() fails if the target exists, so a file that appeared meanwhile is never replaced.
      linkSync(tmp, path);
      rmSync(tmp, { force: true });
    }
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    } catch {
      // Clean-up failed too (e.g. ENOTDIR when the folder is really a file): report the first error.
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && existsSync(path)) throw new UserError(`${path} already exists; choose another name or pass --force to replace it`);
    throw new UserError(`cannot write ${path}: ${describeFsError(error)}`);
  }
  removeOrphans(path);
}

export { describeFsError };
