import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { has } from '../answers.js';

const remoteWithOAuth = (a: Answers) => a.transport === 'http-internet-auth' || a.transport === 'unknown';

/** A remote server that holds or forwards tokens for other APIs. */
export const tokenPassthrough: RiskRule = {
  id: 'MCP-R11',
  title: 'Remote server may pass tokens through or act as a confused deputy',
  statement:
    'A remote, OAuth-protected server uses credentials for upstream APIs. If it accepts tokens not issued for it, forwards the client\'s token upstream, or acts as an OAuth proxy without per-client consent, a stolen or misdirected token reaches data the user never meant to share, and logs show the wrong identity.',
  detection: 'transport is http-internet-auth, and capabilities include credential-access',
  fires: (a) => remoteWithOAuth(a) && has(a, 'credential-access'),
  triggers: ['transport', 'capabilities'],
  likelihood: [
    { factor: 'transport', levels: { 'http-internet-auth': 'low' } },
    { factor: 'source', levels: { vendor: 'low', 'community-maintained': 'moderate', unknown: 'high', anonymous: 'very-high' } },
  ],
  impact: [
    { factor: 'dataSensitivity', levels: { public: 'low', internal: 'moderate', confidential: 'high', regulated: 'very-high', secrets: 'very-high' } },
    { factor: 'environment', levels: { team: 'high', 'enterprise-production': 'very-high' } },
  ],
  controls: ['require-oauth-audience', 'scoped-credentials'],
  falsePositives:
    'The upstream credential is the server\'s own service account, never a user token, and the server rejects tokens whose audience is not its own; record the audience and the upstream identity.',
  verification:
    "A token issued for another resource is refused with 401; the server's upstream calls carry its own token (check the upstream API's audit log for the caller identity); a newly registered client still sees the proxy's own consent screen.",
  references: [
    { title: 'MCP specification 2025-11-25: Authorization (token audience validation, no token passthrough)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization' },
    { title: 'MCP Security Best Practices (2025-11-25): Confused Deputy, Token Passthrough', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
    { title: 'RFC 8707: Resource Indicators for OAuth 2.0', url: 'https://www.rfc-editor.org/rfc/rfc8707' },
  ],
  lesson: 'remote-servers-and-oauth',
};
