import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../../src/core/plan/model.js';
import { diffOneLine, diffPlans, diffSummaryLines, diffText } from '../../../src/core/plan/diff.js';
import { RULES, RULE_SET_VERSION } from '../../../src/core/risk/rules/index.js';
import type { InterviewAnswers } from '../../../src/core/interview/questions.js';

const base: InterviewAnswers = {
  server: 'acme',
  source: 'community-maintained',
  transport: 'stdio',
  untrustedContent: 'arbitrary-external',
  changeControl: 'latest',
  capabilities: ['read-only', 'network-egress'],
  dataSensitivity: 'confidential',
  environment: 'dev-laptop',
  humanApproval: 'partial',
  isolation: 'none',
};

describe('plan --diff lists every change to the findings, whatever the overall rating did', () => {
  it('re-ratings of severity, residual, likelihood, impact and gate are each listed while the rating stays the same', () => {
    const before = buildPlan(base, RULES, RULE_SET_VERSION, 'd1');
    const after = structuredClone(before) as Plan;
    const [first, second, third] = after.findings;
    // Only the residual of one finding, only the impact of another, only the gate of a third.
    first!.residualSeverity = first!.residualSeverity === 'info' ? 'low' : 'info';
    second!.impact = second!.impact === 'very-low' ? 'low' : 'very-low';
    third!.gate = third!.gate ? null : 'a gate';
    after.signOff = { ...after.signOff, residualRating: after.signOff.residualRating === 'critical' ? 'high' : 'critical' };
    const d = diffPlans(before, after);
    expect(d.rating.changed).toBe(false);
    expect(d.decision.changed).toBe(false);
    expect(d.residual.changed).toBe(true);
    expect(d.rerated.map((f) => f.id)).toEqual([first!.id, second!.id, third!.id]);
    const text = diffText(d);
    expect(text).toContain(`Rating: ${before.rating} (unchanged)`);
    expect(text).toContain(`Residual rating: ${before.signOff.residualRating} -> ${after.signOff.residualRating}`);
    expect(text).toContain(`~ ${first!.id} ${first!.title}: severity ${first!.severity} (unchanged); residual ${before.findings[0]!.residualSeverity} -> ${first!.residualSeverity}`);
    expect(text).toContain(`impact ${before.findings[1]!.impact} -> ${second!.impact}`);
    expect(text).toMatch(new RegExp(`~ ${third!.id} .*(now a hard gate|no longer a hard gate)`));
    expect(text).toContain('0 added, 0 removed, 3 re-rated.');
  });

  it('a real reassessment with the same rating: added and re-rated findings, with residuals', () => {
    const before = buildPlan(base, RULES, RULE_SET_VERSION, 'd1');
    const after = buildPlan({ ...base, isolation: 'container-hardened', dataSensitivity: 'regulated' }, RULES, RULE_SET_VERSION, 'd2');
    expect(after.rating).toBe(before.rating);
    const d = diffPlans(before, after);
    const text = diffText(d);
    for (const f of [...d.added, ...d.removed]) expect(text).toContain(`${f.id} ${f.title}`);
    for (const f of d.rerated) expect(text).toContain(`~ ${f.id} ${f.title}: severity`);
    // Every finding whose residual moved is listed with both residuals.
    for (const f of after.findings) {
      const o = before.findings.find((x) => x.id === f.id);
      if (o && o.residualSeverity !== f.residualSeverity) expect(text).toContain(`residual ${o.residualSeverity} -> ${f.residualSeverity}`);
    }
    expect(d.rerated.length + d.added.length + d.removed.length).toBeGreaterThan(0);
  });

  it('added and removed findings carry their residual, and the summary for a replaced plan names them', () => {
    const before = buildPlan(base, RULES, RULE_SET_VERSION, 'd1');
    const after = buildPlan({ ...base, changeControl: 'pinned' }, RULES, RULE_SET_VERSION, 'd2');
    const d = diffPlans(before, after);
    const removed = d.removed.find((f) => f.id === 'MCP-R02')!;
    expect(removed.residualSeverity).toBe(before.findings.find((f) => f.id === 'MCP-R02')!.residualSeverity);
    const lines = diffSummaryLines(d);
    expect(lines[0]).toMatch(/^Rating: /);
    expect(lines[1]).toMatch(/^Decision: /);
    expect(lines).toContain(`- MCP-R02 ${removed.title} (was ${removed.severity}, residual ${removed.residualSeverity})`);
    expect(diffOneLine(d)).toMatch(/^rating .*, decision .*, \d+ findings? added, \d+ removed, \d+ re-rated$/);
  });
});
