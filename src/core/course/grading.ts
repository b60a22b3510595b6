import type { Check, OrderExercise, SelectExercise } from '../content/schema.js';

export interface CheckResult {
  correct: boolean;
  chosen: number;
  correctIndex: number;
}

export function correctOptionIndex(check: Check): number {
  return check.options.findIndex((o) => o.correct === true);
}

export function gradeCheck(check: Check, chosen: number): CheckResult {
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= check.options.length) {
    throw new RangeError(`option ${chosen} does not exist in check "${check.id}"`);
  }
  const correctIndex = correctOptionIndex(check);
  return { correct: chosen === correctIndex, chosen, correctIndex };
}

export interface SelectResult {
  passed: boolean;
  /** Items that should have been selected and were not. */
  missed: string[];
  /** Items selected that should not have been. */
  wrong: string[];
  /** Items judged right (selected and correct, or left alone and not correct). */
  right: string[];
}

export function gradeSelect(exercise: SelectExercise, selected: readonly string[]): SelectResult {
  const chosen = new Set(selected);
  const missed: string[] = [];
  const wrong: string[] = [];
  const right: string[] = [];
  for (const item of exercise.items) {
    const should = item.correct === true;
    const did = chosen.has(item.id);
    if (should && !did) missed.push(item.id);
    else if (!should && did) wrong.push(item.id);
    else right.push(item.id);
  }
  return { passed: missed.length === 0 && wrong.length === 0, missed, wrong, right };
}

export interface OrderResult {
  passed: boolean;
  /** For each position, whether the learner's item there is the right one. */
  positions: boolean[];
  correctCount: number;
}

export function gradeOrder(exercise: OrderExercise, order: readonly string[]): OrderResult {
  const expected = exercise.items.map((i) => i.id);
  const positions = expected.map((id, index) => order[index] === id);
  const correctCount = positions.filter(Boolean).length;
  return { passed: correctCount === expected.length && order.length === expected.length, positions, correctCount };
}

/**
 * A stable shuffle for showing order-exercise items: the same lesson always shows the same
 * order (so a learner's notes and screen readers stay consistent), never the solved order.
 */
export function displayOrder<T extends { id: string }>(items: readonly T[], seed: string): T[] {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (out.length > 1 && out.every((item, index) => item.id === items[index]?.id)) out.push(out.shift() as T);
  return out;
}

/**
 * The order in which a check's options are shown, as indices into `check.options`. Authors tend to
 * put the right answer first; a stable shuffle per check hides that without confusing a learner
 * who comes back (the same check always shows the same order).
 */
export function optionOrder(check: Check, seed: string): number[] {
  return displayOrder(check.options.map((_, index) => ({ id: String(index) })), `${seed}/${check.id}`).map((o) => Number(o.id));
}
