import type { RiskRule } from '../rule.js';
import { atLeast, has } from '../answers.js';

/** Hard gate: code nobody vetted, able to execute, next to production credentials. */
export const unvettedCodeWithProdCredentials: RiskRule = {
  id: 'MCP-R01',
  title: 'Unvetted code runs next to production credentials',
  statement:
    'A server from an unknown or anonymous publisher can execute code on a machine that also holds production credentials; one malicious release reaches production.',
  detection: 'source is unknown or anonymous, and capabilities include code-exec, and environment is dev-laptop-prod-creds or enterprise-production',
  fires: (a) => atLeast(a, 'source', 'unknown') && has(a, 'code-exec') && (a.environment === 'dev-laptop-prod-creds' || a.environment === 'enterprise-production' || a.environment === 'unknown'),
  triggers: ['source', 'capabilities', 'environment'],
  likelihood: [{ factor: 'source', levels: { unknown: 'high', anonymous: 'very-high' } }],
  impact: [{ factor: 'environment', levels: { 'dev-laptop-prod-creds': 'very-high', 'enterprise-production': 'very-high' } }],
  gate: {
    when: (a) => atLeast(a, 'source', 'unknown') && has(a, 'code-exec') && (a.environment === 'dev-laptop-prod-creds' || a.environment === 'enterprise-production'),
    reason: 'Unknown source + code execution + production credentials: no-go until the source is vetted or the server is moved away from those credentials.',
  },
  controls: ['sandbox', 'scoped-credentials', 'pin-version'],
  falsePositives: 'The "unknown" publisher is in fact an internal team whose code you review; record who they are and answer the source question as vendor or official.',
  verification: 'The server runs where no production credential is reachable (check its environment variables, mounted files and cloud metadata access) and its publisher is recorded.',
  references: [
    { title: 'MCP Security Best Practices (2025-11-25): Local MCP Server Compromise', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
    { title: 'OSV MAL-2025-47604: malicious code in postmark-mcp (npm)', url: 'https://osv.dev/vulnerability/MAL-2025-47604' },
  ],
  lesson: 'trust-before-install',
};
