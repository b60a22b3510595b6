import type { ReviewResult } from '../core/review/engine.js';

/** The interactive review view (filled in by the TUI work). */
export async function runReviewScreen(result: ReviewResult): Promise<void> {
  const { reviewText } = await import('../core/review/output/text.js');
  process.stdout.write(reviewText(result));
}
