import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { anonymousPublisher as rule } from '../../../../src/core/risk/rules/anonymous-publisher.js';
import { answers } from '../helpers.js';

describe('MCP-R16 server from an anonymous or unattributed publisher', () => {
  it('fires on an anonymous package running as the user, whatever its tools', () => {
    const f = evaluateRule(rule, answers({ source: 'anonymous', isolation: 'none', environment: 'dev-laptop' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([{ question: 'source', answer: 'anonymous' }]);
    // The publisher is a fact about the server: the what-if names what the operator can change first.
    expect(f.whatIf).toEqual({ question: 'isolation', from: 'none', to: 'container-hardened', severity: 'low', controllable: true });
  });

  it('does not fire for a community maintainer, and names the source answer', () => {
    const a = answers({ source: 'community-maintained', isolation: 'none' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'source', answer: 'community-maintained' });
  });

  it('an unknown publisher counts as the worst answer', () => {
    expect(evaluateRule(rule, answers({ source: 'unknown' }))).not.toBeNull();
  });

  it('has a floor of low even in a hardened container with read-only tools', () => {
    const f = evaluateRule(rule, answers({ source: 'anonymous', isolation: 'container-hardened' }))!;
    expect(f.severity).toBe('low');
    expect(f.residualImpact).toBe('very-low');
    expect(f.residualSeverity).toBe('low');
  });
});
