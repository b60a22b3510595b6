// Bundled by npm run bench: times the review engine and plan generation in-process.
import { reviewConfigs } from '../../src/core/review/engine.js';
import { reviewJson } from '../../src/core/review/output/json.js';
import { reviewSarif } from '../../src/core/review/output/sarif.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { makePlan } from '../../src/app/plans.js';
import { planMarkdown } from '../../src/core/plan/markdown.js';
import type { InterviewAnswers } from '../../src/core/interview/questions.js';

/** The command's own setting for a large review (src/io/v8-tuning.ts), for the cold row that mirrors it. */
export { tuneForLargeReview } from '../../src/io/v8-tuning.js';

export function timeReview(text: string, format: 'json' | 'sarif'): number {
  const start = performance.now();
  const result = reviewConfigs([{ path: '/bench/.cursor/mcp.json', text }], { name: 'mcp-operator', version: 'bench' }, REVIEW_RULES, { fixes: format !== 'json' && format !== 'sarif' });
  const out = format === 'json' ? reviewJson(result.report) : reviewSarif(result, REVIEW_RULES);
  if (out.length === 0) throw new Error('empty output');
  return performance.now() - start;
}

export function timePlan(answers: InterviewAnswers): number {
  const start = performance.now();
  const plan = makePlan(answers, new Date('2026-01-01T00:00:00Z'));
  const md = planMarkdown(plan);
  if (md.length === 0 || JSON.stringify(plan).length === 0) throw new Error('empty plan');
  return performance.now() - start;
}
