import type { RiskRule } from '../rule.js';
import { CAPABILITY_IMPACT, DATA_IMPACT } from '../drivers.js';
import type { Answers } from '../answers.js';

const localOrPrivateHttp = (a: Answers) => a.transport === 'http-localhost' || a.transport === 'http-private' || a.transport === 'unknown';

/** A listening port on this machine or a private network: DNS rebinding and neighbours. */
export const localHttpExposure: RiskRule = {
  id: 'MCP-R10',
  title: 'Local or private HTTP server reachable by web pages and neighbours',
  statement:
    'The server listens on HTTP on this machine or a private network. A web page in your browser can reach a loopback port through DNS rebinding, other hosts can reach a port bound to 0.0.0.0, and a server that does not check Origin or require a token runs their tool calls, as CVE-2025-49596 showed for MCP Inspector.',
  detection: 'transport is http-localhost or http-private',
  fires: localOrPrivateHttp,
  triggers: ['transport'],
  likelihood: [{ factor: 'transport', levels: { 'http-localhost': 'moderate', 'http-private': 'high' } }],
  impact: [
    CAPABILITY_IMPACT,
    DATA_IMPACT,
  ],
  controls: ['bind-localhost-and-check-origin', 'restrict-ingress'],
  falsePositives:
    'The server listens on a Unix domain socket with owner-only permissions rather than a TCP port; that is as closed as stdio, so answer transport as stdio.',
  verification:
    'ss -ltnp shows the port on 127.0.0.1 (or only the private interface); a request carrying Origin: https://evil.example gets 403; a request without the token gets 401; the server ships an SDK version with DNS rebinding protection on.',
  references: [
    { title: 'MCP specification 2025-11-25: Transports (validate Origin, bind to localhost, authenticate)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/transports' },
    { title: 'GHSA-7f8r-222p-6f5g: MCP Inspector proxy lacks authentication (CVE-2025-49596)', url: 'https://github.com/advisories/GHSA-7f8r-222p-6f5g' },
    { title: 'GHSA-w48q-cv73-mx4w: TypeScript SDK did not enable DNS rebinding protection by default (CVE-2025-66414)', url: 'https://github.com/advisories/GHSA-w48q-cv73-mx4w' },
    { title: 'MCP Security Best Practices (2025-11-25): Local MCP Server Compromise', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
  ],
  lesson: 'local-http-without-exposure',
};
