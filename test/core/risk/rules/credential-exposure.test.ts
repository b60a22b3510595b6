import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { credentialExposure as rule } from '../../../../src/core/risk/rules/credential-exposure.js';
import { answers } from '../helpers.js';

describe('MCP-R06 credentials exposed to an unisolated server', () => {
  const risky = answers({ source: 'community-maintained', capabilities: ['read-only', 'credential-access'], environment: 'dev-laptop-prod-creds', isolation: 'none' });

  it('fires on a credential-handling server running as the user next to production credentials', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('low');
    expect(f.impactDrivers).toEqual(['environment']);
    expect(f.triggeredBy).toEqual([
      { question: 'capabilities', answer: 'read-only, credential-access' },
      { question: 'dataSensitivity', answer: 'public' },
      { question: 'isolation', answer: 'none' },
      { question: 'transport', answer: 'stdio' },
    ]);
  });

  it('does not fire in a hardened container, and names the isolation answer', () => {
    const a = answers({ source: 'community-maintained', capabilities: ['read-only', 'credential-access'], environment: 'dev-laptop-prod-creds', isolation: 'container-hardened' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'isolation', answer: 'container-hardened' });
  });

  it('secrets in reach fire it without the credential-access capability', () => {
    const f = evaluateRule(rule, answers({ dataSensitivity: 'secrets', isolation: 'none', environment: 'dev-laptop' }))!;
    expect(f.severity).toBe('low');
    expect(f.impact).toBe('high');
  });

  it('an unanswered isolation counts only for a server on this machine', () => {
    expect(evaluateRule(rule, answers({ capabilities: ['credential-access'], isolation: 'unknown', transport: 'stdio' }))).not.toBeNull();
    const remote = answers({ capabilities: ['credential-access'], isolation: 'unknown', transport: 'http-internet-auth' });
    expect(evaluateRule(rule, remote)).toBeNull();
    expect(ruledOutBy(rule, remote)).toEqual({ question: 'transport', answer: 'http-internet-auth' });
  });
});
