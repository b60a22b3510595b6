import { checkbox, confirm, select } from '@inquirer/prompts';
import type { CourseSession } from '../app/course-session.js';
import type { Lesson } from '../core/content/types.js';
import { checkFeedback, LETTERS, orderFeedback, selectFeedback } from '../app/feedback-text.js';
import { lessonMarkdown } from '../core/course/lesson-document.js';
import { displayOrder, optionOrder } from '../core/course/grading.js';
import { isLessonComplete, lessonsOfTrack, missingPrerequisites, nextLessonAfter } from '../core/course/navigation.js';
import { runPlainCapstone } from './capstone.js';
import { lessonSteps, stepLabel } from '../core/course/steps.js';
import { markdownWidth, renderMarkdown } from '../io/markdown.js';
import { exerciseMarkdown } from '../app/exercise-brief.js';
import { heading, say, sayParagraphs, width } from './output.js';
import { wrapLines } from '../core/text/wrap.js';
import { runPlainScenario } from './scenario.js';

export type LessonOutcome = { next?: Lesson } | 'stop';

async function askToContinue(label: string): Promise<boolean> {
  return confirm({ message: `Continue to ${label}?`, default: true });
}

async function runCheck(session: CourseSession, lesson: Lesson, index: number): Promise<void> {
  const check = lesson.checks[index];
  if (!check) return;
  heading(`Checking: ${lesson.title} · Check ${index + 1} of ${lesson.checks.length}`);
  const order = optionOrder(check, lesson.id);
  for (const line of wrapLines(check.question, width())) say(line);
  for (;;) {
    const choices = order.map((index, position) => ({ name: `${LETTERS[position]}. ${check.options[index]?.text ?? ''}`, value: index }));
    if (check.hint) choices.push({ name: '? Show a hint', value: -1 });
    const chosen = await select({ message: 'Your answer:', choices, pageSize: choices.length, loop: false });
    if (chosen === -1) {
      say(`Hint: ${check.hint}`);
      continue;
    }
    const result = await session.answerCheck(lesson, index, chosen);
    sayParagraphs(checkFeedback(check, result, false, order));
    if (result.correct) return;
    const next = await select({
      message: 'What now?',
      choices: [
        { name: 'Try again', value: 'retry' },
        { name: 'Show the answer and every explanation', value: 'reveal' },
        { name: 'Move on (this check stays open)', value: 'skip' },
      ],
    });
    if (next === 'reveal') {
      sayParagraphs(checkFeedback(check, result, true, order));
      if (await confirm({ message: 'Answer it again now?', default: true })) continue;
      return;
    }
    if (next === 'skip') return;
  }
}

async function runExercise(session: CourseSession, lesson: Lesson): Promise<void> {
  const exercise = lesson.exercise;
  if (!exercise) return;
  heading(`Exercise: ${lesson.title}`);
  for (;;) {
    if (exercise.kind === 'select') {
      say(await renderMarkdown(exerciseMarkdown(exercise), markdownWidth(width()), { keepUrls: true }));
      say();
      const selected = await checkbox({
        message: `${exercise.prompt} (space marks, enter submits)`,
        choices: exercise.items.map((item) => ({ name: item.text, value: item.id })),
        pageSize: exercise.items.length,
        loop: false,
      });
      const result = await session.submitSelect(lesson, selected);
      sayParagraphs(selectFeedback(exercise, result));
      if (result.passed) return;
    } else {
      const shown = displayOrder(exercise.items, lesson.id);
      say(await renderMarkdown(exerciseMarkdown(exercise, shown), markdownWidth(width()), { keepUrls: true }));
      say();
      const order: string[] = [];
      while (order.length < exercise.items.length) {
        const remaining = shown.filter((item) => !order.includes(item.id));
        const choices = remaining.map((item) => ({ name: item.text, value: item.id }));
        if (order.length) choices.push({ name: '↶ Undo the last step', value: '' });
        const id = await select({ message: `Step ${order.length + 1} of ${exercise.items.length}: which comes next?`, choices, pageSize: choices.length, loop: false });
        if (id === '') order.pop();
        else order.push(id);
      }
      const result = await session.submitOrder(lesson, order);
      sayParagraphs(orderFeedback(exercise, order, result));
      if (result.passed) return;
    }
    if (!(await confirm({ message: 'Try the exercise again?', default: true }))) return;
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
    if (!(await askToContinue(stepLabel(lesson, step)))) return 'stop';
    if (step.kind === 'check') await runCheck(session, lesson, step.index);
    else if (step.kind === 'exercise') await runExercise(session, lesson);
  }
  const done = await session.finish(lesson);
  const record = session.progress.lessons[lesson.id];
  if (done || isLessonComplete(lesson, record)) say(`✓ Lesson complete: ${lesson.title}.`);
  else say(`This lesson is not complete yet: get every check right and pass the exercise (mcp-operator learn ${lesson.id} --plain picks up what is left).`);
  const scenario = lesson.scenarios.map((id) => session.catalogue.scenarios.find((s) => s.id === id)).find((s) => s !== undefined);
  if (scenario && (await confirm({ message: `Put it into practice with the scenario "${scenario.title}"?`, default: false }))) {
    await runPlainScenario(session, scenario);
  }
  if (lessonsOfTrack(session.catalogue, lesson.track).at(-1)?.id === lesson.id) await runPlainCapstone(session, lesson.track);
  const next = nextLessonAfter(session.catalogue, lesson.id);
  if (!next) {
    say('That was the last lesson in the course.');
    return 'stop';
  }
  return (await confirm({ message: `Open the next lesson, "${next.title}" (about ${next.minutes} min)?`, default: true })) ? { next } : 'stop';
}
