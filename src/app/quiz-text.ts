import { TARGET_BY_ENVIRONMENT } from '../core/quiz/score.js';
import { areaBasis, SCORE_RULE } from '../core/quiz/explain.js';
import { scoreBar, type QuizResult } from '../core/quiz/result.js';
import { areaLabel } from '../core/content/areas.js';
import { plural } from '../core/text/plural.js';
import { wrapLines } from '../core/text/wrap.js';

export const ENVIRONMENT_CHOICES = [
  { value: 'sandbox', label: 'Only sandboxes and experiments (target level 1)' },
  { value: 'dev-laptop', label: 'My own developer laptop (target 1.5)' },
  { value: 'dev-laptop-prod-creds', label: 'A laptop that also holds production credentials (target 2)' },
  { value: 'team', label: 'Servers shared by a team (target 2.5)' },
  { value: 'enterprise-production', label: 'Enterprise production (target 3)' },
];

const WHERE: Record<string, string> = {
  sandbox: 'only sandboxes and experiments',
  'dev-laptop': 'your own developer laptop',
  'dev-laptop-prod-creds': 'a laptop that also holds production credentials',
  team: 'servers shared by a team',
  'enterprise-production': 'enterprise production',
};

/**
 * Why the target level is what it is: the environment it comes from, and where that came from (the
 * learner's answer, or their latest plan).
 */
export function targetLine(environment: string | null, target: number, fromPlan = false): string {
  if (!environment || !WHERE[environment]) return `Target level ${target} in every area (no environment given).`;
  const source = fromPlan ? 'taken from the environment in your latest plan' : 'the environment saved with your progress';
  return `Target level ${target} in every area: the level for ${WHERE[environment]} (${source}).`;
}

/** The target for an environment, as the result uses it. */
export function targetFor(environment: string | null): number {
  return TARGET_BY_ENVIRONMENT[environment ?? ''] ?? 2;
}

/** "3 items due for review", "1 item due for review". */
export function dueLine(count: number): string {
  return `${plural(count, 'item')} due for review`;
}

export type ResultTone = 'heading' | 'plain' | 'dim';

export interface ResultLine {
  text: string;
  tone: ResultTone;
  /** The recommendation this line opens (its index), for a list the learner can pick from. */
  rec?: number;
}

export interface ResultTextOptions {
  /** Renders inline Markdown in item texts (the caller's colours). */
  inline?: (text: string) => string;
  /** The environment (and so the target) came from the learner's latest plan. */
  fromPlan?: boolean;
  /** Recommendations name their command (line mode), instead of being opened with Enter. */
  commands?: boolean;
  /** Said after the "Study next" heading, e.g. "(Enter opens the lesson)". */
  openHint?: string;
}

/**
 * A quiz result as text, the same words in the TUI and line mode: how many right, the target and
 * where it comes from, how scores are reached, each area's score with what it rests on and how sure
 * it is, misconceptions, and what to study (gaps first, then misconceptions), with plurals right.
 */
export function quizResultLines(r: QuizResult, width: number, options: ResultTextOptions = {}): ResultLine[] {
  const render = options.inline ?? ((s: string) => s);
  const out: ResultLine[] = [];
  const add = (text: string, tone: ResultTone, indent = '', hang = 0) => {
    for (const line of wrapLines(text, width, indent, hang)) out.push({ text: line, tone });
  };
  add(`${r.correct} of ${plural(r.asked, 'item')} right.`, 'heading');
  add(targetLine(r.environment, r.target, options.fromPlan), 'plain');
  add(`${SCORE_RULE} ! marks a score below the target.`, 'dim');
  out.push({ text: '', tone: 'plain' });
  const barWidth = Math.max(6, Math.min(16, width - 40));
  const labelWidth = Math.max(12, Math.min(26, width - barWidth - 8));
  for (const a of r.areas) {
    const label = areaLabel(a.area);
    const name = label.length > labelWidth ? `${label.slice(0, labelWidth - 1)}…` : label.padEnd(labelWidth);
    out.push({ text: `${name} ${scoreBar(a.score, barWidth)} ${a.score.toFixed(1)}${a.score < r.target ? '!' : ''}`, tone: 'plain' });
    add(`${a.before === null ? '' : `was ${a.before.toFixed(1)} · `}${areaBasis(a)}`, 'dim', '  ', 0);
  }
  if (r.misconceptions.length) {
    out.push({ text: '', tone: 'plain' });
    add(`Misconceptions (answered sure, and wrong): ${r.misconceptions.length}`, 'heading');
    for (const m of r.misconceptions) add(`- ${areaLabel(m.area)}: you said "${render(m.chosen)}"; right: "${render(m.right)}"`, 'plain', '', 2);
  }
  out.push({ text: '', tone: 'plain' });
  const gapRecs = r.recommendations.filter((x) => x.reason === 'gap').length;
  const hint = options.openHint ? ` ${options.openHint}` : '';
  if (!r.recommendations.length) add(`Every area asked reached your target level (${r.target}).`, 'heading');
  else if (!gapRecs) add(`No area is below your target level (${r.target}), but your misconceptions are worth a lesson${hint}:`, 'heading');
  else add(`Study next${hint}:`, 'heading');
  r.recommendations.forEach((rec, index) => {
    const why = rec.reason === 'misconception' ? ' · for a misconception' : '';
    const findings = rec.findings ? ` · ${plural(rec.findings, 'open finding')} in your plans` : '';
    const text = options.commands ? `- ${rec.title} (mcp-operator learn ${rec.lesson})${why}${findings}` : `${rec.title}${why}${findings}`;
    if (options.commands) add(text, 'plain', '', 2);
    else out.push({ text, tone: 'plain', rec: index });
  });
  if (r.reviewsDue) {
    out.push({ text: '', tone: 'plain' });
    add(`${dueLine(r.reviewsDue)}: mcp-operator quiz --review`, 'plain');
  }
  return out;
}
