import { parseArgs } from 'node:util';
import type { ReviewOptions } from './commands/review.js';
import { isPlain } from './io/plain-mode.js';
import { parseArgsOptions, reviewOptionValues } from './review-options.js';

export interface FastReview {
  paths: string[];
  options: ReviewOptions;
  plain: boolean;
}

/**
 * `review` arguments read without the argument parser, when they are simple: the options of
 * `review` (and --plain, --no-color) and paths. Anything else (help, an unknown option, a
 * missing value) returns undefined and goes through commander, which explains it. Loading
 * commander and describing every command took about a tenth of a short review's run.
 */
export function fastReviewArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): FastReview | undefined {
  if (args[0] !== 'review') return undefined;
  let parsed;
  try {
    parsed = parseArgs({
      args: args.slice(1),
      allowPositionals: true,
      strict: true,
      options: parseArgsOptions(),
    });
  } catch {
    return undefined;
  }
  const v = parsed.values;
  const options = reviewOptionValues(v) as ReviewOptions;
  return { paths: parsed.positionals, options, plain: isPlain({ plain: v.plain === true }, env) };
}
