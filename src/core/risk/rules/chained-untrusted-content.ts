import type { RiskRule } from '../rule.js';
import { atLeast } from '../answers.js';

/** Cross-server injection: outside text from this server steers the tools of the others. */
export const chainedUntrustedContent: RiskRule = {
  id: 'MCP-R17',
  title: "Outside content flows on into other servers' tools",
  statement:
    "The agent reads outside content through this server and its output feeds other servers or agents. An injected instruction does not need this server's tools: it can steer whichever co-resident tool can write, send or execute, and a poisoned description can redefine how another server's tool is used (tool shadowing).",
  detection: 'untrustedContent is arbitrary-external-chained',
  fires: (a) => atLeast(a, 'untrustedContent', 'arbitrary-external-chained'),
  triggers: ['untrustedContent'],
  likelihood: [
    { factor: 'untrustedContent', levels: { 'arbitrary-external-chained': 'high' } },
    { factor: 'humanApproval', levels: { none: 'very-high', 'auto-approve-all': 'very-high' } },
  ],
  impact: [
    { factor: 'environment', levels: { sandbox: 'low', 'dev-laptop': 'moderate', 'dev-laptop-prod-creds': 'high', team: 'high', 'enterprise-production': 'very-high' } },
    { factor: 'dataSensitivity', levels: { public: 'low', internal: 'low', confidential: 'moderate', regulated: 'high', secrets: 'very-high' } },
  ],
  controls: ['limit-co-resident-servers', 'separate-data-from-untrusted-content', 'approve-writes'],
  falsePositives:
    'The output goes on only as data a person reads (a report, a dashboard), never into another agent\'s context or tool arguments; answer untrustedContent as arbitrary-external.',
  verification:
    'The session that reads outside content loads only the servers that job needs; a planted instruction naming another server\'s tool leads to no call of that tool without a prompt; no two loaded servers share a tool name.',
  references: [
    { title: 'Invariant Labs: MCP Security Notification, Tool Poisoning Attacks (shadowing, April 2025)', url: 'https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks' },
    { title: 'Invariant Labs: mcp-injection-experiments (tool shadowing demo)', url: 'https://github.com/invariantlabs-ai/mcp-injection-experiments' },
    { title: 'Simon Willison: The lethal trifecta for AI agents (June 2025)', url: 'https://simonwillison.net/2025/Jun/16/the-lethal-trifecta/' },
    { title: 'MCP specification 2025-11-25: Server, Tools (tool names, security considerations)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/server/tools' },
  ],
  lesson: 'test-for-prompt-injection',
};
