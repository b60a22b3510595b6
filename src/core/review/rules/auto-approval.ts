import type { ReviewRule, ReviewSeverity, ServerEntry } from '../types.js';
import type { Capability, KnownServer } from '../../servers/schema.js';

/** Names that only read (get_, list_, search_ ...): used only when the server is not in the knowledge base. */
const READ_ONLY = /^(get|list|read|search|fetch|find|describe|query_docs|resolve|lookup|show|view|count|check|inspect)([_-]|$)/i;
const DANGEROUS = /(exec|execute|shell|run|command|script|eval|sql|write|edit|modify|move|rename|copy|delete|remove|create|update|insert|upsert|set|put|patch|send|post|push|publish|upload|deploy|merge|drop|comment|reply|invite|assign|close|approve|kill|restart|install)/i;

export interface ToolRating {
  severity: ReviewSeverity;
  /** The known capability class, when the knowledge base knows the tool. */
  capability?: Capability;
  readsOutsideContent?: boolean;
  /** How the rating was reached: from the knowledge base, or guessed from the tool's name. */
  basis: 'known' | 'name';
}

/** The rating of one auto-approved tool: by its known capability class, else by its name. Equal classes get equal severity. */
export function rateTool(tool: string, known: KnownServer | undefined): ToolRating {
  const entry = known?.tools.find((t) => t.kind === 'tool' && t.name === tool);
  if (entry) {
    const severity: ReviewSeverity = entry.capability === 'read-only' ? (entry.readsOutsideContent ? 'medium' : 'low') : 'high';
    return { severity, capability: entry.capability, readsOutsideContent: entry.readsOutsideContent, basis: 'known' };
  }
  return ratedByName(tool);
}

/** Ratings by name alone, kept: a config approves the same few tool names on many servers. */
const byName = new Map<string, ToolRating>();

function ratedByName(tool: string): ToolRating {
  let rating = byName.get(tool);
  if (!rating) {
    if (byName.size >= 10_000) byName.clear();
    rating = DANGEROUS.test(tool) ? { severity: 'high', basis: 'name' } : READ_ONLY.test(tool) ? { severity: 'low', basis: 'name' } : { severity: 'medium', basis: 'name' };
    byName.set(tool, rating);
  }
  return { ...rating };
}

/**
 * The rating of approving every tool of a server at once (trust: true, "*", Claude Code's mcp__server):
 * high unless the server is known and each of its known tools only reads; then medium, never lower,
 * because the approval also covers tools the knowledge base does not list and any tool a later version adds.
 */
export function rateEveryTool(known: KnownServer | undefined): { severity: ReviewSeverity; knownReadOnly: number } {
  const tools = known ? known.tools.filter((t) => t.kind === 'tool') : [];
  const onlyReads = tools.length > 0 && tools.every((t) => rateTool(t.name, known).severity !== 'high');
  return { severity: onlyReads ? 'medium' : 'high', knownReadOnly: onlyReads ? tools.length : 0 };
}

function why(tool: string, r: ToolRating, known: KnownServer | undefined): string {
  if (r.basis === 'known' && known) {
    const what = r.capability === 'read-only' ? (r.readsOutsideContent ? 'reads content that outsiders can write, so an injected instruction reaches the model unseen' : 'only reads') : `is ${r.capability} in ${known.name}`;
    return `${tool} runs without confirmation; it ${what}${r.severity === 'high' ? ', so an injected instruction acts at once' : ''}.`;
  }
  const guess = known ? ` (not a tool ${known.name} is known to have: rated by its name)` : ' (rated by its name: the server is not in the knowledge base)';
  return `${tool} runs without confirmation${r.severity === 'high' ? '; its name says it can change, send or run something, so an injected instruction acts at once' : ''}${guess}.`;
}

