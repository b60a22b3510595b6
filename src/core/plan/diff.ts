import type { Plan } from './model.js';

export interface PlanDiff {
  server: { old: string; new: string };
  decision: { old: string; new: string; changed: boolean };
  rating: { old: string; new: string; changed: boolean };
  added: { id: string; title: string; severity: string }[];
  removed: { id: string; title: string; severity: string }[];
  rerated: { id: string; title: string; from: string; to: string; residualFrom: string; residualTo: string }[];
  answers: { question: string; old: string; new: string }[];
  ruleSetChanged: boolean;
}

const show = (v: unknown) => (v === undefined ? '(not answered)' : Array.isArray(v) ? v.join(', ') : String(v));

/** What changed between two assessments of the same server. */
export function diffPlans(oldPlan: Plan, newPlan: Plan): PlanDiff {
  const before = new Map(oldPlan.findings.map((f) => [f.id, f]));
  const after = new Map(newPlan.findings.map((f) => [f.id, f]));
  const keys = [...new Set([...Object.keys(oldPlan.profile.answers), ...Object.keys(newPlan.profile.answers)])].sort();
  return {
    server: { old: oldPlan.server, new: newPlan.server },
    decision: { old: oldPlan.decision, new: newPlan.decision, changed: oldPlan.decision !== newPlan.decision },
    rating: { old: oldPlan.rating, new: newPlan.rating, changed: oldPlan.rating !== newPlan.rating },
    added: newPlan.findings.filter((f) => !before.has(f.id)).map((f) => ({ id: f.id, title: f.title, severity: f.severity })),
    removed: oldPlan.findings.filter((f) => !after.has(f.id)).map((f) => ({ id: f.id, title: f.title, severity: f.severity })),
    rerated: newPlan.findings
      .filter((f) => {
        const o = before.get(f.id);
        return o && (o.severity !== f.severity || o.residualSeverity !== f.residualSeverity);
      })
      .map((f) => {
        const o = before.get(f.id)!;
        return { id: f.id, title: f.title, from: o.severity, to: f.severity, residualFrom: o.residualSeverity, residualTo: f.residualSeverity };
      }),
    answers: keys
      .filter((k) => show(oldPlan.profile.answers[k]) !== show(newPlan.profile.answers[k]))
      .map((k) => ({ question: k, old: show(oldPlan.profile.answers[k]), new: show(newPlan.profile.answers[k]) })),
    ruleSetChanged: oldPlan.ruleSetVersion !== newPlan.ruleSetVersion,
  };
}

export function diffText(d: PlanDiff): string {
  const lines: string[] = [];
  lines.push(`Server: ${d.server.old === d.server.new ? d.server.new : `${d.server.old} -> ${d.server.new}`}`);
  lines.push(`Decision: ${d.decision.changed ? `${d.decision.old} -> ${d.decision.new}` : `${d.decision.new} (unchanged)`}`);
  lines.push(`Rating: ${d.rating.changed ? `${d.rating.old} -> ${d.rating.new}` : `${d.rating.new} (unchanged)`}`);
  if (d.ruleSetChanged) lines.push('The rule set changed between the two plans; some differences may come from it.');
  for (const a of d.answers) lines.push(`  answer ${a.question}: ${a.old} -> ${a.new}`);
  for (const f of d.added) lines.push(`+ ${f.id} ${f.title} (${f.severity})`);
  for (const f of d.removed) lines.push(`- ${f.id} ${f.title} (was ${f.severity})`);
  for (const f of d.rerated) lines.push(`~ ${f.id} ${f.title}: ${f.from} -> ${f.to} (residual ${f.residualFrom} -> ${f.residualTo})`);
  if (!d.added.length && !d.removed.length && !d.rerated.length) lines.push('No finding was added, removed or re-rated.');
  return `${lines.join('\n')}\n`;
}
