/**
 * Issue 16.1, the course's screens: each one, in each of its states, at 40x20, 80x24 and 120x40, with
 * the real course. A screen holds when no line is wider than the terminal, the frame leaves the last
 * row free, no text lies over other text or is cut off by its box, the header and key help are there,
 * a selection is marked without colour, and every option of every list can be reached.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/content/types.js';
import { optionOrder } from '../../src/core/course/grading.js';
import { LETTERS } from '../../src/app/feedback-text.js';
import { answerChecks, holds, KEY, lessonById, mountedScreens, newSession, press, reachEvery, realCatalogue, SIZES, waitForFrame } from './screen-harness.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

const { start } = mountedScreens();

for (const [columns, rows] of SIZES) {
  describe(`the course at ${columns}x${rows}`, () => {
    it('home: title, every entry reachable, key help', async () => {
      const app = start(newSession(catalogue), [{ name: 'home' }], columns, rows);
      const options = { title: /^mcp-operator/, keys: /q quit/ };
      await holds(app, 'home', (t) => t.includes('Quit'), { ...options, selection: true });
      await reachEvery(
        app,
        'home menu',
        ['Start the course', 'Course: tracks and lessons', 'Scenarios:', 'Plan a deployment', 'Skill self-assessment', 'Review my MCP client configs', 'Known servers', "Operator's toolbox", 'Progress', 'Quit'],
        options,
      );
    });

    it('course list: every lesson reachable, q goes back to the home screen', async () => {
      const app = start(newSession(catalogue), [{ name: 'home' }, { name: 'course' }], columns, rows);
      const options = { title: /^Course/, keys: /q back/ };
      await holds(app, 'course list', (t) => t.includes('Enter open'), { ...options, selection: true });
      await reachEvery(app, 'course list', catalogue.lessons.map((l) => l.title), options);
      await press(app.stdin, 'q');
      await waitForFrame(app.lastFrame, (t) => t.includes('Quit'));
      expect(app.exits).toEqual([]);
    });

    it('lesson reader, a knowledge check with its hint, every option, and its feedback', async () => {
      // The longest question and options in the course.
      const lesson = lessonById(catalogue, 'authorization-2026-07-28');
      const app = start(newSession(catalogue), [{ name: 'home' }, { name: 'course' }, { name: 'lesson', lessonId: lesson.id }], columns, rows);
      await holds(app, 'reader', (t) => /of \d+ \(\d+%\)/.test(t), { title: /^Track 2 ›/, keys: /q back/ });
      await press(app.stdin, 'G');
      await holds(app, 'reader at its end', (t) => t.includes('(100%)'), { title: /^Track 2 ›/, keys: /q back/ });
      for (const [index, check] of lesson.checks.entries()) {
        await press(app.stdin, KEY.enter);
        const options = { title: /^Checking:/, keys: /Enter answer/ };
        await holds(app, `check ${index + 1}`, (t) => t.includes(`Check ${index + 1} of`) && t.includes('Enter answer'), { ...options, selection: true });
        const order = optionOrder(check, lesson.id);
        if (check.hint) {
          await press(app.stdin, 'h');
          await holds(app, `check ${index + 1} with its hint`, (t) => t.includes('Hint:'), { ...options, selection: true });
        }
        await reachEvery(app, `check ${index + 1}`, order.map((i, p) => `${LETTERS[p]}. ${check.options[i]?.text ?? ''}`), options);
        await press(app.stdin, KEY.enter);
        await holds(app, `feedback on check ${index + 1}`, (t) => t.includes('Not quite') || t.includes('Correct'), { title: /^Checking:/, keys: /Enter:/ });
      }
    });

    it('a select exercise: brief, every item reachable and marked, result, and the end of the course', async () => {
      // The longest items of any select exercise.
      const lesson = lessonById(catalogue, 'gateways-logs-and-caches');
      const session = newSession(catalogue);
      await answerChecks(session, lesson);
      const app = start(session, [{ name: 'home' }, { name: 'lesson', lessonId: lesson.id }], columns, rows);
      await waitForFrame(app.lastFrame, (t) => /of \d+ \(\d+%\)|Enter:/.test(t));
      await press(app.stdin, KEY.enter);
      await holds(app, 'exercise brief', (t) => t.includes('mark your answer'), { title: /^Exercise:/, keys: /Enter: mark your answer/ });
      await press(app.stdin, KEY.enter);
      const options = { title: /^Exercise:/, keys: /Space mark/ };
      await holds(app, 'marking', (t) => t.includes('Space mark'), { ...options, selection: true });
      const exercise = lesson.exercise!;
      if (exercise.kind !== 'select') throw new Error('not a select exercise');
      await reachEvery(app, 'exercise items', exercise.items.map((i) => i.text), options);
      await press(app.stdin, KEY.space);
      await waitForFrame(app.lastFrame, (t) => /\[x\]/.test(t));
      await press(app.stdin, KEY.enter);
      await holds(app, 'exercise result', (t) => t.includes('missed') || t.includes('All right'), { title: /^Exercise:/, keys: /Enter:/ });
      await press(app.stdin, KEY.enter);
      // The last lesson of the course ends its track: the capstone is offered, and Up next is the first lesson not done.
      const frame = await holds(app, 'end of the course', (t) => t.includes('End of lesson'), { title: new RegExp(`^${lesson.title.slice(0, 10)}`), keys: /p capstone/ });
      expect(frame.replace(/\s+/g, ' ')).toContain(`Up next: ${catalogue.lessons[0]!.title}`);
    });

    it('an order exercise: every step reachable, the result, and the end of the lesson', async () => {
      const lesson = lessonById(catalogue, 'keep-the-client-patched');
      const session = newSession(catalogue);
      await answerChecks(session, lesson);
      const app = start(session, [{ name: 'home' }, { name: 'lesson', lessonId: lesson.id }], columns, rows);
      await waitForFrame(app.lastFrame, (t) => /of \d+ \(\d+%\)|Enter:/.test(t));
      await press(app.stdin, KEY.enter);
      await holds(app, 'order brief', (t) => t.includes('put them in order'), { title: /^Exercise:/, keys: /put them in order/ });
      await press(app.stdin, KEY.enter);
      const exercise = lesson.exercise!;
      if (exercise.kind !== 'order') throw new Error('not an order exercise');
      const options = { title: /^Exercise:/, keys: /u undo/ };
      await holds(app, 'placing', (t) => t.includes('Which comes next?'), { ...options, selection: true });
      for (let step = 0; step < exercise.items.length; step += 1) {
        await waitForFrame(app.lastFrame, (t) => t.includes(`step ${step + 1} of`));
        await holds(app, `placing step ${step + 1}`, (t) => t.includes('Which comes next?'), { ...options, selection: true });
        await press(app.stdin, KEY.enter);
      }
      await holds(app, 'order result', (t) => t.includes('The order an expert would follow'), { title: /^Exercise:/, keys: /Enter:/ });
      await press(app.stdin, KEY.enter);
      const frame = await holds(app, 'end of lesson', (t) => t.includes('End of lesson'), { title: /^Keep/, keys: /r redo/ });
      expect(frame).toContain('Up next:');
    });

    it('the end of a lesson with a scenario, a lab and what is left to do', async () => {
      const lesson = lessonById(catalogue, 'rate-the-risk');
      const session = newSession(catalogue);
      await answerChecks(session, lesson);
      const app = start(session, [{ name: 'home' }, { name: 'lesson', lessonId: lesson.id }], columns, rows);
      await waitForFrame(app.lastFrame, (t) => /of \d+ \(\d+%\)|Enter:/.test(t));
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('mark your answer'));
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('Space mark'));
      // Nothing marked: the exercise fails, and the end of the lesson says it is left to do.
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('missed'));
      await press(app.stdin, KEY.enter);
      const frame = await holds(app, 'end of lesson', (t) => t.includes('End of lesson') && t.includes('o lab'), { title: /^Rate a deployment/, keys: /s scenario/ });
      expect(frame).toContain('the exercise');
    });

    it('progress', async () => {
      const session = newSession(catalogue);
      const lesson = lessonById(catalogue, 'trust-before-install');
      await session.answerCheck(lesson, 0, (lesson.checks[0]!.options.findIndex((o) => o.correct === true) + 1) % lesson.checks[0]!.options.length);
      await answerChecks(session, lesson);
      const app = start(session, [{ name: 'home' }, { name: 'progress' }], columns, rows);
      const frame = await holds(app, 'progress', (t) => t.includes('Stored in') || t.includes('lessons done'), { title: /^Progress/, keys: /q back/ });
      expect(frame).toContain('lessons done');
    });
  });
}
