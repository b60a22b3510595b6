import { describe, expect, it } from 'vitest';
import { gradeReviewedExercises } from '../../../src/core/content/reviewed-exercises.js';
import type { Lesson } from '../../../src/core/content/types.js';
import { makeLesson } from '../../helpers/fixtures.js';

const code = JSON.stringify({ mcpServers: { db: { command: 'npx', args: ['-y', '@example/pg-mcp@3.1.0'], alwaysAllow: ['list_tables', 'execute_sql'] } } }, null, 2);

function lesson(items: NonNullable<Lesson['exercise']>['items']): Lesson {
  return makeLesson('reviewed', 1, 1, { exercise: { kind: 'select', title: 'T', prompt: 'P', code, language: 'json', review: { path: '.roo/mcp.json' }, items } as Lesson['exercise'] });
}

describe('exercises graded by the review engine', () => {
  it("derives each item's answer from the review", () => {
    const l = lesson([
      { id: 'sql', text: 'execute_sql', explanation: 'e', finding: { server: 'db', rule: 'MCPR-APR-001', field: 'alwaysAllow[1]' } },
      { id: 'list', text: 'list_tables', explanation: 'e' },
      { id: 'pin', text: 'the version', explanation: 'e' },
    ]);
    expect(gradeReviewedExercises([l])).toEqual([]);
    const items = l.exercise!.items as { id: string; correct?: boolean }[];
    expect(items.map((i) => [i.id, i.correct === true])).toEqual([['sql', true], ['list', false], ['pin', false]]);
  });

  it('reports an item that claims a finding the review does not make, and a finding no item asks about', () => {
    const l = lesson([
      { id: 'list', text: 'list_tables', explanation: 'e', finding: { server: 'db', rule: 'MCPR-APR-001', field: 'alwaysAllow[0]' } },
      { id: 'a', text: 'a', explanation: 'e' },
      { id: 'b', text: 'b', explanation: 'e' },
    ]);
    const messages = gradeReviewedExercises([l]).map((i) => i.message);
    expect(messages).toContain('the review does not report MCPR-APR-001 in alwaysAllow[0] on server "db" at medium or above');
    expect(messages.some((m) => m.includes('no item asks about it') && m.includes('alwaysAllow[1]'))).toBe(true);
  });

  it('will not take a hand-written answer for an item the review grades', () => {
    const l = lesson([
      { id: 'sql', text: 'execute_sql', explanation: 'e', correct: true, finding: { server: 'db', rule: 'MCPR-APR-001', field: 'alwaysAllow[1]' } },
      { id: 'a', text: 'a', explanation: 'e' },
      { id: 'b', text: 'b', explanation: 'e' },
    ]);
    expect(gradeReviewedExercises([l]).map((i) => i.field)).toEqual(['exercise.items[0].correct']);
  });
});
