import { existsSync, mkdirSync, renameSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import envPaths from 'env-paths';
import lockfile from 'proper-lockfile';
import { emptyProgress, type Progress } from '../core/progress/model.js';
import { migrateProgress } from '../core/progress/migrate.js';
import { UserError } from './errors.js';

export interface ProgressStoreOptions {
  /** Folder for progress.json. Defaults to MCP_OPERATOR_HOME, else the OS config folder. */
  dir?: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

const FILE_MODE = 0o600;

/**
 * Progress kept in one small JSON file through conf. Reads never throw on a bad file: a corrupt
 * or invalid file is moved aside (progress.corrupt-<timestamp>.json) and reported in `notices`.
 * Writes take a lock, re-read the file, apply the change and write, so that two processes
 * finishing lessons at the same time lose nothing.
 */
export class ProgressStore {
  readonly path: string;
  readonly notices: string[] = [];
  private conf: Conf<Record<string, unknown>>;
  private readonly now: () => Date;

  constructor(options: ProgressStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.conf = this.openConf(options.dir ?? defaultProgressDir());
    this.path = this.conf.path;
  }

  private openConf(cwd: string): Conf<Record<string, unknown>> {
    const create = () =>
      new Conf<Record<string, unknown>>({
        projectName: 'mcp-operator',
        projectSuffix: '',
        configName: 'progress',
        configFileMode: FILE_MODE,
        cwd,
      });
    try {
      return create();
    } catch (error) {
      const path = join(cwd, 'progress.json');
      if (error instanceof SyntaxError && existsSync(path)) {
        this.moveAside(path, `it is not valid JSON`);
        return create();
      }
      throw new UserError(`cannot open the progress store: ${(error as Error).message}`);
    }
  }

  private moveAside(path: string, why: string): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = join(dirname(path), `progress.corrupt-${stamp}.json`);
    try {
      renameSync(path, target);
    } catch (error) {
      throw new UserError(`progress file ${path} is unreadable (${why}) and could not be moved aside: ${(error as Error).message}`);
    }
    this.notices.push(`Your progress file could not be read (${why}); it was moved to ${target} and a fresh one started.`);
  }

  /** Current progress from disk. A corrupt or invalid file is moved aside and an empty one returned. */
  read(): Progress {
    let raw: unknown;
    try {
      raw = this.conf.store;
    } catch (error) {
      if (error instanceof SyntaxError) {
        this.moveAside(this.path, 'it is not valid JSON');
        return emptyProgress();
      }
      throw new UserError(`cannot read progress at ${this.path}: ${(error as Error).message}`);
    }
    if (raw && typeof raw === 'object' && Object.keys(raw).length === 0) return emptyProgress();
    const result = migrateProgress(raw);
    if (result.ok) return result.progress;
    if (result.reason === 'newer') throw new UserError(`${result.message}; upgrade mcp-operator to use ${this.path}`);
    this.moveAside(this.path, result.message);
    return emptyProgress();
  }

  /** Apply `change` to the freshest progress on disk under an exclusive lock and write it back. */
  async update(change: (progress: Progress) => Progress): Promise<Progress> {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    let release: (() => Promise<void>) | undefined;
    try {
      release = await lockfile.lock(this.path, {
        realpath: false,
        lockfilePath: `${this.path}.lock`,
        // A process killed while holding the lock leaves it behind; 2 s (the minimum) bounds the wait.
        stale: 2_000,
        retries: { retries: 100, factor: 1.3, minTimeout: 10, maxTimeout: 250, randomize: true },
      });
    } catch (error) {
      throw new UserError(`cannot lock progress at ${this.path}: ${(error as Error).message}`);
    }
    try {
      const next = change(this.read());
      this.write(next);
      return next;
    } finally {
      await release().catch(() => undefined);
    }
  }

  private write(progress: Progress): void {
    try {
      this.conf.store = progress as unknown as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`cannot save progress to ${this.path}: ${(error as Error).message}`);
    }
  }

  /** Time source shared with callers so records and notices agree. */
  timestamp(): string {
    return this.now().toISOString();
  }

  /** The raw text on disk (for export), or undefined when nothing is stored yet. */
  rawText(): string | undefined {
    return existsSync(this.path) ? readFileSync(this.path, 'utf8') : undefined;
  }
}

/** The folder progress lives in: MCP_OPERATOR_HOME, else the OS config folder (XDG on Linux). */
export function defaultProgressDir(): string {
  return process.env.MCP_OPERATOR_HOME || envPaths('mcp-operator', { suffix: '' }).config;
}
