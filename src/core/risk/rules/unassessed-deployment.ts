import type { Driver, RiskRule } from '../rule.js';
import { CAPABILITY_IMPACT, DATA_IMPACT } from '../drivers.js';
import type { Answers } from '../answers.js';
import { isUnknown } from '../answers.js';
import { FACTOR_IDS, type FactorId } from '../factors.js';

/** How many "don't know" answers make a deployment unassessed rather than merely uncertain. */
export const UNASSESSED_THRESHOLD = 3;

/**
 * The factors in the order the what-if tries them: source comes last because "unknown" is also one of its
 * real answers (no clear owner), and naming another answer would only move it to "anonymous".
 */
const ORDER: FactorId[] = [...FACTOR_IDS.filter((f) => f !== 'source'), 'source'];

const unknownCount = (a: Answers) => FACTOR_IDS.filter((f) => isUnknown(a, f)).length;

/** Shadow deployment: too little is known to rate it, so it is rated as if the worst were true. */
export const unassessedDeployment: RiskRule = {
  id: 'MCP-R14',
  title: 'Deployment not assessed: too many open questions',
  statement:
    'Three or more of the interview questions are answered "don\'t know". Each counts as the worst answer in the other rules, but the deeper problem is governance: a server nobody can describe is a shadow deployment, with no owner to notice a bad update, a leak or a misuse.',
  detection: `at least ${UNASSESSED_THRESHOLD} factors are "unknown"`,
  fires: (a) => unknownCount(a) >= UNASSESSED_THRESHOLD,
  triggers: ORDER,
  likelihood: ORDER.map((factor): Driver => ({ factor, levels: { unknown: 'moderate' } })),
  impact: [
    CAPABILITY_IMPACT,
    DATA_IMPACT,
    { factor: 'environment', levels: { sandbox: 'low', 'dev-laptop': 'moderate', 'dev-laptop-prod-creds': 'high', team: 'moderate', 'enterprise-production': 'high' } },
  ],
  controls: ['register-deployment', 'log-tool-calls'],
  falsePositives:
    'An interview started to explore options rather than to approve a deployment; the finding then lists what to find out, and it resolves as the questions are answered.',
  verification: 'The deployment record names an owner and has no "don\'t know" left; the server appears in the inventory of approved servers and its calls in the tool-call log.',
  references: [
    { title: 'OWASP MCP09:2025 Shadow MCP Servers (source file)', url: 'https://github.com/OWASP/www-project-mcp-top-10/blob/main/2025/MCP09-2025%E2%80%93Shadow-MCP-Servers.md' },
    { title: 'OWASP MCP08:2025 Lack of Audit and Telemetry (source file)', url: 'https://github.com/OWASP/www-project-mcp-top-10/blob/main/2025/MCP08-2025%E2%80%93Lack-of-Audit-and-Telemetry.md' },
    { title: 'NIST SP 800-30 Rev. 1: Guide for Conducting Risk Assessments', url: 'https://csrc.nist.gov/pubs/sp/800/30/r1/final' },
  ],
  lesson: 'record-the-decision',
};
