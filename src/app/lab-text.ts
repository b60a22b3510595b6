import type { GoalResult, Lab } from '../core/lab/types.js';
import type { LabView } from './lab-session.js';

/** Where a goal's message points: "file:line" or the file alone. */
export function goalPlace(goal: GoalResult): string {
  if (!goal.file) return '';
  return goal.line ? `${goal.file}:${goal.line}` : goal.file;
}

/** ✓ / ✗ with a word, so the state reads without colour and in a screen reader. */
export function goalMark(passed: boolean): string {
  return passed ? '✓ pass' : '✗ not yet';
}

/** One goal as plain lines: the mark and title, then where and why. */
export function goalLines(goal: GoalResult): string[] {
  const place = goalPlace(goal);
  return [`${goalMark(goal.passed)}  ${goal.title}`, `    ${place ? `${place}: ` : ''}${goal.message}`];
}

/** "2 of 3 goals pass" and what that means now. */
export function gradeSummary(view: LabView): string {
  const total = view.grade.goals.length;
  const passing = view.grade.goals.filter((g) => g.passed).length;
  if (view.grade.passed) return `All ${total} goals pass: lab passed${view.passedAt ? ` (saved in your progress after ${view.checks} check${view.checks === 1 ? '' : 's'})` : ''}.`;
  return `${passing} of ${total} goals pass.`;
}

/** Files the learner has and that could not be read. */
export function unreadableLines(view: LabView): string[] {
  return Object.entries(view.unreadable).map(([path, why]) => `! ${path} cannot be read (${why}); it is graded as missing.`);
}

/** The whole report `lab ID --check` prints. */
export function checkReport(lab: Lab, dir: string, view: LabView, dirOption?: string): string {
  const out = [`Lab: ${lab.title} (${lab.id})`, `Workspace: ${dir}`, '', ...unreadableLines(view)];
  for (const goal of view.grade.goals) out.push(...goalLines(goal));
  out.push('', gradeSummary(view));
  if (!view.grade.passed) out.push(`Not yet: edit the files and check again (mcp-operator lab ${lab.id} --check${dirOption ? ` --dir ${JSON.stringify(dirOption)}` : ''}), or open it with mcp-operator lab ${lab.id} for hints.`);
  if (view.saveError) out.push(`Progress was not saved: ${view.saveError}`);
  return `${out.join('\n')}\n`;
}
