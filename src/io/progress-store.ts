import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultProgressDir } from './progress-dir.js';
import type Conf from 'conf';
import { emptyProgress, type Progress } from '../core/progress/model.js';
import { migrateProgress } from '../core/progress/migrate.js';
import { UserError } from './errors.js';
import { describeFsError } from './atomic-write.js';

export interface ProgressStoreOptions {
  /** Folder for progress.json. Defaults to MCP_OPERATOR_HOME, else the OS config folder. */
  dir?: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

const FILE_NAME = 'progress.json';
const FILE_MODE = 0o600;
/** A lock (or a temp file) untouched this long belongs to a process that died; 2 s is proper-lockfile's minimum. */
const STALE_MS = 2_000;
/** The temp file conf (atomically) writes before renaming it over progress.json. */
/** Waits for a lock another process holds: 10 ms growing to 250 ms, about 25 s in all. */
const LOCK_RETRIES = 100;
const CONF_TEMP = /^progress\.json\.tmp-\d{10}[0-9a-f]{6}$/;

export { defaultProgressDir };

/**
 * Progress kept in one small JSON file. Reads never throw on a bad file: a corrupt or invalid
 * file is moved aside (progress.corrupt-<timestamp>.json) and reported in `notices`. Writes go
 * through conf (atomic write, mode 0600) under a lock, after re-reading the file, so that two
 * processes finishing lessons at the same time lose nothing. Reading does not load conf: it
 * pulls in a JSON-schema validator that would double the start-up time of quick commands.
 */
export class ProgressStore {
  readonly path: string;
  readonly notices: string[] = [];
  private readonly dir: string;
  private readonly now: () => Date;
  private conf: Conf<Record<string, unknown>> | undefined;

  constructor(options: ProgressStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.dir = options.dir ?? defaultProgressDir();
    this.path = join(this.dir, FILE_NAME);
  }

  private moveAside(why: string): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = join(this.dir, `progress.corrupt-${stamp}.json`);
    try {
      renameSync(this.path, target);
    } catch (error) {
      throw new UserError(`progress file ${this.path} is unreadable (${why}) and could not be moved aside: ${describeFsError(error)}`);
    }
    this.notices.push(`Your progress file could not be read (${why}); it was moved to ${target} and a fresh one started.`);
  }

  /** Current progress from disk. A corrupt or invalid file is moved aside and an empty one returned. */
  read(): Progress {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      // ENOTDIR: a part of the folder's path is a file, so there is no progress there yet (and
      // saving will say why it cannot); reading commands keep working.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return emptyProgress();
      throw new UserError(`cannot read progress at ${this.path}: ${describeFsError(error)}`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      this.moveAside('it is not valid JSON');
      return emptyProgress();
    }
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0) return emptyProgress();
    const result = migrateProgress(raw);
    if (result.ok) return result.progress;
    if (result.reason === 'newer') throw new UserError(`${result.message}; upgrade mcp-operator to use ${this.path}`);
    this.moveAside(result.message);
    return emptyProgress();
  }

  /** Apply `change` to the freshest progress on disk under an exclusive lock and write it back. */
  async update(change: (progress: Progress) => Progress): Promise<Progress> {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new UserError(`cannot create the progress folder ${this.dir}: ${describeFsError(error)}`);
    }
    const { default: lockfile } = await import('proper-lockfile');
    let release: () => Promise<void>;
    // Retry only while another process holds the lock: proper-lockfile's own retries would also
    // retry a read-only or broken folder, for half a minute, before saying so.
    for (let attempt = 0; ; attempt += 1) {
      try {
        release = await lockfile.lock(this.path, {
          realpath: false,
          lockfilePath: `${this.path}.lock`,
          // A process killed while holding the lock leaves it behind; 2 s (the minimum) bounds the wait.
          stale: STALE_MS,
        });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || attempt >= LOCK_RETRIES) {
          throw new UserError(`cannot lock progress at ${this.path}: ${describeFsError(error)}`);
        }
        const delay = Math.min(250, 10 * 1.3 ** attempt) * (1 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    try {
      const next = change(this.read());
      this.removeStaleTemps();
      await this.write(next);
      return next;
    } finally {
      await release().catch(() => undefined);
    }
  }

  /**
   * A process killed in the middle of a save leaves conf's temp file (a partial copy of the
   * progress) next to progress.json. Only the lock holder writes, so under the lock an old temp
   * file is an orphan: remove it. Best effort; a failure here never stops the save.
   */
  private removeStaleTemps(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    const cutoff = Date.now() - STALE_MS;
    for (const name of names) {
      if (!CONF_TEMP.test(name)) continue;
      const file = join(this.dir, name);
      try {
        if (statSync(file).mtimeMs < cutoff) rmSync(file, { force: true });
      } catch {
        // gone meanwhile, or not removable: leave it
      }
    }
  }

  private async write(progress: Progress): Promise<void> {
    try {
      if (!this.conf) {
        const { default: Conf } = await import('conf');
        this.conf = new Conf<Record<string, unknown>>({
          projectName: 'mcp-operator',
          projectSuffix: '',
          configName: 'progress',
          configFileMode: FILE_MODE,
          cwd: this.dir,
        });
      }
      this.conf.store = progress as unknown as Record<string, unknown>;
    } catch (error) {
      if (error instanceof SyntaxError && existsSync(this.path)) {
        // conf re-reads the file when it opens; one that went bad meanwhile is moved aside too.
        this.moveAside('it is not valid JSON');
        this.conf = undefined;
        return this.write(progress);
      }
      throw new UserError(`cannot save progress to ${this.path}: ${describeFsError(error)}`);
    }
  }

  /** Time source shared with callers so records and notices agree. */
  timestamp(): string {
    return this.now().toISOString();
  }
}

