import { PROGRESS_SCHEMA_VERSION, type Progress } from './model.js';

/**
 * Validation of the progress file, by hand rather than with zod: progress is read on every start
 * and loading zod costs more than the rest of a quick command (see README, design notes). Unknown
 * fields are dropped, so a file written by a later minor change still reads.
 */
export type ValidationResult = { ok: true; value: Progress } | { ok: false; path: string; message: string };

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

function object(value: unknown, path: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Invalid(path, 'must be an object');
  return value as Obj;
}
function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new Invalid(path, 'must be a non-empty string');
  return value;
}
function integer(value: unknown, path: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw new Invalid(path, `must be a whole number >= ${min}`);
  return value;
}
function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(path, 'must be true or false');
  return value;
}
function records<T>(value: unknown, path: string, each: (v: unknown, p: string) => T): Record<string, T> {
  if (value === undefined) return {};
  const out: Record<string, T> = {};
  for (const [key, entry] of Object.entries(object(value, path))) out[key] = each(entry, `${path}.${key}`);
  return out;
}

export function validateProgress(input: unknown): ValidationResult {
  try {
    const root = object(input, '(root)');
    if (root.schemaVersion !== PROGRESS_SCHEMA_VERSION) throw new Invalid('schemaVersion', `must be ${PROGRESS_SCHEMA_VERSION}`);
    const lessons = records(root.lessons, 'lessons', (value, path) => {
      const r = object(value, path);
      if (r.status !== 'in-progress' && r.status !== 'done') throw new Invalid(`${path}.status`, 'must be "in-progress" or "done"');
      const lesson: Progress['lessons'][string] = {
        status: r.status,
        startedAt: string(r.startedAt, `${path}.startedAt`),
        updatedAt: string(r.updatedAt, `${path}.updatedAt`),
        checks: records(r.checks, `${path}.checks`, (c, p) => {
          const check = object(c, p);
          return { answer: integer(check.answer, `${p}.answer`, 0), correct: boolean(check.correct, `${p}.correct`), attempts: integer(check.attempts, `${p}.attempts`, 1), at: string(check.at, `${p}.at`) };
        }),
      };
      if (r.completedAt !== undefined) lesson.completedAt = string(r.completedAt, `${path}.completedAt`);
      if (r.position !== undefined) lesson.position = integer(r.position, `${path}.position`, 0);
      if (r.exercise !== undefined) {
        const e = object(r.exercise, `${path}.exercise`);
        lesson.exercise = { passed: boolean(e.passed, `${path}.exercise.passed`), attempts: integer(e.attempts, `${path}.exercise.attempts`, 1), at: string(e.at, `${path}.exercise.at`) };
      }
      return lesson;
    });
    const scenarios = records(root.scenarios, 'scenarios', (value, path) => {
      const r = object(value, path);
      if (!Array.isArray(r.runs)) throw new Invalid(`${path}.runs`, 'must be a list');
      return {
        runs: r.runs.map((run: unknown, i: number) => {
          const p = `${path}.runs[${i}]`;
          const o = object(run, p);
          const out: Progress['scenarios'][string]['runs'][number] = {
            startedAt: string(o.startedAt, `${p}.startedAt`),
            choices: records(o.choices, `${p}.choices`, (c, cp) => string(c, cp)),
            matched: integer(o.matched, `${p}.matched`, 0),
            decisions: integer(o.decisions, `${p}.decisions`, 0),
          };
          if (o.finishedAt !== undefined) out.finishedAt = string(o.finishedAt, `${p}.finishedAt`);
          return out;
        }),
      };
    });
    const quiz = validateQuiz(root.quiz);
    const labs = records(root.labs, 'labs', (value, path) => {
      const r = object(value, path);
      const lab: Progress['labs'][string] = {
        startedAt: string(r.startedAt, `${path}.startedAt`),
        updatedAt: string(r.updatedAt, `${path}.updatedAt`),
        checks: integer(r.checks, `${path}.checks`, 0),
        passed: boolean(r.passed, `${path}.passed`),
        hints: r.hints === undefined ? 0 : integer(r.hints, `${path}.hints`, 0),
        solutionShown: r.solutionShown === undefined ? false : boolean(r.solutionShown, `${path}.solutionShown`),
      };
      if (r.passedAt !== undefined) lab.passedAt = string(r.passedAt, `${path}.passedAt`);
      if (r.checksToPass !== undefined) lab.checksToPass = integer(r.checksToPass, `${path}.checksToPass`, 0);
      return lab;
    });
    const value: Progress = { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons, scenarios, quiz, labs };
    if (root.last !== undefined) {
      const last = object(root.last, 'last');
      value.last = { lessonId: string(last.lessonId, 'last.lessonId'), at: string(last.at, 'last.at') };
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, path: error.path, message: error.message };
    throw error;
  }
}

