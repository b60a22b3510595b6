import type { Plan } from './model.js';
import type { Finding } from '../risk/evaluate.js';
import type { SelfCheck } from './hardened-config.js';
import type { KnownServerFacts } from './known-server.js';

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
    `- What if: ${f.whatIf ? `changing \`${f.whatIf.question}\` from ${escapeMarkdown(f.whatIf.from)} to ${escapeMarkdown(f.whatIf.to)} makes this ${f.whatIf.severity === 'resolved' ? 'finding go away' : SEVERITY_LABEL[f.whatIf.severity]}${f.whatIf.note ? `. ${f.whatIf.note}` : ''}` : 'no single answer change lowers it'}`,
    ...(f.unaskedDrivers?.length ? [`- Rated without ${f.unaskedDrivers.map((d) => `\`${d}\``).join(', ')} (not asked yet): the rating may rise once answered.`] : []),
    `- False positives: ${f.falsePositives}`,
    `- Verify: ${f.verification}`,
    `- Learn: \`mcp-operator learn ${f.lesson}\``,
    `- References: ${f.references.map((r) => `[${r.title}](${r.url})`).join('; ')}`,
  ];
  return lines.join('\n');
}

function selfCheckLine(check: SelfCheck): string {
  if (check.remaining.length === 0) return `Checked with mcp-operator review: nothing at medium or above${check.below ? ` (${check.below} lower finding${check.below === 1 ? '' : 's'})` : ''}.`;
  return `Checked with mcp-operator review; what remains, and why:\n\n${check.remaining.map((r) => `- ${r.ruleId} (${r.severity}): ${r.why}`).join('\n')}`;
}

