import { MAX_SCENARIO_RUNS, type LessonRecord, type LessonStatus, type Progress, type ScenarioRun } from './model.js';
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

/** Start a scenario run; `startedAt` identifies it for the choices that follow. */
export function startScenarioRun(progress: Progress, scenarioId: string, decisions: number, now: string): Progress {
  const runs = [...(progress.scenarios[scenarioId]?.runs ?? []), { startedAt: now, choices: {}, matched: 0, decisions }].slice(-MAX_SCENARIO_RUNS);
  return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: { runs } } };
}

/** Record one decision of the run that started at `startedAt`; `finished` closes the run. */
export function recordScenarioChoice(
  progress: Progress,
  scenarioId: string,
  startedAt: string,
  decisionId: string,
  optionId: string,
  expert: boolean,
  now: string,
  finished: boolean,
): Progress {
  const record = progress.scenarios[scenarioId];
  const runs = (record?.runs ?? []).map((run): ScenarioRun => {
    if (run.startedAt !== startedAt) return run;
    const already = decisionId in run.choices;
    const next: ScenarioRun = { ...run, choices: { ...run.choices, [decisionId]: optionId }, matched: run.matched + (expert && !already ? 1 : 0) };
    if (finished) next.finishedAt = now;
    return next;
  });
  return { ...progress, scenarios: { ...progress.scenarios, [scenarioId]: { runs } } };
}

export function resetScenario(progress: Progress, scenarioId: string): Progress {
  const { [scenarioId]: _removed, ...scenarios } = progress.scenarios;
  return { ...progress, scenarios };
}
