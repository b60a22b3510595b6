import type { RiskRule } from '../rule.js';
import { CAPABILITY_IMPACT, DATA_IMPACT } from '../drivers.js';
import { atLeast } from '../answers.js';

/** A reviewed server that is not the code that runs: updates arrive unreviewed. */
export const unpinnedPackage: RiskRule = {
  id: 'MCP-R02',
  title: 'Updates run without review',
  statement:
    'The server is taken by version range, "latest" or a remote that updates itself, so a compromised or broken release runs the next time the client starts it, with no one having looked at it.',
  detection: 'changeControl is range, latest or auto-updating-remote',
  fires: (a) => atLeast(a, 'changeControl', 'range'),
  triggers: ['changeControl'],
  likelihood: [
    { factor: 'changeControl', levels: { range: 'moderate', latest: 'high', 'auto-updating-remote': 'moderate' } },
    { factor: 'source', levels: { official: 'low', vendor: 'low', 'community-maintained': 'moderate', unknown: 'high', anonymous: 'very-high' } },
  ],
  impact: [
    CAPABILITY_IMPACT,
    DATA_IMPACT,
  ],
  controls: ['pin-version'],
  falsePositives: 'A vendor-hosted remote server cannot be pinned by you; treat its updates as vendor changes and watch for tool-definition changes instead.',
  verification: 'Every client config entry names an exact version or image digest; an update is a reviewed change to that entry.',
  references: [
    { title: 'OSV MAL-2025-47604: malicious code in postmark-mcp (npm)', url: 'https://osv.dev/vulnerability/MAL-2025-47604' },
    { title: 'npm docs: npm exec (npx)', url: 'https://docs.npmjs.com/cli/v11/commands/npm-exec' },
  ],
  lesson: 'trust-before-install',
};
