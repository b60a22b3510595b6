import { AREAS, type Area } from '../content/areas.js';
import type { QuizItem, QuizLevel } from '../content/quiz-schema.js';

export type Random = () => number;

/** A seeded random source, so a selection can be reproduced in tests. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: T[], random: Random): T | undefined {
  if (!items.length) return undefined;
  return items[Math.floor(random() * items.length)];
}

/** Level pairs rotated over the areas so a full assessment asks each level equally often. */
const LEVEL_PAIRS: [QuizLevel, QuizLevel][] = [
  [1, 2],
  [2, 3],
  [1, 3],
];

export const FULL_PER_AREA = 2;

/**
 * The full assessment: two items per knowledge area (36 for 18 areas), the levels rotated so
 * each of the three levels is asked about equally often.
 */
export function selectFull(bank: readonly QuizItem[], random: Random): QuizItem[] {
  const chosen: QuizItem[] = [];
  AREAS.forEach((area, index) => {
    const pair = LEVEL_PAIRS[index % LEVEL_PAIRS.length] as [QuizLevel, QuizLevel];
    const inArea = bank.filter((i) => i.area === area);
    for (const level of pair) {
      const candidates = inArea.filter((i) => i.level === level && !chosen.includes(i));
      const item = pick(candidates.length ? candidates : inArea.filter((i) => !chosen.includes(i)), random);
      if (item) chosen.push(item);
    }
  });
  return chosen;
}

/** A focused assessment: `count` items from the given areas, spread over areas and levels in turn. */
export function selectFocused(bank: readonly QuizItem[], areas: readonly Area[], count: number, random: Random): QuizItem[] {
  const pools = areas.map((area) => ({ area, items: bank.filter((i) => i.area === area) }));
  const chosen: QuizItem[] = [];
  let round = 0;
  while (chosen.length < count && pools.some((p) => p.items.some((i) => !chosen.includes(i)))) {
    for (const pool of pools) {
      if (chosen.length >= count) break;
      const level = ((round % 3) + 1) as QuizLevel;
      const left = pool.items.filter((i) => !chosen.includes(i));
      const item = pick(left.filter((i) => i.level === level), random) ?? pick(left, random);
      if (item) chosen.push(item);
    }
    round += 1;
  }
  return chosen;
}
