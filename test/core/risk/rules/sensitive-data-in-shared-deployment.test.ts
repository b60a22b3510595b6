import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { sensitiveDataInSharedDeployment as rule } from '../../../../src/core/risk/rules/sensitive-data-in-shared-deployment.js';
import { answers } from '../helpers.js';

describe('MCP-R13 regulated data or secrets behind a shared server without consistent approval', () => {
  const risky = answers({ dataSensitivity: 'regulated', environment: 'team', humanApproval: 'partial' });

  it('fires on regulated data in a team deployment with partial approval', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('medium');
    expect(f.triggeredBy).toEqual([
      { question: 'dataSensitivity', answer: 'regulated' },
      { question: 'environment', answer: 'team' },
      { question: 'humanApproval', answer: 'partial' },
    ]);
  });

  it('has a floor of low', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.residualLikelihood).toBe('very-low');
    expect(f.residualImpact).toBe('moderate');
    expect(f.residualSeverity).toBe('low');
  });

  it('does not fire when writes are approved, and names that answer', () => {
    const a = answers({ dataSensitivity: 'regulated', environment: 'team', humanApproval: 'writes' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'humanApproval', answer: 'writes' });
  });

  it('does not fire on a single developer laptop', () => {
    const a = answers({ dataSensitivity: 'regulated', environment: 'dev-laptop', humanApproval: 'partial' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'environment', answer: 'dev-laptop' });
  });

  it('secrets in production with nothing approved is critical before controls', () => {
    const f = evaluateRule(rule, answers({ dataSensitivity: 'secrets', environment: 'enterprise-production', humanApproval: 'auto-approve-all' }))!;
    expect(f.severity).toBe('critical');
    expect(f.gate).toBeNull();
    expect(f.residualSeverity).toBe('low');
  });
});
