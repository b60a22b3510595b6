import { describe, expect, it } from 'vitest';
import { makeBank } from '../../helpers/quiz-fixtures.js';
import { makeCatalogue, makeLesson } from '../../helpers/fixtures.js';
import { emptyProgress } from '../../../src/core/progress/model.js';
import { areaScores, type QuizAttempt } from '../../../src/core/quiz/score.js';
import { areaBasis, certainty } from '../../../src/core/quiz/explain.js';
import { quizResult } from '../../../src/core/quiz/result.js';
import { quizResultLines, targetLine } from '../../../src/app/quiz-text.js';
import { optionOrder } from '../../../src/core/course/grading.js';

const bank = makeBank(2);
const lessons = [makeLesson('iso', 1, 1, { areas: ['isolation'] }), makeLesson('comp', 1, 2, { areas: ['compliance'] })];
// Items of each area point at the lesson that teaches it.
const items = bank.map((i) => ({ ...i, lessons: [i.area === 'isolation' ? 'iso' : 'comp'] }));
const catalogue = makeCatalogue(lessons, [], items);
const T = '2026-12-05T10:00:00.000Z';

function attempt(answers: [string, boolean, boolean][]): QuizAttempt {
  return {
    startedAt: T,
    finishedAt: T,
    mode: 'focused',
    planned: answers.length,
    answers: answers.map(([id, correct, sure]) => {
      const item = items.find((i) => i.id === id)!;
      return { id, area: item.area, level: item.level, chosen: correct ? 1 : 0, correct, sure };
    }),
  };
}

const text = (lines: { text: string }[]) => lines.map((l) => l.text).join('\n').replace(/\s+/g, ' ');

describe('how a score was reached and how sure it is', () => {
  it('names the levels asked and the items behind each area score', () => {
    const [iso] = areaScores(attempt([['isolation-1-0', true, true], ['isolation-2-0', true, true]]));
    expect(iso).toMatchObject({ score: 3, asked: 2, correct: 2, levels: [1, 2] });
    expect(areaBasis(iso!)).toBe('2 of 2 items right at levels 1 and 2: a rough estimate');
    const [one] = areaScores(attempt([['isolation-3-0', false, false]]));
    expect(areaBasis(one!)).toBe('0 of 1 item right at level 3: a rough estimate');
  });

  it('is surer with more items', () => {
    expect([1, 2, 3, 5, 6, 12].map(certainty)).toEqual(['a rough estimate', 'a rough estimate', 'a fair estimate', 'a fair estimate', 'a firm estimate', 'a firm estimate']);
  });

  it('puts the rule, each area basis, the target and its source in the result text', () => {
    const progress = { ...emptyProgress(), quiz: { attempts: [], cards: {}, environment: 'team' } };
    const a = attempt([['isolation-1-0', true, true], ['isolation-2-0', true, true]]);
    const result = quizResult(catalogue, progress, a, [], new Date(T));
    const lines = text(quizResultLines(result, 80, { fromPlan: true }));
    expect(lines).toContain('2 of 2 items right.');
    expect(lines).toContain('Score 0-3 per area: the fraction right at each level asked');
    expect(lines).toContain('2 of 2 items right at levels 1 and 2: a rough estimate');
    expect(lines).toContain('Target level 2.5 in every area: the level for servers shared by a team (taken from the environment in your latest plan).');
    expect(targetLine('team', 2.5, false)).toContain('(the environment saved with your progress)');
    expect(targetLine(null, 2)).toBe('Target level 2 in every area (no environment given).');
  });
});

describe('misconceptions and what to study', () => {
  it('never says "no gaps" beside a misconception: its lesson is recommended', () => {
    const progress = { ...emptyProgress(), quiz: { attempts: [], cards: {}, environment: 'sandbox' } };
    // Sure and wrong at level 1, right at levels 2 and 3: 2 of 3 levels gives 2.0, above the sandbox target of 1.
    const a = attempt([['compliance-1-0', false, true], ['compliance-2-0', true, true], ['compliance-3-0', true, true]]);
    const result = quizResult(catalogue, progress, a, [], new Date(T));
    expect(result.gaps).toEqual([]);
    expect(result.misconceptions).toHaveLength(1);
    expect(result.recommendations).toEqual([expect.objectContaining({ lesson: 'comp', reason: 'misconception' })]);
    const lines = text(quizResultLines(result, 80, { openHint: '(Enter opens the lesson)' }));
    expect(lines).not.toContain('No gaps');
    expect(lines).toContain('No area is below your target level (1), but your misconceptions are worth a lesson (Enter opens the lesson):');
    expect(lines).toContain('for a misconception');
  });

  it('ranks gaps first, and says so when every area reached the target', () => {
    const progress = { ...emptyProgress(), quiz: { attempts: [], cards: {}, environment: 'enterprise-production' } };
    const gap = quizResult(catalogue, progress, attempt([['isolation-1-0', false, false], ['compliance-1-0', false, true]]), [], new Date(T));
    expect(gap.recommendations.map((r) => [r.lesson, r.reason])).toEqual([
      ['iso', 'gap'],
      ['comp', 'gap'],
    ]);
    const fine = quizResult(catalogue, { ...progress, quiz: { ...progress.quiz, environment: 'sandbox' } }, attempt([['isolation-1-0', true, true]]), [], new Date(T));
    expect(text(quizResultLines(fine, 80))).toContain('Every area asked reached your target level (1).');
  });

  it('says "1 item" and "1 open finding", never "(s)"', () => {
    const progress = { ...emptyProgress(), quiz: { attempts: [], cards: { 'isolation-1-0': { due: '2026-01-01T00:00:00.000Z', stability: 1, difficulty: 1, elapsed_days: 0, scheduled_days: 0, reps: 1, lapses: 0, learning_steps: 0, state: 1 } }, environment: 'team' } };
    const result = quizResult(catalogue, progress, attempt([['isolation-1-0', false, false]]), ['iso'], new Date(T));
    const lines = text(quizResultLines(result, 80, { commands: true }));
    expect(lines).toContain('1 item due for review: mcp-operator quiz --review');
    expect(lines).toContain('1 open finding in your plans');
    expect(lines).toContain('0 of 1 item right.');
    expect(lines).not.toMatch(/\(s\)|\b1 items\b|\b1 findings\b/);
  });
});

describe('option order of quiz items', () => {
  it('changes between attempts, so an item that comes back is not answered by position', () => {
    const orders = new Set(items.slice(0, 20).map((i) => optionOrder({ id: i.id, question: i.stem, options: i.options }, 'quiz/2026-12-05T10:00:00.000Z').join() !== optionOrder({ id: i.id, question: i.stem, options: i.options }, 'quiz/2026-12-06T10:00:00.000Z').join()));
    expect(orders.has(true)).toBe(true);
    // The same attempt always shows the same order.
    const item = items[0]!;
    expect(optionOrder({ id: item.id, question: item.stem, options: item.options }, 'quiz/x')).toEqual(optionOrder({ id: item.id, question: item.stem, options: item.options }, 'quiz/x'));
  });
});
