import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/model.js';
import { planMarkdown } from '../../../src/core/plan/markdown.js';
import { CONTROL_LIST } from '../../../src/core/risk/controls.js';
import { RULES, RULE_SET_VERSION } from '../../../src/core/risk/rules/index.js';
import { toolsForControl } from '../../../src/core/toolbox/catalog.js';
import { JOBS } from '../../../src/core/toolbox/schema.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const k = realKnowledge();
const risky = {
  server: 'acme',
  source: 'unknown',
  transport: 'stdio',
  capabilities: ['read-only', 'file-write', 'network-egress', 'credential-access', 'code-exec'],
  dataSensitivity: 'regulated',
  untrustedContent: 'arbitrary-external',
  environment: 'enterprise-production',
  humanApproval: 'auto-approve-all',
  isolation: 'none',
  changeControl: 'latest',
};

describe('the toolbox in plans (issue 19)', () => {
  it('holds at least 25 tools over at least 8 jobs, every field filled or marked unknown', () => {
    expect(k.tools.length).toBeGreaterThanOrEqual(25);
    expect(new Set(k.tools.flatMap((t) => t.jobs)).size).toBeGreaterThanOrEqual(8);
    for (const t of k.tools) {
      expect(t.how.dataSent.trim().length, t.id).toBeGreaterThan(0);
      expect(t.licence.trim().length, t.id).toBeGreaterThan(0);
      expect(t.maturity.lastRelease.trim().length, t.id).toBeGreaterThan(0);
      expect(JOBS).toEqual(expect.arrayContaining(t.jobs));
    }
  });

  it('every control of every rule names at least one tool, for each kind of deployment', () => {
    const used = new Set(RULES.flatMap((r) => r.controls));
    for (const id of used) for (const where of ['laptop', 'team', 'enterprise'] as const) expect(toolsForControl(k, id, where).length, `${id} ${where}`).toBeGreaterThan(0);
    expect([...used].every((id) => CONTROL_LIST.some((c) => c.id === id))).toBe(true);
  });

  it('a plan gives each control its tools with why they fit, in Markdown and JSON', () => {
    const plan = buildPlan(risky, RULES, RULE_SET_VERSION, '2026-12-05', k);
    expect(plan.controls.length).toBeGreaterThan(3);
    for (const c of plan.controls) {
      expect(c.tools.length, c.id).toBeGreaterThan(0);
      expect(c.tools[0]?.why.length).toBeGreaterThan(10);
    }
    const md = planMarkdown(plan);
    expect(md).toContain('| tools |');
    expect(md).toContain('Why these tools:');
  });

  it('a critical, regulated, enterprise plan carries a referral with its hand-over list; a sandbox plan does not', () => {
    const plan = buildPlan(risky, RULES, RULE_SET_VERSION, '2026-12-05', k);
    expect(plan.referral?.reasons.join(' ')).toMatch(/regulated/);
    expect(plan.referral?.handOver.join(' ')).toMatch(/sarif/i);
    const md = planMarkdown(plan);
    expect(md).toContain('## When to bring in a security professional');
    expect(md).toMatch(/When to call legal/);
    const calm = buildPlan({ ...risky, dataSensitivity: 'public', environment: 'sandbox', capabilities: ['read-only'], source: 'official', humanApproval: 'always', changeControl: 'pinned', untrustedContent: 'none' }, RULES, RULE_SET_VERSION, '2026-12-05', k);
    expect(calm.referral).toBeNull();
  });
});
