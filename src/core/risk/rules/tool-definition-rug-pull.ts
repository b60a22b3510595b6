import type { RiskRule } from '../rule.js';
import { CAPABILITY_IMPACT, DATA_IMPACT } from '../drivers.js';
import { atLeast } from '../answers.js';

/** Rug pull: what was approved is not what the model reads next week. */
export const toolDefinitionRugPull: RiskRule = {
  id: 'MCP-R05',
  title: 'Tool definitions can change after approval',
  statement:
    'The server is taken by version range or at "latest", or is a remote its publisher updates, and the publisher is not the service itself. Its tools and their descriptions can change after you approved them, silently or with a list_changed notification, and the client uses the new ones without asking again.',
  detection: 'changeControl is range, latest or auto-updating-remote, and source is not official',
  fires: (a) => atLeast(a, 'changeControl', 'range') && atLeast(a, 'source', 'vendor'),
  triggers: ['changeControl', 'source'],
  likelihood: [
    { factor: 'source', levels: { vendor: 'low', 'community-maintained': 'moderate', unknown: 'high', anonymous: 'very-high' } },
    { factor: 'changeControl', levels: { range: 'low', latest: 'moderate', 'auto-updating-remote': 'low' } },
  ],
  impact: [
    CAPABILITY_IMPACT,
    DATA_IMPACT,
  ],
  controls: ['hash-tool-definitions', 'pin-version'],
  falsePositives:
    "A vendor remote whose changes are announced in a changelog you watch, with tool definitions you re-list and compare on each connect, is a managed change rather than a rug pull; the hash control covers it.",
  verification:
    'The approved tools/list hash is stored; a nightly job or an inline proxy re-lists the tools on every connect and blocks or pages on a difference; local servers are pinned to an exact version or digest.',
  references: [
    { title: 'Invariant Labs: MCP Security Notification, Tool Poisoning Attacks (rug pulls, April 2025)', url: 'https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks' },
    { title: 'Trail of Bits: mcp-context-protector (pins tool definitions, re-checks on list_changed)', url: 'https://github.com/trailofbits/mcp-context-protector' },
    { title: 'MCP specification 2025-11-25: Server, Tools (listChanged, notifications/tools/list_changed)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/server/tools' },
  ],
  lesson: 'detect-drift-and-rug-pulls',
};
