import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { assess } from '../../../../src/core/risk/evaluate.js';
import { RULES } from '../../../../src/core/risk/rules/index.js';
import { unauthenticatedInternetEndpoint as rule } from '../../../../src/core/risk/rules/unauthenticated-internet-endpoint.js';
import { answers } from '../helpers.js';

describe('MCP-R09 MCP endpoint on the internet without authentication', () => {
  it('fires on an open read-only endpoint over confidential data', () => {
    const f = evaluateRule(rule, answers({ transport: 'http-internet-noauth', dataSensitivity: 'confidential' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('medium');
    expect(f.gate).toBeNull();
    expect(f.triggeredBy).toEqual([{ question: 'transport', answer: 'http-internet-noauth' }]);
    expect(f.whatIf).toEqual({ question: 'transport', from: 'http-internet-noauth', to: 'http-internet-auth', severity: 'resolved', controllable: true });
  });

  it('does not fire with OAuth in front, and names the transport answer', () => {
    const a = answers({ transport: 'http-internet-auth', dataSensitivity: 'confidential' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'transport', answer: 'http-internet-auth' });
  });

  it('is a hard gate as soon as a tool does more than read', () => {
    const a = answers({ transport: 'http-internet-noauth', capabilities: ['read-only', 'file-write'] });
    const f = evaluateRule(rule, a)!;
    expect(f.severity).toBe('critical');
    expect(f.residualSeverity).toBe('critical');
    expect(f.gate).toContain('no-go');
    expect(assess(RULES, a).decision).toBe('no-go');
  });

  it('an unknown transport fires at its rating but closes no gate', () => {
    const f = evaluateRule(rule, answers({ transport: 'unknown', capabilities: ['code-exec'] }))!;
    expect(f.gate).toBeNull();
    expect(f.severity).toBe('critical');
    expect(f.residualSeverity).toBe('high');
  });
});
