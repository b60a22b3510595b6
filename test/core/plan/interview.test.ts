import { describe, expect, it } from 'vitest';
import { answer, nextQuestion, previousQuestion, progressOf, visibleQuestions } from '../../../src/core/interview/flow.js';
import { QUESTIONS } from '../../../src/core/interview/questions.js';
import { readAnswersObject } from '../../../src/core/interview/answers-file.js';
import { FACTOR_IDS } from '../../../src/core/risk/factors.js';

const q = (id: string) => QUESTIONS.find((x) => x.id === id)!;

describe('interview questions', () => {
  it('has 10 to 20 questions, every factor asked, each with a why', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(QUESTIONS.length).toBeLessThanOrEqual(20);
    for (const id of FACTOR_IDS) expect(QUESTIONS.map((x) => x.id)).toContain(id);
    for (const question of QUESTIONS) expect(question.why.length).toBeGreaterThan(30);
  });
});

describe('interview flow', () => {
  it('asks in order, skipping questions that do not apply', () => {
    expect(nextQuestion({})?.id).toBe('server');
    const remote = { transport: 'http-internet-auth' };
    const ids = visibleQuestions(remote).map((x) => x.id);
    expect(ids).toContain('url');
    expect(ids).not.toContain('package');
    expect(ids).not.toContain('isolation');
    expect(visibleQuestions({ transport: 'stdio', isolation: 'container' }).map((x) => x.id)).toContain('image');
  });

  it('accepts don\'t know everywhere and validates the rest', () => {
    expect(answer({}, q('source'), 'unknown')).toMatchObject({ ok: true, answers: { source: 'unknown' } });
    expect(answer({}, q('source'), 'cousin')).toMatchObject({ ok: false, message: expect.stringContaining('official') });
    expect(answer({}, q('capabilities'), [])).toMatchObject({ ok: false });
    expect(answer({}, q('capabilities'), ['code-exec', 'read-only'])).toMatchObject({ ok: true, answers: { capabilities: ['read-only', 'code-exec'] } });
    expect(answer({}, q('url'), 'ftp://x')).toMatchObject({ ok: false });
    expect(answer({}, q('server'), 'bad\u0007name')).toMatchObject({ ok: false });
  });

  it('drops answers that no longer apply and goes back to the previous visible question', () => {
    const withUrl = { transport: 'http-private', url: 'https://x.example/mcp' };
    const changed = answer(withUrl, q('transport'), 'stdio');
    expect(changed.ok && changed.answers).not.toHaveProperty('url');
    expect(previousQuestion('transport', {})?.id).toBe('client');
    expect(progressOf({ server: 'x' })).toMatchObject({ answered: 1 });
  });
});

describe('answers files', () => {
  it('reads a valid file and names every bad id and value', () => {
    expect(readAnswersObject({ source: 'vendor', capabilities: 'read-only' })).toEqual({ answers: { source: 'vendor', capabilities: ['read-only'] }, errors: [] });
    const bad = readAnswersObject({ source: 'cousin', colour: 'red', capabilities: ['telepathy'] });
    expect(bad.errors).toHaveLength(3);
    expect(bad.errors.join('\n')).toMatch(/source: "cousin"/);
    expect(bad.errors.join('\n')).toMatch(/unknown question id "colour"/);
    expect(bad.errors.join('\n')).toMatch(/capabilities: .*telepathy/);
    expect(readAnswersObject([1, 2]).errors).toHaveLength(1);
  });
});
