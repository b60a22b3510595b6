import type { CourseSession } from '../app/course-session.js';
import type { QuizItem } from '../core/content/types.js';
import { checkFeedback } from '../app/feedback-text.js';
import { optionOrder } from '../core/course/grading.js';
import { quizResult, type QuizResult } from '../core/quiz/result.js';
import { areaLabel } from '../core/content/areas.js';
import { plural } from '../core/text/plural.js';
import { wrapLines } from '../core/text/wrap.js';
import { ENVIRONMENT_CHOICES, quizResultLines, targetFor, targetLine } from '../app/quiz-text.js';
import { heading, inline, say, sayParagraphs, sayText, width } from './output.js';
import { askChoice } from './lines.js';
import { latestPlanEnvironment } from '../io/plan-files.js';
import chalk from 'chalk';

/** The result in the TUI's words, each recommendation with the command that opens it. */
export function sayQuizResult(result: QuizResult, fromPlan = false): void {
  heading(`Result: ${result.correct} of ${plural(result.asked, 'item')} right`);
  for (const line of quizResultLines(result, width(), { inline, fromPlan, commands: true }).slice(1)) {
    say(line.tone === 'heading' ? chalk.bold(line.text) : line.tone === 'dim' ? chalk.dim(line.text) : line.text);
  }
}

/** Ask where the learner runs MCP servers (it sets the target level). */
async function askEnvironment(session: CourseSession): Promise<void> {
  const current = ENVIRONMENT_CHOICES.findIndex((c) => c.value === session.progress.quiz.environment);
  const index = await askChoice('Where do you run MCP servers? (it sets the level to aim for)', ENVIRONMENT_CHOICES.map((c) => c.label), current >= 0 ? { default: current } : {});
  const choice = ENVIRONMENT_CHOICES[typeof index === 'number' ? index : 0];
  if (choice) await session.setEnvironment(choice.value);
}

/** One quiz attempt in line mode; every answer is saved as it is given. q stops (answers kept). */
export async function runPlainQuiz(session: CourseSession, mode: 'full' | 'focused' | 'review', items: QuizItem[], findingLessons: string[]): Promise<void> {
  if (!items.length) {
    say(mode === 'review' ? 'Nothing is due for review.' : 'No quiz items match.');
    return;
  }
  const fromPlan = !session.progress.quiz.environment ? latestPlanEnvironment() : undefined;
  if (fromPlan) await session.setEnvironment(fromPlan);
  if (!session.progress.quiz.environment) await askEnvironment(session);
  let planned = Boolean(fromPlan);
  heading(`Skill self-assessment: ${plural(items.length, 'item')}${mode === 'review' ? ' due for review' : ''}${mode === 'full' ? ', about 15 minutes' : ''}`);
  sayText('Say how sure you are with each answer: a sure answer that is wrong marks a misconception.');
  for (;;) {
    const environment = session.progress.quiz.environment ?? null;
    for (const line of wrapLines(targetLine(environment, targetFor(environment), planned), width())) say(chalk.dim(line));
    say();
    const feedback = await askChoice('Feedback after each item, or all at the end?', ['After each item', 'At the end', 'Change where I run MCP servers (the target level)'], { default: 0 });
    if (feedback === 2) {
      await askEnvironment(session);
      planned = false;
      continue;
    }
    const attemptId = await session.startQuiz(mode, items.length);
    for (const [index, item] of items.entries()) {
      heading(`Item ${index + 1} of ${items.length} · ${areaLabel(item.area)} · level ${item.level}`);
      sayText(item.stem);
      say();
      // Shuffled per attempt, so an item that comes back for review is not answered by position.
      const order = optionOrder({ id: item.id, question: item.stem, options: item.options }, `quiz/${attemptId}`);
      const chosen = await askChoice('Your answer', order.map((i) => inline(item.options[i]?.text ?? '')), { letters: true, quit: 'stop (answers given are kept)' });
      if (typeof chosen !== 'number' || chosen === -1) return;
      const sure = await askChoice('How sure are you?', ['Sure', 'Not sure'], { quit: 'stop (answers given are kept)' });
      if (sure === -1 || typeof sure !== 'number') return;
      const option = order[chosen] ?? 0;
      const correct = await session.answerQuiz(attemptId, item, option, sure === 0);
      say();
      if (feedback === 0) {
        sayParagraphs(checkFeedback({ id: item.id, question: item.stem, options: item.options }, { correct, chosen: option, correctIndex: item.options.findIndex((o) => o.correct) }, true, order));
        sayText(`Learn more: ${item.lessons.map((l) => `mcp-operator learn ${l}`).join(', ')}`);
      }
    }
    await session.finishQuiz(attemptId);
    const attempt = session.progress.quiz.attempts.find((a) => a.startedAt === attemptId);
    if (attempt) sayQuizResult(quizResult(session.catalogue, session.progress, attempt, findingLessons, new Date()), planned);
    return;
  }
}
