import { AREAS, type Area } from '../core/content/areas.js';
import type { Catalogue, QuizItem } from '../core/content/types.js';
import type { Progress } from '../core/progress/model.js';
import { dueItems } from '../core/quiz/due.js';
import { selectFocused, selectFull, type Random } from '../core/quiz/select.js';
import type { QuizAttempt } from '../core/quiz/score.js';
import { UserError } from '../io/errors.js';

export interface QuizRequest {
  areas?: string;
  count?: string;
  review?: boolean;
}

/** Parse --areas a,b and --count N; an unknown area or a bad count is a usage error naming it. */
export function parseQuizRequest(request: QuizRequest): { areas?: Area[]; count?: number; review: boolean } {
  let areas: Area[] | undefined;
  if (request.areas) {
    const list = request.areas.split(',').map((a) => a.trim()).filter(Boolean);
    const unknown = list.filter((a) => !(AREAS as readonly string[]).includes(a));
    if (unknown.length) throw new UserError(`unknown area${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (areas: ${AREAS.join(', ')})`);
    areas = list as Area[];
  }
  let count: number | undefined;
  if (request.count !== undefined) {
    count = Number(request.count);
    if (!Number.isInteger(count) || count < 1 || count > 200) throw new UserError(`--count must be a whole number from 1 to 200, not "${request.count}"`);
  }
  return { areas, count, review: request.review === true };
}

/** The items for this attempt: due reviews, a focused set, or the full balanced assessment. */
export function planQuiz(catalogue: Catalogue, progress: Progress, request: ReturnType<typeof parseQuizRequest>, random: Random, now: Date): { mode: QuizAttempt['mode']; items: QuizItem[] } {
  if (request.review) {
    const ids = dueItems(progress.quiz.cards, now);
    const items = ids.map((id) => catalogue.quiz.find((i) => i.id === id)).filter((i): i is QuizItem => Boolean(i));
    return { mode: 'review', items: request.count ? items.slice(0, request.count) : items };
  }
  if (request.areas || request.count) {
    return { mode: 'focused', items: selectFocused(catalogue.quiz, request.areas ?? [...AREAS], request.count ?? Math.min(12, (request.areas?.length ?? 18) * 3), random) };
  }
  return { mode: 'full', items: selectFull(catalogue.quiz, random) };
}
