import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { makePlan } from '../../app/plans.js';
import { readAnswersObject } from '../../core/interview/answers-file.js';
import type { InterviewAnswers } from '../../core/interview/questions.js';
import { planMarkdown } from '../../core/plan/markdown.js';
import { findSecrets } from '../../core/review/secrets.js';
import { scrub } from '../../core/review/engine.js';
import { answersSchema, assessmentOutput, planSchema } from '../schemas.js';
import { ok, READ_ONLY, safely, toolError } from '../results.js';

export interface AssessmentDeps {
  /** Today's date for the plan (tests pin it). */
  now: () => Date;
}

/** The parts of answers (and of their keys) that look like credentials: never repeated in an error message. */
function secretsIn(data: Record<string, unknown>): string[] {
  const values = [...Object.keys(data), ...Object.values(data).flatMap((v) => (Array.isArray(v) ? v : [v]))];
  return values.flatMap((v) => (typeof v === 'string' ? findSecrets(v).map((m) => v.slice(m.start, m.end)) : []));
}

/** The answers, or a tool error listing every problem in one line each (the checks of `plan --answers`). */
function checkedAnswers(data: Record<string, unknown>): { answers: InterviewAnswers } | { error: CallToolResult } {
  const { answers, errors } = readAnswersObject(data);
  if (errors.length === 0) return { answers };
  const secrets = secretsIn(data);
  const lines = errors.map((e) => `- ${scrub(e, secrets)}`);
  return { error: toolError(`The answers are not valid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}\nEvery key is an interview question id; the deployment_interview prompt lists them with their values.`) };
}

export function registerAssessmentTools(server: McpServer, deps: AssessmentDeps): void {
  server.registerTool(
    'assess_deployment',
    {
      title: 'Assess an MCP server deployment',
      description:
        'Rate the risk of deploying one MCP server from interview answers (the answers file of `mcp-operator plan --answers`). ' +
        'Returns the rating, the go / go-with-conditions / no-go decision, each finding with the answers that triggered it, the rules that did not fire, ' +
        'and open questions for every factor left out or answered "unknown" (counted as the worst case). The same fields as `plan --format json`.',
      inputSchema: { answers: answersSchema },
      outputSchema: assessmentOutput,
      annotations: { title: 'Assess an MCP server deployment', ...READ_ONLY },
    },
    ({ answers: data }) =>
      safely('assess_deployment', () => {
        const checked = checkedAnswers(data);
        if ('error' in checked) return checked.error;
        const plan = makePlan(checked.answers, deps.now());
        return ok({
          server: plan.server,
          ruleSetVersion: plan.ruleSetVersion,
          rating: plan.rating,
          decision: plan.decision,
          summary: plan.summary,
          findings: plan.findings,
          rulesNotTriggered: plan.rulesNotTriggered,
          openQuestions: plan.openQuestions,
        });
      }),
  );

  server.registerTool(
    'generate_plan',
    {
      title: 'Write a deployment plan',
      description:
        'Build the full deployment plan for one MCP server from interview answers: the plan in Markdown (risks, controls by priority, hardened client configuration, ' +
        'monitoring, runbooks, sign-off) and the same plan as JSON, exactly as `mcp-operator plan --format md` and `--format json` write them. Nothing is saved.',
      inputSchema: { answers: answersSchema },
      outputSchema: { markdown: z.string(), plan: planSchema },
      annotations: { title: 'Write a deployment plan', ...READ_ONLY },
    },
    ({ answers: data }) =>
      safely('generate_plan', () => {
        const checked = checkedAnswers(data);
        if ('error' in checked) return checked.error;
        const plan = makePlan(checked.answers, deps.now());
        const markdown = planMarkdown(plan);
        return ok({ markdown, plan: plan as unknown as Record<string, unknown> }, JSON.stringify({ markdown, plan }, null, 2));
      }),
  );
}
