import { atLeast } from '../../review/engine.js';
import { REVIEW_RULES } from '../../review/rules/index.js';
import type { Goal } from '../schema.js';
import type { GoalResult } from '../types.js';
import { locate, type LabContext, type Workspace } from '../workspace.js';

type FindingGoneGoal = Extract<Goal, { kind: 'finding-gone' }>;

export function findingGoneTitle(goal: FindingGoneGoal, ctx?: Pick<LabContext, 'reviewRules'>): string {
  const rule = (ctx?.reviewRules ?? REVIEW_RULES).find((r) => r.id === goal.rule);
  const floor = goal.minSeverity && goal.minSeverity !== 'info' ? ` at ${goal.minSeverity} or above` : '';
  return goal.title ?? `${goal.server}: no "${rule?.title ?? goal.rule}" finding${floor} (${goal.rule})`;
}

/** A review finding that must be gone: the rule does not fire on the server (at the severity asked), and the server is still there. */
export function checkFindingGone(ws: Workspace, goal: FindingGoneGoal, ctx: LabContext): GoalResult {
  const title = findingGoneTitle(goal, ctx);
  const where = locate(ws, goal.server, goal.file);
  if (!where.ok) return { goal, title, passed: false, message: where.message, ...(where.file ? { file: where.file } : {}) };
  const hits = where.view.findings.filter((d) => d.finding.ruleId === goal.rule && d.finding.server === goal.server && atLeast(d.finding.severity, goal.minSeverity ?? 'info'));
  const file = where.view.file.path;
  const first = hits[0];
  if (first) {
    const more = hits.length > 1 ? ` (and ${hits.length - 1} more)` : '';
    return { goal, title, passed: false, message: `${first.finding.message}${more}`, file, ...(first.line ? { line: first.line } : {}) };
  }
  const line = where.view.lineOf(goal.server);
  return { goal, title, passed: true, message: `The review does not report ${goal.rule} on ${goal.server}.`, file, ...(line ? { line } : {}) };
}
