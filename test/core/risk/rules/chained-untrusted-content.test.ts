import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { chainedUntrustedContent as rule } from '../../../../src/core/risk/rules/chained-untrusted-content.js';
import { answers } from '../helpers.js';

describe("MCP-R17 outside content flows on into other servers' tools", () => {
  const chained = answers({ untrustedContent: 'arbitrary-external-chained', dataSensitivity: 'confidential', environment: 'team', humanApproval: 'writes' });

  it('fires when outside content feeds other servers, whatever this server can do', () => {
    const f = evaluateRule(rule, chained)!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([{ question: 'untrustedContent', answer: 'arbitrary-external-chained' }]);
    expect(f.whatIf).toEqual({ question: 'environment', from: 'team', to: 'dev-laptop', severity: 'medium', controllable: true });
  });

  it('does not fire when the output goes nowhere else, and names that answer', () => {
    const a = answers({ untrustedContent: 'arbitrary-external', dataSensitivity: 'confidential', environment: 'team' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'untrustedContent', answer: 'arbitrary-external' });
  });

  it('with nobody approving, in production, it is critical before controls', () => {
    const f = evaluateRule(rule, answers({ untrustedContent: 'arbitrary-external-chained', environment: 'enterprise-production', humanApproval: 'none' }))!;
    expect(f.likelihood).toBe('very-high');
    expect(f.severity).toBe('critical');
    expect(f.gate).toBeNull();
    expect(f.residualSeverity).toBe('medium');
  });
});
