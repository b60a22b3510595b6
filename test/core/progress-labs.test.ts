import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_SCHEMA_VERSION } from '../../src/core/progress/model.js';
import { labStatus, openLab, recordLabCheck, recordLabHints, recordLabSolution } from '../../src/core/progress/lab-update.js';
import { mergeLab, mergeProgress } from '../../src/core/progress/merge.js';
import { migrateProgress } from '../../src/core/progress/migrate.js';
import { validateProgress } from '../../src/core/progress/validate.js';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-01T10:05:00.000Z';
const T3 = '2026-12-01T10:09:00.000Z';

describe('lab progress', () => {
  it('records each check, and the first pass with its time and the number of checks it took', () => {
    let p = openLab(emptyProgress(), 'lab-a', T1);
    expect(labStatus(p, 'lab-a')).toBe('in-progress');
    p = recordLabCheck(p, 'lab-a', false, T1);
    p = recordLabCheck(p, 'lab-a', true, T2);
    expect(p.labs['lab-a']).toMatchObject({ checks: 2, passed: true, passedAt: T2, checksToPass: 2, startedAt: T1 });
    // Later checks, passing or not, never move the first pass nor un-pass the lab.
    p = recordLabCheck(p, 'lab-a', false, T3);
    expect(p.labs['lab-a']).toMatchObject({ checks: 3, passed: true, passedAt: T2, checksToPass: 2, updatedAt: T3 });
    expect(labStatus(p, 'lab-a')).toBe('passed');
    expect(labStatus(p, 'other')).toBe('not-started');
  });

  it('keeps the most hints seen and whether the solution was shown, without touching its input', () => {
    const before = openLab(emptyProgress(), 'lab-a', T1);
    const after = recordLabSolution(recordLabHints(recordLabHints(before, 'lab-a', 2, T1), 'lab-a', 1, T2), 'lab-a', T2);
    expect(after.labs['lab-a']).toMatchObject({ hints: 2, solutionShown: true });
    expect(before.labs['lab-a']).toMatchObject({ hints: 0, solutionShown: false });
  });

  it('a version 3 file is migrated to 4 with nothing lost and no labs yet', () => {
    const v3 = {
      schemaVersion: 3,
      lessons: { a: { status: 'done', startedAt: T1, updatedAt: T1, completedAt: T1, checks: { c: { answer: 1, correct: true, attempts: 2, at: T1 } } } },
      scenarios: { s: { runs: [{ startedAt: T1, choices: { d: 'o' }, matched: 1, decisions: 2 }] } },
      quiz: { attempts: [], cards: {}, environment: 'team' },
      last: { lessonId: 'a', at: T1 },
    };
    const result = migrateProgress(v3);
    expect(result).toMatchObject({ ok: true, migratedFrom: 3 });
    if (!result.ok) return;
    expect(result.progress).toEqual({ ...v3, schemaVersion: PROGRESS_SCHEMA_VERSION, labs: {} });
  });

  it('validation keeps lab records and names a wrong field', () => {
    const record = { startedAt: T1, updatedAt: T2, checks: 2, passed: true, passedAt: T2, checksToPass: 2, hints: 1, solutionShown: false };
    expect(validateProgress({ schemaVersion: 4, labs: { x: record } })).toMatchObject({ ok: true, value: { labs: { x: record } } });
    expect(validateProgress({ schemaVersion: 4, labs: { x: { ...record, checks: -1 } } })).toMatchObject({ ok: false, path: 'labs.x.checks' });
    expect(validateProgress({ schemaVersion: 4, labs: { x: { ...record, passed: 'yes' } } })).toMatchObject({ ok: false, path: 'labs.x.passed' });
  });

  it('merging two copies keeps the earliest pass and every count', () => {
    const a = { startedAt: T1, updatedAt: T3, checks: 5, passed: true, passedAt: T3, checksToPass: 5, hints: 3, solutionShown: true };
    const b = { startedAt: T2, updatedAt: T2, checks: 2, passed: true, passedAt: T2, checksToPass: 2, hints: 0, solutionShown: false };
    expect(mergeLab(a, b)).toEqual({ startedAt: T1, updatedAt: T3, checks: 5, passed: true, passedAt: T2, checksToPass: 2, hints: 3, solutionShown: true });
    expect(mergeLab(a, b)).toEqual(mergeLab(b, a));
    const pa = { ...emptyProgress(), labs: { x: a } };
    const pb = { ...emptyProgress(), labs: { y: b } };
    expect(Object.keys(mergeProgress(pa, pb).labs).sort()).toEqual(['x', 'y']);
  });
});