function knownServerSection(k: KnownServerFacts): string {
  const lines: string[] = ['## The server', `${escapeMarkdown(k.name)} (\`${k.id}\`), published by ${escapeMarkdown(k.publisher)} (${k.publisherKind}). Status: ${k.status}${k.since ? ` since ${k.since}` : ''}.${k.statusNote ? ` ${escapeMarkdown(k.statusNote)}` : ''}`];
  const v = k.verify;
  const verify = [v.repository ? `repository ${v.repository}` : '', v.registry ? `MCP registry name \`${v.registry}\`` : '', v.npmScope ? `npm ${escapeMarkdown(v.npmScope)}` : '', v.pypiOwner ? `PyPI ${escapeMarkdown(v.pypiOwner)}` : ''].filter(Boolean);
  if (verify.length) lines.push(`Verify the publisher: ${verify.join('; ')}.${v.note ? ` ${escapeMarkdown(v.note)}` : ''}`);
  lines.push(`Runs as: ${k.identifiers.map((i) => `\`${i}\``).join(', ')}.`);
  for (const m of k.malicious) lines.push(`> **Malicious versions:** ${escapeMarkdown(m.package)} ${escapeMarkdown(m.versions)}: ${escapeMarkdown(m.note)} (${m.reference})`);
  if (k.credential) lines.push(`Credential: \`${escapeMarkdown(k.credential.name)}\` (${k.credential.kind})${k.credential.smallestScopes ? `. Smallest scopes: ${escapeMarkdown(k.credential.smallestScopes)}` : ''}.`);
  if (k.switches.length) lines.push(`Least-privilege switches:\n\n| switch | kind | effect |\n|---|---|---|\n${k.switches.map((w) => `| \`${w.syntax.replace(/\|/g, '\\|')}\` | ${w.kind} | ${escapeMarkdown(w.effect)} |`).join('\n')}`);
  if (k.advisories.length) lines.push(`Advisories for its packages${k.version ? ` (version ${escapeMarkdown(k.version)})` : ' (no version given: check yours)'}:\n\n${k.advisories.map((a) => `- ${a.id}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}, ${a.severity}${a.affectsVersion === true ? ', **affects this version**' : a.affectsVersion === false ? ', not this version' : ''}: ${escapeMarkdown(a.summary)}${a.fixed.length ? ` Fixed in ${a.fixed.join(', ')}.` : ''}`).join('\n')}`);
  else lines.push('No advisory in the knowledge base names its packages (import newer records with mcp-operator advisories import).');
  if (k.incidents.length) lines.push(`Known incidents:\n\n${k.incidents.map((i) => `- ${i.date}: ${escapeMarkdown(i.title)}. ${escapeMarkdown(i.summary)} (${i.reference})`).join('\n')}`);
  lines.push(`Facts checked ${k.checked} at: ${k.references.map((r) => `[${escapeMarkdown(r.title)}](${r.url})`).join('; ')}.`);
  return lines.join('\n\n');
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

  const h0 = plan.hardenedConfiguration;
  out.push('## Decision');
  out.push(`**Rating: ${SEVERITY_LABEL[plan.rating]}. Decision: ${DECISION_LABEL[plan.decision]}.**`);
  if (plan.knownServer && plan.knownServer.status !== 'active') out.push(`> **${plan.knownServer.status === 'archived' ? 'Archived' : 'Deprecated'} server:** ${escapeMarkdown(plan.knownServer.name)} gets no security fixes${plan.knownServer.successor ? `; move to ${escapeMarkdown(plan.knownServer.successor.name)}${plan.knownServer.successor.identifiers.length ? ` (${plan.knownServer.successor.identifiers.map((i) => `\`${i}\``).join(', ')})` : ''}` : ''}.`);
  const hitting = plan.knownServer?.advisories.filter((a) => a.affectsVersion) ?? [];
  if (hitting.length) out.push(`> **Version ${escapeMarkdown(plan.knownServer?.version ?? '')} is affected by ${hitting.map((a) => `${a.id} (${a.severity})`).join(', ')}:** move to ${[...new Set(hitting.flatMap((a) => a.fixed))].join(' or ') || 'a release outside the affected range'} before deployment.`);
  if (plan.referral) out.push(`> **Bring in a security professional** before go-live: ${plan.referral.reasons[0]} (see "When to bring in a security professional").`);
  const p0 = plan.controls.filter((c) => c.priority === 'P0');
  out.push(p0.length ? `Before deployment (P0):\n\n${p0.map((c) => `- [ ] ${c.title}`).join('\n')}` : 'Nothing must happen before deployment beyond applying the entry below.');
  out.push(`Apply this entry (${escapeMarkdown(h0.entry.clientName)}, ${h0.file}):`);
  out.push(fence(h0.language, h0.text));
  if (h0.open.length) out.push(`Still to fill in:\n\n${h0.open.map((o) => `- [ ] ${o}`).join('\n')}`);
  out.push(selfCheckLine(h0.entry.selfCheck));

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

  if (plan.knownServer) out.push(knownServerSection(plan.knownServer));

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
      .map((r) => `- ${r.id} ${r.title}: ruled out by \`${r.ruledOutBy.question}\` = ${escapeMarkdown(r.ruledOutBy.answer)}${r.ruledOutWith.length ? ` (with ${r.ruledOutWith.map((t) => `\`${t.question}\` = ${escapeMarkdown(t.answer)}`).join(', ')})` : ''}`)
      .join('\n') || '- none'}`,
  );
  if (plan.notYetAssessed.length) {
    out.push(
      `### Not yet assessed\n\nNot asked yet: ${plan.notAsked.map((f) => `\`${f}\``).join(', ')}. No finding rests on these; the rules below wait for them.\n\n${plan.notYetAssessed
        .map((r) => `- ${r.id} ${r.title}: needs ${r.waitingOn.map((f) => `\`${f}\``).join(', ')}`)
        .join('\n')}`,
    );
  }

  out.push('## Prioritised controls');
  out.push(
    plan.controls.length
      ? `| priority | control | verify | for | tools |\n|---|---|---|---|---|\n${plan.controls
          .map((c) => `| ${c.priority} | ${c.title} | ${c.verification} | ${c.findings.join(', ')} | ${(c.tools ?? []).map((t) => `[${escapeMarkdown(t.name)}](${t.url})`).join('; ') || 'none in the toolbox'} |`)
          .join('\n')}\n\nP0 before deployment, P1 within 30 days, P2 hardening.${plan.controls.some((c) => c.tools?.length) ? `\n\nWhy these tools:\n\n${plan.controls.flatMap((c) => (c.tools ?? []).slice(0, 1).map((t) => `- ${c.id}: ${escapeMarkdown(t.name)} (${t.why})`)).join('\n')}\n\nEach tool's data handling (what it sends out, whether it starts servers): \`mcp-operator toolbox TOOL\`.` : ''}`
      : 'None required by the findings.',
  );

  out.push('## Hardened configuration');
  const h = plan.hardenedConfiguration;
  out.push(`For ${escapeMarkdown(h.entry.clientName)}, in ${h.file}:`);
  out.push(fence(h.language, h.text));
  if (h.notes.length) out.push(h.notes.map((n) => `- ${n}`).join('\n'));
  if (h.applied.length) out.push(`Switches turned on by the answers:\n\n${h.applied.map((a) => `- \`${a.switch}\`: ${a.why}`).join('\n')}`);
  if (h.flagReasons.length) out.push(`Each container option and why:\n\n| option | why |\n|---|---|\n${h.flagReasons.map((f) => `| \`${f.flag}\` | ${f.reason} |`).join('\n')}`);
  if (h.open.length) out.push(`Still to fill in:\n\n${h.open.map((o) => `- ${o}`).join('\n')}`);
  out.push(selfCheckLine(h.entry.selfCheck));
  if (h.asIs) {
    out.push(`As-is entry (no isolation), for when the container cannot run:`);
    out.push(fence(h.language, h.asIs.text));
    out.push(`Residual risk: ${h.asIs.residual}`);
  }
  if (h.remoteSettings.length) out.push(`Remote server settings:\n\n${h.remoteSettings.map((s) => `- ${s}`).join('\n')}`);
  if (h.platform) {
    out.push('### The same isolation on a platform');
    out.push(`ToolHive permission profile (${escapeMarkdown(h.entry.key)}-profile.json) and run line:`);
    out.push(fence('json', h.platform.toolhive.profileText));
    out.push(fence('sh', h.platform.toolhive.run));
    out.push(h.platform.toolhive.reasons.map((r) => `- ${r}`).join('\n'));
    out.push(`Docker MCP Gateway catalog entry (~/.docker/mcp/catalogs/${escapeMarkdown(h.entry.key)}-catalog.yaml) and run line:`);
    out.push(fence('yaml', h.platform.dockerGateway.entryText));
    out.push(fence('sh', h.platform.dockerGateway.run));
    out.push(h.platform.dockerGateway.reasons.map((r) => `- ${r}`).join('\n'));
  }

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
              ...(r.escalate ? [`When to call incident response: ${r.escalate.incidentResponse}`, `When to call legal: ${r.escalate.legal}`] : []),
            ].join('\n\n'),
          )
          .join('\n\n')
      : 'No capability of this server calls for a specific runbook; follow the general incident process.',
  );

  if (plan.referral) {
    out.push('## When to bring in a security professional');
    out.push(plan.referral.reasons.map((r) => `- ${r}`).join('\n'));
    out.push(`Hand them:\n\n${plan.referral.handOver.map((h) => `- ${h}`).join('\n')}`);
  }

  out.push('## Reassessment triggers');
  out.push(plan.reassessmentTriggers.map((t) => `- ${t}`).join('\n'));

  out.push('## Residual-risk sign-off');
  const who = plan.owner ? escapeMarkdown(plan.owner) : 'The owner';
  out.push(`With the P0 controls in place and verified, the residual rating is ${plan.signOff.residualRating}. ${who} accepts this residual risk by signing below.\n\n| role | name | date | signature |\n|---|---|---|---|\n| Owner | ${plan.owner ? escapeMarkdown(plan.owner) : ''} | | |\n| Security | | | |`);

  return `${out.join('\n\n')}\n`;
}
