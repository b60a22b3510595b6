import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { codeExecWithoutIsolation as rule } from '../../../../src/core/risk/rules/code-exec-without-isolation.js';
import { answers } from '../helpers.js';

describe('MCP-R07 code execution without a hardened boundary', () => {
  const risky = answers({ source: 'community-maintained', capabilities: ['read-only', 'code-exec'], isolation: 'none', environment: 'dev-laptop', untrustedContent: 'arbitrary-external' });

  it('fires on shell access running as the user while reading outside content', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('low');
    expect(f.likelihoodDrivers).toEqual(['untrustedContent']);
    expect(f.triggeredBy).toEqual([
      { question: 'capabilities', answer: 'read-only, code-exec' },
      { question: 'isolation', answer: 'none' },
      { question: 'transport', answer: 'stdio' },
    ]);
    expect(f.whatIf).toEqual({ question: 'capabilities', from: 'read-only, code-exec', to: 'read-only', severity: 'resolved', controllable: true });
  });

  it('does not fire in a hardened container, and names the isolation answer', () => {
    const a = answers({ capabilities: ['code-exec'], isolation: 'container-hardened', environment: 'dev-laptop' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'isolation', answer: 'container-hardened' });
  });

  it('a plain container still fires, with lower likelihood than none', () => {
    const f = evaluateRule(rule, answers({ capabilities: ['code-exec'], isolation: 'container', environment: 'dev-laptop' }))!;
    expect(f.likelihood).toBe('low');
    expect(f.severity).toBe('low');
  });
});
