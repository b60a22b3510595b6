import { compareIds } from '../text/compare.js';
import type { Knowledge } from '../servers/knowledge.js';
import { CONTROL_LIST } from '../risk/controls.js';
import { JOB_TITLES, JOBS, type Job } from './jobs.js';
import type { ToolboxEntry } from './schema.js';

export type Deployment = 'laptop' | 'team' | 'enterprise';

const yesNo = (v: boolean | string): string => (v === true ? 'yes' : v === false ? 'no' : String(v));

/** Tools for one job (or all), in catalogue order. */
export function toolsForJob(k: Knowledge, job?: string): ToolboxEntry[] {
  return job ? k.tools.filter((t) => (t.jobs as string[]).includes(job)) : k.tools;
}

/** A job id from what a user typed: the id, or words of its title ("secret", "gateways"). */
export function matchJob(text: string): Job | undefined {
  const q = text.trim().toLowerCase();
  const exact = JOBS.find((j) => j === q);
  if (exact) return exact;
  return JOBS.find((j) => JOB_TITLES[j].toLowerCase().includes(q) || j.includes(q.replace(/s$/, '')));
}

/** The deployment a plan's answers describe. */
export function deploymentOf(environment: string | undefined): Deployment {
  if (environment === 'team') return 'team';
  if (environment === 'enterprise-production') return 'enterprise';
  return 'laptop';
}

/** Why a tool fits this deployment, in a few words. */
function fitReason(t: ToolboxEntry, controlId: string, where: Deployment): string {
  const control = CONTROL_LIST.find((c) => c.id === controlId);
  const job = t.jobs.map((j) => JOB_TITLES[j].toLowerCase().replace(/s$/, '')).join(', ');
  const place = where === 'laptop' ? 'runs on one machine' : where === 'team' ? 'serves a whole team from one place' : 'fits a production platform';
  const offline = t.how.offline === true ? ', works offline' : '';
  return `${job}; ${place}${offline}${control ? `; ${control.reduces === 'impact' ? 'limits what a compromise can reach' : 'makes the bad event less likely'}` : ''}`;
}

/** Tools that implement or verify a control, best fit for the deployment first (at most `n`). */
export function toolsForControl(k: Knowledge, controlId: string, where: Deployment, n = 3): Array<{ id: string; name: string; why: string; url: string }> {
  const candidates = k.tools.filter((t) => t.controls.includes(controlId));
  const score = (t: ToolboxEntry) => (t.fits.includes(where) ? 0 : 10) + (t.maturity.maintained === true ? 0 : 3) + (t.jobs.includes('reference') ? 2 : 0) + (t.how.startsServers === true ? 1 : 0);
  return [...candidates]
    .sort((a, b) => score(a) - score(b) || compareIds(a.id, b.id))
    .slice(0, n)
    .map((t) => ({ id: t.id, name: t.name, why: fitReason(t, controlId, where), url: t.references[0]?.url ?? '' }));
}

/** A tool's record as plain lines, data handling first: what an operator asks before running it. */
export function toolDetailLines(t: ToolboxEntry): string[] {
  const out = [`${t.name} (${t.id})`, t.summary.trim(), ''];
  out.push(`Jobs: ${t.jobs.map((j) => JOB_TITLES[j]).join(', ')}`);
  out.push(`Works offline: ${yesNo(t.how.offline)}   Starts MCP servers itself: ${yesNo(t.how.startsServers)}`);
  out.push(`What it sends out: ${t.how.dataSent.trim()}`);
  out.push(`Licence: ${t.licence}   Cost: ${t.cost}   Maintained: ${yesNo(t.maturity.maintained)}   Last release: ${t.maturity.lastRelease}`);
  out.push(`Fits: ${t.fits.join(', ')}`);
  if (t.limits.length) {
    out.push('', 'Limits:');
    for (const l of t.limits) out.push(`  - ${l.trim()}`);
  }
  if (t.controls.length) {
    out.push('', 'Implements or verifies these plan controls:');
    for (const c of t.controls) out.push(`  - ${c}: ${CONTROL_LIST.find((x) => x.id === c)?.title ?? c}`);
  }
  out.push('', 'References:');
  for (const r of t.references) out.push(`  ${r.title}: ${r.url}`);
  out.push(`Checked: ${t.checked}`);
  return out;
}

/** One list line: id, name, offline and data-sent in short. */
export function toolListLine(t: ToolboxEntry): string {
  const sends = /^nothing\b/i.test(t.how.dataSent.trim()) ? 'sends nothing' : 'sends data out';
  return `${t.id.padEnd(28)} ${t.name} (${t.how.offline === true ? 'offline' : t.how.offline === false ? 'online' : `offline: ${t.how.offline}`}, ${sends})`;
}
