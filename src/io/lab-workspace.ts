import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FileSet, Lab } from '../core/lab/types.js';
import { writeFileAtomic, describeFsError } from './atomic-write.js';
import { UserError } from './errors.js';
import { defaultProgressDir } from './progress-store.js';

/** Files larger than this are not read (a config is a few kilobytes). */
const MAX_BYTES = 1024 * 1024;
/** Other files searched for a leaked value: this many at most, this deep at most. */
const MAX_EXTRA_FILES = 200;
const MAX_DEPTH = 4;
/** And this many bytes of them in all: a workspace pointed at a big project stays quick to grade. */
const MAX_EXTRA_BYTES = 4 * 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules']);

/** Where a lab's workspace lives by default: beside the progress file. */
export function defaultLabDir(labId: string, progressDir: string = defaultProgressDir()): string {
  return join(progressDir, 'labs', labId);
}

export interface WorkspaceRead {
  /** The lab's files that could be read, and other text files of the workspace. */
  files: Record<string, string>;
  /** Lab files that exist but could not be read, with why. */
  unreadable: Record<string, string>;
}

function readText(path: string): { text?: string; error?: string } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { error: 'not a regular file' };
    if (stat.size > MAX_BYTES) return { error: `larger than ${MAX_BYTES / 1024} KB` };
    const buffer = readFileSync(path);
    if (buffer.includes(0)) return { error: 'a binary file' };
    const text = buffer.toString('utf8');
    if (text.includes('\uFFFD') && !buffer.toString('latin1').includes('\uFFFD')) return { error: 'not UTF-8 text' };
    return { text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    return { error: describeFsError(error) };
  }
}

/** Other text files of the workspace (a backup copy of a config holds a leaked token too). */
function extraFiles(root: string, dir: string, depth: number, skip: ReadonlySet<string>, out: Record<string, string>, budget = { bytes: MAX_EXTRA_BYTES }): void {
  if (depth > MAX_DEPTH || Object.keys(out).length >= MAX_EXTRA_FILES || budget.bytes <= 0) return;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(name)) extraFiles(root, path, depth + 1, skip, out, budget);
      continue;
    }
    const rel = relative(root, path).split(sep).join('/');
    if (!stat.isFile() || skip.has(rel) || stat.size > MAX_BYTES || stat.size > budget.bytes) continue;
    const { text } = readText(path);
    if (text !== undefined) {
      out[rel] = text;
      budget.bytes -= stat.size;
    }
    if (Object.keys(out).length >= MAX_EXTRA_FILES) return;
  }
}

/** Read the workspace: every lab file, plus the other text files in it. */
export function readWorkspace(dir: string, lab: Lab): WorkspaceRead {
  const files: Record<string, string> = {};
  const unreadable: Record<string, string> = {};
  const own = new Set(lab.files.map((f) => f.path));
  for (const file of lab.files) {
    const { text, error } = readText(join(dir, ...file.path.split('/')));
    if (text !== undefined) files[file.path] = text;
    else if (error) unreadable[file.path] = error;
  }
  const extra: Record<string, string> = {};
  extraFiles(dir, dir, 0, own, extra);
  return { files: { ...extra, ...files }, unreadable };
}

/** The lab's files as they are in the workspace now (a missing file has no entry). */
export function labFilesIn(dir: string, lab: Lab): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of lab.files) {
    const { text } = readText(join(dir, ...file.path.split('/')));
    if (text !== undefined) out[file.path] = text;
  }
  return out;
}

function ensureDir(path: string): void {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(`cannot create the lab folder ${path}: ${describeFsError(error)}`);
  }
}

/** A path of the lab resolved inside the workspace (never outside it). */
export function workspacePath(dir: string, rel: string): string {
  const target = resolve(dir, ...rel.split('/'));
  if (!target.startsWith(resolve(dir) + sep)) throw new UserError(`lab file ${rel} is outside the workspace`);
  return target;
}

/**
 * Write files into the workspace. `mode`: "missing" writes only files that are not there (resume);
 * "fresh" refuses when a file is there with other content (nothing the user had is lost);
 * "replace" overwrites (restore, after the user agreed).
 */
export function writeWorkspace(dir: string, files: FileSet, mode: 'missing' | 'fresh' | 'replace'): string[] {
  ensureDir(dir);
  const present = labFilesLike(dir, files);
  if (mode === 'fresh') {
    const clash = Object.keys(files).filter((p) => present[p] !== undefined && present[p] !== files[p]);
    if (clash.length) throw new UserError(`${dir} already holds ${clash.join(', ')} with other content; nothing was written (remove ${clash.length === 1 ? 'it' : 'them'}, or choose another folder with --dir)`);
  }
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files)) {
    if (mode !== 'replace' && present[rel] !== undefined) continue;
    const target = workspacePath(dir, rel);
    ensureDir(dirname(target));
    try {
      writeFileAtomic(target, text, { overwrite: true, mode: 0o600 });
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`cannot write ${target}: ${describeFsError(error)}`);
    }
    written.push(rel);
  }
  return written;
}

function labFilesLike(dir: string, files: FileSet): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const rel of Object.keys(files)) out[rel] = readText(join(dir, ...rel.split('/'))).text;
  return out;
}

/** Whether the workspace folder exists at all. */
export function workspaceExists(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
