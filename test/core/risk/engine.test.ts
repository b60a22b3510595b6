import { describe, expect, it } from 'vitest';
import { riskLevel, severityOf } from '../../../src/core/risk/levels.js';
import { assess, evaluateRule, ruledOutBy, sideLevel } from '../../../src/core/risk/evaluate.js';
import { completeAnswers } from '../../../src/core/risk/answers.js';
import { RULES } from '../../../src/core/risk/rules/index.js';
import { CONTROLS } from '../../../src/core/risk/controls.js';
import { unpinnedPackage } from '../../../src/core/risk/rules/unpinned-package.js';
import { unvettedCodeWithProdCredentials } from '../../../src/core/risk/rules/unvetted-code-with-prod-credentials.js';
import { answers } from './helpers.js';

describe('NIST SP 800-30 matrix', () => {
  it('matches Table I-2 at its corners and edges', () => {
    expect(riskLevel('very-high', 'very-high')).toBe('very-high');
    expect(riskLevel('very-high', 'low')).toBe('low');
    expect(riskLevel('moderate', 'high')).toBe('moderate');
    expect(riskLevel('moderate', 'very-high')).toBe('high');
    expect(riskLevel('low', 'very-high')).toBe('moderate');
    expect(riskLevel('very-low', 'high')).toBe('low');
    expect(riskLevel('very-low', 'moderate')).toBe('very-low');
    expect(severityOf('high', 'high')).toBe('high');
    expect(severityOf('very-low', 'very-low')).toBe('info');
  });
});

describe('risk engine', () => {
  it('takes the highest driver on each side', () => {
    const a = answers({ changeControl: 'latest', source: 'anonymous' });
    expect(sideLevel(unpinnedPackage.likelihood, a)).toEqual({ level: 'very-high', factors: ['source'] });
  });

  it('counts "unknown" as the worst answer', () => {
    const a = answers({ changeControl: 'latest', capabilities: 'unknown' });
    expect(sideLevel(unpinnedPackage.impact, a).level).toBe('very-high');
  });

  it('a hard gate is critical and stays critical after controls', () => {
    const a = answers({ source: 'unknown', capabilities: ['code-exec'], environment: 'dev-laptop-prod-creds' });
    const f = evaluateRule(unvettedCodeWithProdCredentials, a)!;
    expect(f.severity).toBe('critical');
    expect(f.residualSeverity).toBe('critical');
    expect(f.gate).toContain('no-go');
    expect(assess(RULES, a).decision).toBe('no-go');
  });

  it('controls lower the residual severity', () => {
    const f = evaluateRule(unpinnedPackage, answers({ changeControl: 'latest', source: 'community-maintained', capabilities: ['credential-access'], dataSensitivity: 'confidential' }))!;
    expect(f.severity).toBe('high');
    expect(f.residualSeverity).toBe('medium');
    expect(f.triggeredBy).toEqual([{ question: 'changeControl', answer: 'latest' }]);
  });

  it('what-if names the single change that lowers a finding most', () => {
    const f = evaluateRule(unpinnedPackage, answers({ changeControl: 'latest', capabilities: ['code-exec'] }))!;
    expect(f.whatIf).toMatchObject({ question: 'changeControl', from: 'latest', severity: 'resolved' });
    expect(['digest', 'pinned']).toContain(f.whatIf?.to);
  });

  it('names the answer that ruled a rule out', () => {
    expect(ruledOutBy(unpinnedPackage, answers({ changeControl: 'pinned' }))).toEqual({ question: 'changeControl', answer: 'pinned' });
    const result = assess(RULES, answers());
    expect(result.findings).toEqual([]);
    expect(result.rulesNotTriggered.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(result.rating).toBe('info');
    expect(result.decision).toBe('go');
  });

  it('missing answers are completed as unknown and listed', () => {
    const { answers: full, missing } = completeAnswers({ source: 'vendor' });
    expect(full.transport).toBe('unknown');
    expect(missing).toContain('transport');
    expect(missing).not.toContain('source');
  });
});

describe('rule set', () => {
  it('has unique ids and only known controls', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) for (const c of rule.controls) expect(CONTROLS.has(c)).toBe(true);
    for (const rule of RULES) expect(rule.references.every((r) => /^https:\/\//.test(r.url))).toBe(true);
  });
});
