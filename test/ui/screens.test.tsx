import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeLesson } from '../helpers/fixtures.js';
import { KEY, press, renderApp, waitForFrame } from '../helpers/ui.js';
import { optionOrder } from '../../src/core/course/grading.js';
import type { OrderExercise, SelectExercise } from '../../src/core/content/schema.js';

const select: SelectExercise = {
  kind: 'select',
  title: 'Critique the entry',
  prompt: 'Mark what must change.',
  code: '{ "env": { "TOKEN": "abc" } }',
  language: 'json',
  items: [
    { id: 'token', text: 'Token in env', correct: true, explanation: 'A plaintext token.' },
    { id: 'stdio', text: 'Uses stdio', explanation: 'Fine for a local server.' },
    { id: 'name', text: 'Server name', explanation: 'Harmless.' },
  ],
};
const order: OrderExercise = {
  kind: 'order',
  title: 'Order the response',
  prompt: 'Put the steps in order.',
  items: [
    { id: 'contain', text: 'Contain', explanation: 'First, stop the bleeding.' },
    { id: 'preserve', text: 'Preserve evidence', explanation: 'Before it is gone.' },
    { id: 'restore', text: 'Restore', explanation: 'Last.' },
  ],
};
const first = makeLesson('alpha', 1, 1, { body: '## Alpha body\n\n' + Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of alpha.`).join('\n\n') });
const second = makeLesson('beta', 1, 2, { exercise: select });
const third = makeLesson('gamma', 2, 1, { exercise: order });
const catalogue = makeCatalogue([first, second, third]);

/** Display letter of the right (or a wrong) option of a check, given the shuffle. */
function letterOf(lessonId: string, checkIndex: number, wantCorrect: boolean): number {
  const lesson = catalogue.lessons.find((l) => l.id === lessonId)!;
  const check = lesson.checks[checkIndex]!;
  return optionOrder(check, lessonId).findIndex((i) => (check.options[i]?.correct === true) === wantCorrect);
}

describe('home screen', () => {
  it('offers to start, and opens the course list', async () => {
    const app = renderApp(catalogue, [{ name: 'home' }]);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('Start the course: Lesson alpha'));
    expect(frame).toContain('Course: tracks and lessons');
    expect(frame).toContain('q quit');
    await press(app.stdin, KEY.down, KEY.enter);
    // The home screen also lists the tracks: wait for what only the course list shows.
    const course = await waitForFrame(app.lastFrame, (t) => t.includes('Enter open') && t.includes('Lesson beta'));
    expect(course).toMatch(/^Course/);
    expect(course).toContain('Track 1: Track 1');
    app.unmount();
  });

  it('q on the home screen leaves with code 0', async () => {
    const app = renderApp(catalogue, [{ name: 'home' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Quit'));
    await press(app.stdin, 'q');
    expect(app.exits).toEqual([0]);
  });

  it('Ctrl-C leaves with code 130', async () => {
    const app = renderApp(catalogue, [{ name: 'home' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Quit'));
    await press(app.stdin, '\u0003');
    expect(app.exits).toEqual([130]);
  });
});

describe('course list', () => {
  it('shows status, opens any lesson, and resets one after asking', async () => {
    const app = renderApp(catalogue, [{ name: 'course' }]);
    await app.session.open(second);
    await waitForFrame(app.lastFrame, (t) => t.includes('Lesson alpha'));
    await press(app.stdin, KEY.down, 'r');
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Reset progress on "Lesson beta"?'));
    expect(frame).toContain('y yes');
    await press(app.stdin, 'n');
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Nothing was reset.'));
    expect(app.session.progress.lessons.beta).toBeDefined();
    await press(app.stdin, 'r', 'y');
    await waitForFrame(app.lastFrame, (t) => t.includes('was reset'));
    expect(app.session.progress.lessons.beta).toBeUndefined();
    await press(app.stdin, KEY.down, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Track 2 › Lesson gamma') && t.includes('About gamma'));
    expect(frame).toContain('Enter: Check 1 of 3');
    app.unmount();
  });
});

describe('lesson reader', () => {
  it('renders the lesson, scrolls, and remembers the position', async () => {
    const app = renderApp(catalogue, [{ name: 'course' }, { name: 'lesson', lessonId: 'alpha' }]);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Alpha body'));
    expect(frame).toContain('Track 1 › Lesson alpha');
    expect(frame).toMatch(/1-\d+ of \d+/);
    expect(frame).toContain('PgUp/PgDn');
    await press(app.stdin, KEY.pageDown, 'j');
    frame = await waitForFrame(app.lastFrame, (t) => !/ 1-\d+ of/.test(t));
    const top = Number(/ (\d+)-\d+ of/.exec(frame)?.[1]);
    expect(top).toBeGreaterThan(10);
    await press(app.stdin, 'G');
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('(100%)'));
    expect(frame).toContain('References');
    await press(app.stdin, 'g', 'j', 'j', 'q');
    await waitForFrame(app.lastFrame, (t) => t.includes('Enter open'));
    await app.session.flush();
    expect(app.session.store.read().lessons.alpha?.position).toBe(2);
    app.unmount();
  });
});

describe('knowledge checks', () => {
  it('names the lesson, gives feedback, a hint, a retry, and every explanation when right', async () => {
    const app = renderApp(catalogue, [{ name: 'lesson', lessonId: 'alpha' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Alpha body'));
    await press(app.stdin, KEY.enter);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Question alpha-a?'));
    expect(frame).toContain('Checking: Lesson alpha');
    expect(frame).toContain('Check 1 of 3');
    await press(app.stdin, 'h');
    await waitForFrame(app.lastFrame, (t) => t.includes('Hint: Hint for alpha-a'));

    const wrong = letterOf('alpha', 0, false);
    await press(app.stdin, ...Array(wrong).fill(KEY.down), KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Not quite'));
    expect(frame).toContain('(your answer)');
    expect(frame).toMatch(/Why option \d of alpha-a is wrong/);
    expect(frame).not.toContain('is right');
    expect(frame).toContain('r retry');

    await press(app.stdin, 'r');
    await waitForFrame(app.lastFrame, (t) => t.includes('Enter answer'));
    const right = letterOf('alpha', 0, true);
    await press(app.stdin, ...Array(right).fill(KEY.down), KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Correct'));
    expect(frame.match(/Why option \d of alpha-a/g)).toHaveLength(3);
    expect(frame).toContain('Enter: Check 2 of 3');
    expect(app.session.progress.lessons.alpha?.checks['alpha-a']).toMatchObject({ correct: true, attempts: 2 });
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Question alpha-b?'));
    app.unmount();
  });

  it('a shows the answer after a wrong one', async () => {
    const app = renderApp(catalogue, [{ name: 'lesson', lessonId: 'alpha' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Alpha body'));
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Question alpha-a?'));
    await press(app.stdin, ...Array(letterOf('alpha', 0, false)).fill(KEY.down), KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Not quite'));
    await press(app.stdin, 'a');
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('is right'));
    expect(frame.match(/Why option \d of alpha-a/g)).toHaveLength(3);
    app.unmount();
  });
});

async function answerAllChecks(app: ReturnType<typeof renderApp>, lessonId: string) {
  const lesson = catalogue.lessons.find((l) => l.id === lessonId)!;
  await press(app.stdin, KEY.enter);
  for (let i = 0; i < lesson.checks.length; i += 1) {
    await waitForFrame(app.lastFrame, (t) => t.includes(`Question ${lesson.checks[i]!.id}?`) && t.includes('Enter answer'));
    await press(app.stdin, ...Array(letterOf(lessonId, i, true)).fill(KEY.down), KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Correct'));
    await press(app.stdin, KEY.enter);
  }
}

describe('exercises and the end of a lesson', () => {
  it('grades a select exercise item by item, then asks before moving on', async () => {
    const app = renderApp(catalogue, [{ name: 'lesson', lessonId: 'beta' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('About beta'));
    await answerAllChecks(app, 'beta');
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Critique the entry'));
    expect(frame).toContain('TOKEN');
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Space mark'));
    await press(app.stdin, KEY.down, KEY.space, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('missed'));
    expect(frame).toContain('✗ missed: Token in env');
    expect(frame).toContain('✗ not a problem: Uses stdio');
    expect(frame).toContain('r retry');
    await press(app.stdin, 'r');
    await waitForFrame(app.lastFrame, (t) => t.includes('mark your answer'));
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Space mark'));
    await press(app.stdin, KEY.space, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('All right'));
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Lesson complete'));
    expect(frame).toContain('Up next: Lesson gamma');
    expect(frame).toContain('Open it now?');
    expect(app.session.progress.lessons.beta?.status).toBe('done');
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Track 2 › Lesson gamma'));
    app.unmount();
  });

  it('grades an order exercise and shows the expert order', async () => {
    const app = renderApp(catalogue, [{ name: 'lesson', lessonId: 'gamma' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('About gamma'));
    await answerAllChecks(app, 'gamma');
    await waitForFrame(app.lastFrame, (t) => t.includes('Order the response'));
    await press(app.stdin, KEY.enter);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Which comes next?'));
    expect(frame).toContain('step 1 of 3');
    // Always take the first remaining option: the shuffle guarantees that is not the solved order.
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('step 2 of 3'));
    await press(app.stdin, 'u');
    await waitForFrame(app.lastFrame, (t) => t.includes('step 1 of 3'));
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('step 2 of 3'));
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('step 3 of 3'));
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('The order an expert would follow'));
    expect(frame).toMatch(/of 3 steps in the right place/);
    expect(frame).toContain('1. Contain');
    expect(app.session.progress.lessons.gamma?.exercise?.passed).toBe(false);
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('not complete yet'));
    expect(frame).toContain('the exercise');
    app.unmount();
  });
});

describe('progress screen', () => {
  it('shows counts and where progress is stored', async () => {
    const app = renderApp(catalogue, [{ name: 'home' }, { name: 'progress' }]);
    await app.session.open(first);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('Stored in'));
    expect(frame).toContain('0 of 3 lessons done');
    expect(frame.replace(/\s+/g, '')).toContain(app.session.store.path.replace(/\s+/g, ''));
    await press(app.stdin, 'q');
    await waitForFrame(app.lastFrame, (t) => t.includes('Course: tracks and lessons'));
    app.unmount();
  });
});
