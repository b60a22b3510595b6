import type { Plan } from './model.js';
import type { Finding } from '../risk/evaluate.js';

/** Escape user-supplied text for Markdown: no markup, links, HTML or table breaks can come from it. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]()#|<>~])/g, '\\$1');
}

/** A fenced code block that user text cannot close early. */
function fence(language: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${body}\n${ticks}`;
}

const SEVERITY_LABEL: Record<string, string> = { info: 'Info', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
const DECISION_LABEL = { go: 'Go', 'go-with-conditions': 'Go with conditions', 'no-go': 'No-go' } as const;

function answerText(value: string | string[]): string {
  const v = Array.isArray(value) ? value.join(', ') : value;
  return v === 'unknown' ? "don't know" : v;
}

function finding(f: Finding): string {
  const lines = [
    `### ${f.id}: ${f.title}`,
    '',
    `**${SEVERITY_LABEL[f.severity]}** (likelihood ${f.likelihood}, impact ${f.impact}) → residual **${SEVERITY_LABEL[f.residualSeverity]}** with the controls below.${f.gate ? ` **Hard gate:** ${f.gate}` : ''}`,
    '',
    f.statement,
    '',
    `- Triggered by: ${f.triggeredBy.map((t) => `\`${t.question}\` = ${escapeMarkdown(t.answer)}`).join('; ')}`,
    `- Likelihood driven by: ${f.likelihoodDrivers.join(', ') || 'none'}; impact driven by: ${f.impactDrivers.join(', ') || 'none'}`,
    `- Controls: ${f.controls.map((c) => `\`${c}\``).join(', ')}`,
    `- What if: ${f.whatIf ? `changing \`${f.whatIf.question}\` from ${escapeMarkdown(f.whatIf.from)} to ${escapeMarkdown(f.whatIf.to)} makes this ${f.whatIf.severity === 'resolved' ? 'finding go away' : SEVERITY_LABEL[f.whatIf.severity]}` : 'no single answer change lowers it'}`,
    `- False positives: ${f.falsePositives}`,
    `- Verify: ${f.verification}`,
    `- Learn: \`mcp-operator learn ${f.lesson}\``,
    `- References: ${f.references.map((r) => `[${r.title}](${r.url})`).join('; ')}`,
  ];
  return lines.join('\n');
}

