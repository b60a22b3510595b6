import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { localHttpExposure as rule } from '../../../../src/core/risk/rules/local-http-exposure.js';
import { answers } from '../helpers.js';

describe('MCP-R10 local or private HTTP server exposure (DNS rebinding)', () => {
  it('fires on a loopback HTTP server that can execute code', () => {
    const f = evaluateRule(rule, answers({ transport: 'http-localhost', capabilities: ['read-only', 'code-exec'], dataSensitivity: 'internal' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([{ question: 'transport', answer: 'http-localhost' }]);
    expect(f.whatIf).toEqual({ question: 'transport', from: 'http-localhost', to: 'stdio', severity: 'resolved', controllable: true });
  });

  it('does not fire over stdio, and names the transport answer', () => {
    const a = answers({ transport: 'stdio', capabilities: ['code-exec'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'transport', answer: 'stdio' });
  });

  it('a private-network listener is more likely to be reached than a loopback one', () => {
    const local = evaluateRule(rule, answers({ transport: 'http-localhost', capabilities: ['code-exec'] }))!;
    const priv = evaluateRule(rule, answers({ transport: 'http-private', capabilities: ['code-exec'] }))!;
    expect(local.likelihood).toBe('moderate');
    expect(priv.likelihood).toBe('high');
    expect(priv.severity).toBe('critical');
    expect(priv.residualSeverity).toBe('medium');
  });
});
