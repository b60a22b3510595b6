import type { ReviewRule, ReviewSeverity } from '../types.js';
import { rateEveryTool, rateTool } from './auto-approval.js';

const RANK: Record<ReviewSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Claude Code permissions.allow rules for MCP tools: each is an auto-approval, rated by what the tools do. */
export const allowedMcpTools: ReviewRule = {
  id: 'MCPR-APR-003',
  category: 'auto-approval',
  title: 'MCP tools allowed without asking in Claude Code settings',
  why: 'A permissions.allow rule such as mcp__github__create_issue, mcp__github__* or mcp__github lets Claude Code call that tool (or every tool of the server) without asking; so does the same rule in a project\'s allowedTools in ~/.claude.json, where Claude Code saves "always allow" answers. It is auto-approval written in a settings file, often a committed .claude/settings.json that every clone of the repository inherits.',
  howToFix: 'Allow only read-only tools of trusted content by name; remove wildcards (mcp__server, mcp__server__*) and any tool that writes, sends or runs.',
  lesson: 'approval-and-auto-approve',
  check: () => [],
  checkFile: (config) =>
    (config.global.mcpAllow ?? []).map(({ rule, at, project }) => {
      const m = /^mcp__([^_]+(?:_[^_]+)*?)(?:__(.+))?$/.exec(rule);
      const serverName = m?.[1] ?? rule;
      const tool = m?.[2];
      const known = config.knowledge?.byId.get(serverName.toLowerCase()) ?? config.knowledge?.byAlias.get(serverName.toLowerCase());
      const everything = tool === undefined || tool === '*';
      let severity: ReviewSeverity = 'high';
      let what = 'every tool of the server, whatever it does';
      if (!everything) {
        const r = rateTool(tool, known);
        severity = r.severity;
        what = r.basis === 'known' ? `${tool}, ${r.capability}${r.readsOutsideContent ? ' that reads outside content' : ''}` : `${tool} (rated by its name)`;
      } else {
        const every = rateEveryTool(known);
        severity = every.severity;
        if (known && every.knownReadOnly > 0) what = `every tool of ${known.name} (its known tools only read; the rule also covers any tool a later version adds)`;
      }
      const scope =
        project !== undefined
          ? `the tools allowed for ${project} (saved in ~/.claude.json)`
          : /settings\.local\.json$/i.test(config.path ?? '')
            ? 'your local project settings'
            : /[\\/]\.claude[\\/]settings\.json$/i.test(config.path ?? '')
              ? 'the project settings, committed for everyone who clones it'
              : 'these settings';
      return {
        severity,
        field: project !== undefined ? `projects["${project}"].allowedTools[${at[at.length - 1]}]` : `permissions.allow[${at[at.length - 1]}]`,
        at,
        message: `${rule} in ${scope} runs ${what} without asking${RANK[severity] >= RANK.high ? ': an injected instruction acts at once' : ''}.`,
        evidence: rule,
        remediation: everything ? `Replace ${rule} with the read-only tools it needs, named one by one.` : RANK[severity] >= RANK.medium ? `Remove ${rule} so each call is confirmed.` : 'Keep only read-only tools of trusted content allowed.',
      };
    }),
};
