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
    const value: Progress = { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons, scenarios };
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
