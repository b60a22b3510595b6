import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { unapprovedFileWritesOnLaptop as rule } from '../../../../src/core/risk/rules/unapproved-file-writes-on-laptop.js';
import { answers } from '../helpers.js';

describe("MCP-R08 unapproved file writes on a developer's machine", () => {
  const risky = answers({ capabilities: ['read-only', 'file-write'], environment: 'dev-laptop', humanApproval: 'none', isolation: 'none' });

  it('fires on file writes that run unasked on a laptop', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('medium');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([
      { question: 'capabilities', answer: 'read-only, file-write' },
      { question: 'environment', answer: 'dev-laptop' },
      { question: 'humanApproval', answer: 'none' },
    ]);
  });

  it('does not fire when writes are approved, and names that answer', () => {
    const a = answers({ capabilities: ['read-only', 'file-write'], environment: 'dev-laptop', humanApproval: 'writes', isolation: 'none' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'humanApproval', answer: 'writes' });
  });

  it('does not fire off the laptop', () => {
    const a = answers({ capabilities: ['file-write'], environment: 'team', humanApproval: 'none' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'environment', answer: 'team' });
  });

  it('auto-approval with outside content rates high', () => {
    const f = evaluateRule(rule, answers({ capabilities: ['file-write'], environment: 'dev-laptop-prod-creds', humanApproval: 'auto-approve-all', isolation: 'none', untrustedContent: 'arbitrary-external' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('medium');
  });
});
