import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

/** A spaced-repetition card as stored in progress (dates as ISO strings). */
export interface ReviewCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  reps: number;
  lapses: number;
  learning_steps: number;
  state: number;
  last_review?: string;
}

const scheduler = fsrs();

function toCard(card: ReviewCard): Card {
  return { ...card, due: new Date(card.due), last_review: card.last_review ? new Date(card.last_review) : undefined } as Card;
}

function fromCard(card: Card): ReviewCard {
  const out: ReviewCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    learning_steps: card.learning_steps,
    state: card.state,
  };
  if (card.last_review) out.last_review = card.last_review.toISOString();
  return out;
}

/**
 * Schedule an item after an answer (FSRS via ts-fsrs): a missed item comes back soon (Again), an
 * unsure right one a little later (Hard), a sure right one further out (Good). An item answered
 * right and sure that has no card yet needs none.
 */
export function scheduleReview(card: ReviewCard | undefined, correct: boolean, sure: boolean, now: Date): ReviewCard | undefined {
  if (!card && correct && sure) return undefined;
  const grade: Grade = !correct ? Rating.Again : sure ? Rating.Good : Rating.Hard;
  const current = card ? toCard(card) : createEmptyCard(now);
  return fromCard(scheduler.next(current, now, grade).card);
}

export { dueItems } from './due.js';
