import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, evaluateRule, ruledOut } from '../../../src/core/risk/evaluate.js';
import { completeAnswers, type Answers, type PartialAnswers } from '../../../src/core/risk/answers.js';
import { levelRank, severityRank } from '../../../src/core/risk/levels.js';
import { DONT_KNOW, FACTORS, FACTOR_IDS, OPERATOR_CONTROLLED, type FactorId } from '../../../src/core/risk/factors.js';
import { RULES } from '../../../src/core/risk/rules/index.js';
import { QUESTIONS, type InterviewAnswers } from '../../../src/core/interview/questions.js';
import { askedFactors } from '../../../src/core/interview/flow.js';
import { answers, SAFE } from './helpers.js';

const rule = (id: string) => RULES.find((r) => r.id === id)!;

/** Any value of one factor, "unknown" included. */
function valueOf(factor: FactorId): fc.Arbitrary<unknown> {
  const scale = FACTORS[factor] as readonly string[];
  if (factor === 'capabilities') return fc.oneof(fc.constant(DONT_KNOW), fc.subarray([...scale], { minLength: 1 }));
  return fc.constantFrom(...scale, DONT_KNOW);
}

const anyAnswers: fc.Arbitrary<Answers> = fc.record(Object.fromEntries(FACTOR_IDS.map((f) => [f, valueOf(f)])) as Record<FactorId, fc.Arbitrary<unknown>>) as fc.Arbitrary<Answers>;

describe('1. "some calls are auto-approved" keeps the approval rules in play, at lower likelihood', () => {
  // Each approval rule with answers that meet its other conditions.
  const cases: [string, PartialAnswers][] = [
    ['MCP-R08', { capabilities: ['file-write'], environment: 'dev-laptop' }],
    ['MCP-R12', { capabilities: ['file-write'] }],
    ['MCP-R15', { capabilities: ['code-exec'], isolation: 'none' }],
  ];
  for (const [id, rest] of cases) {
    it(`${id} fires on partial approval, less likely than with none, and is ruled out by approving writes`, () => {
      const partial = evaluateRule(rule(id), answers({ ...rest, humanApproval: 'partial' }));
      const none = evaluateRule(rule(id), answers({ ...rest, humanApproval: 'none' }))!;
      expect(partial, `${id} with partial approval`).not.toBeNull();
      expect(partial!.triggeredBy).toContainEqual({ question: 'humanApproval', answer: 'partial' });
      expect(levelRank(partial!.likelihood)).toBeLessThan(levelRank(none.likelihood));
      expect(severityRank(partial!.severity)).toBeLessThanOrEqual(severityRank(none.severity));
      const writes = answers({ ...rest, humanApproval: 'writes' });
      expect(evaluateRule(rule(id), writes)).toBeNull();
      expect(ruledOut(rule(id), writes).by).toEqual({ question: 'humanApproval', answer: 'writes' });
    });
  }

  it('the assessment lists them as findings, not as ruled out by "partial"', () => {
    const result = assess(RULES, answers({ capabilities: ['file-write', 'code-exec'], environment: 'dev-laptop', isolation: 'none', humanApproval: 'partial' }));
    expect(result.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['MCP-R08', 'MCP-R12', 'MCP-R15']));
    expect(result.rulesNotTriggered.filter((r) => r.ruledOutBy.question === 'humanApproval')).toEqual([]);
  });

  it('the "nobody approves" floor of MCP-R12 does not hold when some calls are approved', () => {
    expect(evaluateRule(rule('MCP-R12'), answers({ capabilities: ['file-write'], humanApproval: 'none' }))!.residualSeverity).toBe('medium');
    expect(evaluateRule(rule('MCP-R12'), answers({ capabilities: ['file-write'], humanApproval: 'partial' }))!.residualSeverity).toBe('low');
  });
});

