import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/core/progress/model.js';
import { completeLesson, openLesson, recordCheck, recordExercise } from '../../src/core/progress/update.js';
import { continueTarget, isLessonComplete, missingPrerequisites, nextLessonAfter, trackSummaries } from '../../src/core/course/navigation.js';
import { displayOrder, gradeCheck, gradeOrder, gradeSelect, optionOrder } from '../../src/core/course/grading.js';
import { lessonSteps, stepLabel } from '../../src/core/course/steps.js';
import { lessonMarkdown } from '../../src/core/course/lesson-document.js';
import { makeCatalogue, makeCheck, makeLesson } from '../helpers/fixtures.js';
import type { OrderExercise, SelectExercise } from '../../src/core/content/schema.js';

const T = '2026-01-01T00:00:00.000Z';
const a = makeLesson('a', 1, 1);
const b = makeLesson('b', 1, 2, { prerequisites: ['a'] });
const c = makeLesson('c', 2, 1);
const catalogue = makeCatalogue([a, b, c]);

describe('continue target', () => {
  it('starts at the first lesson', () => {
    expect(continueTarget(catalogue, emptyProgress())).toMatchObject({ lesson: { id: 'a' }, reason: 'start' });
  });
  it('resumes the last lesson opened while it is unfinished', () => {
    const p = openLesson(completeLesson(emptyProgress(), 'a', T), 'c', T);
    expect(continueTarget(catalogue, p)).toMatchObject({ lesson: { id: 'c' }, reason: 'resume' });
  });
  it('moves to the next unfinished lesson after a finished one, wrapping round', () => {
    let p = completeLesson(emptyProgress(), 'b', T);
    expect(continueTarget(catalogue, p)).toMatchObject({ lesson: { id: 'c' }, reason: 'next' });
    p = completeLesson(completeLesson(emptyProgress(), 'b', T), 'c', T);
    expect(continueTarget(catalogue, p)?.lesson.id).toBe('a');
  });
  it('is undefined when everything is done', () => {
    const p = ['a', 'b', 'c'].reduce((acc, id) => completeLesson(acc, id, T), emptyProgress());
    expect(continueTarget(catalogue, p)).toBeUndefined();
  });
});

describe('lesson completion', () => {
  it('needs every check right and the exercise passed', () => {
    const exercise: SelectExercise = { kind: 'select', title: 't', prompt: 'p', items: [{ id: 'x', text: 'x', correct: true, explanation: 'e' }, { id: 'y', text: 'y', explanation: 'e' }, { id: 'z', text: 'z', explanation: 'e' }] };
    const lesson = makeLesson('e', 1, 3, { exercise });
    let p = lesson.checks.reduce((acc, check) => recordCheck(acc, 'e', check.id, 0, true, T), emptyProgress());
    expect(isLessonComplete(lesson, p.lessons.e)).toBe(false);
    p = recordExercise(p, 'e', true, T);
    expect(isLessonComplete(lesson, p.lessons.e)).toBe(true);
    expect(isLessonComplete(lesson, undefined)).toBe(false);
  });
});

describe('navigation helpers', () => {
  it('lists unfinished prerequisites and the next lesson', () => {
    expect(missingPrerequisites(catalogue, emptyProgress(), b).map((l) => l.id)).toEqual(['a']);
    expect(missingPrerequisites(catalogue, completeLesson(emptyProgress(), 'a', T), b)).toEqual([]);
    expect(nextLessonAfter(catalogue, 'b')?.id).toBe('c');
    expect(nextLessonAfter(catalogue, 'c')).toBeUndefined();
  });
  it('summarises tracks', () => {
    const s = trackSummaries(catalogue, completeLesson(openLesson(emptyProgress(), 'b', T), 'a', T));
    expect(s.map((x) => [x.track.number, x.lessons, x.done, x.inProgress, x.minutes])).toEqual([
      [1, 2, 1, 1, 10],
      [2, 1, 0, 0, 5],
    ]);
  });
});

