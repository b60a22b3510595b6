import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { unvettedCodeWithProdCredentials as rule } from '../../../../src/core/risk/rules/unvetted-code-with-prod-credentials.js';
import { answers } from '../helpers.js';

describe('MCP-R01 unvetted code next to production credentials', () => {
  const risky = answers({ source: 'unknown', capabilities: ['read-only', 'code-exec'], environment: 'dev-laptop-prod-creds' });

  it('fires as a hard gate: critical before and after controls', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('critical');
    expect(f.residualSeverity).toBe('critical');
    expect(f.gate).toContain('no-go');
    expect(f.triggeredBy).toEqual([
      { question: 'source', answer: 'unknown' },
      { question: 'capabilities', answer: 'read-only, code-exec' },
      { question: 'environment', answer: 'dev-laptop-prod-creds' },
    ]);
    expect(f.whatIf).toMatchObject({ severity: 'resolved' });
  });

  it('does not fire for a vetted publisher, and names the source answer', () => {
    const a = answers({ source: 'vendor', capabilities: ['code-exec'], environment: 'dev-laptop-prod-creds' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'source', answer: 'vendor' });
  });

  it('does not fire without code execution', () => {
    const a = answers({ source: 'anonymous', capabilities: ['read-only'], environment: 'enterprise-production' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'capabilities', answer: 'read-only' });
  });

  it('an unknown environment fires at the worst rating but does not close the gate', () => {
    const f = evaluateRule(rule, answers({ source: 'anonymous', capabilities: ['code-exec'], environment: 'unknown' }))!;
    expect(f.severity).toBe('critical');
    expect(f.gate).toBeNull();
    expect(f.residualSeverity).toBe('low');
  });
});
