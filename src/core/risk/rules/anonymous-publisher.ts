import type { RiskRule } from '../rule.js';
import { atLeast } from '../answers.js';

/** Supply chain: the package itself is the risk, whatever its tools claim to do. */
export const anonymousPublisher: RiskRule = {
  id: 'MCP-R16',
  title: 'Server from an anonymous or unattributed publisher',
  statement:
    'Nobody accountable stands behind the package: an anonymous or brand-new account, or no clear owner at all. A local server is code that runs with your privileges from the moment the client starts it, whatever its tools say they do; look-alike names and backdoored clones, such as postmark-mcp, which from version 1.0.16 secretly copied every email it sent to an outside address, live here.',
  detection: 'source is anonymous (or unknown, which counts as the worst answer)',
  fires: (a) => atLeast(a, 'source', 'anonymous'),
  triggers: ['source'],
  likelihood: [{ factor: 'source', levels: { anonymous: 'high' } }],
  impact: [
    { factor: 'isolation', levels: { vm: 'low', 'container-hardened': 'low', container: 'moderate', none: 'high' } },
    { factor: 'environment', levels: { 'dev-laptop-prod-creds': 'very-high', 'enterprise-production': 'very-high' } },
    { factor: 'capabilities', levels: { 'credential-access': 'high', 'code-exec': 'high' } },
    { factor: 'dataSensitivity', levels: { regulated: 'high', secrets: 'very-high' } },
  ],
  // Whatever is done around it, running code from nobody stays on the record.
  floor: 'low',
  controls: ['vet-publisher', 'sandbox', 'pin-version'],
  falsePositives:
    'The publisher is known to you but not to the registry (an internal package mirrored under a personal account); record the real owner and answer source accordingly.',
  verification:
    'The deployment record names the publisher and links a source repository whose code matches the published package; the pinned version has no advisory in OSV or the GitHub Advisory Database; the server runs in a hardened container.',
  references: [
    { title: 'OSV MAL-2025-47604: malicious code in postmark-mcp (npm)', url: 'https://osv.dev/vulnerability/MAL-2025-47604' },
    { title: 'Koi Security: the postmark-mcp backdoor (September 2025)', url: 'https://www.koi.security/blog/postmark-mcp-npm-malicious-backdoor-email-theft' },
    { title: 'MCP Security Best Practices (2025-11-25): Local MCP Server Compromise', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
    {
      title: 'Cloud Security Alliance: trust signals for MCP servers',
      url: 'https://github.com/ModelContextProtocol-Security/mcpserver-marketplace/blob/main/security-report/patterns/trust-signals.md',
    },
  ],
  lesson: 'trust-before-install',
};
