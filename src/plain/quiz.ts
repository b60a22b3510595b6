import { select } from '@inquirer/prompts';
import type { CourseSession } from '../app/course-session.js';
import type { QuizItem } from '../core/content/types.js';
import { checkFeedback, LETTERS } from '../app/feedback-text.js';
import { optionOrder } from '../core/course/grading.js';
import { wrapLines } from '../core/text/wrap.js';
import { quizResult, scoreBar, type QuizResult } from '../core/quiz/result.js';
import { areaLabel } from '../core/content/areas.js';
import { ENVIRONMENT_CHOICES } from '../app/quiz-text.js';
import { heading, say, sayParagraphs, width } from './output.js';
import { latestPlanEnvironment } from '../io/plan-files.js';

export function sayQuizResult(result: QuizResult): void {
  heading(`Result: ${result.correct} of ${result.asked} right · target level ${result.target} (${result.environment ?? 'no environment given'})`);
  for (const a of result.areas) {
    const before = a.before === null ? '' : `  (before ${a.before.toFixed(1)})`;
    say(`${areaLabel(a.area).padEnd(26)} ${scoreBar(a.score, 12)} ${a.score.toFixed(1)}/3${before}`);
  }
  if (result.misconceptions.length) {
    say();
    say('Misconceptions (answered sure, and wrong):');
    for (const m of result.misconceptions) for (const line of wrapLines(`- ${m.stem} You said: "${m.chosen}". Right: "${m.right}".`, width(), '', 2)) say(line);
  }
  say();
  if (result.recommendations.length) {
    say('Study next:');
    for (const r of result.recommendations) {
      for (const line of wrapLines(`- ${r.title} (mcp-operator learn ${r.lesson})${r.findings ? `, ${r.findings} open finding(s) in your plans` : ''}`, width(), '', 2)) say(line);
    }
  } else say('No gaps below your target level. Well done.');
  if (result.reviewsDue) say(`\n${result.reviewsDue} item(s) due for review: mcp-operator quiz --review`);
}

/** One quiz attempt in line mode; every answer is saved as it is given. */
export async function runPlainQuiz(session: CourseSession, mode: 'full' | 'focused' | 'review', items: QuizItem[], findingLessons: string[]): Promise<void> {
  if (!items.length) {
    say(mode === 'review' ? 'Nothing is due for review.' : 'No quiz items match.');
    return;
  }
  const fromPlan = latestPlanEnvironment();
  if (!session.progress.quiz.environment && fromPlan) await session.setEnvironment(fromPlan);
  if (!session.progress.quiz.environment) {
    const environment = await select({ message: 'Where do you run MCP servers? (sets the level to aim for)', choices: ENVIRONMENT_CHOICES.map((c) => ({ name: c.label, value: c.value })) });
    await session.setEnvironment(environment);
  }
  const feedback = await select({ message: 'Feedback after each item, or all at the end?', choices: [{ name: 'After each item', value: 'each' }, { name: 'At the end', value: 'end' }] });
  const attemptId = await session.startQuiz(mode, items.length);
  heading(`Skill self-assessment: ${items.length} items${mode === 'full' ? ', about 15 minutes' : ''}`);
  for (const [index, item] of items.entries()) {
    say();
    say(`Item ${index + 1} of ${items.length} · ${areaLabel(item.area)} · level ${item.level}`);
    for (const line of wrapLines(item.stem, width())) say(line);
    const order = optionOrder({ id: item.id, question: item.stem, options: item.options }, 'quiz');
    const chosen = await select({ message: 'Your answer:', choices: order.map((i, p) => ({ name: `${LETTERS[p]}. ${item.options[i]?.text ?? ''}`, value: i })), loop: false });
    const sure = (await select({ message: 'How sure are you?', choices: [{ name: 'Sure', value: 'sure' }, { name: 'Not sure', value: 'unsure' }] })) === 'sure';
    const correct = await session.answerQuiz(attemptId, item, chosen, sure);
    if (feedback === 'each') sayParagraphs(checkFeedback({ id: item.id, question: item.stem, options: item.options }, { correct, chosen, correctIndex: item.options.findIndex((o) => o.correct) }, true, order));
  }
  await session.finishQuiz(attemptId);
  const attempt = session.progress.quiz.attempts.find((a) => a.startedAt === attemptId);
  if (attempt) sayQuizResult(quizResult(session.catalogue, session.progress, attempt, findingLessons, new Date()));
}
