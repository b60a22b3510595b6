import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeLesson } from '../../helpers/fixtures.js';
import { emptyProgress } from '../../../src/core/progress/model.js';
import { completeLesson, recordScenarioChoice, startScenarioRun } from '../../../src/core/progress/update.js';
import { continueTarget, nextUnfinishedAfter } from '../../../src/core/course/navigation.js';
import { pendingCapstone } from '../../../src/core/course/capstone.js';
import { unfinishedRun } from '../../../src/core/course/scenario-resume.js';
import { QUESTIONS } from '../../../src/core/interview/questions.js';
import type { Scenario } from '../../../src/core/content/types.js';

const T = '2026-12-05T10:00:00.000Z';
const lessons = [makeLesson('a', 1, 1), makeLesson('b', 1, 2), makeLesson('c', 2, 1), makeLesson('d', 2, 2)];
const catalogue = makeCatalogue(lessons);
const done = (...ids: string[]) => ids.reduce((p, id) => completeLesson(p, id, T), emptyProgress());

describe('Up next', () => {
  it('skips lessons already done, and wraps to an earlier open one', () => {
    expect(nextUnfinishedAfter(catalogue, done('b'), 'a')?.id).toBe('c');
    expect(nextUnfinishedAfter(catalogue, done('b', 'c'), 'a')?.id).toBe('d');
    expect(nextUnfinishedAfter(catalogue, done('b', 'c', 'd'), 'a')).toBeUndefined();
    expect(nextUnfinishedAfter(catalogue, done('a'), 'd')?.id).toBe('b');
    // Never the lesson itself, even when it is not done.
    expect(nextUnfinishedAfter(catalogue, done('a', 'b', 'c'), 'd')).toBeUndefined();
    expect(continueTarget(catalogue, done('a', 'b'))?.lesson.id).toBe('c');
  });
});

describe('a capstone left before its end', () => {
  const track1 = QUESTIONS.filter((q) => q.track === 1 && q.id !== 'server');

  it('is offered once the track is done and the learner started one for their own server', () => {
    const progress = done('a', 'b');
    expect(pendingCapstone(catalogue, progress, {}, QUESTIONS)).toBeUndefined();
    expect(pendingCapstone(catalogue, progress, { server: 'acme' }, QUESTIONS)).toMatchObject({ track: 1, answered: 0, server: 'acme' });
    const some = { server: 'acme', [track1[0]!.id]: track1[0]!.choices?.[0]?.value ?? 'x' };
    const pending = pendingCapstone(catalogue, progress, some, QUESTIONS);
    expect(pending?.answered).toBe(1);
    expect(pending?.total).toBeGreaterThan(1);
  });

  it('is not offered before the track is done, nor once every question of it is answered', () => {
    expect(pendingCapstone(catalogue, done('a'), { server: 'acme' }, QUESTIONS)).toBeUndefined();
    const all: Record<string, string | string[]> = { server: 'acme' };
    for (const q of QUESTIONS.filter((x) => x.track === 1)) all[q.id] = 'unknown';
    expect(pendingCapstone(catalogue, done('a', 'b'), all, QUESTIONS)).toBeUndefined();
  });
});

describe('a scenario left after a decision', () => {
  const scenario = {
    id: 's',
    decisions: [
      { id: 'd1', options: [{ id: 'x' }, { id: 'y' }] },
      { id: 'd2', options: [{ id: 'x' }] },
      { id: 'd3', options: [{ id: 'x' }] },
    ],
  } as unknown as Scenario;

  it('goes on from the first decision not taken', () => {
    let p = startScenarioRun(emptyProgress(), 's', 3, T);
    expect(unfinishedRun(p, scenario)).toBeUndefined();
    p = recordScenarioChoice(p, 's', T, 'd1', 'x', true, T, false);
    expect(unfinishedRun(p, scenario)).toMatchObject({ next: 1, run: { startedAt: T, matched: 1 } });
    p = recordScenarioChoice(p, 's', T, 'd2', 'x', false, T, false);
    expect(unfinishedRun(p, scenario)?.next).toBe(2);
  });

  it('is nothing to resume once finished, or when the scenario has changed its decisions', () => {
    let p = startScenarioRun(emptyProgress(), 's', 3, T);
    for (const [i, d] of ['d1', 'd2', 'd3'].entries()) p = recordScenarioChoice(p, 's', T, d, 'x', true, T, i === 2);
    expect(unfinishedRun(p, scenario)).toBeUndefined();
    const old = recordScenarioChoice(startScenarioRun(emptyProgress(), 's', 3, T), 's', T, 'gone', 'x', true, T, false);
    expect(unfinishedRun(old, scenario)).toBeUndefined();
  });
});
