/** What the learner may see next in a lab: hints one at a time, the solution only when earned. */

export const HINT_COUNT = 3;

/** The reference solution is shown only after passing, or after the third hint. */
export function solutionAvailable(passed: boolean, hintsShown: number): boolean {
  return passed || hintsShown >= HINT_COUNT;
}

/** How many hints show after asking for one more (never more than there are). */
export function nextHintCount(hintsShown: number, total: number = HINT_COUNT): number {
  return Math.min(total, hintsShown + 1);
}

/** Why the solution is not shown yet, in one line. */
export function solutionLocked(hintsShown: number): string {
  const left = HINT_COUNT - hintsShown;
  return `The solution opens once every goal passes, or after the third hint (${left} hint${left === 1 ? '' : 's'} to go: press h).`;
}
