import { parseArgs } from 'node:util';
import type { ReviewOptions } from './commands/review.js';
import { isPlain } from './io/plain-mode.js';

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
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        'no-discover': { type: 'boolean' },
        client: { type: 'string' },
        'no-fixes': { type: 'boolean' },
        plain: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch {
    return undefined;
  }
  const v = parsed.values;
  const options: ReviewOptions = {
    ...(v.format !== undefined ? { format: v.format } : {}),
    failOn: v['fail-on'] ?? 'high',
    discover: v['no-discover'] !== true,
    ...(v.client !== undefined ? { client: v.client } : {}),
    fixes: v['no-fixes'] !== true,
  };
  return { paths: parsed.positionals, options, plain: isPlain({ plain: v.plain === true }, env) };
}
