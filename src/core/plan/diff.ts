import type { Plan } from './model.js';

export interface FindingRef {
  id: string;
  title: string;
  severity: string;
  residualSeverity: string;
}

export interface Rerated {
  id: string;
  title: string;
  from: string;
  to: string;
  residualFrom: string;
  residualTo: string;
  likelihoodFrom: string;
  likelihoodTo: string;
  impactFrom: string;
  impactTo: string;
  residualLikelihoodFrom: string;
  residualLikelihoodTo: string;
  residualImpactFrom: string;
  residualImpactTo: string;
  gateFrom: boolean;
  gateTo: boolean;
}

export interface PlanDiff {
  server: { old: string; new: string };
  decision: { old: string; new: string; changed: boolean };
  rating: { old: string; new: string; changed: boolean };
  /** The residual rating (the highest residual severity, what the owner signs off). */
  residual: { old: string; new: string; changed: boolean };
  added: FindingRef[];
  removed: FindingRef[];
  /** Findings in both plans whose severity, residual severity, likelihood, impact or gate changed. */
  rerated: Rerated[];
  /** Rules not yet assessed (a capstone plan) that are now assessed, and ones that are newly waiting. */
  notYetAssessed: { nowAssessed: { id: string; title: string }[]; newlyWaiting: { id: string; title: string }[] };
  answers: { question: string; old: string; new: string }[];
  ruleSetChanged: boolean;
}

const show = (v: unknown) => (v === undefined ? '(not answered)' : Array.isArray(v) ? v.join(', ') : String(v));
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];

/** The residual rating of a plan: its sign-off value, or the highest residual severity of its findings. */
function residualRating(plan: Plan): string {
  const fromSignOff = plan.signOff?.residualRating;
  if (fromSignOff) return fromSignOff;
  return plan.findings.reduce((r, f) => (SEVERITIES.indexOf(f.residualSeverity) > SEVERITIES.indexOf(r) ? f.residualSeverity : r), 'info');
}

/** The plan's "not yet assessed" rules, when it has them (capstone plans). */
function waiting(plan: Plan): { id: string; title: string }[] {
  const list = (plan as Plan & { notYetAssessed?: { id: string; title: string }[] }).notYetAssessed;
  return Array.isArray(list) ? list.map((r) => ({ id: r.id, title: r.title })) : [];
}

const ref = (f: Plan['findings'][number]): FindingRef => ({ id: f.id, title: f.title, severity: f.severity, residualSeverity: f.residualSeverity });

/** What changed between two assessments of the same server: every finding added, removed or re-rated, whatever the overall rating did. */
export function diffPlans(oldPlan: Plan, newPlan: Plan): PlanDiff {
  const before = new Map(oldPlan.findings.map((f) => [f.id, f]));
  const after = new Map(newPlan.findings.map((f) => [f.id, f]));
  const keys = [...new Set([...Object.keys(oldPlan.profile.answers), ...Object.keys(newPlan.profile.answers)])].sort();
  const oldWaiting = waiting(oldPlan);
  const newWaiting = waiting(newPlan);
  const rerated: Rerated[] = [];
  for (const f of newPlan.findings) {
    const o = before.get(f.id);
    if (!o) continue;
    const r: Rerated = {
      id: f.id,
      title: f.title,
      from: o.severity,
      to: f.severity,
      residualFrom: o.residualSeverity,
      residualTo: f.residualSeverity,
      likelihoodFrom: o.likelihood,
      likelihoodTo: f.likelihood,
      impactFrom: o.impact,
      impactTo: f.impact,
      residualLikelihoodFrom: o.residualLikelihood,
      residualLikelihoodTo: f.residualLikelihood,
      residualImpactFrom: o.residualImpact,
      residualImpactTo: f.residualImpact,
      gateFrom: Boolean(o.gate),
      gateTo: Boolean(f.gate),
    };
    const changed =
      r.from !== r.to ||
      r.residualFrom !== r.residualTo ||
      r.likelihoodFrom !== r.likelihoodTo ||
      r.impactFrom !== r.impactTo ||
      r.residualLikelihoodFrom !== r.residualLikelihoodTo ||
      r.residualImpactFrom !== r.residualImpactTo ||
      r.gateFrom !== r.gateTo;
    if (changed) rerated.push(r);
  }
  const oldResidual = residualRating(oldPlan);
  const newResidual = residualRating(newPlan);
  return {
    server: { old: oldPlan.server, new: newPlan.server },
    decision: { old: oldPlan.decision, new: newPlan.decision, changed: oldPlan.decision !== newPlan.decision },
    rating: { old: oldPlan.rating, new: newPlan.rating, changed: oldPlan.rating !== newPlan.rating },
    residual: { old: oldResidual, new: newResidual, changed: oldResidual !== newResidual },
    added: newPlan.findings.filter((f) => !before.has(f.id)).map(ref),
    removed: oldPlan.findings.filter((f) => !after.has(f.id)).map(ref),
    rerated,
    notYetAssessed: {
      nowAssessed: oldWaiting.filter((r) => !newWaiting.some((n) => n.id === r.id)),
      newlyWaiting: newWaiting.filter((r) => !oldWaiting.some((o) => o.id === r.id)),
    },
    answers: keys
      .filter((k) => show(oldPlan.profile.answers[k]) !== show(newPlan.profile.answers[k]))
      .map((k) => ({ question: k, old: show(oldPlan.profile.answers[k]), new: show(newPlan.profile.answers[k]) })),
    ruleSetChanged: oldPlan.ruleSetVersion !== newPlan.ruleSetVersion,
  };
}

