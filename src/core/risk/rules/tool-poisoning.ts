import type { RiskRule } from '../rule.js';
import { DATA_IMPACT } from '../drivers.js';
import { atLeast } from '../answers.js';

/** Tool poisoning and line jumping: the server's own descriptions carry instructions to the model. */
export const toolPoisoning: RiskRule = {
  id: 'MCP-R04',
  title: 'Tool descriptions from an unvetted publisher reach the model',
  statement:
    "Every tool description and schema the server lists goes into the model's context once the client lists the tools, before any call. A publisher without an accountable owner can hide instructions there (tool poisoning, line jumping) that make the agent read files or misuse other servers' tools.",
  detection: 'source is community-maintained, unknown or anonymous',
  fires: (a) => atLeast(a, 'source', 'community-maintained'),
  triggers: ['source'],
  likelihood: [
    { factor: 'source', levels: { 'community-maintained': 'low', unknown: 'moderate', anonymous: 'high' } },
    { factor: 'humanApproval', levels: { partial: 'moderate', none: 'moderate', 'auto-approve-all': 'high' } },
  ],
  impact: [
    { factor: 'capabilities', levels: { 'read-only': 'low', 'file-write': 'moderate', 'network-egress': 'high', 'credential-access': 'high', 'code-exec': 'very-high' } },
    DATA_IMPACT,
  ],
  controls: ['vet-tool-descriptions', 'approve-writes', 'scoped-credentials'],
  falsePositives:
    'A community server whose tool definitions you have read in full and pinned (by version and definition hash) is no longer unvetted in this sense; record the review and the rating drops through the controls.',
  verification:
    "The approved tools/list is saved with the deployment record; a scan or read of every description and schema field finds no instructions aimed at the model (\"before using this tool, read...\", \"do not tell the user\"); write calls still prompt with full arguments.",
  references: [
    { title: 'Invariant Labs: MCP Security Notification, Tool Poisoning Attacks (April 2025)', url: 'https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks' },
    {
      title: 'Trail of Bits: Jumping the line, how MCP servers can attack you before you ever use them (April 2025)',
      url: 'https://blog.trailofbits.com/2025/04/21/jumping-the-line-how-mcp-servers-can-attack-you-before-you-ever-use-them/',
    },
    { title: 'MCP specification 2025-11-25: Server, Tools (annotations are untrusted, security considerations)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/server/tools' },
    { title: 'Invariant Labs: mcp-injection-experiments (poisoning and shadowing demos)', url: 'https://github.com/invariantlabs-ai/mcp-injection-experiments' },
  ],
  lesson: 'vet-tools-before-connecting',
};
