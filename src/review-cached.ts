// A printed review (what CI runs) through the review script and its code cache (src/io/code-cache.ts);
// an interactive review, or a build without the script (tests from source), goes through the modules.
import envPaths from 'env-paths';
import { loadCachedBundle, type CacheFile } from './io/code-cache.js';
import { reviewIsInteractive } from './io/review-interactive.js';
import type { FastReview } from './review-fast-args.js';
import type { restoreCompilerDefaults, reviewInScript } from './review-script.js';

/** The review script's file name in dist/, set by the build (scripts/build.mjs); undefined from source. */
declare const __MCP_REVIEW_SCRIPT__: string | undefined;

/** Where the code cache of `script` (a file name like review-ABC123.cjs) is kept, or undefined when turned off. */
export function reviewCacheFile(script: string, env: NodeJS.ProcessEnv = process.env): CacheFile | undefined {
  if (env.MCP_OPERATOR_NO_CODE_CACHE) return undefined;
  const dir = env.MCP_OPERATOR_HOME ? `${env.MCP_OPERATOR_HOME}/cache` : envPaths('mcp-operator', { suffix: '' }).cache;
  const tail = `-node${process.versions.node}-${process.arch}.v8`;
  const stem = script.replace(/\.cjs$/, '');
  const kind = stem.replace(/-[^-]*$/, '-');
  return { file: `${dir}/${stem}${tail}`, supersedes: (name) => name.startsWith(kind) && name.endsWith(tail) };
}

/** Run `review` through the script in `dir`; undefined when it must go through the modules instead. */
export async function runCachedReview(review: FastReview, dir: string): Promise<number | undefined> {
  if (typeof __MCP_REVIEW_SCRIPT__ !== 'string') return undefined;
  if (reviewIsInteractive(review.options.format, review.plain, review.paths)) return undefined;
  const file = `${dir}/${__MCP_REVIEW_SCRIPT__}`;
  const bundle = loadCachedBundle<{ reviewInScript: typeof reviewInScript; restoreCompilerDefaults: typeof restoreCompilerDefaults }>(file, reviewCacheFile(__MCP_REVIEW_SCRIPT__));
  const code = await bundle.exports.reviewInScript(review);
  // A large review changed V8's compiler settings (src/io/v8-tuning.ts): the cache must be made under the defaults.
  if (!bundle.cacheUsed) bundle.exports.restoreCompilerDefaults();
  bundle.save();
  return code;
}
