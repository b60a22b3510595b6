import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { atLeast } from '../answers.js';

const beyondReadOnly = (a: Answers) => a.capabilities === 'unknown' || a.capabilities.some((c) => c !== 'read-only');

/** Blanket or partial auto-approval (or no prompt at all) for tools that change things. */
export const noApprovalForWriteTools: RiskRule = {
  id: 'MCP-R12',
  title: 'Tool calls that write, send or execute run without anyone approving them',
  statement:
    'Calls to this server run without a prompt, because the client is set to auto-approve them (alwaysAllow, autoApprove, trust: true, YOLO or bypass modes) or never asks, and its tools can write, send, use credentials or execute. The human who should be able to deny a call never sees it, and tools the server adds later run unasked too. When only some calls are auto-approved the exposure is smaller, not gone: an injected or mistaken call only has to use a tool on the allow list.',
  detection: 'humanApproval is partial, none or auto-approve-all, and capabilities include anything beyond read-only',
  fires: (a) => atLeast(a, 'humanApproval', 'partial') && beyondReadOnly(a),
  triggers: ['humanApproval', 'capabilities'],
  likelihood: [
    // Some calls auto-approved: lower than none, but in play.
    { factor: 'humanApproval', levels: { partial: 'moderate', none: 'high', 'auto-approve-all': 'high' } },
    { factor: 'untrustedContent', levels: { 'arbitrary-external': 'very-high', 'arbitrary-external-chained': 'very-high' } },
  ],
  impact: [
    { factor: 'capabilities', levels: { 'file-write': 'moderate', 'network-egress': 'moderate', 'credential-access': 'high', 'code-exec': 'high' } },
    { factor: 'dataSensitivity', levels: { confidential: 'moderate', regulated: 'high', secrets: 'high' } },
  ],
  // While nobody approves, no other control makes up for the missing human: never below medium.
  floor: 'medium',
  floorWhen: (a) => atLeast(a, 'humanApproval', 'none'),
  controls: ['no-auto-approve', 'read-only-mode'],
  falsePositives:
    'The session runs in a disposable sandbox with no credentials and no data worth keeping (a throwaway VM for a demo); auto-approval there is a deliberate trade, so record it as such.',
  verification:
    'No autoApprove, alwaysAllow, trust: true, enableAllProjectMcpServers or server-wide allow rule covers a write, send or execute tool, in user or project configs; a test write call shows a prompt with its arguments.',
  references: [
    { title: 'MCP specification 2025-11-25: Server, Tools (human in the loop, annotations are untrusted)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/server/tools' },
    { title: 'Gemini CLI docs: MCP servers (trust bypasses all tool call confirmations)', url: 'https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md' },
    { title: 'Cline docs: Auto approve and YOLO mode', url: 'https://docs.cline.bot/features/auto-approve' },
    { title: 'Claude Code docs: Settings (enableAllProjectMcpServers)', url: 'https://code.claude.com/docs/en/settings' },
  ],
  lesson: 'approval-and-auto-approve',
};
