import { DONT_KNOW, FACTORS, FACTOR_IDS, type FactorId } from './factors.js';

export type FactorValue<F extends FactorId> = (typeof FACTORS)[F][number];
export type Capability = FactorValue<'capabilities'>;

/** Interview answers with every factor present: a value, or "unknown" for don't know / not answered. */
export type Answers = {
  [F in Exclude<FactorId, 'capabilities'>]: FactorValue<F> | typeof DONT_KNOW;
} & { capabilities: Capability[] | typeof DONT_KNOW };

/** Answers as given (an answers file, a scenario profile, an interview in progress): any factor may be missing. */
export type PartialAnswers = Partial<Answers>;

/** Fill in missing factors as "unknown"; says which were missing (they become open questions). */
export function completeAnswers(partial: PartialAnswers): { answers: Answers; missing: FactorId[] } {
  const missing = FACTOR_IDS.filter((id) => partial[id] === undefined);
  const answers = Object.fromEntries(FACTOR_IDS.map((id) => [id, partial[id] ?? DONT_KNOW])) as Answers;
  return { answers, missing };
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
