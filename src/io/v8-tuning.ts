/**
 * Config text above which a review asks V8 to compile for a short run. Below it (a few hundred
 * servers) the review is over before V8's optimising compiler matters, and loading node:v8 costs more
 * (about 2 ms) than it could save.
 */
export const LARGE_REVIEW_BYTES = 256 * 1024;

/**
 * TurboFan's inlining (of functions, and of Array builtins with their callbacks) and the passes that
 * grow or rewrite its graphs most (loop peeling, escape analysis, store elimination, node splitting):
 * compile work that a single review does not earn back.
 */
export const SHORT_RUN_FLAGS = '--no-turbo-inlining --no-turbo-inline-array-builtins --no-turbo-loop-peeling --no-turbo-escape --no-turbo-store-elimination --no-turbo-splitting';

/**
 * A review of thousands of servers runs each rule thousands of times, once. V8's optimising compiler
 * (TurboFan) has one background thread here, and its queue was longer than the review: most rules ran
 * unoptimised until late. Lighter compilation gets optimised code sooner: on Node 20, a 5,000-server
 * review runs about a quarter faster (README, "The engine's cold run"). The settings are compiler
 * options read per compilation, apply to this process only, and change no result. Returns whether
 * they were applied.
 */
export function tuneForLargeReview(bytes: number, setFlags: (flags: string) => void = defaultSetFlags): boolean {
  if (bytes < LARGE_REVIEW_BYTES) return false;
  setFlags(SHORT_RUN_FLAGS);
  tuned = true;
  return true;
}

/** V8's own settings for what SHORT_RUN_FLAGS turns off. */
export const DEFAULT_FLAGS = SHORT_RUN_FLAGS.replace(/--no-/g, '--');

let tuned = false;

/**
 * Put the compiler settings back, if a review changed them, before the review script's code cache is
 * written: V8 accepts a cache only under the flags it was made with, and the next run starts with
 * V8's defaults (a large first review otherwise wrote a cache no later run could use).
 */
export function restoreCompilerDefaults(setFlags: (flags: string) => void = defaultSetFlags): boolean {
  if (!tuned) return false;
  setFlags(DEFAULT_FLAGS);
  tuned = false;
  return true;
}

function defaultSetFlags(flags: string): void {
  (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}
