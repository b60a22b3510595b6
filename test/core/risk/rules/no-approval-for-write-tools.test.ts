import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { noApprovalForWriteTools as rule } from '../../../../src/core/risk/rules/no-approval-for-write-tools.js';
import { answers } from '../helpers.js';

describe('MCP-R12 write, send or execute tools run without approval', () => {
  const risky = answers({ humanApproval: 'auto-approve-all', capabilities: ['read-only', 'file-write'] });

  it('fires on auto-approved file writes', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('medium');
    expect(f.triggeredBy).toEqual([
      { question: 'humanApproval', answer: 'auto-approve-all' },
      { question: 'capabilities', answer: 'read-only, file-write' },
    ]);
  });

  it('has a floor of medium: controls alone would take it to low', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.residualLikelihood).toBe('moderate');
    expect(f.residualImpact).toBe('low');
    expect(f.residualSeverity).toBe('medium');
  });

  it('does not fire for read-only tools, and names the capabilities answer', () => {
    const a = answers({ humanApproval: 'auto-approve-all', capabilities: ['read-only'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'capabilities', answer: 'read-only' });
  });

  it('does not fire when writes are approved', () => {
    const a = answers({ humanApproval: 'writes', capabilities: ['file-write'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'humanApproval', answer: 'writes' });
  });

  it('"never asked" is the same exposure; what-if never suggests it as a fix', () => {
    const none = evaluateRule(rule, answers({ humanApproval: 'none', capabilities: ['code-exec'], dataSensitivity: 'confidential' }))!;
    expect(none.severity).toBe('high');
    expect(none.residualSeverity).toBe('medium');
    expect(evaluateRule(rule, risky)!.whatIf).toEqual({ question: 'capabilities', from: 'read-only, file-write', to: 'read-only', severity: 'resolved', controllable: true });
  });
});
