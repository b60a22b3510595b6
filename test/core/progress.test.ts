import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../src/core/progress/model.js';
import { completeLesson, lessonStatus, openLesson, recordCheck, recordExercise, recordScenarioChoice, resetAll, resetLesson, resetScenario, savePosition, startScenarioRun } from '../../src/core/progress/update.js';
import { mergeProgress } from '../../src/core/progress/merge.js';
import { migrateProgress } from '../../src/core/progress/migrate.js';

const T1 = '2026-01-01T00:00:00.000Z';
const T2 = '2026-01-02T00:00:00.000Z';
const T3 = '2026-01-03T00:00:00.000Z';

describe('progress updates', () => {
  it('opens a lesson once, keeps startedAt and moves last', () => {
    let p = openLesson(emptyProgress(), 'a', T1);
    p = openLesson(p, 'a', T2);
    expect(p.lessons.a).toMatchObject({ status: 'in-progress', startedAt: T1, updatedAt: T2 });
    expect(p.last).toEqual({ lessonId: 'a', at: T2 });
    expect(lessonStatus(p, 'a')).toBe('in-progress');
    expect(lessonStatus(p, 'b')).toBe('not-started');
  });

  it('counts attempts and keeps the latest answer', () => {
    let p = recordCheck(emptyProgress(), 'a', 'c1', 2, false, T1);
    p = recordCheck(p, 'a', 'c1', 0, true, T2);
    expect(p.lessons.a?.checks.c1).toEqual({ answer: 0, correct: true, attempts: 2, at: T2 });
  });

  it('never un-passes an exercise', () => {
    let p = recordExercise(emptyProgress(), 'a', true, T1);
    p = recordExercise(p, 'a', false, T2);
    expect(p.lessons.a?.exercise).toEqual({ passed: true, attempts: 2, at: T2 });
  });

  it('completes once and keeps the first completion time', () => {
    let p = completeLesson(emptyProgress(), 'a', T1);
    p = completeLesson(p, 'a', T2);
    expect(p.lessons.a).toMatchObject({ status: 'done', completedAt: T1 });
  });

  it('does not mutate its input', () => {
    const before = openLesson(emptyProgress(), 'a', T1);
    const copy = structuredClone(before);
    recordCheck(before, 'a', 'c', 0, true, T2);
    savePosition(before, 'a', 12, T2);
    expect(before).toEqual(copy);
  });

  it('resets one lesson or all', () => {
    let p = openLesson(openLesson(emptyProgress(), 'a', T1), 'b', T2);
    p = resetLesson(p, 'b');
    expect(Object.keys(p.lessons)).toEqual(['a']);
    expect(p.last).toBeUndefined();
    expect(resetAll()).toEqual(emptyProgress());
  });
});

describe('merge', () => {
  const a: Progress = completeLesson(recordCheck(openLesson(emptyProgress(), 'x', T1), 'x', 'c1', 1, true, T1), 'x', T2);
  const b: Progress = recordCheck(recordCheck(openLesson(emptyProgress(), 'x', T2), 'x', 'c1', 0, false, T3), 'y', 'c9', 0, true, T3);

  it('loses nothing either side holds', () => {
    const m = mergeProgress(a, b);
    expect(Object.keys(m.lessons).sort()).toEqual(['x', 'y']);
    expect(m.lessons.x).toMatchObject({ status: 'done', startedAt: T1, updatedAt: T3, completedAt: T2 });
    expect(m.lessons.x?.checks.c1).toMatchObject({ correct: true, attempts: 1 });
    expect(m.lessons.y?.checks.c9?.correct).toBe(true);
    expect(m.last?.at).toBe(T3);
  });

  it('is commutative and idempotent', () => {
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
    expect(mergeProgress(a, a)).toEqual(a);
  });
});

describe('migration', () => {
  it('accepts the current schema as is', () => {
    const current = openLesson(emptyProgress(), 'a', T1);
    expect(migrateProgress(current)).toEqual({ ok: true, progress: current });
  });

  it('migrates an unversioned store of completed ids', () => {
    const result = migrateProgress({ completed: ['a', 'b'] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedFrom).toBe(0);
      expect(result.progress.schemaVersion).toBe(4);
      expect(result.progress.scenarios).toEqual({});
      expect(Object.keys(result.progress.lessons)).toEqual(['a', 'b']);
      expect(result.progress.lessons.a?.status).toBe('done');
    }
  });

  it('migrates schema 1 by adding scenario runs', () => {
    const v1 = { schemaVersion: 1, lessons: { a: { status: 'done', startedAt: T1, updatedAt: T1, checks: {} } } };
    const result = migrateProgress(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, progress: { schemaVersion: 4, scenarios: {}, labs: {}, lessons: { a: { status: 'done' } } } });
  });

  it('refuses a newer schema without touching it', () => {
    expect(migrateProgress({ schemaVersion: 99 })).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('explains what is invalid', () => {
    const result = migrateProgress({ schemaVersion: 3, lessons: { a: { status: 'bogus' } } });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('lessons.a.status') });
    expect(migrateProgress([])).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrateProgress({ schemaVersion: 'one' })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('scenario runs', () => {
  it('records a run decision by decision, counting expert matches', () => {
    let p = startScenarioRun(emptyProgress(), 's', 3, T1);
    p = recordScenarioChoice(p, 's', T1, 'd1', 'o1', true, T2, false);
    p = recordScenarioChoice(p, 's', T1, 'd2', 'o3', false, T2, false);
    p = recordScenarioChoice(p, 's', T1, 'd3', 'o2', true, T3, true);
    expect(p.scenarios.s?.runs).toEqual([{ startedAt: T1, finishedAt: T3, choices: { d1: 'o1', d2: 'o3', d3: 'o2' }, matched: 2, decisions: 3 }]);
  });

  it('keeps every run and merges the same run to its furthest state', () => {
    const a = recordScenarioChoice(startScenarioRun(emptyProgress(), 's', 3, T1), 's', T1, 'd1', 'o1', true, T1, false);
    const b = recordScenarioChoice(recordScenarioChoice(a, 's', T1, 'd2', 'o2', true, T2, false), 's', T1, 'd3', 'o1', false, T2, true);
    const other = startScenarioRun(emptyProgress(), 's', 3, T3);
    const merged = mergeProgress(mergeProgress(a, b), other);
    expect(merged.scenarios.s?.runs.map((r) => [r.startedAt, Object.keys(r.choices).length, Boolean(r.finishedAt)])).toEqual([
      [T1, 3, true],
      [T3, 0, false],
    ]);
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
  });

  it('resets one scenario', () => {
    const p = startScenarioRun(startScenarioRun(emptyProgress(), 's', 3, T1), 't', 3, T1);
    expect(Object.keys(resetScenario(p, 's').scenarios)).toEqual(['t']);
  });
});
