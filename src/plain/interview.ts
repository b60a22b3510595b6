import { checkbox, input, select } from '@inquirer/prompts';
import { DONT_KNOW } from '../core/risk/factors.js';
import { answer, nextQuestion, previousQuestion, progressOf } from '../core/interview/flow.js';
import { QUESTIONS, type InterviewAnswers, type Question } from '../core/interview/questions.js';
import { wrapLines } from '../core/text/wrap.js';
import { heading, say, width } from './output.js';
import { suggestionLine, suggestionsFor } from '../app/suggestions.js';
import type { Suggestion } from '../core/servers/suggest.js';

const BACK = '\u0000back';

async function ask(question: Question, current: InterviewAnswers, suggestion?: Suggestion): Promise<string | string[]> {
  const previous = current[question.id] ?? suggestion?.value;
  if (question.kind === 'text') {
    const value = await input({ message: `${question.prompt} (type ? for "don't know", < to go back)`, default: typeof previous === 'string' && previous !== DONT_KNOW ? previous : undefined });
    if (value.trim() === '?') return DONT_KNOW;
    if (value.trim() === '<') return BACK;
    return value;
  }
  if (question.kind === 'multi') {
    const picked = await checkbox({
      message: `${question.prompt} (space marks, enter confirms; mark nothing for "don't know")`,
      choices: (question.choices ?? []).map((c) => ({ name: c.label, value: c.value, checked: Array.isArray(previous) && previous.includes(c.value) })),
      loop: false,
    });
    return picked.length ? picked : DONT_KNOW;
  }
  const choices = [...(question.choices ?? []).map((c) => ({ name: c.label, value: c.value })), { name: "Don't know", value: DONT_KNOW }, { name: '← Back to the previous question', value: BACK }];
  return select({ message: question.prompt, choices, default: typeof previous === 'string' ? previous : undefined, pageSize: choices.length, loop: false });
}

/**
 * Run the interview in line mode from `start` (a resumed draft or pre-filled answers), saving
 * after every answer. `questions` limits it (a track's capstone asks only that track's part).
 * Resolves with the answers.
 */
export async function runPlainInterview(start: InterviewAnswers, save: (answers: InterviewAnswers) => void, questions: readonly Question[] = QUESTIONS): Promise<InterviewAnswers> {
  let answers = { ...start };
  let forced: Question | undefined;
  heading('Deployment planning interview');
  for (const line of wrapLines('Answer for the one server you are about to deploy. Every question takes "don\'t know"; the plan counts it as the worst case and lists it as an open question.', width())) say(line);
  for (;;) {
    const question = forced ?? nextQuestion(answers, questions);
    if (!question) return answers;
    forced = undefined;
    const { answered, total } = progressOf(answers, questions);
    say();
    say(`Question ${Math.min(answered + 1, total)} of ${total}`);
    for (const line of wrapLines(`Why we ask: ${question.why}`, width())) say(line);
    const suggestion = answers[question.id] === undefined ? suggestionsFor(answers)[question.id] : undefined;
    if (suggestion) for (const line of wrapLines(suggestionLine(suggestion), width())) say(line);
    const value = await ask(question, answers, suggestion);
    if (value === BACK) {
      forced = previousQuestion(question.id, answers, questions) ?? question;
      continue;
    }
    const result = answer(answers, question, value, questions);
    if (!result.ok) {
      say(`Not accepted: ${result.message}`);
      forced = question;
      continue;
    }
    answers = result.answers;
    save(answers);
  }
}