const AREA_PATTERN = /^[a-z-]+$/;

function validateQuiz(input: unknown): Progress['quiz'] {
  if (input === undefined) return { attempts: [], cards: {} };
  const q = object(input, 'quiz');
  if (q.attempts !== undefined && !Array.isArray(q.attempts)) throw new Invalid('quiz.attempts', 'must be a list');
  const attempts = ((q.attempts as unknown[] | undefined) ?? []).map((a, i) => {
    const p = `quiz.attempts[${i}]`;
    const o = object(a, p);
    if (o.mode !== 'full' && o.mode !== 'focused' && o.mode !== 'review') throw new Invalid(`${p}.mode`, 'must be full, focused or review');
    if (!Array.isArray(o.answers)) throw new Invalid(`${p}.answers`, 'must be a list');
    const attempt: Progress['quiz']['attempts'][number] = {
      startedAt: string(o.startedAt, `${p}.startedAt`),
      mode: o.mode,
      planned: integer(o.planned, `${p}.planned`, 0),
      answers: o.answers.map((x: unknown, j: number) => {
        const ap = `${p}.answers[${j}]`;
        const r = object(x, ap);
        const area = string(r.area, `${ap}.area`);
        if (!AREA_PATTERN.test(area)) throw new Invalid(`${ap}.area`, 'must be an area id');
        const level = integer(r.level, `${ap}.level`, 1);
        if (level > 3) throw new Invalid(`${ap}.level`, 'must be 1, 2 or 3');
        return { id: string(r.id, `${ap}.id`), area: area as never, level: level as 1 | 2 | 3, chosen: integer(r.chosen, `${ap}.chosen`, 0), correct: boolean(r.correct, `${ap}.correct`), sure: boolean(r.sure, `${ap}.sure`) };
      }),
    };
    if (o.finishedAt !== undefined) attempt.finishedAt = string(o.finishedAt, `${p}.finishedAt`);
    return attempt;
  });
  const cards = records(q.cards, 'quiz.cards', (c, p) => {
    const o = object(c, p);
    const num = (k: string) => {
      if (typeof o[k] !== 'number' || !Number.isFinite(o[k])) throw new Invalid(`${p}.${k}`, 'must be a number');
      return o[k] as number;
    };
    const card: Progress['quiz']['cards'][string] = {
      due: string(o.due, `${p}.due`),
      stability: num('stability'),
      difficulty: num('difficulty'),
      elapsed_days: num('elapsed_days'),
      scheduled_days: num('scheduled_days'),
      reps: num('reps'),
      lapses: num('lapses'),
      learning_steps: num('learning_steps'),
      state: num('state'),
    };
    if (o.last_review !== undefined) card.last_review = string(o.last_review, `${p}.last_review`);
    return card;
  });
  const out: Progress['quiz'] = { attempts, cards };
  if (q.environment !== undefined) out.environment = string(q.environment, 'quiz.environment');
  return out;
}
