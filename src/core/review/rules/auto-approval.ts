import type { ReviewRule } from '../types.js';

const READ_ONLY = /^(get|list|read|search|fetch|find|describe|query_docs|resolve|lookup)[_-]?/i;
const DANGEROUS = /(exec|execute|shell|run|command|sql|write|delete|remove|create|update|send|post|push|deploy|merge|drop)/i;

/** Tools approved without asking (alwaysAllow, autoApprove, trust: true), rated by what they can do. */
export const autoApproval: ReviewRule = {
  id: 'MCPR-APR-001',
  category: 'auto-approval',
  title: 'Tool calls approved without asking',
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
        },
      ];
    }
    return server.autoApprove.map((tool, index) => {
      const severity = DANGEROUS.test(tool) ? 'high' : READ_ONLY.test(tool) ? 'low' : 'medium';
      return {
        severity,
        field: `autoApprove[${index}]`,
        message: `${tool} runs without confirmation${severity === 'high' ? '; it can change or send data, so an injected instruction acts at once' : ''}.`,
        evidence: tool,
        remediation: severity === 'low' ? 'Keep only documentation or read-only lookups auto-approved.' : `Remove ${tool} from the auto-approved list so each call is confirmed.`,
      };
    });
  },
};
