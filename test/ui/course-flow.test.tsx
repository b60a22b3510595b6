/** Issue 16.6: the course's flow, as a learner meets it in the TUI. */
import React from 'react';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCatalogue, makeLesson, SCENARIO_SOURCE } from '../helpers/fixtures.js';
import { KEY, press, renderApp, waitForFrame } from '../helpers/ui.js';
import { parseScenario } from '../../src/core/content/catalogue.js';
import { displayOrder } from '../../src/core/course/grading.js';
import { saveCourseDeployment } from '../../src/io/plan-files.js';
import { initialScreens } from '../../src/ui/run.js';
import { App } from '../../src/ui/App.js';
import { CourseSession } from '../../src/app/course-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { tempHome } from '../helpers/cli.js';
import { renderSized, type Sized } from './holds.js';

// Plans and the course deployment are read from the progress folder: a fresh one for this file.
beforeAll(() => {
  process.env.MCP_OPERATOR_HOME = mkdtempSync(join(tmpdir(), 'mcp-operator-flow-'));
});

const mounted: Sized[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.instance.unmount();
});

const right = (lesson: ReturnType<typeof makeLesson>, i: number) => lesson.checks[i]!.options.findIndex((o) => o.correct === true);

describe('the flow of the course', () => {
  it('Up next offers the next lesson not done, not one already done', async () => {
    const [a, b, c] = [makeLesson('a', 1, 1), makeLesson('b', 1, 2), makeLesson('c', 1, 3)];
    const session = new CourseSession(makeCatalogue([a, b, c]), new ProgressStore({ dir: tempHome() }));
    for (const i of [0, 1, 2]) await session.answerCheck(b, i, right(b, i));
    await session.finish(b);
    for (const i of [0, 1, 2]) await session.answerCheck(a, i, right(a, i));
    const app = renderSized(<App session={session} initial={[{ name: 'home' }, { name: 'lesson', lessonId: 'a' }]} onExit={() => undefined} />, 100, 30);
    mounted.push(app);
    await waitForFrame(app.lastFrame, (t) => t.includes('About a'));
    await press(app.stdin, KEY.enter);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('End of lesson'));
    expect(frame).toContain('Up next: Lesson c');
    expect(frame).not.toContain('Up next: Lesson b');
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Track 1 › Lesson c'));
  });

  it('a capstone left before its end is offered on the home screen', async () => {
    const lessons = [makeLesson('a', 1, 1), makeLesson('b', 1, 2)];
    saveCourseDeployment({ server: 'acme-files', source: 'vendor' });
    const session = new CourseSession(makeCatalogue(lessons), new ProgressStore({ dir: tempHome() }));
    for (const l of lessons) {
      for (const i of [0, 1, 2]) await session.answerCheck(l, i, right(l, i));
      await session.finish(l);
    }
    const app = renderSized(<App session={session} initial={[{ name: 'home' }]} onExit={() => undefined} />, 100, 30);
    mounted.push(app);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Quit'));
    expect(frame).toMatch(/› Finish the track 1 capstone for acme-files \(1 of \d+ answered\)/);
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Capstone'));
    expect(frame).toContain('My own server: acme-files');
  });

  it('learn opens the lesson over the course list and the home screen: q goes back, not out', () => {
    const lessons = [makeLesson('a', 1, 1)];
    const session = new CourseSession(makeCatalogue(lessons), new ProgressStore({ dir: tempHome() }));
    expect(initialScreens(session, { screen: 'learn', lessonId: 'a', plain: false }).map((s) => s.name)).toEqual(['home', 'course', 'lesson']);
    expect(initialScreens(session, { screen: 'scenarios', plain: false }).map((s) => s.name)).toEqual(['home', 'scenarios']);
  });

  it('a scenario left after a decision goes on from the next one (n starts over)', async () => {
    const scenario = parseScenario('scenarios/sample-scenario.yaml', SCENARIO_SOURCE).scenario!;
    const catalogue = makeCatalogue([makeLesson('alpha', 1, 1)], [scenario]);
    const app = renderApp(catalogue, [{ name: 'home' }, { name: 'scenarios' }, { name: 'scenario', scenarioId: scenario.id }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Enter: decision 1'));
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Decision 1 of 3') && t.includes('Enter choose'));
    await press(app.stdin, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Why:'));
    // Interrupted here: q leaves the scenario; opening it again goes on from decision 2.
    await press(app.stdin, 'q');
    await waitForFrame(app.lastFrame, (t) => t.includes('Enter play'));
    await press(app.stdin, KEY.enter);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('go on from decision 2'));
    expect(frame).toContain('n start over');
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Decision 2 of 3') && t.includes('Enter choose'));
    const decision = scenario.decisions[1]!;
    await press(app.stdin, ...Array(displayOrder(decision.options, `${scenario.id}/${decision.id}`).findIndex((o) => o.expert === true)).fill(KEY.down), KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes("That is the expert's choice"));
    const runs = app.session.store.read().scenarios[scenario.id]!.runs;
    expect(runs).toHaveLength(1);
    expect(Object.keys(runs[0]!.choices)).toHaveLength(2);
    app.unmount();
  });

  it('a resize keeps the place in the text, not the line number', async () => {
    const paragraph = (i: number) => `Paragraph ${i} begins here. ${'Words that fill the paragraph out to a few lines at any width. '.repeat(4)}`;
    const lesson = makeLesson('long', 1, 1, { body: Array.from({ length: 30 }, (_, i) => paragraph(i + 1)).join('\n\n') });
    const session = new CourseSession(makeCatalogue([lesson]), new ProgressStore({ dir: tempHome() }));
    const app = renderSized(<App session={session} initial={[{ name: 'home' }, { name: 'lesson', lessonId: 'long' }]} onExit={() => undefined} />, 120, 30);
    mounted.push(app);
    await waitForFrame(app.lastFrame, (t) => t.includes('Paragraph 1 begins'));
    // Scroll until paragraph 12 starts at the top of the text.
    for (let i = 0; i < 200 && !/─\n(Paragraph 12 begins)/.test(app.lastFrame()); i += 1) await press(app.stdin, 'j');
    expect(app.lastFrame()).toMatch(/─\nParagraph 12 begins/);
    app.stdout.resize(40, 30);
    const frame = await waitForFrame(app.lastFrame, (t) => t.split('\n').every((l) => l.length <= 40) && t.includes('Paragraph'));
    const body = frame.split('\n').slice(3, 8).join(' ');
    expect(body).toContain('Paragraph 12 begins');
  });
});
