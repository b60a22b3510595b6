import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { unassessedDeployment as rule } from '../../../../src/core/risk/rules/unassessed-deployment.js';
import { answers } from '../helpers.js';

describe('MCP-R14 deployment not assessed (shadow deployment)', () => {
  const vague = answers({ transport: 'unknown', untrustedContent: 'unknown', humanApproval: 'unknown', capabilities: ['read-only', 'credential-access'], dataSensitivity: 'confidential', environment: 'team' });

  it('fires on three "don\'t know" answers', () => {
    const f = evaluateRule(rule, vague)!;
    expect(f.severity).toBe('medium');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toHaveLength(9);
    expect(f.triggeredBy.filter((t) => t.answer === 'unknown').map((t) => t.question)).toEqual(['transport', 'untrustedContent', 'humanApproval']);
  });

  it('what-if points at the first open question: answering it resolves the finding', () => {
    const f = evaluateRule(rule, vague)!;
    expect(f.whatIf).toMatchObject({ question: 'transport', from: 'unknown', severity: 'resolved' });
  });

  it('what-if does not point at the source, where "unknown" is also a real answer', () => {
    const f = evaluateRule(rule, answers({ source: 'unknown', isolation: 'unknown', changeControl: 'unknown' }))!;
    expect(f.whatIf).toMatchObject({ question: 'changeControl', from: 'unknown', severity: 'resolved' });
  });

  it('does not fire on two unknowns, and names the answer that would make it three', () => {
    const a = answers({ transport: 'unknown', changeControl: 'unknown' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'untrustedContent', answer: 'none' });
  });

  it('unknown capabilities, data and environment raise the impact', () => {
    const f = evaluateRule(rule, answers({ capabilities: 'unknown', dataSensitivity: 'unknown', environment: 'unknown' }))!;
    expect(f.impact).toBe('very-high');
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('low');
  });
});
