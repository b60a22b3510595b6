import { dockerRun, flagsNamed } from '../../review/docker-args.js';
import type { Goal } from '../schema.js';
import type { GoalResult } from '../types.js';
import { fieldLine, locate, type Workspace } from '../workspace.js';

type EgressGoal = Extract<Goal, { kind: 'egress' }>;

export function egressTitle(goal: EgressGoal): string {
  return goal.title ?? `${goal.server}: can still reach ${goal.host}`;
}

/**
 * The server can still reach the host it needs: a container it runs in is not cut off with
 * --network none (an internal network behind an egress proxy is the way to narrow it).
 */
export function checkEgress(ws: Workspace, goal: EgressGoal): GoalResult {
  const title = egressTitle(goal);
  const where = locate(ws, goal.server, goal.file);
  if (!where.ok) return { goal, title, passed: false, message: where.message, ...(where.file ? { file: where.file } : {}) };
  const { view, entry } = where;
  const from = view.lineOf(entry.name);
  const at = (field?: string) => {
    const line = field && view.text && from ? (fieldLine(view.text, from, field, entry) ?? from) : from;
    return { file: view.file.path, ...(line ? { line } : {}) };
  };
  const run = dockerRun(entry);
  if (!run) return { goal, title, passed: true, message: `${entry.name} does not run in a container here, so nothing in the entry cuts its network.`, ...at() };
  const none = flagsNamed(run, '--network').find((f) => (f.value ?? '').toLowerCase() === 'none');
  if (none) {
    return {
      goal,
      title,
      passed: false,
      message: `--network none cuts ${entry.name} off from ${goal.host}, which it needs: the server would start and then fail every call. Narrow its way out instead (an internal network behind an egress proxy that allows ${goal.host}).`,
      ...at(`args[${none.valueIndex ?? none.index}]`),
    };
  }
  const network = flagsNamed(run, '--network')[0]?.value;
  return { goal, title, passed: true, message: network ? `${entry.name} runs on the network ${network}, not --network none.` : `${entry.name} keeps a network (Docker's default bridge); no --network none.`, ...at() };
}
