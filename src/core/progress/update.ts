import type { LessonRecord, LessonStatus, Progress } from './model.js';
import { emptyProgress } from './model.js';

/** Pure updates: each returns a new Progress and leaves its input untouched. */

function withLesson(progress: Progress, lessonId: string, now: string, change: (r: LessonRecord) => LessonRecord): Progress {
  const current = progress.lessons[lessonId] ?? { status: 'in-progress', startedAt: now, updatedAt: now, checks: {} };
  const next = change({ ...current, checks: { ...current.checks } });
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { ...next, updatedAt: now } }, last: { lessonId, at: now } };
}

export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  return progress.lessons[lessonId]?.status ?? 'not-started';
}

export function openLesson(progress: Progress, lessonId: string, now: string): Progress {
  return withLesson(progress, lessonId, now, (r) => r);
}

export function savePosition(progress: Progress, lessonId: string, position: number, now: string): Progress {
  return withLesson(progress, lessonId, now, (r) => ({ ...r, position: Math.max(0, Math.floor(position)) }));
}

export function recordCheck(progress: Progress, lessonId: string, checkId: string, answer: number, correct: boolean, now: string): Progress {
  return withLesson(progress, lessonId, now, (r) => {
    const previous = r.checks[checkId];
    r.checks[checkId] = { answer, correct, attempts: (previous?.attempts ?? 0) + 1, at: now };
    return r;
  });
}

export function recordExercise(progress: Progress, lessonId: string, passed: boolean, now: string): Progress {
  return withLesson(progress, lessonId, now, (r) => ({
    ...r,
    exercise: { passed: passed || r.exercise?.passed === true, attempts: (r.exercise?.attempts ?? 0) + 1, at: now },
  }));
}

export function completeLesson(progress: Progress, lessonId: string, now: string): Progress {
  return withLesson(progress, lessonId, now, (r) => ({ ...r, status: 'done', completedAt: r.completedAt ?? now }));
}

export function resetLesson(progress: Progress, lessonId: string): Progress {
  const { [lessonId]: _removed, ...lessons } = progress.lessons;
  const next: Progress = { ...progress, lessons };
  if (next.last?.lessonId === lessonId) delete next.last;
  return next;
}

export function resetAll(): Progress {
  return emptyProgress();
}
