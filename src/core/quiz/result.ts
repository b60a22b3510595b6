import type { Area } from '../content/areas.js';
import type { Catalogue } from '../content/types.js';
import type { Progress } from '../progress/model.js';
import { areaScores, gaps, misconceptions, recommendations, TARGET_BY_ENVIRONMENT, type AreaScore, type Gap, type QuizAttempt } from './score.js';
import { dueItems } from './due.js';

export interface QuizResult {
  startedAt: string;
  finishedAt: string | null;
  mode: QuizAttempt['mode'];
  asked: number;
  correct: number;
  environment: string | null;
  target: number;
  areas: (AreaScore & { before: number | null })[];
  misconceptions: { id: string; area: Area; stem: string; chosen: string; right: string; lessons: string[] }[];
  gaps: Gap[];
  /** Lessons to study: first for the gaps below the target, then for misconceptions in areas without a gap. */
  recommendations: { lesson: string; title: string; weight: number; areas: Area[]; findings: number; reason: 'gap' | 'misconception' }[];
  reviewsDue: number;
}

/** The latest attempt with at least one answer, or a given one. */
export function latestAttempt(progress: Progress): QuizAttempt | undefined {
  return [...progress.quiz.attempts].reverse().find((a) => a.answers.length > 0);
}

/**
 * Everything the results screen and `quiz --json` show: scores per area with the previous
 * attempt's score for before/after, misconceptions, gaps to the environment's target, and the
 * lessons to study (weighted up by open findings in the learner's plans).
 */
export function quizResult(catalogue: Catalogue, progress: Progress, attempt: QuizAttempt, findingLessons: readonly string[], now: Date): QuizResult {
  const scores = areaScores(attempt);
  const earlier = progress.quiz.attempts.filter((a) => a.startedAt < attempt.startedAt && a.answers.length > 0);
  const before = new Map<Area, number>();
  for (const previous of earlier) for (const s of areaScores(previous)) before.set(s.area, s.score);
  const environment = progress.quiz.environment ?? null;
  const target = TARGET_BY_ENVIRONMENT[environment ?? ''] ?? 2;
  const areaGaps = gaps(scores, target);
  const wrong = misconceptions(attempt).map((a) => {
    const item = catalogue.quiz.find((i) => i.id === a.id);
    return {
      id: a.id,
      area: a.area,
      stem: item?.stem ?? a.id,
      chosen: item?.options[a.chosen]?.text ?? '',
      right: item?.options.find((o) => o.correct)?.text ?? '',
      lessons: item?.lessons ?? [],
    };
  });
  const byGap = recommendations(catalogue, areaGaps, findingLessons).map((r) => ({ lesson: r.lesson.id, title: r.lesson.title, weight: r.weight, areas: r.areas, findings: r.findings, reason: 'gap' as const }));
  // A sure, wrong answer is worth studying even when the area's score reached the target.
  const forMisconceptions = [...new Set(wrong.flatMap((m) => m.lessons))]
    .filter((id) => !byGap.some((r) => r.lesson === id))
    .map((id) => catalogue.lessons.find((l) => l.id === id))
    .filter((l) => l !== undefined)
    .map((l) => ({ lesson: l.id, title: l.title, weight: 0, areas: [...new Set(wrong.filter((m) => m.lessons.includes(l.id)).map((m) => m.area))], findings: findingLessons.filter((id) => id === l.id).length, reason: 'misconception' as const }));
  return {
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt ?? null,
    mode: attempt.mode,
    asked: attempt.answers.length,
    correct: attempt.answers.filter((a) => a.correct).length,
    environment,
    target,
    areas: scores.map((s) => ({ ...s, before: before.get(s.area) ?? null })),
    misconceptions: wrong,
    gaps: areaGaps,
    recommendations: [...byGap, ...forMisconceptions],
    reviewsDue: dueItems(progress.quiz.cards, now).length,
  };
}

/** A bar of `width` cells for a score out of 3. */
export function scoreBar(score: number, width: number): string {
  const filled = Math.round((Math.min(3, Math.max(0, score)) / 3) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}
