import type { Progress } from './model.js';
import { scheduleReview } from '../quiz/review.js';
import type { QuizAnswer, QuizAttempt } from '../quiz/score.js';

/** Start a quiz attempt; its start time identifies it for the answers that follow. */
export function startQuiz(progress: Progress, mode: QuizAttempt['mode'], planned: number, now: string): Progress {
  return { ...progress, quiz: { ...progress.quiz, attempts: [...progress.quiz.attempts, { startedAt: now, mode, planned, answers: [] }] } };
}

/** Record one answer of the attempt that started at `startedAt`, and reschedule the item's review. */
export function recordQuizAnswer(progress: Progress, startedAt: string, answer: QuizAnswer, now: string): Progress {
  const attempts = progress.quiz.attempts.map((a) => (a.startedAt === startedAt ? { ...a, answers: [...a.answers.filter((x) => x.id !== answer.id), answer] } : a));
  const cards = { ...progress.quiz.cards };
  const next = scheduleReview(cards[answer.id], answer.correct, answer.sure, new Date(now));
  if (next) cards[answer.id] = next;
  return { ...progress, quiz: { ...progress.quiz, attempts, cards } };
}

export function finishQuiz(progress: Progress, startedAt: string, now: string): Progress {
  return { ...progress, quiz: { ...progress.quiz, attempts: progress.quiz.attempts.map((a) => (a.startedAt === startedAt ? { ...a, finishedAt: now } : a)) } };
}

export function setQuizEnvironment(progress: Progress, environment: string): Progress {
  return { ...progress, quiz: { ...progress.quiz, environment } };
}
