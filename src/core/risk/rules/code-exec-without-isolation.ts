import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { has } from '../answers.js';

/** Plain container or none; "unknown" counts as none only where the server can run on this machine. */
const weaklyIsolated = (a: Answers) =>
  a.isolation === 'none' ||
  a.isolation === 'container' ||
  (a.isolation === 'unknown' && (a.transport === 'stdio' || a.transport === 'http-localhost' || a.transport === 'unknown'));

/** Code execution with nothing between the code and the host. */
export const codeExecWithoutIsolation: RiskRule = {
  id: 'MCP-R07',
  title: 'Code execution without a hardened boundary',
  statement:
    'The server can run code or shell commands and runs either as your user or in a plain container (root, all default capabilities, writable filesystem, open network). Whatever the agent is steered or mistaken into running acts on the host, its files and its credentials.',
  detection: 'capabilities include code-exec, and isolation is none or container (or unknown for a server on this machine: transport stdio, http-localhost or unknown)',
  fires: (a) => has(a, 'code-exec') && weaklyIsolated(a),
  triggers: ['capabilities', 'isolation', 'transport'],
  likelihood: [
    { factor: 'isolation', levels: { container: 'low', none: 'moderate' } },
    { factor: 'source', levels: { 'community-maintained': 'moderate', unknown: 'high', anonymous: 'very-high' } },
    { factor: 'untrustedContent', levels: { curated: 'low', 'user-supplied': 'moderate', 'arbitrary-external': 'high', 'arbitrary-external-chained': 'very-high' } },
    { factor: 'humanApproval', levels: { partial: 'moderate', none: 'high', 'auto-approve-all': 'very-high' } },
  ],
  impact: [{ factor: 'environment', levels: { sandbox: 'low', 'dev-laptop': 'high', 'dev-laptop-prod-creds': 'very-high', team: 'high', 'enterprise-production': 'very-high' } }],
  controls: ['sandbox', 'approve-writes'],
  falsePositives:
    'The machine itself is disposable and holds nothing real (an ephemeral CI job or a throwaway VM); answer environment as sandbox, or isolation as vm.',
  verification:
    'docker inspect shows a non-root user, CapDrop ALL, ReadonlyRootfs true, SecurityOpt no-new-privileges, no host network, no Docker socket and no home-folder mount; a test command that writes to / or reads ~/.ssh fails; every execute call prompts.',
  references: [
    { title: 'MCP Security Best Practices (2025-11-25): Local MCP Server Compromise (sandboxing)', url: 'https://modelcontextprotocol.io/docs/2025-11-25/tutorials/security/security_best_practices' },
    { title: 'Docker docs: Docker security (daemon attack surface, Linux capabilities)', url: 'https://docs.docker.com/engine/security/' },
    { title: 'Docker docs: docker container run (--read-only, --cap-drop, --security-opt)', url: 'https://docs.docker.com/reference/cli/docker/container/run/' },
    { title: 'Docker MCP Gateway: security model (docs/security.md)', url: 'https://github.com/docker/mcp-gateway/blob/main/docs/security.md' },
  ],
  lesson: 'harden-the-container',
};
