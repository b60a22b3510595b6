import { findSecrets, redactedEvidence } from '../../review/secrets.js';
import type { ServerEntry } from '../../review/types.js';
import type { Goal } from '../schema.js';
import type { GoalResult, Lab } from '../types.js';
import { analyseWorkspace, locate, type LabContext, type Workspace } from '../workspace.js';

type ValueGoneGoal = Extract<Goal, { kind: 'value-gone' }>;

/** The value of a field of an entry: env.NAME, headers.NAME, args[N] or url. */
export function fieldValue(entry: ServerEntry, field: string): string | undefined {
  const keyed = /^(env|headers)\.(.+)$/.exec(field);
  if (keyed) {
    const map = keyed[1] === 'env' ? entry.env : entry.headers;
    return Object.hasOwn(map, keyed[2] as string) ? map[keyed[2] as string] : undefined;
  }
  const arg = /^args\[(\d+)\]$/.exec(field);
  if (arg) return entry.args[Number(arg[1])];
  return field === 'url' ? entry.url : undefined;
}

const leaked = new WeakMap<Lab, Map<string, string | undefined>>();

/** The leaked value, read from the lab's starting files (never written in lab.yaml). */
export function leakedValue(lab: Lab, goal: ValueGoneGoal, ctx: LabContext): string | undefined {
  let cache = leaked.get(lab);
  if (!cache) leaked.set(lab, (cache = new Map()));
  const key = `${goal.file}#${goal.server}#${goal.field}`;
  if (!cache.has(key)) {
    const where = locate(analyseWorkspace(lab, lab.start, ctx), goal.server, goal.file);
    cache.set(key, where.ok ? fieldValue(where.entry, goal.field) : undefined);
  }
  return cache.get(key);
}

/** How the value shows in messages: its kind and at most four characters. */
function shown(value: string, name: string): string {
  const m = findSecrets(value, name)[0];
  return m ? redactedEvidence(m.kind, value.slice(m.start, m.end)) : redactedEvidence('secret', value);
}

export function valueGoneTitle(goal: ValueGoneGoal): string {
  return goal.title ?? `The leaked value of ${goal.server}'s ${goal.field} is gone from every file in the workspace`;
}

/** A leaked credential is gone from every file of the workspace, not only from the file where it was found. */
export function checkValueGone(ws: Workspace, goal: ValueGoneGoal, ctx: LabContext): GoalResult {
  const title = valueGoneTitle(goal);
  const value = leakedValue(ws.lab, goal, ctx);
  if (!value || value.length < 8) return { goal, title, passed: false, message: `The starting files hold no value at ${goal.server}'s ${goal.field}: the lab is broken.` };
  const escaped = JSON.stringify(value).slice(1, -1);
  const name = goal.field.replace(/^(env|headers)\./, '');
  for (const path of Object.keys(ws.files).sort()) {
    const text = ws.files[path] as string;
    const at = text.includes(value) ? text.indexOf(value) : text.indexOf(escaped);
    if (at < 0) continue;
    const line = text.slice(0, at).split('\n').length;
    return { goal, title, passed: false, message: `The leaked ${shown(value, name)} is still in ${path}: revoke it, then remove every copy.`, file: path, line };
  }
  return { goal, title, passed: true, message: `No file in the workspace holds the leaked ${shown(value, name)} any more.` };
}
