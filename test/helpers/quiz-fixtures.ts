import { AREAS } from '../../src/core/content/areas.js';
import type { QuizItem } from '../../src/core/content/types.js';

/** A bank with `perLevel` items at each level in every area; option 1 is the right one. */
export function makeBank(perLevel = 2, lesson = 'alpha'): QuizItem[] {
  const bank: QuizItem[] = [];
  for (const area of AREAS) {
    for (const level of [1, 2, 3] as const) {
      for (let n = 0; n < perLevel; n += 1) {
        const id = `${area}-${level}-${n}`;
        bank.push({
          id,
          area,
          level,
          stem: `Stem ${id}?`,
          options: [0, 1, 2, 3].map((i) => ({ text: `Option ${i} of ${id}`, explanation: `Why ${i}`, ...(i === 1 ? { correct: true } : {}) })),
          lessons: [lesson],
          file: `quiz/${area}.yaml`,
        });
      }
    }
  }
  return bank;
}
