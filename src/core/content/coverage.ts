import { AREAS, type Area } from './areas.js';
import type { Catalogue } from './types.js';

export interface AreaCoverage {
  lessons: number;
  quiz: { '1': number; '2': number; '3': number };
}

export interface Coverage {
  lessons: number;
  scenarios: number;
  quizItems: number;
  areas: Record<Area, AreaCoverage>;
}

/** What content authors need to see: how many lessons teach each knowledge area. */
export function coverage(catalogue: Catalogue): Coverage {
  const areas = Object.fromEntries(AREAS.map((a) => [a, { lessons: 0, quiz: { '1': 0, '2': 0, '3': 0 } }])) as Record<Area, AreaCoverage>;
  for (const lesson of catalogue.lessons) for (const area of lesson.areas) areas[area].lessons += 1;
  for (const item of catalogue.quiz) areas[item.area].quiz[String(item.level) as '1' | '2' | '3'] += 1;
  return { lessons: catalogue.lessons.length, scenarios: catalogue.scenarios.length, quizItems: catalogue.quiz.length, areas };
}
