// The entry of dist/review-[hash].cjs: a review that prints (text, JSON, SARIF, Markdown) as one
// CommonJS bundle, which bin runs through V8 with a code cache (src/review-cached.ts). Ink and the
// knowledge validator are not in it: their imports are stand-ins that throw NEEDS_MODULES, and the
// caller then does the review through the module bundle instead.
import type { FastReview } from './review-fast.js';
import { exitCodeFor } from './io/exit-code.js';

/** The code of the stand-ins' error: this review needs a part the script leaves out. */
export const NEEDS_MODULES = 'MCP_OPERATOR_NEEDS_MODULES';

/** The review's exit code, or undefined when it needs the module bundle (nothing has been printed then). */
export async function reviewInScript(review: FastReview): Promise<number | undefined> {
  try {
    const { reviewCommand } = await import('./commands/review.js');
    return await reviewCommand(review.paths, review.options, review.plain);
  } catch (error) {
    if ((error as { code?: unknown } | undefined)?.code === NEEDS_MODULES) return undefined;
    return exitCodeFor(error);
  }
}
