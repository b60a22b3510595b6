import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { atLeast } from '../answers.js';

const shared = (a: Answers) => a.environment === 'team' || a.environment === 'enterprise-production' || a.environment === 'unknown';

/** Excessive scope: regulated data or secrets behind a shared server that mostly acts unasked. */
export const sensitiveDataInSharedDeployment: RiskRule = {
  id: 'MCP-R13',
  title: 'Regulated data or secrets behind a shared server without consistent approval',
  statement:
    'A server shared by a team or running in production can reach regulated data or secrets, and many of its calls run without approval. Its credentials are usually broader than any one task needs, so one mistaken or steered call reads, changes or exposes data at scale, for every user of the server.',
  detection: 'dataSensitivity is regulated or secrets, and environment is team or enterprise-production, and humanApproval is partial, none or auto-approve-all',
  fires: (a) => atLeast(a, 'dataSensitivity', 'regulated') && shared(a) && atLeast(a, 'humanApproval', 'partial'),
  triggers: ['dataSensitivity', 'environment', 'humanApproval'],
  likelihood: [
    { factor: 'humanApproval', levels: { partial: 'moderate', none: 'high', 'auto-approve-all': 'high' } },
    { factor: 'untrustedContent', levels: { 'user-supplied': 'moderate', 'arbitrary-external': 'high', 'arbitrary-external-chained': 'high' } },
  ],
  impact: [
    { factor: 'dataSensitivity', levels: { regulated: 'high', secrets: 'very-high' } },
    { factor: 'environment', levels: { team: 'high', 'enterprise-production': 'very-high' } },
  ],
  // Reachable regulated data at scale stays worth an owner's attention, whatever the controls.
  floor: 'low',
  controls: ['scoped-credentials', 'approve-writes', 'log-tool-calls'],
  falsePositives:
    "The regulated data sits in a system the server's credential cannot reach (the answer counted the whole database, the role sees one schema); answer dataSensitivity for what the credential really opens.",
  verification:
    "The server's database role or token is listed with its grants and matches the job (no wildcard scopes, no service_role); write calls prompt; every call is in the central log with a correlation id and redacted arguments.",
  references: [
    { title: 'MCP Security Best Practices (2025-11-25): Scope Minimization', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
    { title: 'MCP specification 2025-11-25: Authorization (scope selection, least privilege)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization' },
    { title: 'Supabase MCP server README: read-only and project-scoped modes', url: 'https://github.com/supabase-community/supabase-mcp' },
    { title: 'OWASP MCP08:2025 Lack of Audit and Telemetry (source file)', url: 'https://github.com/OWASP/www-project-mcp-top-10/blob/main/2025/MCP08-2025%E2%80%93Lack-of-Audit-and-Telemetry.md' },
  ],
  lesson: 'least-privilege-by-design',
};
