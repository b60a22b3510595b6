import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { tokenPassthrough as rule } from '../../../../src/core/risk/rules/token-passthrough.js';
import { answers } from '../helpers.js';

describe('MCP-R11 token passthrough and confused deputy', () => {
  it('fires on a remote OAuth server that uses credentials upstream', () => {
    const f = evaluateRule(rule, answers({ transport: 'http-internet-auth', source: 'community-maintained', capabilities: ['read-only', 'credential-access'], dataSensitivity: 'confidential' }))!;
    expect(f.severity).toBe('medium');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([
      { question: 'transport', answer: 'http-internet-auth' },
      { question: 'capabilities', answer: 'read-only, credential-access' },
    ]);
  });

  it('does not fire without credential access, and names the capabilities answer', () => {
    const a = answers({ transport: 'http-internet-auth', capabilities: ['read-only'], dataSensitivity: 'confidential' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'capabilities', answer: 'read-only' });
  });

  it('does not fire for a local stdio server', () => {
    const a = answers({ transport: 'stdio', capabilities: ['credential-access'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'transport', answer: 'stdio' });
  });

  it('a vendor server in production is rated by what the tokens open', () => {
    const f = evaluateRule(rule, answers({ transport: 'http-internet-auth', source: 'vendor', capabilities: ['credential-access'], dataSensitivity: 'confidential', environment: 'enterprise-production' }))!;
    expect(f.likelihood).toBe('low');
    expect(f.impact).toBe('very-high');
    expect(f.severity).toBe('medium');
  });
});
