import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { toolDefinitionRugPull as rule } from '../../../../src/core/risk/rules/tool-definition-rug-pull.js';
import { answers } from '../helpers.js';

describe('MCP-R05 rug pull: tool definitions change after approval', () => {
  const risky = answers({ source: 'community-maintained', changeControl: 'latest', capabilities: ['file-write', 'credential-access'], dataSensitivity: 'confidential' });

  it('fires on a community server taken at latest', () => {
    const f = evaluateRule(rule, risky)!;
    expect(f.severity).toBe('medium');
    expect(f.residualSeverity).toBe('low');
    expect(f.triggeredBy).toEqual([
      { question: 'changeControl', answer: 'latest' },
      { question: 'source', answer: 'community-maintained' },
    ]);
    expect(f.whatIf).toEqual({ question: 'changeControl', from: 'latest', to: 'pinned', severity: 'resolved', controllable: true });
  });

  it('does not fire when the version is pinned, and names that answer', () => {
    const a = answers({ source: 'community-maintained', changeControl: 'pinned', capabilities: ['file-write'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'changeControl', answer: 'pinned' });
  });

  it('does not fire for the official server even at latest', () => {
    const a = answers({ source: 'official', changeControl: 'latest', capabilities: ['file-write'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'source', answer: 'official' });
  });

  it('a vendor remote that updates itself fires at low', () => {
    const f = evaluateRule(rule, answers({ source: 'vendor', changeControl: 'auto-updating-remote', transport: 'http-internet-auth', dataSensitivity: 'internal' }))!;
    expect(f.likelihood).toBe('low');
    expect(f.severity).toBe('low');
  });
});
