import type { Decision, Profile, Scenario } from '../content/scenario-schema.js';
import type { Progress, ScenarioRun } from '../progress/model.js';

export interface Judgement {
  expert: boolean;
  chosen: Decision['options'][number];
  expertOption: Decision['options'][number];
}

export function expertOption(decision: Decision): Decision['options'][number] {
  const expert = decision.options.find((o) => o.expert === true);
  if (!expert) throw new Error(`decision "${decision.id}" has no expert option`);
  return expert;
}

export function judgeChoice(decision: Decision, optionId: string): Judgement {
  const chosen = decision.options.find((o) => o.id === optionId);
  if (!chosen) throw new RangeError(`decision "${decision.id}" has no option "${optionId}"`);
  const expert = expertOption(decision);
  return { expert: chosen.id === expert.id, chosen, expertOption: expert };
}

export type ScenarioStatus = 'not-played' | 'in-progress' | 'played';

export function scenarioStatus(progress: Progress, scenarioId: string): ScenarioStatus {
  const runs = progress.scenarios[scenarioId]?.runs ?? [];
  if (runs.some((r) => r.finishedAt)) return 'played';
  return runs.length ? 'in-progress' : 'not-played';
}

/** The best finished run (most expert matches, then the latest), if any. */
export function bestRun(progress: Progress, scenarioId: string): ScenarioRun | undefined {
  const finished = (progress.scenarios[scenarioId]?.runs ?? []).filter((r) => r.finishedAt);
  return finished.reduce<ScenarioRun | undefined>((best, run) => (!best || run.matched > best.matched || (run.matched === best.matched && run.startedAt > best.startedAt) ? run : best), undefined);
}

const FACTOR_LABELS: Record<keyof Profile, string> = {
  source: 'Source',
  transport: 'Transport',
  untrustedContent: 'Untrusted content',
  changeControl: 'Change control',
  capabilities: 'Capabilities',
  dataSensitivity: 'Data sensitivity',
  environment: 'Environment',
  humanApproval: 'Human approval',
  isolation: 'Isolation',
};

/** The scenario's server profile as label/value rows, for a small table in the situation. */
export function profileRows(profile: Profile): [string, string][] {
  return (Object.keys(FACTOR_LABELS) as (keyof Profile)[]).map((key) => {
    const value = profile[key];
    return [FACTOR_LABELS[key], Array.isArray(value) ? value.join(', ') : value === 'unknown' ? "don't know" : value];
  });
}

/** The opening of a scenario as Markdown: title, situation and the server profile. */
export function situationMarkdown(scenario: Scenario): string {
  const family = scenario.family === 'incident' ? `incident: ${scenario.incident ?? ''}` : `${scenario.family} deployment`;
  const rows = profileRows(scenario.profile)
    .map(([k, v]) => `| ${k} | ${v} |`)
    .join('\n');
  return [
    `# ${scenario.title}`,
    `*Scenario · ${family} · about ${scenario.minutes} minutes · ${scenario.decisions.length} decisions*`,
    scenario.situation.trim(),
    `## The server, as the planning interview would record it\n\n| factor | answer |\n|---|---|\n${rows}`,
  ].join('\n\n');
}

/** The end of a scenario as Markdown: how the run compares with the expert, the debrief, references. */
export function debriefMarkdown(scenario: Scenario, matched: number, lessonTitles: { id: string; title: string }[]): string {
  const parts = [
    `## Debrief`,
    `You chose as the expert would at **${matched} of ${scenario.decisions.length}** decision points.`,
    scenario.debrief.trim(),
  ];
  if (lessonTitles.length) parts.push(`**Lessons behind this scenario:**\n\n${lessonTitles.map((l) => `- ${l.title} (\`mcp-operator learn ${l.id}\`)`).join('\n')}`);
  parts.push(`## References\n\n${scenario.references.map((r, i) => `${i + 1}. ${r.title}: ${r.url}`).join('\n')}`);
  return parts.join('\n\n');
}
