import type { ReviewRule, ServerEntry } from '../types.js';

const READ_ONLY = /^(get|list|read|search|fetch|find|describe|query_docs|resolve|lookup)[_-]?/i;
const DANGEROUS = /(exec|execute|shell|run|command|sql|write|delete|remove|create|update|send|post|push|deploy|merge|drop)/i;

/** Tools approved without asking (alwaysAllow, autoApprove, trust: true), rated by what they can do. */
export const autoApproval: ReviewRule = {
  id: 'MCPR-APR-001',
  category: 'auto-approval',
  title: 'Tool calls approved without asking',
  why: 'An auto-approved tool runs the moment the model asks for it, so an instruction injected through a web page, issue or document acts without a person seeing it. The GitHub MCP exfiltration of May 2025 needed only one such unconfirmed call to a write tool.',
  howToFix: 'Keep confirmation on for anything that writes, sends, executes or deletes; auto-approve only read-only documentation lookups.',
  lesson: 'approval-and-auto-approve',
  check: (server) => {
    if (server.autoApprove === true) {
      return [
        {
          severity: 'high',
          field: 'trust',
          message: `Every tool of ${server.name} runs without confirmation (trust: true), whatever it does.`,
          evidence: 'trust: true',
          remediation: 'Remove trust: true; if some read-only tools must run unattended, list only those with includeTools and keep confirmation on.',
          fix: (e: ServerEntry) => ({ ...e, autoApprove: [] }),
        },
      ];
    }
    const key = Array.isArray(server.raw.alwaysAllow) ? 'alwaysAllow' : 'autoApprove';
    const rate = (tool: string) => (DANGEROUS.test(tool) ? 'high' : READ_ONLY.test(tool) ? 'low' : 'medium');
    const keep = server.autoApprove.filter((tool) => rate(tool) === 'low');
    return server.autoApprove.map((tool, index) => {
      const severity = rate(tool);
      return {
        ...(severity === 'low' ? {} : { fix: (e: ServerEntry) => ({ ...e, autoApprove: e.autoApprove === true ? keep : e.autoApprove.filter((t) => t !== tool) }) }),
        severity,
        field: `${key}[${index}]`,
        message: `${tool} runs without confirmation${severity === 'high' ? '; it can change or send data, so an injected instruction acts at once' : ''}.`,
        evidence: tool,
        remediation: severity === 'low' ? 'Keep only documentation or read-only lookups auto-approved.' : `Remove ${tool} from the auto-approved list so each call is confirmed.`,
      };
    });
  },
};
