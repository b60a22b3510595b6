import type { RiskRule } from '../rule.js';
import type { Answers } from '../answers.js';
import { atLeast, has } from '../answers.js';

const onLaptop = (a: Answers) => a.environment === 'dev-laptop' || a.environment === 'dev-laptop-prod-creds' || a.environment === 'unknown';

/** File writes on a developer's own machine that nobody approves. */
export const unapprovedFileWritesOnLaptop: RiskRule = {
  id: 'MCP-R08',
  title: "Unapproved file writes on a developer's machine",
  statement:
    "The server can write and delete files on a developer laptop and its calls, all or some of them, run without anyone approving them. A mistaken or steered call can delete work, or plant code where it runs later: shell start-up files, git hooks, build scripts, ~/.ssh/authorized_keys.",
  detection: 'capabilities include file-write, and environment is dev-laptop or dev-laptop-prod-creds, and humanApproval is partial, none or auto-approve-all',
  fires: (a) => has(a, 'file-write') && onLaptop(a) && atLeast(a, 'humanApproval', 'partial'),
  triggers: ['capabilities', 'environment', 'humanApproval'],
  likelihood: [
    { factor: 'humanApproval', levels: { partial: 'low', none: 'moderate', 'auto-approve-all': 'high' } },
    { factor: 'untrustedContent', levels: { 'user-supplied': 'moderate', 'arbitrary-external': 'high', 'arbitrary-external-chained': 'very-high' } },
  ],
  impact: [
    { factor: 'isolation', levels: { vm: 'low', 'container-hardened': 'low', container: 'moderate', none: 'high' } },
    { factor: 'environment', levels: { 'dev-laptop': 'moderate', 'dev-laptop-prod-creds': 'high' } },
  ],
  controls: ['approve-writes', 'limit-file-access'],
  falsePositives:
    "The server can only write inside one scratch folder that holds nothing else and is not on any path that is executed (allowed directories or a single mount); record that folder and the impact is a lost scratch file.",
  verification:
    'A test write or delete call shows a confirmation prompt with the target path; the allowed directories are listed and a write outside them, including through a symlink, fails.',
  references: [
    { title: 'MCP specification 2025-11-25: Server, Tools (human in the loop, confirmation prompts)', url: 'https://modelcontextprotocol.io/specification/2025-11-25/server/tools' },
    { title: 'GHSA-q66q-fx2p-7w4m: server-filesystem symlink path validation bypass (CVE-2025-53109)', url: 'https://github.com/advisories/GHSA-q66q-fx2p-7w4m' },
    { title: 'GHSA-hc55-p739-j48w: server-filesystem colliding path prefix bypass (CVE-2025-53110)', url: 'https://github.com/advisories/GHSA-hc55-p739-j48w' },
    { title: 'Cline docs: Auto approve and YOLO mode', url: 'https://docs.cline.bot/features/auto-approve' },
  ],
  lesson: 'approval-and-auto-approve',
};