describe('2. a capstone rates only what its track asked; the rest is not yet assessed', () => {
  const track1 = QUESTIONS.filter((q) => q.track === 1 || q.id === 'server');
  // A local stdio server, as far as track 1 asks: transport, pinning, approval and isolation are not asked.
  const given: InterviewAnswers = { server: 'notes', source: 'vendor', version: '1.2.3', capabilities: ['read-only', 'file-write'], dataSensitivity: 'internal', untrustedContent: 'none', environment: 'dev-laptop' };
  const factors = (a: InterviewAnswers) => Object.fromEntries(FACTOR_IDS.filter((f) => a[f] !== undefined).map((f) => [f, a[f]])) as PartialAnswers;

  it('knows which factors the track asked', () => {
    expect(askedFactors(given, track1).sort()).toEqual(['capabilities', 'dataSensitivity', 'environment', 'source', 'untrustedContent']);
    const completed = completeAnswers(factors(given), askedFactors(given, track1));
    expect(completed.notAsked).toEqual(['transport', 'changeControl', 'humanApproval', 'isolation']);
    expect(completed.missing).toEqual([]);
  });

  it('no "endpoint on the internet without authentication" for a server whose transport was never asked', () => {
    const { answers: a, notAsked } = completeAnswers(factors(given), askedFactors(given, track1));
    // Counted as the worst case (the old behaviour), the unasked transport made it fire, rated high.
    expect(assess(RULES, a).findings.find((f) => f.id === 'MCP-R09')?.severity).toBe('high');
    const result = assess(RULES, a, { notAsked });
    expect(result.findings.map((f) => f.id)).not.toContain('MCP-R09');
    expect(result.notYetAssessed).toContainEqual({ id: 'MCP-R09', title: rule('MCP-R09').title, waitingOn: ['transport'] });
    expect(result.notAsked).toEqual(notAsked);
    expect(result.rating).not.toBe('critical');
    for (const f of result.findings) for (const t of f.triggeredBy) expect(notAsked, `${f.id} rests on ${t.question}`).not.toContain(t.question);
    // Not a plain go while rules wait for answers.
    expect(result.decision).not.toBe('go');
  });

  it('a full interview (nothing unasked) is unchanged: unknown still counts as the worst case', () => {
    const a = completeAnswers({ ...SAFE, transport: 'unknown' }).answers;
    expect(assess(RULES, a, { notAsked: [] })).toEqual(assess(RULES, a));
    expect(assess(RULES, a).notYetAssessed).toEqual([]);
  });

  it('for any answers and any unasked set, no finding rests on an unasked question', () => {
    fc.assert(
      fc.property(anyAnswers, fc.subarray(FACTOR_IDS), fc.array(anyAnswers, { minLength: 1, maxLength: 3 }), (given, unasked, fills) => {
        const a = { ...given, ...Object.fromEntries(unasked.map((f) => [f, DONT_KNOW])) } as Answers;
        const scoped = assess(RULES, a, { notAsked: unasked });
        for (const fill of fills) {
          // Whatever the unasked questions turn out to be:
          const full = assess(RULES, { ...a, ...Object.fromEntries(unasked.map((f) => [f, fill[f]])) } as Answers);
          for (const f of scoped.findings) {
            const real = full.findings.find((x) => x.id === f.id);
            // a finding still fires, and its rating is never above what the answers given imply,
            expect(real, `${f.id} fired on an unasked answer`).toBeDefined();
            expect(severityRank(f.severity)).toBeLessThanOrEqual(severityRank(real!.severity));
            for (const t of f.triggeredBy) expect(unasked).not.toContain(t.question);
          }
          // and a rule ruled out stays ruled out.
          for (const r of scoped.rulesNotTriggered) expect(full.findings.map((x) => x.id), `${r.id} ruled out on an unasked answer`).not.toContain(r.id);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});

/** The single safer answers of a factor: a lower value, or one capability fewer ("unknown" capabilities: read-only). */
function saferValues(a: Answers, factor: FactorId): unknown[] {
  const scale = FACTORS[factor] as readonly string[];
  const value = a[factor];
  if (factor === 'capabilities') {
    if (value === DONT_KNOW) return [['read-only']];
    const caps = value as string[];
    return caps.filter((c) => c !== 'read-only').map((c) => (caps.length > 1 ? caps.filter((x) => x !== c) : ['read-only']));
  }
  return scale.slice(0, value === DONT_KNOW ? scale.length : scale.indexOf(value as string));
}

describe('4. what-if prefers answers the operator controls over facts about the server', () => {
  it('names the approval change before a different publisher, though the publisher would resolve it', () => {
    const f = evaluateRule(rule('MCP-R04'), answers({ source: 'community-maintained', capabilities: ['file-write', 'network-egress'], dataSensitivity: 'confidential', humanApproval: 'partial' }))!;
    expect(f.whatIf).toEqual({ question: 'humanApproval', from: 'partial', to: 'writes', severity: 'low', controllable: true });
  });

  it('says so when only a fact would lower it', () => {
    // An anonymous server already in a hardened container: nothing the operator sets lowers it further.
    const f = evaluateRule(rule('MCP-R16'), answers({ source: 'anonymous', isolation: 'container-hardened' }))!;
    expect(f.whatIf).toMatchObject({ question: 'source', from: 'anonymous', severity: 'resolved', controllable: false });
    expect(f.whatIf!.note).toMatch(/No answer you control .* lowers this finding; only a more accountable publisher would/);
  });

  it('for any answers: a fact is named only when no single operator change lowers the finding', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        for (const f of assess(RULES, a).findings) {
          if (!f.whatIf) continue;
          expect(f.whatIf.controllable).toBe(OPERATOR_CONTROLLED.has(f.whatIf.question));
          if (f.whatIf.controllable) continue;
          expect(f.whatIf.note).toBeTruthy();
          const r = rule(f.id);
          for (const factor of FACTOR_IDS.filter((x) => OPERATOR_CONTROLLED.has(x))) {
            for (const safer of saferValues(a, factor)) {
              const changed = evaluateRule(r, { ...a, [factor]: safer } as Answers);
              const lowered = !changed || severityRank(changed.severity) < severityRank(f.severity);
              expect(lowered, `${f.id}: ${factor} = ${String(safer)} would lower it`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});

describe('5. every rule not triggered names the answer that ruled it out', () => {
  it('every rule fires when all its triggers are "don\'t know"', () => {
    for (const r of RULES) expect(r.fires({ ...answers(), ...Object.fromEntries(r.triggers.map((t) => [t, DONT_KNOW])) } as Answers), r.id).toBe(true);
  });

  it('names one even when two answers rule it out together (lethal trifecta) or a count does (unassessed deployment)', () => {
    const result = assess(RULES, answers({ capabilities: ['network-egress'] }));
    const trifecta = result.rulesNotTriggered.find((r) => r.id === 'MCP-R03')!;
    expect(trifecta.ruledOutBy).toEqual({ question: 'untrustedContent', answer: 'none' });
    expect(trifecta.ruledOutWith).toEqual([{ question: 'dataSensitivity', answer: 'public' }]);
    expect(result.rulesNotTriggered.find((r) => r.id === 'MCP-R14')!.ruledOutBy).not.toBeNull();
  });

  it('for any answers: each rule not triggered names answers it really has, and at their worst the rule fires', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const result = assess(RULES, a);
        expect(result.findings.length + result.rulesNotTriggered.length).toBe(RULES.length);
        for (const r of result.rulesNotTriggered) {
          expect(r.ruledOutBy, r.id).toBeTruthy();
          const named = [r.ruledOutBy, ...r.ruledOutWith];
          for (const t of named) expect(t.answer).toBe(Array.isArray(a[t.question]) ? (a[t.question] as string[]).join(', ') : a[t.question]);
          const worst = { ...a, ...Object.fromEntries(named.map((t) => [t.question, DONT_KNOW])) } as Answers;
          expect(rule(r.id).fires(worst), `${r.id} ruled out by ${named.map((t) => t.question).join(' + ')}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 13 },
    );
  });
});
