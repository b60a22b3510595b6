import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import type { Catalogue } from '../../core/content/types.js';
import { CLIENT_IDS, clientName } from '../../core/review/clients.js';
import { reviewConfigs } from '../../core/review/engine.js';
import { reviewJson } from '../../core/review/output/json.js';
import { REVIEW_RULES } from '../../core/review/rules/index.js';
import { control } from '../../core/risk/controls.js';
import { RULES } from '../../core/risk/rules/index.js';
import { LIMITS } from '../limits.js';
import { idSchema, lessonRef, reviewReportOutput } from '../schemas.js';
import { reviewAnswer } from '../bounded.js';
import { ok, READ_ONLY, safely, shownId, toolError } from '../results.js';

/** The path a config reviewed from MCP content carries in findings: it never came from a file. */
export const CONTENT_PATH = '<mcp>';

export interface ReviewDeps {
  knowledge?: import('../../core/servers/knowledge.js').Knowledge;
  catalogue: Catalogue;
  version: string;
}

function lessonOf(catalogue: Catalogue, id: string) {
  return { id, title: catalogue.lessons.find((l) => l.id === id)?.title ?? id, uri: `lesson://${id}` };
}

export function registerReviewTools(server: McpServer, deps: ReviewDeps): void {
  server.registerTool(
    'review_config',
    {
      title: 'Review an MCP client config',
      description:
        'Review the text of an MCP client configuration (JSON, JSONC, YAML or TOML: claude_desktop_config.json, .mcp.json, .vscode/mcp.json, .cursor/mcp.json, ...) ' +
        'for committed secrets, unpinned packages, mutable images, container privileges, broad mounts, plain HTTP, auto-approval, shell wrappers and known-vulnerable versions. ' +
        'Pass the content, never a path: nothing is read from disk, started or fetched. Returns the report of `review --format json`, secrets redacted, ' +
        'and where a fix can be derived, the fixed entry as a second text block. A report too large for one answer (1 MB) is summarised: every finding counted, the most severe shown, `omitted` says what was left out.',
      inputSchema: {
        content: z.string().min(1).max(LIMITS.contentChars).describe('The config file text (up to 1 MiB).'),
        client: z
          .enum(CLIENT_IDS as [string, ...string[]])
          .optional()
          .describe('Which client the config belongs to, when its shape does not say (fixes then use that client\'s placeholder syntax).'),
      },
      outputSchema: reviewReportOutput,
      annotations: { title: 'Review an MCP client config', ...READ_ONLY },
    },
    ({ content, client }) =>
      safely('review_config', () => {
        const result = reviewConfigs([{ path: CONTENT_PATH, text: content, ...(client ? { client } : {}) }], { name: 'mcp-operator', version: deps.version }, undefined, deps.knowledge ? { knowledge: deps.knowledge } : {});
        const fixes = result.servers.filter((s) => s.fixed !== undefined).map((s) => `${s.name} (${clientName(s.client)}):\n${s.fixed}`);
        // Bounded: a review of a large config is summarised rather than sent whole (src/mcp/bounded.ts).
        return reviewAnswer({ text: reviewJson(result.report), fixes });
      }),
  );

  server.registerTool(
    'explain_finding',
    {
      title: 'Explain a finding',
      description:
        'Explain a review rule (ids like MCPR-SEC-001, as in review_config findings) or a risk rule (ids like MCP-R03, as in assess_deployment findings): ' +
        'what it means, why it matters, how to fix it, and the lesson that teaches it.',
      inputSchema: { id: idSchema.describe('A review rule id (MCPR-...) or a risk rule id (MCP-R..).') },
      outputSchema: {
        id: z.string(),
        kind: z.enum(['review-rule', 'risk-rule']),
        title: z.string(),
        category: z.string().optional(),
        why: z.string(),
        howToFix: z.string(),
        controls: z.array(z.object({ id: z.string(), title: z.string(), priority: z.string(), verification: z.string() })).optional(),
        references: z.array(z.object({ title: z.string(), url: z.string() })).optional(),
        lesson: lessonRef,
      },
      annotations: { title: 'Explain a finding', ...READ_ONLY },
    },
    ({ id }) =>
      safely('explain_finding', () => {
        const wanted = id.trim().toUpperCase();
        const reviewRule = REVIEW_RULES.find((r) => r.id.toUpperCase() === wanted);
        if (reviewRule) {
          return ok({
            id: reviewRule.id,
            kind: 'review-rule' as const,
            title: reviewRule.title,
            category: reviewRule.category,
            why: reviewRule.why,
            howToFix: reviewRule.howToFix,
            lesson: lessonOf(deps.catalogue, reviewRule.lesson),
          });
        }
        const riskRule = RULES.find((r) => r.id.toUpperCase() === wanted);
        if (riskRule) {
          const controls = riskRule.controls.map((c) => control(c));
          return ok({
            id: riskRule.id,
            kind: 'risk-rule' as const,
            title: riskRule.title,
            why: riskRule.statement,
            howToFix: controls.map((c) => `${c.priority}: ${c.title}.`).join(' '),
            controls: controls.map((c) => ({ id: c.id, title: c.title, priority: c.priority, verification: c.verification })),
            references: riskRule.references.map((r) => ({ title: r.title, url: r.url })),
            lesson: lessonOf(deps.catalogue, riskRule.lesson),
          });
        }
        return toolError(
          `No rule with id ${shownId(id)}. Review rule ids (MCPR-...) are the ruleId of review_config findings; risk rule ids (MCP-R..) are the id of assess_deployment findings. ` +
            `Known ids: ${[...REVIEW_RULES.map((r) => r.id), ...RULES.map((r) => r.id)].join(', ')}.`,
        );
      }),
  );
}
