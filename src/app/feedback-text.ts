import type { Decision } from '../core/content/scenario-schema.js';
import type { Judgement } from '../core/scenario/play.js';
import type { Check, OrderExercise, SelectExercise } from '../core/content/schema.js';
import type { CheckResult, OrderResult, SelectResult } from '../core/course/grading.js';

export type Tone = 'good' | 'bad' | 'plain' | 'dim' | 'heading';

/** A paragraph of feedback; `indent` paragraphs sit under the one before. */
export interface Paragraph {
  text: string;
  tone: Tone;
  indent?: boolean;
  /** Columns to indent the wrapped lines after the first (to line up under "✗ A. "). */
  hang?: number;
}

export const LETTERS = 'ABCDEFGH';

/**
 * Feedback after a check. A right answer (or a revealed one) explains every option; a wrong one
 * explains the option chosen and leaves the rest for the retry.
 */
export function checkFeedback(check: Check, result: CheckResult, revealed: boolean, order: readonly number[] = check.options.map((_, i) => i)): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(result.correct ? { text: '✓ Correct.', tone: 'good' } : { text: '✗ Not quite.', tone: 'bad' });
  const showAll = result.correct || revealed;
  order.forEach((index, position) => {
    const option = check.options[index];
    if (!option || (!showAll && index !== result.chosen)) return;
    const isRight = index === result.correctIndex;
    const chosen = index === result.chosen ? ' (your answer)' : '';
    const mark = isRight ? '✓' : '✗';
    out.push({ text: `${mark} ${LETTERS[position]}. ${option.text}${chosen}`, tone: isRight ? 'good' : index === result.chosen ? 'bad' : 'plain', hang: 5 });
    out.push({ text: option.explanation, tone: 'plain', indent: true });
  });
  return out;
}

export function selectFeedback(exercise: SelectExercise, result: SelectResult): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(
    result.passed
      ? { text: '✓ All right: you marked exactly what needed marking.', tone: 'good' }
      : { text: `✗ ${result.missed.length} missed, ${result.wrong.length} marked that should not be.`, tone: 'bad' },
  );
  for (const item of exercise.items) {
    const missed = result.missed.includes(item.id);
    const wrong = result.wrong.includes(item.id);
    const should = item.correct === true;
    const label = missed ? '✗ missed' : wrong ? '✗ not a problem' : should ? '✓ marked' : '✓ left alone';
    out.push({ text: `${label}: ${item.text}`, tone: missed || wrong ? 'bad' : 'good', hang: 2 });
    out.push({ text: item.explanation, tone: 'plain', indent: true });
  }
  return out;
}

export function orderFeedback(exercise: OrderExercise, order: readonly string[], result: OrderResult): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(
    result.passed
      ? { text: '✓ Right order.', tone: 'good' }
      : { text: `✗ ${result.correctCount} of ${exercise.items.length} steps in the right place.`, tone: 'bad' },
  );
  out.push({ text: 'The order an expert would follow:', tone: 'heading' });
  exercise.items.forEach((item, index) => {
    const yours = order.indexOf(item.id);
    const note = result.positions[index] ? '' : ` (you had it at ${yours + 1})`;
    out.push({ text: `${index + 1}. ${item.text}${note}`, tone: result.positions[index] ? 'good' : 'bad', hang: String(index + 1).length + 2 });
    out.push({ text: item.explanation, tone: 'plain', indent: true });
  });
  return out;
}

/** After a scenario decision: what the learner's choice leads to, the expert's choice and why. */
export function decisionFeedback(decision: Decision, judgement: Judgement): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(judgement.expert ? { text: "✓ That is the expert's choice.", tone: 'good' } : { text: '✗ An expert would choose differently.', tone: 'bad' });
  out.push({ text: `You chose: ${judgement.chosen.text}`, tone: judgement.expert ? 'good' : 'bad', hang: 2 });
  out.push({ text: judgement.chosen.consequence, tone: 'plain', indent: true });
  if (!judgement.expert) {
    out.push({ text: `The expert's choice: ${judgement.expertOption.text}`, tone: 'good', hang: 2 });
    out.push({ text: judgement.expertOption.consequence, tone: 'plain', indent: true });
  }
  out.push({ text: `Why: ${decision.why}`, tone: 'heading', hang: 2 });
  return out;
}
