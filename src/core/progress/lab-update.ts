import type { LabRecord, Progress } from './model.js';

/** Pure updates of a lab's record; each returns a new Progress and leaves its input untouched. */

function withLab(progress: Progress, labId: string, now: string, change: (r: LabRecord) => LabRecord): Progress {
  const current = Object.hasOwn(progress.labs, labId) ? progress.labs[labId] : undefined;
  const base: LabRecord = current ?? { startedAt: now, updatedAt: now, checks: 0, passed: false, hints: 0, solutionShown: false };
  return { ...progress, labs: { ...progress.labs, [labId]: { ...change({ ...base }), updatedAt: now } } };
}

/** The lab was opened (its workspace written or resumed). */
export function openLab(progress: Progress, labId: string, now: string): Progress {
  return withLab(progress, labId, now, (r) => r);
}

/** One grading of a changed workspace; the first pass keeps its time and the number of checks it took. */
export function recordLabCheck(progress: Progress, labId: string, passed: boolean, now: string): Progress {
  return withLab(progress, labId, now, (r) => {
    const checks = r.checks + 1;
    if (!passed || r.passedAt) return { ...r, checks, passed: r.passed || passed };
    return { ...r, checks, passed: true, passedAt: now, checksToPass: checks };
  });
}

export function recordLabHints(progress: Progress, labId: string, hints: number, now: string): Progress {
  return withLab(progress, labId, now, (r) => ({ ...r, hints: Math.max(r.hints, Math.min(3, hints)) }));
}

export function recordLabSolution(progress: Progress, labId: string, now: string): Progress {
  return withLab(progress, labId, now, (r) => ({ ...r, solutionShown: true }));
}

export type LabStatus = 'not-started' | 'in-progress' | 'passed';

export function labStatus(progress: Progress, labId: string): LabStatus {
  const r = Object.hasOwn(progress.labs, labId) ? progress.labs[labId] : undefined;
  return !r ? 'not-started' : r.passed ? 'passed' : 'in-progress';
}
