import { DONT_KNOW, FACTORS, FACTOR_IDS, type FactorId } from './factors.js';

export type FactorValue<F extends FactorId> = (typeof FACTORS)[F][number];
export type Capability = FactorValue<'capabilities'>;

/** Interview answers with every factor present: a value, or "unknown" for don't know / not answered. */
export type Answers = {
  [F in Exclude<FactorId, 'capabilities'>]: FactorValue<F> | typeof DONT_KNOW;
} & { capabilities: Capability[] | typeof DONT_KNOW };

/** Answers as given (an answers file, a scenario profile, an interview in progress): any factor may be missing. */
export type PartialAnswers = Partial<Answers>;

export interface CompletedAnswers {
  answers: Answers;
  /** Factors with no answer that were (or could have been) asked: counted as "unknown", the worst case, and open questions. */
  missing: FactorId[];
  /**
   * Factors with no answer that were never asked (a track's capstone asks only that track's questions).
   * They are "unknown" in `answers`, but the assessment must not rate on them: pass them to `assess`
   * as `notAsked`, and list them as not yet assessed rather than as open questions.
   */
  notAsked: FactorId[];
}

/**
 * Fill in missing factors as "unknown"; say which were missing. Without `asked` every missing factor
 * counts as the worst case (an answers file that leaves one out). With `asked` (the factors the
 * interview put to the user), a missing factor outside it was not asked and is reported in `notAsked`.
 */
export function completeAnswers(partial: PartialAnswers, asked?: readonly FactorId[]): CompletedAnswers {
  const absent = FACTOR_IDS.filter((id) => partial[id] === undefined);
  const notAsked = asked ? absent.filter((id) => !asked.includes(id)) : [];
  const missing = absent.filter((id) => !notAsked.includes(id));
  const answers = Object.fromEntries(FACTOR_IDS.map((id) => [id, partial[id] ?? DONT_KNOW])) as Answers;
  return { answers, missing, notAsked };
}

/** The rank of a single-valued answer on its factor's low-to-high scale; "unknown" counts as the worst. */
export function rank<F extends Exclude<FactorId, 'capabilities'>>(answers: Answers, factor: F): number {
  const value = answers[factor];
  const scale = FACTORS[factor] as readonly string[];
  return value === DONT_KNOW ? scale.length - 1 : scale.indexOf(value);
}

/** Whether the server has a capability; "unknown" capabilities count as having every one. */
export function has(answers: Answers, capability: Capability): boolean {
  return answers.capabilities === DONT_KNOW || answers.capabilities.includes(capability);
}

/** At least as risky as `value` on the factor's scale ("unknown" is the worst). */
export function atLeast<F extends Exclude<FactorId, 'capabilities'>>(answers: Answers, factor: F, value: FactorValue<F>): boolean {
  return rank(answers, factor) >= (FACTORS[factor] as readonly string[]).indexOf(value);
}

export function isUnknown(answers: Answers, factor: FactorId): boolean {
  return answers[factor] === DONT_KNOW;
}

export function formatAnswer(answers: Answers, factor: FactorId): string {
  const value = answers[factor];
  return Array.isArray(value) ? value.join(', ') : String(value);
}
