import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { toolPoisoning as rule } from '../../../../src/core/risk/rules/tool-poisoning.js';
import { answers } from '../helpers.js';

describe('MCP-R04 tool poisoning and line jumping', () => {
  const community = answers({ source: 'community-maintained', capabilities: ['file-write', 'network-egress'], dataSensitivity: 'confidential', humanApproval: 'partial' });

  it('fires on a community server whose descriptions reach the model', () => {
    const f = evaluateRule(rule, community)!;
    expect(f.severity).toBe('medium');
    expect(f.residualSeverity).toBe('info');
    expect(f.triggeredBy).toEqual([{ question: 'source', answer: 'community-maintained' }]);
    expect(f.likelihoodDrivers).toEqual(['humanApproval']);
    expect(f.impactDrivers).toEqual(['capabilities']);
  });

  it('does not fire on a vendor server, and names the source answer', () => {
    const a = answers({ source: 'vendor', capabilities: ['file-write', 'network-egress'], dataSensitivity: 'confidential', humanApproval: 'partial' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'source', answer: 'vendor' });
  });

  it('what-if: approving every write lowers it, before a different publisher would', () => {
    expect(evaluateRule(rule, community)!.whatIf).toEqual({ question: 'humanApproval', from: 'partial', to: 'writes', severity: 'low', controllable: true });
  });

  it('an anonymous server with auto-approved code execution is critical before controls', () => {
    const f = evaluateRule(rule, answers({ source: 'anonymous', capabilities: ['code-exec'], humanApproval: 'auto-approve-all' }))!;
    expect(f.severity).toBe('critical');
    expect(f.gate).toBeNull();
    expect(f.residualSeverity).toBe('low');
  });
});
