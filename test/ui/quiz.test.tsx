import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeLesson } from '../helpers/fixtures.js';
import { makeBank } from '../helpers/quiz-fixtures.js';
import { KEY, press, renderApp, waitForFrame } from '../helpers/ui.js';
import { selectFocused, seededRandom } from '../../src/core/quiz/select.js';
import { optionOrder } from '../../src/core/course/grading.js';

const bank = makeBank(1);
const catalogue = makeCatalogue([makeLesson('alpha', 1, 1, { areas: ['isolation', 'compliance'] })], [], bank);
const items = selectFocused(bank, ['isolation'], 2, seededRandom(1));

/** Where the right (or a wrong) option of item `index` is shown: options are shuffled per attempt. */
function position(index: number, correct: boolean, attempt: string): number {
  const item = items[index]!;
  return optionOrder({ id: item.id, question: item.stem, options: item.options }, `quiz/${attempt}`).findIndex((i) => (item.options[i]?.correct === true) === correct);
}

describe('quiz screen', () => {
  it('asks environment, answers with confidence, shows feedback, scores, misconceptions and opens a lesson', async () => {
    const app = renderApp(catalogue, [{ name: 'quiz', mode: 'focused', items, findingLessons: [] }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Where do you run MCP servers?'));
    await press(app.stdin, KEY.down, KEY.down, KEY.down, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Feedback after each item'));
    await press(app.stdin, KEY.enter);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Item 1 of 2'));
    expect(frame).toContain(items[0]!.stem);
    const attempt = app.session.store.read().quiz.attempts[0]!.startedAt;
    await press(app.stdin, ...Array(position(0, false, attempt)).fill(KEY.down), KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('How sure are you?'));
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Not quite'));
    expect(frame).toContain('Learn more: mcp-operator learn alpha');
    expect(app.session.store.read().quiz.attempts[0]?.answers).toHaveLength(1);
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Item 2 of 2'));
    await press(app.stdin, ...Array(position(1, true, attempt)).fill(KEY.down), KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('How sure are you?'));
    await press(app.stdin, KEY.down, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Correct'));
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('results'));
    expect(frame).toContain('1 of 2 items right');
    expect(frame).toContain('Isolation');
    // How the score was reached and how far to trust it, and where the target comes from.
    expect(frame).toContain('1 of 2 items right at levels 1 and 2: a rough estimate');
    expect(frame).toContain('Target level 2.5 in every area');
    expect(frame).toContain('Misconceptions (answered sure, and wrong): 1');
    expect(frame).toContain('Study next (Enter opens the lesson):');
    const stored = app.session.store.read().quiz;
    expect(stored.environment).toBe('team');
    expect(stored.attempts[0]?.finishedAt).toBeDefined();
    expect(Object.keys(stored.cards).length).toBe(2);
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Lesson alpha'));
    app.unmount();
  });

  it('says when nothing is due for review', async () => {
    const app = renderApp(catalogue, [{ name: 'quiz', mode: 'review', items: [], findingLessons: [] }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Nothing is due for review'));
    app.unmount();
  });
});
