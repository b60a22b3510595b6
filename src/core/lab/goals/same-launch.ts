import type { Identity } from '../../servers/identify.js';
import { dockerRun } from '../../review/docker-args.js';
import { normalizeImage, normalizeUrl } from '../../servers/knowledge.js';
import { normalizePypiName } from '../../servers/versions.js';
import type { Goal } from '../schema.js';
import type { GoalResult, Lab } from '../types.js';
import { analyseWorkspace, locate, type LabContext, type Workspace } from '../workspace.js';

type SameLaunchGoal = Extract<Goal, { kind: 'same-launch' }>;

/** What an entry starts, reduced to what must stay the same: a package, an image or an endpoint. */
export interface LaunchKey {
  kind: 'package' | 'image' | 'remote';
  /** npm:name, pypi:name (normalised), an image name, or a normalised URL. */
  id: string;
  version?: string;
}

export function launchKey(identity: Identity | undefined): LaunchKey | undefined {
  if (!identity) return undefined;
  if (identity.kind === 'package' && identity.package) {
    const p = identity.package;
    const name = p.ecosystem === 'npm' ? `npm:${p.name}` : `pypi:${normalizePypiName(p.name)}`;
    return { kind: 'package', id: name, ...(p.version ? { version: p.version } : {}) };
  }
  if (identity.kind === 'image' && identity.image) return { kind: 'image', id: normalizeImage(identity.image.name), ...(identity.image.tag ? { version: identity.image.tag } : {}) };
  if (identity.kind === 'remote' && identity.url) return { kind: 'remote', id: normalizeUrl(identity.url) };
  return undefined;
}

export function describeLaunch(key: LaunchKey): string {
  const what = key.kind === 'package' ? `the package ${key.id}` : key.kind === 'image' ? `the image ${key.id}` : `the endpoint ${key.id}`;
  return key.version ? `${what} (${key.version})` : what;
}

const fromStart = new WeakMap<Lab, Map<string, LaunchKey | undefined>>();

/** What the goal's server starts in the lab's starting files. */
function startKey(lab: Lab, goal: SameLaunchGoal, ctx: LabContext): LaunchKey | undefined {
  let cache = fromStart.get(lab);
  if (!cache) fromStart.set(lab, (cache = new Map()));
  const key = `${goal.file ?? ''}#${goal.server}`;
  if (!cache.has(key)) {
    const where = locate(analyseWorkspace(lab, lab.start, ctx), goal.server, goal.file);
    cache.set(key, where.ok ? launchKey(where.entry.identity) : undefined);
  }
  return cache.get(key);
}

/** The launch the goal asks for: what it names, else what the starting file starts. */
export function expectedLaunch(ws: Workspace, goal: SameLaunchGoal, ctx: LabContext): LaunchKey | undefined {
  if (goal.package) {
    const [eco, ...rest] = goal.package.split(':');
    const name = rest.join(':');
    return { kind: 'package', id: eco === 'pypi' ? `pypi:${normalizePypiName(name)}` : `npm:${name}` };
  }
  if (goal.image) return { kind: 'image', id: normalizeImage(goal.image) };
  if (goal.url) return { kind: 'remote', id: normalizeUrl(goal.url) };
  const start = startKey(ws.lab, goal, ctx);
  return start ? { kind: start.kind, id: start.id } : undefined;
}

/** "starts the package x" or "connects to the endpoint x". */
function verb(key: LaunchKey | undefined): string {
  return key?.kind === 'remote' ? 'connects to' : 'starts';
}

export function sameLaunchTitle(goal: SameLaunchGoal, expected: LaunchKey | undefined): string {
  if (goal.title) return goal.title;
  const what = expected ? describeLaunch({ ...expected, ...(goal.version ? { version: goal.version } : {}) }) : 'the same program';
  const given = goal.mount ? ` with ${goal.mount} mounted` : goal.arg ? ` with ${goal.arg}` : '';
  return `${goal.server}: still ${verb(expected)} ${what}${given}`;
}

/** The same server still starts the same package, image or endpoint (and, when asked, the exact version). */
export function checkSameLaunch(ws: Workspace, goal: SameLaunchGoal, ctx: LabContext): GoalResult {
  const expected = expectedLaunch(ws, goal, ctx);
  const title = sameLaunchTitle(goal, expected);
  const where = locate(ws, goal.server, goal.file);
  if (!where.ok) return { goal, title, passed: false, message: where.message, ...(where.file ? { file: where.file } : {}) };
  const file = where.view.file.path;
  const line = where.view.lineOf(goal.server);
  const at = { file, ...(line ? { line } : {}) };
  if (!expected) return { goal, title, passed: false, message: `The lab does not say what ${goal.server} starts.`, ...at };
  const now = launchKey(where.entry.identity);
  if (!now) return { goal, title, passed: false, message: `${goal.server} no longer starts a package, image or endpoint the review can recognise; it must still start ${describeLaunch(expected)}.`, ...at };
  if (now.kind !== expected.kind || now.id !== expected.id) {
    return { goal, title, passed: false, message: `${goal.server} now ${verb(now)} ${describeLaunch(now)}, not ${describeLaunch(expected)}.`, ...at };
  }
  if (goal.version && now.version !== goal.version) {
    return { goal, title, passed: false, message: `${goal.server} starts ${describeLaunch(now)}${now.version ? '' : ' with no version'}; the reviewed version is ${goal.version}.`, ...at };
  }
  if (goal.arg && !where.entry.args.includes(goal.arg)) {
    return { goal, title, passed: false, message: `${goal.server} is no longer given ${goal.arg}: the job it is there for needs it.`, ...at };
  }
  if (goal.mount) {
    const want = goal.mount.replace(/\/+$/, '');
    const mounts = dockerRun(where.entry)?.volumes.filter((v) => v.kind === 'bind' && (v.source ?? '').replace(/\/+$/, '') === want) ?? [];
    if (mounts.length === 0) return { goal, title, passed: false, message: `${goal.server}'s container no longer mounts ${goal.mount}: the server would have nothing to work on.`, ...at };
  }
  return { goal, title, passed: true, message: `${goal.server} still ${verb(now)} ${describeLaunch(now)}${goal.mount ? `, with ${goal.mount} mounted` : goal.arg ? `, with ${goal.arg}` : ''}.`, ...at };
}