/** Tools approved without asking (alwaysAllow, autoApprove, trust: true), rated by what they can do. */
export const autoApproval: ReviewRule = {
  id: 'MCPR-APR-001',
  category: 'auto-approval',
  title: 'Tool calls approved without asking',
  why: 'An auto-approved tool runs the moment the model asks for it, so an instruction injected through a web page, issue or document acts without a person seeing it. The GitHub MCP exfiltration of May 2025 needed only one such unconfirmed call to a write tool.',
  howToFix: 'Keep confirmation on for anything that writes, sends, executes or deletes; auto-approve only read-only lookups of content you trust.',
  lesson: 'approval-and-auto-approve',
  check: (server, config) => {
    const known = server.identity?.server;
    if (server.autoApprove === true) {
      const risky = known ? known.tools.filter((t) => t.capability !== 'read-only').map((t) => t.name) : [];
      const sandbox = server.raw.sandboxEnabled === true && server.raw.trust !== true;
      const codex = server.raw.default_tools_approval_mode === 'approve' && server.raw.trust !== true && !sandbox;
      const wildcard = !sandbox && !codex && server.raw.trust !== true;
      const field = sandbox ? 'sandboxEnabled' : codex ? 'default_tools_approval_mode' : wildcard ? (Array.isArray(server.raw.alwaysAllow) ? 'alwaysAllow' : 'autoApprove') : 'trust';
      const how = sandbox ? 'sandboxEnabled: true (VS Code stops asking before tool calls of a sandboxed server)' : codex ? 'default_tools_approval_mode = "approve"' : wildcard ? `"*" in ${field}` : 'trust: true';
      const geminiNote = config.client === 'gemini' && server.raw.trust === true ? ' In a project .gemini/settings.json this applies only when the folder is trusted (security.folderTrust), and that trust is given per folder.' : '';
      const every = rateEveryTool(known);
      const n = every.knownReadOnly;
      const readNote = n > 0 && !sandbox ? ` Its ${n} known tool${n === 1 ? '' : 's'} only read${n === 1 ? 's' : ''}; the approval also covers any tool a later version adds.` : '';
      return [
        {
          severity: sandbox ? 'medium' : every.severity,
          field,
          message: `Every tool of ${server.name} runs without confirmation (${how}), whatever it does${risky.length ? `, including ${risky.slice(0, 4).join(', ')}${risky.length > 4 ? ` and ${risky.length - 4} more that write, send or run` : ''}` : ''}.${sandbox ? ' The sandbox limits files and network, not what the tools do with the access they have.' : ''}${readNote}${geminiNote}`,
          evidence: sandbox ? 'sandboxEnabled: true' : codex ? 'default_tools_approval_mode = "approve"' : wildcard ? '*' : 'trust: true',
          remediation: codex
            ? 'Set default_tools_approval_mode = "prompt" and give approval_mode = "approve" only to named read-only tools.'
            : sandbox
            ? 'Remove sandboxEnabled (or keep the sandbox and confirm tool calls in chat); auto-approve at most the read-only tools you trust, one by one.'
            : wildcard
              ? `Replace "*" in ${field} with the read-only tools that may run unattended, named one by one.`
              : config.client === 'gemini'
                ? 'Remove trust: true; if some read-only tools must run unattended, list only those with includeTools and keep confirmation on.'
                : 'Remove trust: true and confirm tool calls; allow only named read-only tools to run unattended.',
          fix: (e: ServerEntry) => ({ ...e, autoApprove: [] }),
        },
      ];
    }
    const key = Array.isArray(server.raw.alwaysAllow) ? 'alwaysAllow' : Array.isArray(server.raw.autoApprove) ? 'autoApprove' : 'tools';
    const ratings = server.autoApprove.map((tool) => rateTool(tool, known));
    const keep = server.autoApprove.filter((_, i) => ratings[i]?.severity === 'low');
    return server.autoApprove.map((tool, index) => {
      const rating = ratings[index] as ToolRating;
      const severity = rating.severity;
      return {
        ...(severity === 'low' ? {} : { fix: (e: ServerEntry) => ({ ...e, autoApprove: e.autoApprove === true ? keep : e.autoApprove.filter((t) => t !== tool) }) }),
        severity,
        field: `${key}[${index}]`,
        message: why(tool, rating, known),
        evidence: tool,
        remediation: severity === 'low' ? 'Keep only read-only lookups of trusted content auto-approved.' : `Remove ${tool} from the auto-approved list so each call is confirmed.`,
      };
    });
  },
};
