import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { atLeast, has } from '../answers.js';

/** No isolation: "unknown" counts only where the server can run on this machine (stdio, local HTTP, or transport unknown). */
const unisolated = (a: Answers) =>
  a.isolation === 'none' || (a.isolation === 'unknown' && (a.transport === 'stdio' || a.transport === 'http-localhost' || a.transport === 'unknown'));

/** Credentials within reach of a process that runs as you. */
export const credentialExposure: RiskRule = {
  id: 'MCP-R06',
  title: 'Credentials are exposed to an unisolated server',
  statement:
    'The server handles credentials or secrets and runs as your user with no isolation. Its code, and any agent it is steered by, can read every token, key and cloud profile that user can, and tokens handed to it on a command line or in a config file can be read by other processes or end up in logs.',
  detection:
    'capabilities include credential-access or dataSensitivity is secrets, and isolation is none (or unknown for a server on this machine: transport stdio, http-localhost or unknown)',
  fires: (a) => (has(a, 'credential-access') || atLeast(a, 'dataSensitivity', 'secrets')) && unisolated(a),
  triggers: ['capabilities', 'dataSensitivity', 'isolation', 'transport'],
  likelihood: [
    { factor: 'isolation', levels: { none: 'low' } },
    { factor: 'source', levels: { vendor: 'low', 'community-maintained': 'moderate', unknown: 'high', anonymous: 'very-high' } },
    { factor: 'untrustedContent', levels: { 'user-supplied': 'moderate', 'arbitrary-external': 'high', 'arbitrary-external-chained': 'high' } },
    { factor: 'humanApproval', levels: { none: 'moderate', 'auto-approve-all': 'moderate' } },
  ],
  impact: [
    { factor: 'environment', levels: { sandbox: 'very-low', 'dev-laptop': 'moderate', 'dev-laptop-prod-creds': 'very-high', team: 'high', 'enterprise-production': 'very-high' } },
    { factor: 'dataSensitivity', levels: { secrets: 'high' } },
  ],
  controls: ['secrets-out-of-configs', 'sandbox', 'scoped-credentials'],
  falsePositives:
    'The only credential in reach is a short-lived, narrowly scoped token issued for this server, and the machine holds no other credentials (a CI runner or a dedicated VM); answer environment as sandbox.',
  verification:
    "From inside the server's process or container, ~/.aws, ~/.ssh, ~/.config and the cloud metadata endpoint are not readable; the server's token is absent from ps output, client configs and logs.",
  references: [
    { title: 'MCP Security Best Practices (2025-11-25): Local MCP Server Compromise, Scope Minimization', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
    { title: 'MCP specification 2025-11-25: Authorization (stdio servers take credentials from the environment)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization' },
    { title: 'OWASP MCP Top 10 (2025, beta v0.1): MCP01:2025 Token Mismanagement and Secret Exposure', url: 'https://owasp.org/www-project-mcp-top-10/' },
    { title: 'CWE-214: Invocation of Process Using Visible Sensitive Information', url: 'https://cwe.mitre.org/data/definitions/214.html' },
  ],
  lesson: 'secrets-out-of-configs',
};
