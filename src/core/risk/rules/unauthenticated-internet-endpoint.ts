import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { atLeast } from '../answers.js';

const beyondReadOnly = (a: Answers) => a.capabilities === 'unknown' || a.capabilities.some((c) => c !== 'read-only');

/** An MCP endpoint on the internet that anyone can call. */
export const unauthenticatedInternetEndpoint: RiskRule = {
  id: 'MCP-R09',
  title: 'MCP endpoint on the internet without authentication',
  statement:
    'The server is reachable over the internet and accepts requests without authentication. Anyone who finds the URL can list and call its tools with whatever data and credentials the server holds.',
  detection: 'transport is http-internet-noauth',
  fires: (a) => atLeast(a, 'transport', 'http-internet-noauth'),
  triggers: ['transport'],
  likelihood: [{ factor: 'transport', levels: { 'http-internet-noauth': 'very-high' } }],
  impact: [
    { factor: 'capabilities', levels: { 'read-only': 'low', 'file-write': 'high', 'network-egress': 'moderate', 'credential-access': 'very-high', 'code-exec': 'very-high' } },
    { factor: 'dataSensitivity', levels: { public: 'very-low', internal: 'moderate', confidential: 'high', regulated: 'very-high', secrets: 'very-high' } },
  ],
  gate: {
    when: (a) => a.transport === 'http-internet-noauth' && beyondReadOnly(a),
    reason: 'Unauthenticated internet endpoint with tools that write, send, use credentials or execute: no-go until every request is authenticated.',
  },
  controls: ['require-oauth-audience', 'restrict-ingress'],
  falsePositives:
    'A deliberately public, read-only server over public data (for example public documentation search) may stay open; it still needs rate limits.',
  verification:
    'From a machine outside your network, an initialize or tools/list request without a token gets 401, and with a token issued for another resource also gets 401.',
  references: [
    { title: 'MCP specification 2025-11-25: Authorization', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization' },
    { title: 'MCP specification 2025-11-25: Transports (Streamable HTTP security warning)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/transports' },
    { title: 'MCP Security Best Practices (2025-11-25)', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
  ],
  lesson: 'remote-servers-and-oauth',
};