describe('steps', () => {
  it('runs every check for a new lesson and skips the ones already right on return', () => {
    expect(lessonSteps(a, undefined).map((s) => s.kind)).toEqual(['read', 'check', 'check', 'check', 'complete']);
    const p = recordCheck(openLesson(emptyProgress(), 'a', T), 'a', 'a-b', 1, true, T);
    expect(lessonSteps(a, p.lessons.a)).toEqual([{ kind: 'read' }, { kind: 'check', index: 0 }, { kind: 'check', index: 2 }, { kind: 'complete' }]);
    expect(stepLabel(a, { kind: 'check', index: 2 })).toBe('Check 3 of 3');
  });
  it('replays everything in a finished lesson', () => {
    const p = completeLesson(emptyProgress(), 'a', T);
    expect(lessonSteps(a, p.lessons.a)).toHaveLength(5);
  });
});

describe('grading', () => {
  it('grades a check and refuses an option that does not exist', () => {
    const check = makeCheck('k', 1);
    expect(gradeCheck(check, 1)).toEqual({ correct: true, chosen: 1, correctIndex: 1 });
    expect(gradeCheck(check, 0).correct).toBe(false);
    expect(() => gradeCheck(check, 7)).toThrow(RangeError);
  });

  it('grades a select exercise item by item', () => {
    const ex: SelectExercise = {
      kind: 'select', title: 't', prompt: 'p',
      items: [
        { id: 'token', text: 't', correct: true, explanation: 'e' },
        { id: 'npx', text: 'n', correct: true, explanation: 'e' },
        { id: 'stdio', text: 's', explanation: 'e' },
      ],
    };
    expect(gradeSelect(ex, ['token', 'npx'])).toMatchObject({ passed: true, missed: [], wrong: [] });
    expect(gradeSelect(ex, ['token', 'stdio'])).toMatchObject({ passed: false, missed: ['npx'], wrong: ['stdio'], right: ['token'] });
  });

  it('grades an order exercise position by position', () => {
    const ex: OrderExercise = { kind: 'order', title: 't', prompt: 'p', items: ['a', 'b', 'c'].map((id) => ({ id, text: id, explanation: 'e' })) };
    expect(gradeOrder(ex, ['a', 'b', 'c'])).toEqual({ passed: true, positions: [true, true, true], correctCount: 3 });
    expect(gradeOrder(ex, ['b', 'a', 'c'])).toEqual({ passed: false, positions: [false, false, true], correctCount: 1 });
  });

  it('shuffles stably and never shows the solved order', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    for (const seed of ['x', 'y', 'lesson-1', 'z']) {
      const once = displayOrder(items, seed);
      expect(once).toEqual(displayOrder(items, seed));
      expect(once.map((i) => i.id)).not.toEqual(['a', 'b', 'c', 'd']);
      expect([...once].map((i) => i.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    }
    const two = [{ id: 'a' }, { id: 'b' }];
    expect(displayOrder(two, 'anything').map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('shows options in a stable order that moves the right answer off the top', () => {
    const check = makeCheck('k', 0, 4);
    const order = optionOrder(check, 'lesson');
    expect(order).toEqual(optionOrder(check, 'lesson'));
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(order).not.toEqual([0, 1, 2, 3]);
  });
});

describe('lesson document', () => {
  it('puts title, objectives, body with readable links and references together', () => {
    const linked = makeLesson('d', 2, 2, { body: 'See [the basics](lesson:a).', prerequisites: ['a'] });
    const md = lessonMarkdown(linked, makeCatalogue([a, linked]), [a]);
    expect(md).toMatch(/^# Lesson d/);
    expect(md).toContain('- Do a thing');
    expect(md).toContain('Builds on: Lesson a (`mcp-operator learn a`)');
    expect(md).toContain('the basics (lesson *Lesson a*: `mcp-operator learn a`)');
    expect(md).toContain('1. Spec: https://example.org/spec');
  });
});
