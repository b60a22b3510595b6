import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/model.js';
import { planMarkdown } from '../../../src/core/plan/markdown.js';
import { RULES, RULE_SET_VERSION } from '../../../src/core/risk/rules/index.js';
import { QUESTIONS, type InterviewAnswers } from '../../../src/core/interview/questions.js';
import { askedFactors } from '../../../src/core/interview/flow.js';

describe('a capstone plan rates only what its track asked', () => {
  const track1 = QUESTIONS.filter((q) => q.track === 1 || q.id === 'server');
  // Track 1's seven questions, for a server that in fact runs locally over stdio (not asked yet).
  const answers: InterviewAnswers = { server: 'notes', source: 'vendor', version: '1.2.3', capabilities: ['read-only', 'file-write'], dataSensitivity: 'internal', untrustedContent: 'none', environment: 'dev-laptop' };
  const plan = buildPlan(answers, RULES, RULE_SET_VERSION, '2026-12-05', undefined, { asked: askedFactors(answers, track1) });

  it('has no finding that rests on an unasked question, and lists the rules that wait for one', () => {
    expect(plan.findings.map((f) => f.id)).not.toContain('MCP-R09');
    expect(plan.rating).not.toBe('critical');
    expect(plan.notAsked).toEqual(['transport', 'changeControl', 'humanApproval', 'isolation']);
    expect(plan.notYetAssessed.map((r) => r.id)).toEqual(expect.arrayContaining(['MCP-R02', 'MCP-R09', 'MCP-R10', 'MCP-R12']));
    for (const f of plan.findings) for (const t of f.triggeredBy) expect(plan.notAsked).not.toContain(t.question);
  });

  it('does not count the unasked questions as open questions answered "don\'t know"', () => {
    expect(plan.openQuestions.map((q) => q.question)).toEqual([]);
    expect(plan.profile.assumptions.join(' ')).toContain('Not asked yet, so not rated');
  });

  it('the Markdown lists them as not yet assessed', () => {
    const md = planMarkdown(plan);
    expect(md).toContain('### Not yet assessed');
    expect(md).toMatch(/- MCP-R09 MCP endpoint on the internet without authentication: needs `transport`/);
  });

  it('without a scope (the full interview, an answers file) a missing answer still counts as the worst case', () => {
    const full = buildPlan(answers, RULES, RULE_SET_VERSION, '2026-12-05');
    expect(full.findings.map((f) => f.id)).toContain('MCP-R09');
    expect(full.notYetAssessed).toEqual([]);
  });
});
