import type { Goal } from './schema.js';
import type { FileSet, Grade, GoalResult, Lab } from './types.js';
import { analyseWorkspace, type LabContext, type Workspace } from './workspace.js';
import { checkFindingGone } from './goals/finding-gone.js';
import { checkSameLaunch } from './goals/same-launch.js';
import { checkSecretPassed } from './goals/secret-passed.js';
import { checkEgress } from './goals/egress.js';
import { checkPlanOutcome } from './goals/plan-outcome.js';
import { checkValueGone } from './goals/value-gone.js';

export function checkGoal(ws: Workspace, goal: Goal, ctx: LabContext): GoalResult {
  switch (goal.kind) {
    case 'finding-gone':
      return checkFindingGone(ws, goal, ctx);
    case 'same-launch':
      return checkSameLaunch(ws, goal, ctx);
    case 'secret-passed':
      return checkSecretPassed(ws, goal);
    case 'egress':
      return checkEgress(ws, goal);
    case 'plan':
      return checkPlanOutcome(ws, goal, ctx);
    case 'value-gone':
      return checkValueGone(ws, goal, ctx);
  }
}

/**
 * Grade a workspace against every goal of the lab. `files` holds the lab's files as they are now
 * (a missing one has no entry) and any other file of the workspace, which value-gone also searches.
 */
export function gradeLab(lab: Lab, files: FileSet, ctx: LabContext): Grade {
  const ws = analyseWorkspace(lab, files, ctx);
  const results = lab.goals.map((goal) => checkGoal(ws, goal, ctx));
  // Two goals that read alike (the same check on two files) say which file each is about.
  const goals = results.map((r) => {
    const twins = results.filter((x) => x.title === r.title).length > 1;
    return twins && 'file' in r.goal && r.goal.file ? { ...r, title: `${r.title} (${r.goal.file})` } : r;
  });
  return { goals, passed: goals.every((g) => g.passed) };
}
