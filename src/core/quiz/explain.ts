import type { AreaScore } from './score.js';
import { plural } from '../text/plural.js';

/** How the 0-3 score of an area is reached, said once above the scores. */
export const SCORE_RULE =
  'Score 0-3 per area: the fraction right at each level asked (1 recognise, 2 configure, 3 design and respond), added up, and scaled to three levels when fewer were asked.';

export type Certainty = 'a rough estimate' | 'a fair estimate' | 'a firm estimate';

/** How far a score can be trusted, by the items it rests on: one or two items say little. */
export function certainty(asked: number): Certainty {
  if (asked <= 2) return 'a rough estimate';
  if (asked <= 5) return 'a fair estimate';
  return 'a firm estimate';
}

/** "1 of 2 right at levels 1 and 2: a rough estimate" for one area's score. */
export function areaBasis(score: Pick<AreaScore, 'asked' | 'correct' | 'levels'>): string {
  const levels = score.levels.length === 1 ? `level ${score.levels[0]}` : `levels ${score.levels.slice(0, -1).join(', ')} and ${score.levels.at(-1)}`;
  return `${score.correct} of ${plural(score.asked, 'item')} right at ${levels}: ${certainty(score.asked)}`;
}
