import * as z from 'zod';
import { SEVERITIES } from '../core/risk/levels.js';
import { QUESTIONS, type Question } from '../core/interview/questions.js';
import { DONT_KNOW } from '../core/risk/factors.js';
import { LIMITS } from './limits.js';

/*
 * Zod schemas the SDK turns into each tool's JSON Schema (inputs are validated before a handler
 * runs; structured outputs are checked against their schema before they are sent).
 */

export const idSchema = z.string().min(1).max(LIMITS.idChars);

const severity = z.enum(SEVERITIES);
const decision = z.enum(['go', 'go-with-conditions', 'no-go']);

/** A question's values: its choices, then "unknown" (don't know) unless a choice already is "unknown". */
function choiceValues(q: Question, withUnknown = true): [string, ...string[]] {
  const values = [...new Set([...(q.choices ?? []).map((c) => c.value), ...(withUnknown ? [DONT_KNOW] : [])])];
  return values as [string, ...string[]];
}

function describe(q: Question): string {
  if (!q.choices) return `${q.prompt} Free text; leave it out if there is none.`;
  const list = q.kind === 'multi' ? ` A list of: ${choiceValues(q, false).join(', ')}; or "unknown".` : ` One of: ${choiceValues(q).join(', ')}.`;
  return `${q.prompt}${list}`;
}

const textAnswer = z.union([z.string().max(LIMITS.answerChars), z.number(), z.null()], { error: `must be text of at most ${LIMITS.answerChars} characters` });
const listAnswer = z.array(z.string().max(LIMITS.idChars)).max(LIMITS.answerListItems);

/** One property per interview question, with its choices as an enum, so a client sees exactly what it may send. */
function questionShape(): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const q of QUESTIONS) {
    let schema: z.ZodType;
    if (q.kind === 'text') schema = textAnswer;
    else if (q.kind === 'choice') {
      const values = choiceValues(q);
      schema = z.enum(values, { error: `must be one of: ${values.join(', ')}` }).nullable();
    } else {
      const values = choiceValues(q);
      const choices = choiceValues(q, false);
      schema = z.union([z.array(z.enum(choices)).min(1).max(LIMITS.answerListItems), z.enum(values), z.null()], {
        error: `must be a list of one to ${LIMITS.answerListItems} of: ${choices.join(', ')}; or "unknown"`,
      });
    }
    shape[q.id] = schema.optional().describe(describe(q));
  }
  return shape;
}

/**
 * The answers-file object of `plan --answers`: question ids as keys. A missing factor counts as
 * "unknown" (the worst case) and becomes an open question. Keys that are not question ids pass
 * the schema (bounded) and are reported by the answers-file check with the list of known ids.
 */
export const answersSchema = z
  .object(questionShape())
  .catchall(z.union([z.string().max(LIMITS.answerChars), z.number(), z.boolean(), z.null(), listAnswer]))
  .refine((o) => Object.keys(o).length <= LIMITS.answerKeys, { message: `at most ${LIMITS.answerKeys} answers` })
  .describe('Interview answers: question ids as keys (the answers file of `mcp-operator plan --answers`). Leave out what is not known; it counts as the worst case.');

const trigger = z.object({ question: z.string(), answer: z.string() });

/** A risk finding exactly as `plan --format json` prints it (the fields a client relies on, others pass). */
export const riskFindingSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  statement: z.string(),
  severity,
  residualSeverity: severity,
  likelihood: z.string(),
  impact: z.string(),
  gate: z.string().nullable(),
  triggeredBy: z.array(trigger),
  controls: z.array(z.string()),
  whatIf: z.looseObject({ question: z.string(), from: z.string(), to: z.string(), severity: z.string() }).nullable(),
  lesson: z.string(),
});

const openQuestion = z.object({ question: z.string(), prompt: z.string(), why: z.string() });
const notTriggered = z.looseObject({ id: z.string(), title: z.string(), ruledOutBy: trigger.nullable() });

export const assessmentOutput = {
  server: z.string(),
  ruleSetVersion: z.string(),
  rating: severity,
  decision,
  summary: z.looseObject({ topRisks: z.array(z.looseObject({ id: z.string(), title: z.string(), severity: z.string() })), beforeDeployment: z.array(z.string()) }),
  findings: z.array(riskFindingSchema),
  rulesNotTriggered: z.array(notTriggered),
  openQuestions: z.array(openQuestion),
};

/** The plan JSON of `plan --format json` (schema mcp-operator/plan@1). */
export const planSchema = z.looseObject({
  schema: z.literal('mcp-operator/plan@1'),
  server: z.string(),
  date: z.string(),
  ruleSetVersion: z.string(),
  answersHash: z.string(),
  rating: severity,
  decision,
  openQuestions: z.array(openQuestion),
  findings: z.array(riskFindingSchema),
  rulesNotTriggered: z.array(notTriggered),
  controls: z.array(z.looseObject({ id: z.string(), title: z.string(), priority: z.string(), findings: z.array(z.string()) })),
});

const reviewSeverity = z.enum(['critical', 'high', 'medium', 'low', 'info']);

/** The report of `review --format json` (DESIGN section 10), plus `omitted` when it had to be summarised; no other keys. */
export const reviewReportOutput = {
  tool: z.object({ name: z.string(), version: z.string() }),
  scanned: z.array(z.object({ path: z.string(), client: z.string(), servers: z.number(), error: z.string().optional() })),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      category: z.string(),
      severity: reviewSeverity,
      client: z.string(),
      path: z.string(),
      server: z.string(),
      field: z.string(),
      message: z.string(),
      evidence: z.string(),
      remediation: z.string(),
      lesson: z.string(),
      knownServer: z.object({ id: z.string(), name: z.string(), publisher: z.string(), status: z.string() }).optional(),
      tools: z.array(z.string()).optional(),
      line: z.number().optional(),
      column: z.number().optional(),
    }),
  ),
  summary: z.object({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number(), info: z.number() }),
  omitted: z
    .object({ findings: z.number(), fixedEntries: z.number(), reason: z.string() })
    .optional()
    .describe('Present only when the report was summarised to fit one answer: how many findings and fixed entries were left out. The summary still counts every finding.'),
};

export const lessonRef = z.object({ id: z.string(), title: z.string(), uri: z.string() });
