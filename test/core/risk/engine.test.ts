import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { riskLevel, severityOf, severityRank } from '../../../src/core/risk/levels.js';
import { DONT_KNOW, FACTORS, FACTOR_IDS } from '../../../src/core/risk/factors.js';
import { assess, evaluateRule, ruledOutBy, sideLevel } from '../../../src/core/risk/evaluate.js';
import { completeAnswers } from '../../../src/core/risk/answers.js';
import { RULES } from '../../../src/core/risk/rules/index.js';
import { CONTROLS } from '../../../src/core/risk/controls.js';
import { unpinnedPackage } from '../../../src/core/risk/rules/unpinned-package.js';
import { unvettedCodeWithProdCredentials } from '../../../src/core/risk/rules/unvetted-code-with-prod-credentials.js';
import { answers } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const rulesTestDir = join(here, 'rules');
const rulesSrcDir = join(here, '../../../src/core/risk/rules');
const lessonsDir = join(here, '../../../lessons');

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

  it('has at least 16 rules, numbered MCP-R01, MCP-R02, ... in order', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(16);
    RULES.forEach((rule, index) => {
      expect(rule.id).toMatch(/^MCP-R\d{2}$/);
      expect(rule.id).toBe(`MCP-R${String(index + 1).padStart(2, '0')}`);
    });
  });

  it('reads only factor ids, and maps only values of those factors', () => {
    for (const rule of RULES) {
      expect(rule.triggers.length, rule.id).toBeGreaterThan(0);
      for (const t of rule.triggers) expect(FACTOR_IDS, `${rule.id} trigger ${t}`).toContain(t);
      expect(rule.likelihood.length, rule.id).toBeGreaterThan(0);
      expect(rule.impact.length, rule.id).toBeGreaterThan(0);
      for (const driver of [...rule.likelihood, ...rule.impact]) {
        expect(FACTOR_IDS, `${rule.id} driver ${driver.factor}`).toContain(driver.factor);
        const allowed: readonly string[] = [...FACTORS[driver.factor], DONT_KNOW];
        for (const value of Object.keys(driver.levels)) expect(allowed, `${rule.id} ${driver.factor}=${value}`).toContain(value);
      }
    }
  });

  it('every rule and control says what it is and how to check it, and points at a lesson that exists', () => {
    const lessonIds = new Set(
      readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(join(lessonsDir, f), 'utf8'))?.[1]),
    );
    for (const rule of RULES) {
      for (const field of ['title', 'statement', 'detection', 'falsePositives', 'verification'] as const) expect(rule[field].trim(), `${rule.id} ${field}`).not.toBe('');
      expect(rule.controls.length, rule.id).toBeGreaterThan(0);
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
      expect(lessonIds.has(rule.lesson), `${rule.id} lesson ${rule.lesson}`).toBe(true);
    }
    for (const c of CONTROLS.values()) expect(lessonIds.has(c.lesson), `control ${c.id} lesson ${c.lesson}`).toBe(true);
  });

  it('does not fire on the safe baseline, and a gate or floor never raises a rule above its inherent rating', () => {
    for (const rule of RULES) expect(rule.fires(answers()), rule.id).toBe(false);
    for (const rule of RULES.filter((r) => r.floor)) {
      const f = evaluateRule(rule, completeAnswers({}).answers);
      if (f) expect(severityRank(f.residualSeverity)).toBeLessThanOrEqual(severityRank(f.severity));
    }
  });

  it('has a test file for every rule file, and a test for every rule id', () => {
    const ruleFiles = readdirSync(rulesSrcDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const testFiles = readdirSync(rulesTestDir).filter((f) => f.endsWith('.test.ts'));
    expect(ruleFiles.length).toBe(RULES.length);
    for (const file of ruleFiles) expect(testFiles, file).toContain(file.replace(/\.ts$/, '.test.ts'));
    const tested = testFiles.map((f) => readFileSync(join(rulesTestDir, f), 'utf8'));
    for (const rule of RULES) expect(tested.filter((text) => text.includes(`'${rule.id} `) || text.includes(`"${rule.id} `)).length, rule.id).toBe(1);
  });
});
