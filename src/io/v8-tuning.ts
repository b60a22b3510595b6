/**
 * Config text above which a review asks V8 to compile for a short run. Below it (a few hundred
 * servers) the review is over before V8's optimising compiler matters, and loading node:v8 costs more
 * (about 2 ms) than it could save.
 */
export const LARGE_REVIEW_BYTES = 256 * 1024;

/**
 * A review of thousands of servers runs each rule thousands of times, once. V8's optimising compiler
 * (TurboFan) then spends most of its work inlining rule helpers into the engine's loop, work that a
 * single run never earns back: on Node 20, a 5,000-server review runs about a fifth faster without
 * that inlining (README, "Performance"). The setting applies to this process only and changes no
 * result. Returns whether it was applied.
 */
export function tuneForLargeReview(bytes: number, setFlags: (flags: string) => void = defaultSetFlags): boolean {
  if (bytes < LARGE_REVIEW_BYTES) return false;
  setFlags('--no-turbo-inlining');
  return true;
}

function defaultSetFlags(flags: string): void {
  (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}
