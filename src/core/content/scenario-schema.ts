import { z } from 'zod';
import { AREAS } from './areas.js';
import { DONT_KNOW, FACTORS } from '../risk/factors.js';
import { isoDate, kebab, referenceSchema, text } from './schema.js';

export const SCENARIO_FAMILIES = ['trusted', 'community', 'unknown', 'enterprise', 'development', 'incident'] as const;
export const INCIDENT_KINDS = ['rug-pull', 'leaked-credential', 'prompt-injection-exfiltration', 'malicious-package'] as const;

function oneOf<T extends readonly string[]>(values: T) {
  return z.enum([...values, DONT_KNOW] as unknown as [string, ...string[]], { error: () => `must be one of: ${[...values, DONT_KNOW].join(', ')}` });
}

export const profileSchema = z.strictObject({
  source: oneOf(FACTORS.source),
  transport: oneOf(FACTORS.transport),
  untrustedContent: oneOf(FACTORS.untrustedContent),
  changeControl: oneOf(FACTORS.changeControl),
  capabilities: z.union([z.array(z.enum(FACTORS.capabilities)).min(1, 'list at least one capability'), z.literal(DONT_KNOW)]),
  dataSensitivity: oneOf(FACTORS.dataSensitivity),
  environment: oneOf(FACTORS.environment),
  humanApproval: oneOf(FACTORS.humanApproval),
  isolation: oneOf(FACTORS.isolation),
});

const decisionOptionSchema = z.strictObject({
  id: kebab,
  text,
  expert: z.boolean().optional(),
  consequence: text,
});

export const decisionSchema = z
  .strictObject({
    id: kebab,
    prompt: text,
    options: z.array(decisionOptionSchema).min(2, 'needs at least 2 options').max(5, 'at most 5 options'),
    why: text,
  })
  .superRefine((decision, ctx) => {
    const experts = decision.options.filter((o) => o.expert === true).length;
    if (experts !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `must have exactly one option with expert: true (found ${experts})` });
    const ids = new Set<string>();
    decision.options.forEach((option, index) => {
      if (ids.has(option.id)) ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], message: `duplicate option id "${option.id}"` });
      ids.add(option.id);
    });
  });

export const MIN_DECISIONS = 3;

export const scenarioSchema = z
  .strictObject({
    id: kebab,
    title: text,
    family: z.enum(SCENARIO_FAMILIES),
    incident: z.enum(INCIDENT_KINDS).optional(),
    minutes: z.number().int().min(1).max(30),
    /** When the scenario's facts were last confirmed at their sources; check-content fails once it is over a year old. */
    checked: isoDate,
    areas: z.array(z.enum(AREAS)).min(1, 'needs at least one knowledge area'),
    lessons: z.array(kebab).default([]),
    summary: text,
    situation: text,
    profile: profileSchema,
    decisions: z.array(decisionSchema).min(MIN_DECISIONS, `needs at least ${MIN_DECISIONS} decision points`),
    debrief: text,
    references: z.array(referenceSchema).min(1, 'needs at least one reference'),
  })
  .superRefine((scenario, ctx) => {
    if (scenario.family === 'incident' && !scenario.incident) ctx.addIssue({ code: 'custom', path: ['incident'], message: 'an incident scenario must say which incident' });
    if (scenario.family !== 'incident' && scenario.incident) ctx.addIssue({ code: 'custom', path: ['incident'], message: 'only incident scenarios name an incident' });
    const ids = new Set<string>();
    scenario.decisions.forEach((decision, index) => {
      if (ids.has(decision.id)) ctx.addIssue({ code: 'custom', path: ['decisions', index, 'id'], message: `duplicate decision id "${decision.id}"` });
      ids.add(decision.id);
    });
  });

export type ScenarioData = z.infer<typeof scenarioSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Profile = z.infer<typeof profileSchema>;
export interface Scenario extends ScenarioData {
  file: string;
}
