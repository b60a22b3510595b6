import type { CourseSession } from '../app/course-session.js';
import type { Lesson } from '../core/content/types.js';
import { checkFeedback, orderFeedback, selectFeedback } from '../app/feedback-text.js';
import { lessonMarkdown } from '../core/course/lesson-document.js';
import { displayOrder, optionOrder } from '../core/course/grading.js';
import { isLessonComplete, lessonsOfTrack, missingPrerequisites, nextUnfinishedAfter } from '../core/course/navigation.js';
import { runPlainCapstone } from './capstone.js';
import { lessonSteps, stepLabel } from '../core/course/steps.js';
import { markdownWidth, renderMarkdown } from '../io/markdown.js';
import { exerciseMarkdown } from '../app/exercise-brief.js';
import { heading, inline, say, sayParagraphs, sayText, width } from './output.js';
import { askChoice, askLine, askYesNo, fromPipe, parseNumbers, sayNumbered } from './lines.js';
import { runPlainScenario } from './scenario.js';

export type LessonOutcome = { next?: Lesson } | 'stop';

/** A check until it is right, skipped, or stopped; 'stop' when the learner typed q. */
async function runCheck(session: CourseSession, lesson: Lesson, index: number): Promise<'stop' | undefined> {
  const check = lesson.checks[index];
  if (!check) return undefined;
  heading(`Checking: ${lesson.title} · Check ${index + 1} of ${lesson.checks.length}`);
  const order = optionOrder(check, lesson.id);
  sayText(check.question);
  for (;;) {
    say();
    const chosen = await askChoice('Your answer', order.map((i) => inline(check.options[i]?.text ?? '')), {
      letters: true,
      ...(check.hint ? { keys: [{ key: 'h', label: 'a hint' }] } : {}),
      quit: 'stop the lesson',
    });
    if (chosen === -1) return 'stop';
    if (chosen === 'h') {
      sayText(`Hint: ${check.hint ?? ''}`);
      continue;
    }
    const result = await session.answerCheck(lesson, index, order[chosen as number] ?? 0);
    say();
    sayParagraphs(checkFeedback(check, result, false, order));
    if (result.correct) return undefined;
    const next = await askChoice('What now?', ['Try again', 'Show the answer and every explanation', 'Move on (this check stays open)'], { default: 0, quit: 'stop the lesson' });
    if (next === -1) return 'stop';
    if (next === 1) {
      sayParagraphs(checkFeedback(check, result, true, order));
      if (await askYesNo('Answer it again now?', true)) continue;
      return undefined;
    }
    if (next === 2) return undefined;
  }
}

/** Numbers for an order exercise: each step once, e.g. "3 1 2 4". */
function parseOrder(answer: string, count: number): number[] | undefined {
  const picked = answer.trim().split(/[\s,]+/).filter(Boolean).map(Number);
  const whole = picked.length === count && picked.every((n) => Number.isInteger(n) && n >= 1 && n <= count) && new Set(picked).size === count;
  return whole ? picked.map((n) => n - 1) : undefined;
}

async function runExercise(session: CourseSession, lesson: Lesson): Promise<'stop' | undefined> {
  const exercise = lesson.exercise;
  if (!exercise) return undefined;
  heading(`Exercise: ${lesson.title}`);
  for (;;) {
    if (exercise.kind === 'select') {
      say(await renderMarkdown(exerciseMarkdown(exercise), markdownWidth(width()), { keepUrls: true }));
      say();
      sayText(exercise.prompt);
      sayNumbered(exercise.items.map((item) => inline(item.text)));
      let selected: number[] | undefined;
      for (;;) {
        const answer = await askLine('The numbers of every item that applies, e.g. 1 3 (0 for none, q to stop):');
        if (/^(q|quit)$/i.test(answer)) return 'stop';
        if ((selected = parseNumbers(answer, exercise.items.length))) break;
        say(`Type numbers from 1 to ${exercise.items.length}, separated by spaces, or 0 for none.`);
      }
      const result = await session.submitSelect(lesson, selected.map((i) => exercise.items[i]?.id ?? ''));
      say();
      sayParagraphs(selectFeedback(exercise, result));
      if (result.passed) return undefined;
    } else {
      const shown = displayOrder(exercise.items, lesson.id);
      say(await renderMarkdown(exerciseMarkdown(exercise, shown), markdownWidth(width()), { keepUrls: true }));
      say();
      sayNumbered(shown.map((item) => inline(item.text)));
      let order: number[] | undefined;
      for (;;) {
        const answer = await askLine(`The ${shown.length} numbers in the order you would take the steps, e.g. ${shown.map((_, i) => i + 1).reverse().join(' ')} (q to stop):`);
        if (/^(q|quit)$/i.test(answer)) return 'stop';
        if ((order = parseOrder(answer, shown.length))) break;
        say(`Type each number from 1 to ${shown.length} once, in your order.`);
      }
      const ids = order.map((i) => shown[i]?.id ?? '');
      const result = await session.submitOrder(lesson, ids);
      say();
      sayParagraphs(orderFeedback(exercise, ids, result));
      if (result.passed) return undefined;
    }
    if (!(await askYesNo('Try the exercise again?', true))) return undefined;
  }
}

/** One lesson in line mode: the rendered text, then checks and exercise, asking before each step. */
export async function runPlainLesson(session: CourseSession, lesson: Lesson): Promise<LessonOutcome> {
  await session.open(lesson);
  const steps = lessonSteps(lesson, session.progress.lessons[lesson.id]);
  const markdown = lessonMarkdown(lesson, session.catalogue, missingPrerequisites(session.catalogue, session.progress, lesson));
  say(await renderMarkdown(markdown, markdownWidth(width()), { keepUrls: true }));
  say();
  for (const step of steps.slice(1)) {
    if (step.kind === 'complete') break;
    if (!(await askYesNo(`Continue to ${stepLabel(lesson, step)}?`, true))) return 'stop';
    const outcome = step.kind === 'check' ? await runCheck(session, lesson, step.index) : await runExercise(session, lesson);
    if (outcome === 'stop') return 'stop';
  }
  const done = await session.finish(lesson);
  const record = session.progress.lessons[lesson.id];
  say();
  if (done || isLessonComplete(lesson, record)) say(`✓ Lesson complete: ${lesson.title}.`);
  else sayText(`This lesson is not complete yet: get every check right and pass the exercise (mcp-operator learn ${lesson.id} --plain picks up what is left).`);
  const scenario = lesson.scenarios.map((id) => session.catalogue.scenarios.find((s) => s.id === id)).find((s) => s !== undefined);
  if (scenario && (await askYesNo(`Put it into practice with the scenario "${scenario.title}"?`, false))) {
    await runPlainScenario(session, scenario);
  }
  if (lessonsOfTrack(session.catalogue, lesson.track).at(-1)?.id === lesson.id) {
    await runPlainCapstone(session, lesson.track);
  }
  const next = nextUnfinishedAfter(session.catalogue, session.progress, lesson.id);
  if (!next) {
    say(session.catalogue.lessons.at(-1)?.id === lesson.id ? 'That was the last lesson in the course.' : 'Every other lesson is done.');
    return 'stop';
  }
  return (await askYesNo(`Open the next lesson not done yet, "${next.title}" (about ${next.minutes} min)?`, true)) ? { next } : 'stop';
}
