import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../core/content/catalogue.js';
import type { ImportResult } from '../core/servers/import.js';
import { fromOsv } from '../core/servers/advisories.js';
import type { Advisory } from '../core/servers/advisories.js';
import type { OsvRecord } from '../core/servers/schema.js';
import { writeFileAtomic } from './atomic-write.js';
import { UserError } from './errors.js';
import { defaultProgressDir } from './progress-dir.js';

export const IMPORTED_FILE = 'imported-advisories.json';
const MAX_FILE = 20 * 1024 * 1024;
const MAX_FILES = 50_000;

interface StoreFile {
  schemaVersion: 1;
  records: Array<{ file: string; importedAt: string; record: OsvRecord }>;
}

export function importedPath(dir: string = defaultProgressDir()): string {
  return join(dir, IMPORTED_FILE);
}

function readStore(dir?: string): StoreFile {
  const path = importedPath(dir);
  if (!existsSync(path)) return { schemaVersion: 1, records: [] };
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as StoreFile;
    if (!Array.isArray(data.records)) return { schemaVersion: 1, records: [] };
    // Records were validated when imported; here only their shape is checked, without loading zod.
    return { schemaVersion: 1, records: data.records.filter((r) => r && typeof r.record === 'object' && r.record !== null && typeof r.record.id === 'string' && Array.isArray(r.record.affected)) };
  } catch {
    return { schemaVersion: 1, records: [] };
  }
}

/** The advisories imported so far (an unreadable store counts as none; it is replaced on the next import). */
export function readImportedAdvisories(dir?: string): Advisory[] {
  return readStore(dir).records.flatMap(({ file, record }) => {
    const a = fromOsv(record, 'imported', file);
    return a ? [a] : [];
  });
}

export function importedCount(dir?: string): number {
  return readStore(dir).records.length;
}

/** Every .json file under the paths, folders searched recursively (symlink loops and special files skipped). */
export function collectJsonFiles(paths: readonly string[]): { files: SourceFile[]; skipped: Array<{ file: string; reason: string }> } {
  const files: SourceFile[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  const visited = new Set<string>();
  const walk = (path: string, top: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (top) throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symlink loop' : `cannot read (${code ?? 'error'})`}`);
      skipped.push({ file: path, reason: code === 'ELOOP' ? 'symlink loop' : `cannot read (${code ?? 'error'})` });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        return;
      }
      if (visited.has(real)) return;
      visited.add(real);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        if (top) throw new UserError(`${path}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        skipped.push({ file: path, reason: 'cannot read the folder' });
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') && name !== '.') continue;
        const child = join(path, name);
        let isDir = false;
        try {
          isDir = lstatSync(child).isDirectory() || statSync(child).isDirectory();
        } catch {
          isDir = false;
        }
        if (isDir || name.toLowerCase().endsWith('.json')) walk(child, false);
        if (files.length > MAX_FILES) throw new UserError(`${paths.join(', ')}: more than ${MAX_FILES} JSON files; import a smaller folder`);
      }
      return;
    }
    if (!st.isFile()) {
      if (top) throw new UserError(`${path}: not a file or folder`);
      return;
    }
    if (st.size > MAX_FILE) {
      skipped.push({ file: path, reason: `larger than ${MAX_FILE / 1024 / 1024} MB` });
      return;
    }
    try {
      files.push({ path, text: readFileSync(path, 'utf8') });
    } catch (error) {
      skipped.push({ file: path, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  };
  for (const p of paths) walk(p, true);
  return { files, skipped };
}

/** Store accepted records beside progress: a record with the same id replaces the earlier import of it. */
export function storeImported(result: ImportResult, dir: string = defaultProgressDir()): { stored: number; total: number; path: string } {
  const store = readStore(dir);
  const now = new Date().toISOString();
  const byId = new Map(store.records.map((r) => [r.record.id, r]));
  for (const { file, record } of result.accepted) byId.set(record.id, { file, importedAt: now, record });
  const records = [...byId.values()].sort((a, b) => a.record.id.localeCompare(b.record.id));
  const path = importedPath(dir);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(path, `${JSON.stringify({ schemaVersion: 1, records } satisfies StoreFile, null, 1)}\n`, { overwrite: true, mode: 0o600 });
  return { stored: result.accepted.length, total: records.length, path };
}
