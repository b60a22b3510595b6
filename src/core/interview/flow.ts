import { DONT_KNOW, FACTOR_IDS, type FactorId } from '../risk/factors.js';
import { QUESTIONS, type AnswerValue, type InterviewAnswers, type Question } from './questions.js';

/** The questions that apply to these answers, in order (a question appears only when it applies). */
export function visibleQuestions(answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): Question[] {
  return questions.filter((q) => !q.appliesWhen || q.appliesWhen(answers));
}

/** The first applicable question not answered yet, or undefined when the interview is complete. */
export function nextQuestion(answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): Question | undefined {
  return visibleQuestions(answers, questions).find((q) => answers[q.id] === undefined);
}

/** The applicable question before `id` (for "back"). */
export function previousQuestion(id: string, answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): Question | undefined {
  const visible = visibleQuestions(answers, questions);
  const index = visible.findIndex((q) => q.id === id);
  return index > 0 ? visible[index - 1] : undefined;
}

export type AnswerResult = { ok: true; answers: InterviewAnswers } | { ok: false; message: string };

/**
 * Record an answer after checking it. Choice answers must be one of the choices, multi answers a
 * non-empty subset; "unknown" is always accepted. Answers to questions that no longer apply are
 * dropped, so changing transport from HTTP to stdio forgets the URL.
 */
export function answer(answers: InterviewAnswers, question: Question, value: AnswerValue, questions: readonly Question[] = QUESTIONS): AnswerResult {
  if (value === DONT_KNOW) return { ok: true, answers: prune({ ...answers, [question.id]: DONT_KNOW }, questions) };
  if (question.kind === 'text') {
    if (typeof value !== 'string') return { ok: false, message: 'expected text' };
    const problem = question.validate?.(value);
    if (problem) return { ok: false, message: problem };
    return { ok: true, answers: prune({ ...answers, [question.id]: value.trim() }, questions) };
  }
  const allowed = new Set((question.choices ?? []).map((c) => c.value));
  if (question.kind === 'choice') {
    if (typeof value !== 'string' || !allowed.has(value)) return { ok: false, message: `choose one of: ${[...allowed].join(', ')}` };
    return { ok: true, answers: prune({ ...answers, [question.id]: value }, questions) };
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return { ok: false, message: 'mark at least one, or answer "don\'t know"' };
  const unknown = list.filter((v) => !allowed.has(v));
  if (unknown.length) return { ok: false, message: `not an option: ${unknown.join(', ')}` };
  const ordered = (question.choices ?? []).map((c) => c.value).filter((v) => list.includes(v));
  return { ok: true, answers: prune({ ...answers, [question.id]: ordered }, questions) };
}

/** Drop answers to questions that no longer apply. */
export function prune(answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): InterviewAnswers {
  const visible = new Set(visibleQuestions(answers, questions).map((q) => q.id));
  const known = new Set(questions.map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !known.has(id) || visible.has(id)));
}

/** Forget the answer to `id` so it is asked again (used by "back"). */
export function unanswer(answers: InterviewAnswers, id: string): InterviewAnswers {
  const { [id]: _dropped, ...rest } = answers;
  return rest;
}

export function progressOf(answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): { answered: number; total: number } {
  const visible = visibleQuestions(answers, questions);
  return { answered: visible.filter((q) => answers[q.id] !== undefined).length, total: visible.length };
}

/**
 * The risk factors an interview over `questions` has put to the user, given where it ended: each
 * factor question in the list (asked, or skipped because it did not apply, such as isolation for a
 * remote server), and each factor already answered before (a capstone continues the answers of the
 * tracks before it). A factor outside this was not asked: the assessment leaves it unrated.
 */
export function askedFactors(answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): FactorId[] {
  const inList = new Set(questions.map((q) => q.id));
  return FACTOR_IDS.filter((id) => inList.has(id) || answers[id] !== undefined);
}

/** The place of question `id` among the questions that apply ("Question 3 of 14"), 0 when it does not apply. */
export function questionNumber(id: string, answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): number {
  return visibleQuestions(answers, questions).findIndex((q) => q.id === id) + 1;
}

/**
 * The applicable question after `id`, answered or not: after going back and answering again, the
 * interview walks forward through the later questions (their answers kept and shown) rather than
 * jumping to the first one not answered.
 */
export function questionAfter(id: string, answers: InterviewAnswers, questions: readonly Question[] = QUESTIONS): Question | undefined {
  const visible = visibleQuestions(answers, questions);
  const index = visible.findIndex((q) => q.id === id);
  return index >= 0 ? visible[index + 1] : undefined;
}
