import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { runawayAgent as rule } from '../../../../src/core/risk/rules/runaway-agent.js';
import { answers } from '../helpers.js';

describe('MCP-R15 runaway agent and resource exhaustion', () => {
  const risky = answers({ capabilities: ['read-only', 'code-exec'], isolation: 'none', humanApproval: 'none', environment: 'dev-laptop' });

  it('fires on unbounded code execution that nobody approves', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('medium');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([
      { question: 'capabilities', answer: 'read-only, code-exec' },
      { question: 'isolation', answer: 'none' },
      { question: 'transport', answer: 'stdio' },
      { question: 'humanApproval', answer: 'none' },
    ]);
  });

  it('does not fire when calls are approved, and names that answer', () => {
    const a = answers({ capabilities: ['read-only', 'code-exec'], isolation: 'none', humanApproval: 'writes', environment: 'dev-laptop' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'humanApproval', answer: 'writes' });
  });

  it('does not fire for a remote server whose isolation was not asked', () => {
    const a = answers({ capabilities: ['network-egress'], isolation: 'unknown', transport: 'http-internet-auth', humanApproval: 'none' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'transport', answer: 'http-internet-auth' });
  });

  it('outbound requests in production, steered by outside content, rate high', () => {
    const f = evaluateRule(rule, answers({ capabilities: ['network-egress'], isolation: 'none', humanApproval: 'auto-approve-all', environment: 'enterprise-production', untrustedContent: 'arbitrary-external' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('medium');
  });
});
