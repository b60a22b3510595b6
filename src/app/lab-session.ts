import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gradeLab } from '../core/lab/grade.js';
import { HINT_COUNT, nextHintCount, solutionAvailable } from '../core/lab/progression.js';
import type { Grade, Lab } from '../core/lab/types.js';
import type { LabContext } from '../core/lab/workspace.js';
import type { LabRecord, Progress } from '../core/progress/model.js';
import { openLab, recordLabCheck, recordLabHints, recordLabSolution } from '../core/progress/lab-update.js';
import type { Knowledge } from '../core/servers/knowledge.js';
import { readWorkspace, writeWorkspace } from '../io/lab-workspace.js';
import type { ProgressStore } from '../io/progress-store.js';
import { watchFolder, type FolderWatch } from '../io/watch-folder.js';

export interface LabSessionOptions {
  lab: Lab;
  /** The workspace folder. */
  dir: string;
  store: ProgressStore;
  knowledge: Knowledge;
  now?: () => Date;
  /** Watch tuning (tests use a short poll). */
  watch?: { debounceMs?: number; pollMs?: number };
}

/** What a screen shows: the last grade and everything around it. */
export interface LabView {
  grade: Grade;
  /** Lab files that could not be read, with why. */
  unreadable: Record<string, string>;
  /** Gradings of a changed workspace, as stored in progress. */
  checks: number;
  /** Passed now or before (the first pass is what progress keeps). */
  passedEver: boolean;
  passedAt?: string;
  hintsShown: number;
  /** When the workspace was last graded (ISO). */
  checkedAt: string;
  /** A progress write failed: the one-line reason (grading goes on). */
  saveError?: string;
}

function digest(files: Record<string, string>, keys: readonly string[], unreadable: Record<string, string> = {}): string {
  const hash = createHash('sha256');
  for (const key of [...keys].sort()) hash.update(key).update('\0').update(files[key] ?? '\u0000missing').update('\0');
  for (const key of Object.keys(unreadable).sort()) hash.update(`!${key}`).update('\0');
  return hash.digest('hex');
}

/**
 * One learner working on one lab: the workspace, its grade, hints and the solution, and the progress
 * that records them. The TUI, line mode and `lab --check` all drive it, so they grade and record alike.
 */
export class LabSession {
  readonly lab: Lab;
  readonly dir: string;
  private readonly store: ProgressStore;
  private readonly ctx: LabContext;
  private readonly now: () => Date;
  private readonly watchOptions: LabSessionOptions['watch'];
  private watcher: FolderWatch | undefined;
  private listeners = new Set<(view: LabView) => void>();
  private lastDigest: string | undefined;
  private lastOthers: string | undefined;
  private writes: Promise<unknown> = Promise.resolve();
  private record: LabRecord | undefined;
  view: LabView;

  constructor(options: LabSessionOptions) {
    this.lab = options.lab;
    this.dir = options.dir;
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.watchOptions = options.watch;
    this.ctx = { knowledge: options.knowledge, date: this.now().toISOString().slice(0, 10) };
    const stored = this.store.read().labs;
    this.record = Object.hasOwn(stored, this.lab.id) ? stored[this.lab.id] : undefined;
    this.view = {
      grade: { goals: [], passed: false },
      unreadable: {},
      checks: this.record?.checks ?? 0,
      passedEver: this.record?.passed ?? false,
      ...(this.record?.passedAt ? { passedAt: this.record.passedAt } : {}),
      hintsShown: Math.min(HINT_COUNT, this.record?.hints ?? 0),
      checkedAt: this.now().toISOString(),
    };
  }

  /** Write the starting files that are missing (a resumed workspace keeps the learner's work), record the visit, grade. */
  async open(): Promise<LabView> {
    writeWorkspace(this.dir, this.lab.start, 'missing');
    await this.save((p, now) => openLab(p, this.lab.id, now));
    this.check({ reason: 'open' });
    return this.view;
  }

