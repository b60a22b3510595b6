import type { Scenario } from '../content/types.js';
import type { Progress, ScenarioRun } from '../progress/model.js';

/**
 * The learner's latest run of a scenario when it was left after at least one decision and before
 * the end, with the decision to go on from. Undefined when there is none to resume (no run, a
 * finished one, or one from a version of the scenario with other decisions).
 */
export function unfinishedRun(progress: Progress, scenario: Scenario): { run: ScenarioRun; next: number } | undefined {
  const run = progress.scenarios[scenario.id]?.runs.at(-1);
  if (!run || run.finishedAt || Object.keys(run.choices).length === 0) return undefined;
  if (!Object.keys(run.choices).every((id) => scenario.decisions.some((d) => d.id === id))) return undefined;
  const next = scenario.decisions.findIndex((d) => !(d.id in run.choices));
  return next === -1 ? undefined : { run, next };
}