const change = (from: string, to: string) => (from === to ? `${to} (unchanged)` : `${from} -> ${to}`);

/** One line for a re-rated finding: severity and residual always, likelihood, impact and gate when they moved. */
function reratedLine(f: Rerated): string {
  const parts = [`severity ${change(f.from, f.to)}`, `residual ${change(f.residualFrom, f.residualTo)}`];
  if (f.likelihoodFrom !== f.likelihoodTo) parts.push(`likelihood ${f.likelihoodFrom} -> ${f.likelihoodTo}`);
  if (f.impactFrom !== f.impactTo) parts.push(`impact ${f.impactFrom} -> ${f.impactTo}`);
  if (f.residualLikelihoodFrom !== f.residualLikelihoodTo) parts.push(`residual likelihood ${f.residualLikelihoodFrom} -> ${f.residualLikelihoodTo}`);
  if (f.residualImpactFrom !== f.residualImpactTo) parts.push(`residual impact ${f.residualImpactFrom} -> ${f.residualImpactTo}`);
  if (f.gateFrom !== f.gateTo) parts.push(f.gateTo ? 'now a hard gate' : 'no longer a hard gate');
  return `~ ${f.id} ${f.title}: ${parts.join('; ')}`;
}

/** The short form for a replaced plan: rating, decision, residual, and each finding added, removed or re-rated. */
export function diffSummaryLines(d: PlanDiff): string[] {
  const lines = [`Rating: ${change(d.rating.old, d.rating.new)}`, `Decision: ${change(d.decision.old, d.decision.new)}`, `Residual rating: ${change(d.residual.old, d.residual.new)}`];
  for (const f of d.added) lines.push(`+ ${f.id} ${f.title} (${f.severity}, residual ${f.residualSeverity})`);
  for (const f of d.removed) lines.push(`- ${f.id} ${f.title} (was ${f.severity}, residual ${f.residualSeverity})`);
  for (const f of d.rerated) lines.push(reratedLine(f));
  for (const r of d.notYetAssessed.nowAssessed) lines.push(`  ${r.id} ${r.title}: now assessed`);
  for (const r of d.notYetAssessed.newlyWaiting) lines.push(`? ${r.id} ${r.title}: not yet assessed`);
  if (!d.added.length && !d.removed.length && !d.rerated.length) lines.push('No finding was added, removed or re-rated.');
  return lines;
}

/** One line: rating, decision and how many findings were added, removed and re-rated. */
export function diffOneLine(d: PlanDiff): string {
  const n = (count: number, what: string) => `${count} finding${count === 1 ? '' : 's'} ${what}`;
  return `rating ${change(d.rating.old, d.rating.new)}, decision ${change(d.decision.old, d.decision.new)}, ${n(d.added.length, 'added')}, ${d.removed.length} removed, ${d.rerated.length} re-rated`;
}

export function diffText(d: PlanDiff): string {
  const lines: string[] = [];
  lines.push(`Server: ${d.server.old === d.server.new ? d.server.new : `${d.server.old} -> ${d.server.new}`}`);
  if (d.ruleSetChanged) lines.push('The rule set changed between the two plans; some differences may come from it.');
  const [rating, decision, residual, ...findings] = diffSummaryLines(d);
  lines.push(decision!, rating!, residual!);
  for (const a of d.answers) lines.push(`  answer ${a.question}: ${a.old} -> ${a.new}`);
  lines.push(...findings);
  if (d.added.length || d.removed.length || d.rerated.length) lines.push(`${d.added.length} added, ${d.removed.length} removed, ${d.rerated.length} re-rated.`);
  return `${lines.join('\n')}\n`;
}