  /** Persist a change (serialised: each waits for the one before). A failure is shown, never thrown at the grader. */
  private save(change: (p: Progress, now: string) => Progress): Promise<void> {
    const run = this.writes.then(async () => {
      try {
        const next = await this.store.update((p) => change(p, this.now().toISOString()));
        this.record = next.labs[this.lab.id];
        if (this.view.saveError) this.update({ saveError: undefined });
      } catch (error) {
        this.update({ saveError: (error as Error).message.split('\n')[0] });
      }
    });
    this.writes = run;
    return run;
  }

  private update(patch: Partial<LabView>): void {
    const next = { ...this.view, ...patch };
    if ('saveError' in patch && patch.saveError === undefined) delete next.saveError;
    this.view = next;
    for (const listener of this.listeners) listener(this.view);
  }

  /**
   * Grade the workspace if it changed since the last grading, and say whether it graded. What is a
   * check (recorded, with a first pass's time and the number of checks it took): after a save (the
   * default), a change to the lab's files; for `lab --check`, any workspace that is not the untouched
   * starting files; when a lab is opened, nothing, unless the files were already fixed outside the
   * tutor, so that their pass is saved.
   */
  check(options: { reason?: 'save' | 'open' | 'check'; force?: boolean } = {}): boolean {
    const reason = options.reason ?? 'save';
    const read = readWorkspace(this.dir, this.lab);
    const own = this.lab.files.map((f) => f.path);
    // The lab's own files decide what counts as a check; other files (a backup copy, an editor's
    // autosave) are graded too, for a leaked value, but changing them is not the learner's check.
    const current = digest(read.files, own, read.unreadable);
    const others = digest(read.files, Object.keys(read.files).filter((k) => !own.includes(k)));
    const changed = current !== this.lastDigest;
    if (!options.force && !changed && others === this.lastOthers) return false;
    this.lastDigest = current;
    this.lastOthers = others;
    const grade = gradeLab(this.lab, read.files, this.ctx);
    const untouched = this.lab.files.every((f) => read.files[f.path] === this.lab.start[f.path]);
    const counts = reason === 'open' ? grade.passed && !this.view.passedAt && !untouched : reason === 'check' ? !untouched : changed;
    const checks = this.view.checks + (counts ? 1 : 0);
    const firstPass = counts && grade.passed && !this.view.passedAt;
    const at = this.now().toISOString();
    this.update({ grade, unreadable: read.unreadable, checks, checkedAt: at, passedEver: this.view.passedEver || grade.passed, ...(firstPass ? { passedAt: at } : {}) });
    if (counts) void this.save((p, now) => recordLabCheck(p, this.lab.id, grade.passed, now));
    return true;
  }

  /** Re-grade on every save, within a second. */
  watch(): void {
    if (this.watcher) return;
    this.watcher = watchFolder(this.dir, this.lab.files.map((f) => f.path), () => this.check(), this.watchOptions ?? {});
  }

  subscribe(listener: (view: LabView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Show one more hint; returns how many are shown. */
  nextHint(): number {
    const shown = nextHintCount(this.view.hintsShown, this.lab.hints.length);
    if (shown !== this.view.hintsShown) {
      this.update({ hintsShown: shown });
      void this.save((p, now) => recordLabHints(p, this.lab.id, shown, now));
    }
    return shown;
  }

  solutionAvailable(): boolean {
    return solutionAvailable(this.view.passedEver, this.view.hintsShown);
  }

  /** The reference solution (its explanation and files), once earned; undefined before. */
  solution(): { explanation: string; files: Record<string, string> } | undefined {
    if (!this.solutionAvailable()) return undefined;
    if (!this.record?.solutionShown) void this.save((p, now) => recordLabSolution(p, this.lab.id, now));
    return { explanation: this.lab.explanation, files: { ...this.lab.solution } };
  }

  /** Put the starting files back (the caller has asked first), then grade. */
  restore(): void {
    writeWorkspace(this.dir, this.lab.start, 'replace');
    this.check();
  }

  /** The file the e key opens, as an absolute path. */
  openPath(): string {
    return join(this.dir, ...this.lab.open.split('/'));
  }

  /** Stop watching and wait for the progress writes. */
  async close(): Promise<void> {
    this.watcher?.close();
    this.watcher = undefined;
    this.listeners.clear();
    await this.writes;
  }
}
