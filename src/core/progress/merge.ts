import { MAX_SCENARIO_RUNS, type CheckRecord, type ExerciseRecord, type LabRecord, type LessonRecord, type Progress, type ScenarioRecord, type ScenarioRun } from './model.js';

/** A record's own entry: ids such as "constructor" or "toString" must not find what every object inherits. */
const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);

const later = (a: string, b: string): string => (a >= b ? a : b);
const earlier = (a: string, b: string): string => (a <= b ? a : b);

function mergeCheck(a: CheckRecord | undefined, b: CheckRecord | undefined): CheckRecord | undefined {
  if (!a || !b) return a ?? b;
  // A correct answer is never un-learned by a merge; otherwise the newer answer wins.
  const pick = a.correct !== b.correct ? (a.correct ? a : b) : a.at >= b.at ? a : b;
  return { ...pick, attempts: Math.max(a.attempts, b.attempts) };
}

function mergeExercise(a: ExerciseRecord | undefined, b: ExerciseRecord | undefined): ExerciseRecord | undefined {
  if (!a || !b) return a ?? b;
  const pick = a.passed !== b.passed ? (a.passed ? a : b) : a.at >= b.at ? a : b;
  return { ...pick, attempts: Math.max(a.attempts, b.attempts) };
}

export function mergeLesson(a: LessonRecord | undefined, b: LessonRecord | undefined): LessonRecord | undefined {
  if (!a || !b) return a ?? b;
  const checks: Record<string, CheckRecord> = {};
  for (const id of new Set([...Object.keys(a.checks), ...Object.keys(b.checks)])) {
    const merged = mergeCheck(own(a.checks, id), own(b.checks, id));
    if (merged) checks[id] = merged;
  }
  const done = a.status === 'done' || b.status === 'done';
  const completed = [a.completedAt, b.completedAt].filter((x): x is string => Boolean(x));
  const newer = a.updatedAt >= b.updatedAt ? a : b;
  const merged: LessonRecord = {
    status: done ? 'done' : 'in-progress',
    startedAt: earlier(a.startedAt, b.startedAt),
    updatedAt: later(a.updatedAt, b.updatedAt),
    checks,
  };
  if (done && completed.length) merged.completedAt = completed.reduce(earlier);
  const position = newer.position ?? (newer === a ? b.position : a.position);
  if (position !== undefined) merged.position = position;
  const exercise = mergeExercise(a.exercise, b.exercise);
  if (exercise) merged.exercise = exercise;
  return merged;
}

function runScore(run: ScenarioRun): number {
  return (run.finishedAt ? 1_000_000 : 0) + Object.keys(run.choices).length;
}

/** Runs are identified by their start time; the same run seen twice keeps its furthest state. */
export function mergeScenario(a: ScenarioRecord | undefined, b: ScenarioRecord | undefined): ScenarioRecord | undefined {
  if (!a || !b) return a ?? b;
  const byStart = new Map<string, ScenarioRun>();
  for (const run of [...a.runs, ...b.runs]) {
    const seen = byStart.get(run.startedAt);
    if (!seen || runScore(run) > runScore(seen) || (runScore(run) === runScore(seen) && JSON.stringify(run) > JSON.stringify(seen))) byStart.set(run.startedAt, run);
  }
  const runs = [...byStart.values()].sort((x, y) => (x.startedAt < y.startedAt ? -1 : 1)).slice(-MAX_SCENARIO_RUNS);
  return { runs };
}

/** A pass is never un-learned; the first pass keeps its time and the checks it took; counters keep their highest. */
export function mergeLab(a: LabRecord | undefined, b: LabRecord | undefined): LabRecord | undefined {
  if (!a || !b) return a ?? b;
  const merged: LabRecord = {
    startedAt: earlier(a.startedAt, b.startedAt),
    updatedAt: later(a.updatedAt, b.updatedAt),
    checks: Math.max(a.checks, b.checks),
    passed: a.passed || b.passed,
    hints: Math.max(a.hints, b.hints),
    solutionShown: a.solutionShown || b.solutionShown,
  };
  const passes = [a, b].filter((r) => r.passedAt !== undefined).sort((x, y) => ((x.passedAt as string) <= (y.passedAt as string) ? -1 : 1));
  const first = passes[0];
  if (first?.passedAt) merged.passedAt = first.passedAt;
  if (first?.checksToPass !== undefined) merged.checksToPass = first.checksToPass;
  return merged;
}

/** Merge two progress documents without losing anything either holds. Commutative. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonRecord> = {};
  for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    const merged = mergeLesson(own(a.lessons, id), own(b.lessons, id));
    if (merged) lessons[id] = merged;
  }
  const scenarios: Record<string, ScenarioRecord> = {};
  for (const id of new Set([...Object.keys(a.scenarios), ...Object.keys(b.scenarios)])) {
    const merged = mergeScenario(own(a.scenarios, id), own(b.scenarios, id));
    if (merged) scenarios[id] = merged;
  }
  const attempts = new Map<string, Progress['quiz']['attempts'][number]>();
  for (const attempt of [...a.quiz.attempts, ...b.quiz.attempts]) {
    const seen = attempts.get(attempt.startedAt);
    if (!seen || attempt.answers.length > seen.answers.length || (attempt.answers.length === seen.answers.length && JSON.stringify(attempt) > JSON.stringify(seen))) attempts.set(attempt.startedAt, attempt);
  }
  const cards: Progress['quiz']['cards'] = { ...a.quiz.cards };
  for (const [id, card] of Object.entries(b.quiz.cards)) {
    const other = own(cards, id);
    // The card reviewed last carries the most recent schedule.
    if (!other || (card.last_review ?? '') > (other.last_review ?? '') || ((card.last_review ?? '') === (other.last_review ?? '') && JSON.stringify(card) > JSON.stringify(other))) cards[id] = card;
  }
  const quiz: Progress['quiz'] = { attempts: [...attempts.values()].sort((x, y) => (x.startedAt < y.startedAt ? -1 : 1)), cards };
  const environment = a.quiz.environment ?? b.quiz.environment;
  if (environment) quiz.environment = environment;
  const labs: Record<string, LabRecord> = {};
  for (const id of new Set([...Object.keys(a.labs), ...Object.keys(b.labs)])) {
    const merged = mergeLab(own(a.labs, id), own(b.labs, id));
    if (merged) labs[id] = merged;
  }
  const result: Progress = { schemaVersion: a.schemaVersion, lessons, scenarios, quiz, labs };
  const last = !a.last || !b.last ? (a.last ?? b.last) : a.last.at >= b.last.at ? a.last : b.last;
  if (last) result.last = last;
  return result;
}