/** The plan as Markdown that renders well on GitHub. Every user-supplied value is escaped. */
export function planMarkdown(plan: Plan): string {
  const out: string[] = [];
  const server = escapeMarkdown(plan.server);
  out.push(`# Deployment plan: ${server}`);
  out.push(
    [
      `| | |`,
      `|---|---|`,
      `| Server | ${server} |`,
      `| Version or digest | ${plan.version ? escapeMarkdown(plan.version) : 'not given'} |`,
      `| Client | ${plan.client ? escapeMarkdown(plan.client) : 'not given'} |`,
      `| Date | ${plan.date} |`,
      `| Rule set | ${plan.ruleSetVersion} |`,
      `| Answers hash | \`${plan.answersHash}\` |`,
    ].join('\n'),
  );

  out.push('## Executive summary');
  out.push(`**Rating: ${SEVERITY_LABEL[plan.rating]}. Decision: ${DECISION_LABEL[plan.decision]}.**`);
  out.push(
    plan.summary.topRisks.length
      ? `Top risks:\n\n${plan.summary.topRisks.map((r) => `- ${r.id} ${r.title} (${r.severity})`).join('\n')}`
      : 'No rule fired for these answers.',
  );
  out.push(
    plan.summary.beforeDeployment.length
      ? `Before deployment:\n\n${plan.summary.beforeDeployment.map((c) => `- ${c}`).join('\n')}`
      : 'Nothing must happen before deployment beyond the configuration below.',
  );

  out.push('## Deployment profile');
  const rows = Object.entries(plan.profile.answers).map(([k, v]) => `| \`${k}\` | ${escapeMarkdown(answerText(v))} |`);
  out.push(`| question | answer |\n|---|---|\n${rows.join('\n')}`);
  out.push(`Trust tier: ${plan.profile.trustTier}. Environment: ${plan.profile.environment}.`);
  out.push(`Assumptions:\n\n${plan.profile.assumptions.map((a) => `- ${a}`).join('\n')}`);
  out.push(
    plan.openQuestions.length
      ? `Open questions (counted as the worst case until answered):\n\n${plan.openQuestions.map((q) => `- \`${q.question}\`: ${q.prompt} ${q.why}`).join('\n')}`
      : 'Open questions: none.',
  );

  out.push('## How the rating was derived');
  out.push(plan.derivation.map((d) => `- ${d}`).join('\n'));

  out.push('## Findings');
  out.push(plan.findings.length ? plan.findings.map(finding).join('\n\n') : 'None.');
  out.push(
    `### Rules checked that did not fire\n\n${plan.rulesNotTriggered
      .map((r) => `- ${r.id} ${r.title}${r.ruledOutBy ? `: ruled out by \`${r.ruledOutBy.question}\` = ${escapeMarkdown(r.ruledOutBy.answer)}` : ''}`)
      .join('\n') || '- none'}`,
  );

  out.push('## Prioritised controls');
  out.push(
    plan.controls.length
      ? `| priority | control | verify | for |\n|---|---|---|---|\n${plan.controls
          .map((c) => `| ${c.priority} | ${c.title} | ${c.verification} | ${c.findings.join(', ')} |`)
          .join('\n')}\n\nP0 before deployment, P1 within 30 days, P2 hardening.`
      : 'None required by the findings.',
  );

  out.push('## Hardened configuration');
  const h = plan.hardenedConfiguration;
  out.push(`For ${escapeMarkdown(h.client)}, in ${h.file}:`);
  out.push(fence(h.language, h.text));
  if (h.notes.length) out.push(h.notes.map((n) => `- ${n}`).join('\n'));
  if (h.dockerFlags.length) out.push(`Container flags: ${h.dockerFlags.map((f) => `\`${f}\``).join(' ')}`);
  if (h.remoteSettings.length) out.push(`Remote server settings:\n\n${h.remoteSettings.map((s) => `- ${s}`).join('\n')}`);

  out.push('## Monitoring plan');
  out.push(`Log:\n\n${plan.monitoring.log.map((l) => `- ${l}`).join('\n')}`);
  out.push(`Alert on:\n\n${plan.monitoring.alerts.map((a) => `- ${a.signal}: ${a.why}`).join('\n')}`);
  out.push(`Review: ${plan.monitoring.reviewCadence}`);

  out.push('## Incident runbooks');
  out.push(
    plan.runbooks.length
      ? plan.runbooks
          .map((r) =>
            [
              `### ${r.title}`,
              `When: ${r.when}`,
              `Contain first:\n\n${r.contain.map((c, i) => `${i + 1}. ${c}`).join('\n')}`,
              `Evidence to keep:\n\n${r.evidence.map((e) => `- ${e}`).join('\n')}`,
              `Time boxes:\n\n${r.timeBoxes.map((t) => `- Within ${t.within}: ${t.do}`).join('\n')}`,
            ].join('\n\n'),
          )
          .join('\n\n')
      : 'No capability of this server calls for a specific runbook; follow the general incident process.',
  );

  out.push('## Reassessment triggers');
  out.push(plan.reassessmentTriggers.map((t) => `- ${t}`).join('\n'));

  out.push('## Residual-risk sign-off');
  const who = plan.owner ? escapeMarkdown(plan.owner) : 'The owner';
  out.push(`With the P0 controls in place and verified, the residual rating is ${plan.signOff.residualRating}. ${who} accepts this residual risk by signing below.\n\n| role | name | date | signature |\n|---|---|---|---|\n| Owner | ${plan.owner ? escapeMarkdown(plan.owner) : ''} | | |\n| Security | | | |`);

  return `${out.join('\n\n')}\n`;
}
