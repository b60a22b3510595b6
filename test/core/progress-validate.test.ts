import { describe, expect, it } from 'vitest';
import { validateProgress } from '../../src/core/progress/validate.js';

const at = '2026-01-01T00:00:00.000Z';

describe('progress validation', () => {
  it('accepts a full record and drops unknown fields', () => {
    const input = {
      schemaVersion: 4,
      extra: true,
      lessons: { a: { status: 'done', startedAt: at, updatedAt: at, completedAt: at, position: 3, checks: { c: { answer: 0, correct: true, attempts: 1, at } }, exercise: { passed: true, attempts: 2, at }, note: 'x' } },
      scenarios: { s: { runs: [{ startedAt: at, finishedAt: at, choices: { d1: 'o1' }, matched: 1, decisions: 3 }] } },
      last: { lessonId: 'a', at },
    };
    const result = validateProgress(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toHaveProperty('extra');
      expect(result.value.lessons.a).not.toHaveProperty('note');
      expect(result.value.lessons.a?.exercise).toEqual({ passed: true, attempts: 2, at });
      expect(result.value.scenarios.s?.runs[0]).toEqual({ startedAt: at, finishedAt: at, choices: { d1: 'o1' }, matched: 1, decisions: 3 });
    }
  });

  it('defaults missing lessons and checks to empty', () => {
    expect(validateProgress({ schemaVersion: 4 })).toEqual({ ok: true, value: { schemaVersion: 4, lessons: {}, scenarios: {}, quiz: { attempts: [], cards: {} }, labs: {} } });
    const r = validateProgress({ schemaVersion: 4, lessons: { a: { status: 'in-progress', startedAt: at, updatedAt: at } } });
    expect(r.ok && r.value.lessons.a?.checks).toEqual({});
  });

  it.each([
    [{ schemaVersion: 3 }, 'schemaVersion'],
    [{ schemaVersion: 4, scenarios: { s: { runs: {} } } }, 'scenarios.s.runs'],
    [{ schemaVersion: 4, scenarios: { s: { runs: [{ startedAt: at, choices: { d: 3 }, matched: 0, decisions: 3 }] } } }, 'scenarios.s.runs[0].choices.d'],
    [{ schemaVersion: 4, lessons: [] }, 'lessons'],
    [{ schemaVersion: 4, lessons: { a: { status: 'done', startedAt: '', updatedAt: at } } }, 'lessons.a.startedAt'],
    [{ schemaVersion: 4, lessons: { a: { status: 'done', startedAt: at, updatedAt: at, checks: { c: { answer: -1, correct: true, attempts: 1, at } } } } }, 'lessons.a.checks.c.answer'],
    [{ schemaVersion: 4, lessons: { a: { status: 'done', startedAt: at, updatedAt: at, position: 1.5 } } }, 'lessons.a.position'],
    [{ schemaVersion: 4, lessons: { a: { status: 'done', startedAt: at, updatedAt: at, exercise: { passed: 'yes', attempts: 1, at } } } }, 'lessons.a.exercise.passed'],
    [{ schemaVersion: 4, last: { lessonId: 3, at } }, 'last.lessonId'],
    [null, '(root)'],
  ])('names the field that is wrong (%#)', (input, path) => {
    expect(validateProgress(input)).toMatchObject({ ok: false, path });
  });
});
