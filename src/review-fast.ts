import type { FastReview } from './review-fast-args.js';
import { exitCodeFor } from './io/exit-code.js';

export { fastReviewArgs, type FastReview } from './review-fast-args.js';

/** Run a review read by fastReviewArgs; errors end as they do through the CLI. */
export async function runFastReview(review: FastReview): Promise<number> {
  try {
    const { reviewCommand } = await import('./commands/review.js');
    return await reviewCommand(review.paths, review.options, review.plain);
  } catch (error) {
    return exitCodeFor(error);
  }
}
