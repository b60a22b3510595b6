import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/core/content/areas.js';
import { selectFocused, selectFull, seededRandom } from '../../src/core/quiz/select.js';
import { areaScores, gaps, misconceptions, recommendations, type QuizAttempt } from '../../src/core/quiz/score.js';
import { dueItems, scheduleReview } from '../../src/core/quiz/review.js';
import { quizResult, scoreBar } from '../../src/core/quiz/result.js';
import { emptyProgress } from '../../src/core/progress/model.js';
import { finishQuiz, recordQuizAnswer, startQuiz } from '../../src/core/progress/quiz-update.js';
import { mergeProgress } from '../../src/core/progress/merge.js';
import { parseQuizFile, buildCatalogue } from '../../src/core/content/catalogue.js';
import { coverage } from '../../src/core/content/coverage.js';
import { makeBank } from '../helpers/quiz-fixtures.js';
import { makeCatalogue, makeLesson, LESSON_SOURCE, TRACKS_SOURCE } from '../helpers/fixtures.js';

const bank = makeBank();

describe('quiz selection', () => {
  it('a full assessment asks two items per area, each level a third of the time', () => {
    const items = selectFull(bank, seededRandom(7));
    expect(items).toHaveLength(36);
    for (const area of AREAS) expect(items.filter((i) => i.area === area)).toHaveLength(2);
    for (const level of [1, 2, 3]) expect(items.filter((i) => i.level === level)).toHaveLength(12);
    expect(new Set(items.map((i) => i.id)).size).toBe(36);
    expect(selectFull(bank, seededRandom(7))).toEqual(items);
  });

  it('a focused one spreads over the chosen areas and levels', () => {
    const items = selectFocused(bank, ['isolation', 'compliance'], 6, seededRandom(3));
    expect(items).toHaveLength(6);
    expect(new Set(items.map((i) => i.area))).toEqual(new Set(['isolation', 'compliance']));
    expect(new Set(items.map((i) => i.level))).toEqual(new Set([1, 2, 3]));
  });
});

const T = '2026-01-01T00:00:00.000Z';
function attempt(answers: [string, boolean, boolean][]): QuizAttempt {
  return {
    startedAt: T,
    mode: 'focused',
    planned: answers.length,
    answers: answers.map(([id, correct, sure]) => {
      const item = bank.find((i) => i.id === id)!;
      return { id, area: item.area, level: item.level, chosen: correct ? 1 : 0, correct, sure };
    }),
  };
}

describe('scoring', () => {
  it('sums the fraction correct over the levels asked, scaled to 0-3', () => {
    const a = attempt([
      ['isolation-1-0', true, true],
      ['isolation-2-0', false, true],
      ['isolation-2-1', true, false],
      ['compliance-3-0', true, true],
    ]);
    const scores = areaScores(a);
    expect(scores.find((s) => s.area === 'isolation')).toMatchObject({ score: 2.25, asked: 3, correct: 2 });
    expect(scores.find((s) => s.area === 'compliance')?.score).toBe(3);
    expect(misconceptions(a).map((m) => m.id)).toEqual(['isolation-2-0']);
  });

  it("ranks lessons by gap, weighted up by open findings in the learner's plans", () => {
    const lessons = [makeLesson('alpha', 1, 1, { areas: ['isolation'] }), makeLesson('beta', 1, 2, { areas: ['compliance'] }), makeLesson('gamma', 1, 3, { areas: ['isolation'] })];
    const catalogue = makeCatalogue(lessons, [], bank);
    const g = gaps([{ area: 'isolation', score: 1, asked: 2, correct: 1 }, { area: 'compliance', score: 2.5, asked: 2, correct: 2 }], 2.5);
    expect(g).toEqual([{ area: 'isolation', score: 1, target: 2.5, gap: 1.5 }]);
    const recs = recommendations(catalogue, g, ['gamma', 'gamma']);
    expect(recs.map((r) => [r.lesson.id, r.weight])).toEqual([
      ['gamma', 2.5],
      ['alpha', 1.5],
    ]);
  });
});

describe('spaced review', () => {
  const now = new Date(T);
  it('schedules missed items soon and unsure ones later; sure and right needs no card', () => {
    expect(scheduleReview(undefined, true, true, now)).toBeUndefined();
    const missed = scheduleReview(undefined, false, true, now)!;
    const unsure = scheduleReview(undefined, true, false, now)!;
    expect(new Date(missed.due).getTime()).toBeLessThanOrEqual(new Date(unsure.due).getTime());
    expect(dueItems({ a: missed }, new Date(now.getTime() + 86_400_000))).toEqual(['a']);
    expect(dueItems({ a: missed }, now)).toEqual([]);
  });
});

describe('attempts in progress', () => {
  it('keeps every answer as given, finishes, merges, and shows before and after', () => {
    let p = startQuiz(emptyProgress(), 'focused', 2, T);
    p = recordQuizAnswer(p, T, { id: 'isolation-1-0', area: 'isolation', level: 1, chosen: 0, correct: false, sure: true }, T);
    expect(p.quiz.attempts[0]?.answers).toHaveLength(1);
    expect(Object.keys(p.quiz.cards)).toEqual(['isolation-1-0']);
    p = finishQuiz(p, T, T);
    const T2 = '2026-02-01T00:00:00.000Z';
    let q = startQuiz(p, 'focused', 1, T2);
    q = recordQuizAnswer(q, T2, { id: 'isolation-1-1', area: 'isolation', level: 1, chosen: 1, correct: true, sure: true }, T2);
    expect(mergeProgress(p, q)).toEqual(mergeProgress(q, p));
    const catalogue = makeCatalogue([makeLesson('alpha', 1, 1, { areas: ['isolation'] })], [], bank);
    const result = quizResult(catalogue, { ...q, quiz: { ...q.quiz, environment: 'team' } }, q.quiz.attempts[1]!, [], new Date(T2));
    expect(result.areas).toEqual([expect.objectContaining({ area: 'isolation', score: 3, before: 0 })]);
    expect(result.target).toBe(2.5);
    expect(scoreBar(1.5, 10)).toBe('█████░░░░░');
  });
});

describe('quiz bank content checks', () => {
  const item = (id: string, area = 'isolation', level = 1, stem = `Stem ${id}?`) => `- id: ${id}
  area: ${area}
  level: ${level}
  stem: ${stem}
  options:
    - { text: A, correct: true, explanation: Because. }
    - { text: B, explanation: No. }
    - { text: C, explanation: No. }
  lessons: [sample-lesson]
`;
  it('validates area, duplicates and lesson links, and counts coverage', () => {
    expect(parseQuizFile('quiz/isolation.yaml', item('isolation-a', 'compliance')).issues[0]).toMatchObject({ field: '[0].area' });
    const { catalogue, issues } = buildCatalogue(
      { path: 't', text: TRACKS_SOURCE },
      [{ path: 'lessons/1-planning/01-sample.md', text: LESSON_SOURCE }],
      [],
      [{ path: 'quiz/isolation.yaml', text: item('isolation-a') + item('isolation-b', 'isolation', 2, 'Stem isolation-a?') + item('isolation-c', 'isolation', 3).replace('[sample-lesson]', '[ghost]') }],
    );
    const text = issues.map((i) => `${i.field}: ${i.message}`).join('\n');
    expect(text).toContain('[1].stem: the same stem as item "isolation-a"');
    expect(text).toContain('[2].lessons[0]: no lesson with id "ghost"');
    expect(coverage(catalogue).areas.isolation.quiz).toEqual({ '1': 1, '2': 1, '3': 1 });
  });
});
