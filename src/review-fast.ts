import type { FastReview } from './review-fast-args.js';
import { exitCodeFor } from './io/exit-code.js';

export { fastReviewArgs, type FastReview } from './review-fast-args.js';

/** The code of the review script's stand-ins' error (scripts/build-parts/review-script.mjs): this review needs a part the script leaves out. */
export const NEEDS_MODULES = 'MCP_OPERATOR_NEEDS_MODULES';

/**
 * Run a review read by fastReviewArgs; errors end as they do through the CLI. In the review script
 * (src/review-script.ts) a review that needs a part the script leaves out returns undefined before
 * printing anything, and bin hands it to the module bundle; in the module bundle that cannot happen.
 */
export async function runReviewOrHandOver(review: FastReview): Promise<number | undefined> {
  try {
    const { reviewCommand } = await import('./commands/review.js');
    return await reviewCommand(review.paths, review.options, review.plain);
  } catch (error) {
    if ((error as { code?: unknown } | undefined)?.code === NEEDS_MODULES) return undefined;
    return exitCodeFor(error);
  }
}

/** runReviewOrHandOver in the module bundle, where every part is there. */
export async function runFastReview(review: FastReview): Promise<number> {
  return (await runReviewOrHandOver(review)) ?? 2;
}
