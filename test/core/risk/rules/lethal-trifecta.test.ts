import { describe, expect, it } from 'vitest';
import { evaluateRule, ruledOutBy } from '../../../../src/core/risk/evaluate.js';
import { assess } from '../../../../src/core/risk/evaluate.js';
import { RULES } from '../../../../src/core/risk/rules/index.js';
import { lethalTrifecta as rule } from '../../../../src/core/risk/rules/lethal-trifecta.js';
import type { PartialAnswers } from '../../../../src/core/risk/answers.js';
import { answers } from '../helpers.js';

describe('MCP-R03 lethal trifecta', () => {
  const trifecta: PartialAnswers = { untrustedContent: 'arbitrary-external', dataSensitivity: 'regulated', capabilities: ['read-only', 'network-egress'], humanApproval: 'partial' };

  it('fires on outside content + regulated data + a way out', () => {
    const f = evaluateRule(rule, answers(trifecta))!;
    expect(f.severity).toBe('high');
    expect(f.likelihood).toBe('high');
    expect(f.impact).toBe('high');
    expect(f.triggeredBy).toEqual([
      { question: 'untrustedContent', answer: 'arbitrary-external' },
      { question: 'dataSensitivity', answer: 'regulated' },
      { question: 'capabilities', answer: 'read-only, network-egress' },
    ]);
    expect(f.gate).toBeNull();
  });

  it('has a floor: controls cannot take it below medium while all three legs stay', () => {
    const f = evaluateRule(rule, answers(trifecta))!;
    expect(f.residualLikelihood).toBe('very-low');
    expect(f.residualSeverity).toBe('medium');
  });

  it('does not fire without a way to send data out, and names that answer', () => {
    const a = answers({ ...trifecta, capabilities: ['read-only'] });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'capabilities', answer: 'read-only' });
  });

  it('does not fire on curated content', () => {
    const a = answers({ ...trifecta, untrustedContent: 'curated' });
    expect(evaluateRule(rule, a)).toBeNull();
    expect(ruledOutBy(rule, a)).toEqual({ question: 'untrustedContent', answer: 'curated' });
  });

  it('what-if removes one leg', () => {
    const f = evaluateRule(rule, answers(trifecta))!;
    expect(f.whatIf).toEqual({ question: 'capabilities', from: 'read-only, network-egress', to: 'read-only', severity: 'resolved', controllable: true });
  });

  it('content from our own users is a leg too, rated lower', () => {
    const f = evaluateRule(rule, answers({ untrustedContent: 'user-supplied', dataSensitivity: 'confidential', capabilities: ['network-egress'] }))!;
    expect(f.severity).toBe('low');
  });

  it('is a hard gate with secrets and every call auto-approved', () => {
    const a = answers({ ...trifecta, dataSensitivity: 'secrets', humanApproval: 'auto-approve-all' });
    const f = evaluateRule(rule, a)!;
    expect(f.severity).toBe('critical');
    expect(f.residualSeverity).toBe('critical');
    expect(f.gate).toContain('no-go');
    expect(assess(RULES, a).decision).toBe('no-go');
  });

  it('the gate needs real answers: unknown approval rates critical but is no gate', () => {
    const f = evaluateRule(rule, answers({ ...trifecta, dataSensitivity: 'secrets', humanApproval: 'unknown' }))!;
    expect(f.severity).toBe('critical');
    expect(f.gate).toBeNull();
  });
});
