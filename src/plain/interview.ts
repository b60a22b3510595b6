import { DONT_KNOW } from '../core/risk/factors.js';
import { answer, nextQuestion, previousQuestion, questionAfter, questionNumber, visibleQuestions } from '../core/interview/flow.js';
import { QUESTIONS, type AnswerValue, type InterviewAnswers, type Question } from '../core/interview/questions.js';
import { plural } from '../core/text/plural.js';
import { heading, say, sayText } from './output.js';
import { askChoice, askLine, askYesNo, parseNumbers, paused, sayNumbered } from './lines.js';
import { suggestionLine, suggestionsFor } from '../app/suggestions.js';
import type { Suggestion } from '../core/servers/suggest.js';

const BACK = '\u0000back';
const PAUSE = '\u0000pause';

type Reply = AnswerValue | typeof BACK | typeof PAUSE;

const KEYS = [
  { key: '?', label: "don't know" },
  { key: '<', label: 'going back' },
];

function shown(value: AnswerValue | undefined, question: Question): string {
  if (value === undefined) return '';
  const label = (v: string) => (v === DONT_KNOW ? "don't know" : (question.choices?.find((c) => c.value === v)?.label ?? v));
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

async function ask(question: Question, previous: AnswerValue | undefined): Promise<Reply> {
  const keep = previous !== undefined ? `Enter keeps: ${shown(previous, question)}; ` : '';
  if (question.kind === 'text') {
    const value = await askLine(`Your answer (${keep}? for don't know, < for going back, q to pause):`);
    if (value === '' && typeof previous === 'string') return previous;
    if (value === '?') return DONT_KNOW;
    if (value === '<') return BACK;
    if (/^(q|quit)$/i.test(value)) return PAUSE;
    return value;
  }
  const choices = question.choices ?? [];
  if (question.kind === 'multi') {
    sayNumbered(choices.map((c) => c.label));
    for (;;) {
      const value = await askLine(`The numbers of all that apply, e.g. 1 3 (${keep}? for don't know, < for going back, q to pause):`);
      if (value === '' && previous !== undefined) return previous;
      if (value === '?') return DONT_KNOW;
      if (value === '<') return BACK;
      if (/^(q|quit)$/i.test(value)) return PAUSE;
      const picked = parseNumbers(value, choices.length);
      if (picked?.length) return picked.map((i) => choices[i]?.value ?? '');
      say(`Type numbers from 1 to ${choices.length}, separated by spaces, or ? for don't know.`);
    }
  }
  const labels = [...choices.map((c) => c.label), "Don't know"];
  const values = [...choices.map((c) => c.value), DONT_KNOW];
  const current = typeof previous === 'string' ? values.indexOf(previous) : -1;
  const picked = await askChoice('Your answer', labels, { ...(current >= 0 ? { default: current } : {}), keys: KEYS, quit: 'pause' });
  if (picked === '?') return DONT_KNOW;
  if (picked === '<') return BACK;
  if (picked === -1) return PAUSE;
  return values[picked as number] ?? DONT_KNOW;
}

/**
 * Run the interview in line mode from `start` (a resumed draft or pre-filled answers), saving
 * after every answer. `questions` limits it (a track's capstone asks only that track's part).
 * Numbered choices read as whole lines; Enter keeps an earlier (or suggested) answer; < goes back
 * and answering again walks forward through the later answers; q (or < on the first question)
 * pauses, after asking when there are answers. Resolves with the answers.
 */
export async function runPlainInterview(start: InterviewAnswers, save: (answers: InterviewAnswers) => void, questions: readonly Question[] = QUESTIONS): Promise<InterviewAnswers> {
  let answers = { ...start };
  let revisit: string | undefined;
  heading('Deployment planning interview');
  sayText('Answer for the one server you are about to deploy. Every question takes "don\'t know"; the plan counts it as the worst case and lists it as an open question.');
  for (;;) {
    const question = visibleQuestions(answers, questions).find((q) => q.id === revisit) ?? nextQuestion(answers, questions);
    if (!question) return answers;
    const total = visibleQuestions(answers, questions).length;
    say();
    say(`Question ${questionNumber(question.id, answers, questions)} of ${total}`);
    sayText(question.prompt);
    sayText(`Why we ask: ${question.why}`);
    const suggestion: Suggestion | undefined = answers[question.id] === undefined ? suggestionsFor(answers)[question.id] : undefined;
    if (suggestion) sayText(suggestionLine(suggestion));
    const reply = await ask(question, answers[question.id] ?? suggestion?.value);
    if (reply === BACK || reply === PAUSE) {
      const previous = reply === BACK ? previousQuestion(question.id, answers, questions) : undefined;
      if (previous) {
        revisit = previous.id;
        continue;
      }
      const count = Object.keys(answers).length;
      if (!count || (await askYesNo(`Pause the interview? ${plural(count, 'answer')} given, all kept.`, true))) throw paused();
      revisit = question.id;
      continue;
    }
    const result = answer(answers, question, reply, questions);
    if (!result.ok) {
      say(`Not accepted: ${result.message}`);
      revisit = question.id;
      continue;
    }
    answers = result.answers;
    save(answers);
    const after = revisit !== undefined ? questionAfter(question.id, answers, questions) : undefined;
    revisit = after && answers[after.id] !== undefined ? after.id : undefined;
  }
}
