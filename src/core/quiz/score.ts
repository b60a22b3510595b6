import { AREAS, type Area } from '../content/areas.js';
import type { Catalogue, Lesson } from '../content/types.js';

export interface QuizAnswer {
  id: string;
  area: Area;
  level: 1 | 2 | 3;
  /** Index of the chosen option in the item as authored. */
  chosen: number;
  correct: boolean;
  sure: boolean;
}

export interface QuizAttempt {
  startedAt: string;
  finishedAt?: string;
  mode: 'full' | 'focused' | 'review';
  /** How many items the attempt set out to ask. */
  planned: number;
  answers: QuizAnswer[];
}

export interface AreaScore {
  area: Area;
  /** 0-3: the fraction correct at each level asked, summed, scaled to three levels. */
  score: number;
  asked: number;
  correct: number;
  /** The levels asked in this area, lowest first. */
  levels: number[];
}

/**
 * Score per area on 0-3: the sum over levels of the fraction answered correctly. An attempt of
 * two items per area does not ask every level, so the levels asked are scaled up to three
 * (two levels at 100% give 3; one of two gives 1.5). Areas not asked are left out.
 */
export function areaScores(attempt: QuizAttempt): AreaScore[] {
  const out: AreaScore[] = [];
  for (const area of AREAS) {
    const answers = attempt.answers.filter((a) => a.area === area);
    if (!answers.length) continue;
    const levels = [...new Set(answers.map((a) => a.level))].sort((a, b) => a - b);
    const sum = levels.reduce((total, level) => {
      const at = answers.filter((a) => a.level === level);
      return total + at.filter((a) => a.correct).length / at.length;
    }, 0);
    out.push({ area, score: Math.round((sum * 3) / levels.length * 100) / 100, asked: answers.length, correct: answers.filter((a) => a.correct).length, levels });
  }
  return out;
}

/** Answers given with confidence that were wrong: what the learner believes that is not so. */
export function misconceptions(attempt: QuizAttempt): QuizAnswer[] {
  return attempt.answers.filter((a) => a.sure && !a.correct);
}

/** The level an operator in this environment should reach in every area. */
export const TARGET_BY_ENVIRONMENT: Record<string, number> = {
  sandbox: 1,
  'dev-laptop': 1.5,
  'dev-laptop-prod-creds': 2,
  team: 2.5,
  'enterprise-production': 3,
};

export interface Gap {
  area: Area;
  score: number;
  target: number;
  gap: number;
}

export function gaps(scores: readonly (Pick<AreaScore, 'area' | 'score'> & Partial<AreaScore>)[], target: number): Gap[] {
  return scores
    .map((s) => ({ area: s.area, score: s.score, target, gap: Math.max(0, Math.round((target - s.score) * 100) / 100) }))
    .filter((g) => g.gap > 0)
    .sort((a, b) => b.gap - a.gap || AREAS.indexOf(a.area) - AREAS.indexOf(b.area));
}

export interface Recommendation {
  lesson: Lesson;
  weight: number;
  areas: Area[];
  /** Open findings in the learner's own plans that this lesson teaches about. */
  findings: number;
}

/**
 * Lessons to study, ranked: the gaps of the areas each lesson teaches, plus half a point for each
 * open finding in the learner's own plans that points at it.
 */
export function recommendations(catalogue: Catalogue, areaGaps: Gap[], findingLessons: readonly string[], limit = 5): Recommendation[] {
  const gapOf = new Map(areaGaps.map((g) => [g.area, g.gap]));
  return catalogue.lessons
    .map((lesson) => {
      const areas = lesson.areas.filter((a) => gapOf.has(a));
      const findings = findingLessons.filter((id) => id === lesson.id).length;
      const weight = areas.reduce((w, a) => w + (gapOf.get(a) ?? 0), 0) + (areas.length ? 0.5 * findings : 0);
      return { lesson, weight: Math.round(weight * 100) / 100, areas, findings };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.lesson.track - b.lesson.track || a.lesson.order - b.lesson.order)
    .slice(0, limit);
}
