import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { atLeast, has } from '../answers.js';

/** No isolation; "unknown" counts as none only where the server can run on this machine. */
const unisolated = (a: Answers) =>
  a.isolation === 'none' || (a.isolation === 'unknown' && (a.transport === 'stdio' || a.transport === 'http-localhost' || a.transport === 'unknown'));

/** Resource exhaustion: nothing bounds a loop of calls, processes or requests. */
export const runawayAgent: RiskRule = {
  id: 'MCP-R15',
  title: 'A runaway agent can exhaust the machine or outside services',
  statement:
    'The server can run code or make outbound requests, runs with no isolation, and nobody approves its calls, or only some of them. A loop, whether a model error or an injected instruction, can fill the disk, fork until the machine stalls, or flood an outside API until the account is rate-limited, blocked or billed.',
  detection:
    'capabilities include code-exec or network-egress, and isolation is none (or unknown for a server on this machine: transport stdio, http-localhost or unknown), and humanApproval is partial, none or auto-approve-all',
  fires: (a) => (has(a, 'code-exec') || has(a, 'network-egress')) && unisolated(a) && atLeast(a, 'humanApproval', 'partial'),
  triggers: ['capabilities', 'isolation', 'transport', 'humanApproval'],
  likelihood: [
    { factor: 'humanApproval', levels: { partial: 'low', none: 'moderate', 'auto-approve-all': 'moderate' } },
    { factor: 'untrustedContent', levels: { 'arbitrary-external': 'high', 'arbitrary-external-chained': 'high' } },
  ],
  impact: [
    { factor: 'environment', levels: { sandbox: 'very-low', 'dev-laptop': 'low', 'dev-laptop-prod-creds': 'moderate', team: 'moderate', 'enterprise-production': 'high' } },
    { factor: 'capabilities', levels: { 'network-egress': 'moderate', 'code-exec': 'moderate' } },
  ],
  controls: ['resource-limits', 'log-tool-calls'],
  falsePositives:
    'The outbound API enforces its own quota and bills nothing, and the machine is disposable; record the quota and the impact is a failed session.',
  verification:
    'docker inspect shows Memory, NanoCpus and PidsLimit set (or the equivalent cgroup limits for a VM or service unit); the client sets a per-server timeout; a test loop of calls hits a rate limit and raises an alert.',
  references: [
    { title: 'MCP specification 2025-11-25: Server, Tools (servers MUST rate limit tool invocations; timeouts)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/server/tools' },
    { title: 'MCP specification 2025-11-25: Lifecycle, Timeouts', url: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle' },
    { title: 'Docker docs: Resource constraints (memory, CPUs)', url: 'https://docs.docker.com/engine/containers/resource_constraints/' },
    { title: 'Docker MCP Gateway: security model (CPU and memory limits)', url: 'https://github.com/docker/mcp-gateway/blob/main/docs/security.md' },
  ],
  lesson: 'limits-and-rate-limits',
};
