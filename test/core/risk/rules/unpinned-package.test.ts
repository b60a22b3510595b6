import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { unpinnedPackage as rule } from '../../../../src/core/risk/rules/unpinned-package.js';
import { answers } from '../helpers.js';

describe('MCP-R02 updates run without review', () => {
  it('fires on an unpinned community package with credentials', () => {
    const f = evaluateRule(rule, answers({ changeControl: 'latest', source: 'community-maintained', capabilities: ['credential-access'], dataSensitivity: 'confidential' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('medium');
    expect(f.triggeredBy).toEqual([{ question: 'changeControl', answer: 'latest' }]);
    expect(f.likelihoodDrivers).toEqual(['changeControl']);
  });

  it('does not fire on an exact version, and names that answer', () => {
    const a = answers({ changeControl: 'pinned', source: 'community-maintained', capabilities: ['credential-access'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'changeControl', answer: 'pinned' });
  });

  it('a version range already fires; what-if points at pinning', () => {
    const f = evaluateRule(rule, answers({ changeControl: 'range', capabilities: ['code-exec'] }))!;
    expect(f.severity).toBe('high');
    expect(f.whatIf).toMatchObject({ question: 'changeControl', from: 'range', severity: 'resolved' });
  });

  it('an anonymous publisher drives likelihood to very high', () => {
    const f = evaluateRule(rule, answers({ changeControl: 'latest', source: 'anonymous', capabilities: ['code-exec'] }))!;
    expect(f.likelihood).toBe('very-high');
    expect(f.severity).toBe('critical');
    expect(f.gate).toBeNull();
    expect(f.residualSeverity).toBe('critical');
  });
});
