import { DONT_KNOW, FACTORS, FACTOR_IDS, OPERATOR_CONTROLLED, type FactorId } from './factors.js';
import { formatAnswer, type Answers } from './answers.js';
import { LEVELS, levelRank, lowerLevel, maxSeverity, severityOf, severityRank, type Level, type Severity } from './levels.js';
import { control, PRIORITY_ORDER } from './controls.js';
import type { Driver, RiskRule } from './rule.js';

export interface Trigger {
  question: FactorId;
  answer: string;
}

export interface WhatIf {
  question: FactorId;
  from: string;
  to: string;
  /** Severity of this finding after the change, or "resolved" when the rule no longer fires. */
  severity: Severity | 'resolved';
  /**
   * True when the change is one the operator makes (isolation, approval, pinning, capabilities,
   * environment and credentials, transport); false when only a fact about the server (its source,
   * the data it reaches, the content it reads) would lower the finding.
   */
  controllable: boolean;
  /** Present when `controllable` is false: says that nothing the operator sets lowers it. */
  note?: string;
}

export interface Finding {
  id: string;
  title: string;
  statement: string;
  severity: Severity;
  residualSeverity: Severity;
  likelihood: Level;
  impact: Level;
  residualLikelihood: Level;
  residualImpact: Level;
  gate: string | null;
  triggeredBy: Trigger[];
  likelihoodDrivers: FactorId[];
  impactDrivers: FactorId[];
  controls: string[];
  whatIf: WhatIf | null;
  falsePositives: string;
  verification: string;
  references: { title: string; url: string }[];
  lesson: string;
  /**
   * Only in an assessment with questions not asked (a capstone): the factors that drive this rule's
   * likelihood or impact but were not asked. The rating leaves them out, so it may rise once they are.
   */
  unaskedDrivers?: FactorId[];
}

export interface NotTriggered {
  id: string;
  title: string;
  /** The answer that ruled the rule out: changed to its worst ("don't know"), together with `ruledOutWith`, the rule would fire. */
  ruledOutBy: Trigger;
  /** Other answers that rule it out too: all of them (and `ruledOutBy`) would have to change for it to fire. Usually empty. */
  ruledOutWith: Trigger[];
}

/** A rule whose firing depends on a question that was not asked: neither a finding nor ruled out. */
export interface NotYetAssessed {
  id: string;
  title: string;
  /** The questions not asked yet that decide whether it fires. */
  waitingOn: FactorId[];
}

export type Decision = 'go' | 'go-with-conditions' | 'no-go';

export interface Assessment {
  rating: Severity;
  decision: Decision;
  findings: Finding[];
  rulesNotTriggered: NotTriggered[];
  /** Rules that need an answer not asked yet (empty unless `notAsked` was given). No finding rests on an unasked question. */
  notYetAssessed: NotYetAssessed[];
  /** The factors this assessment was told were not asked (and so did not rate on). */
  notAsked: FactorId[];
}

export interface AssessOptions {
  /**
   * Factors that were never asked (a track's capstone asks only its own questions). They must be
   * "unknown" in the answers. Rules that depend on them for firing go to `notYetAssessed`; findings
   * are rated without them. Without this, every "unknown" counts as the worst case.
   */
  notAsked?: readonly FactorId[];
}

interface Scope {
  notAsked: ReadonlySet<FactorId>;
}

function scopeOf(answers: Answers, options: AssessOptions = {}): Scope {
  return { notAsked: new Set((options.notAsked ?? []).filter((f) => answers[f] === DONT_KNOW)) };
}

function driverLevel(driver: Driver, answers: Answers): Level | undefined {
  const levels = Object.values(driver.levels) as Level[];
  const worst = levels.reduce<Level | undefined>((w, l) => (!w || levelRank(l) > levelRank(w) ? l : w), undefined);
  const value = answers[driver.factor];
  if (value === DONT_KNOW) return worst;
  if (Array.isArray(value)) {
    return value.map((v) => driver.levels[v]).filter((l): l is Level => Boolean(l)).reduce<Level | undefined>((w, l) => (!w || levelRank(l) > levelRank(w) ? l : w), undefined);
  }
  return driver.levels[value as string];
}

/** The level of one side: the highest of its drivers (max within each side), and which factors set it. */
export function sideLevel(drivers: Driver[], answers: Answers): { level: Level; factors: FactorId[] } {
  let level: Level = 'very-low';
  let factors: FactorId[] = [];
  for (const driver of drivers) {
    const l = driverLevel(driver, answers);
    if (!l) continue;
    if (levelRank(l) > levelRank(level)) {
      level = l;
      factors = [driver.factor];
    } else if (l === level && !factors.includes(driver.factor)) factors.push(driver.factor);
  }
  return { level, factors };
}

/** Every factor a rule reads: its triggers and the drivers of both sides. */
function ruleFactors(rule: RiskRule): FactorId[] {
  return [...new Set([...rule.triggers, ...rule.likelihood.map((d) => d.factor), ...rule.impact.map((d) => d.factor)])];
}

/** Every value a factor can take, "unknown" included (capabilities: every non-empty set). */
function domain(factor: FactorId): Answers[FactorId][] {
  const scale = FACTORS[factor] as readonly string[];
  if (factor !== 'capabilities') return [...scale, DONT_KNOW] as Answers[FactorId][];
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << scale.length; mask += 1) sets.push(scale.filter((_, i) => mask & (1 << i)));
  return [...sets, DONT_KNOW] as Answers[FactorId][];
}

/** The least and the most risky value, for combinations too many to try one by one. */
function extremes(factor: FactorId): Answers[FactorId][] {
  const scale = FACTORS[factor] as readonly string[];
  return (factor === 'capabilities' ? [[scale[0]], DONT_KNOW] : [scale[0], DONT_KNOW]) as Answers[FactorId][];
}

const ENUMERATION_LIMIT = 10_000;

/**
 * Call `visit` with the answers under each combination of values of `factors` (one object, changed in
 * place: `visit` must not keep it). Stops early when `visit` returns false.
 */
function eachCombination(answers: Answers, factors: readonly FactorId[], visit: (a: Answers) => boolean): void {
  let domains = factors.map(domain);
  if (domains.reduce((n, d) => n * d.length, 1) > ENUMERATION_LIMIT) domains = factors.map(extremes);
  const a = { ...answers } as Record<FactorId, unknown>;
  const walk = (i: number): boolean => {
    if (i === factors.length) return visit(a as Answers);
    for (const value of domains[i]!) {
      a[factors[i]!] = value;
      if (!walk(i + 1)) return false;
    }
    return true;
  };
  walk(0);
}

type Outcome = 'fires' | 'ruled-out' | 'pending';

/** Whether a rule fires: for every value of its unasked triggers, for none (ruled out), or for some (pending). */
function outcome(rule: RiskRule, answers: Answers, scope: Scope): Outcome {
  const open = rule.triggers.filter((f) => scope.notAsked.has(f));
  if (!open.length) return rule.fires(answers) ? 'fires' : 'ruled-out';
  let some = false;
  let all = true;
  eachCombination(answers, open, (a) => {
    if (rule.fires(a)) some = true;
    else all = false;
    return all || !some;
  });
  return all ? 'fires' : some ? 'pending' : 'ruled-out';
}

function gateHolds(rule: RiskRule, answers: Answers, scope: Scope): boolean {
  if (!rule.gate) return false;
  const open = ruleFactors(rule).filter((f) => scope.notAsked.has(f));
  if (!open.length) return rule.gate.when(answers);
  let holds = true;
  eachCombination(answers, open, (a) => (holds = rule.gate!.when(a)));
  return holds;
}

/** Likelihood, impact and severity from the answers that were asked (unasked drivers are left out). */
function inherent(rule: RiskRule, answers: Answers, scope: Scope) {
  const asked = (d: Driver) => !scope.notAsked.has(d.factor);
  const likelihood = sideLevel(rule.likelihood.filter(asked), answers);
  const impact = sideLevel(rule.impact.filter(asked), answers);
  const gated = gateHolds(rule, answers, scope);
  const severity: Severity = gated ? 'critical' : severityOf(likelihood.level, impact.level);
  return { likelihood, impact, gated, severity };
}

function residual(rule: RiskRule, answers: Answers, likelihood: Level, impact: Level, gated: boolean, severity: Severity) {
  if (gated) return { likelihood, impact, severity };
  let l = likelihood;
  let i = impact;
  for (const id of rule.controls) {
    const c = control(id);
    if (c.reduces === 'likelihood') l = lowerLevel(l, c.steps);
    else i = lowerLevel(i, c.steps);
  }
  let s = severityOf(l, i);
  if (rule.floor && (!rule.floorWhen || rule.floorWhen(answers))) s = maxSeverity(s, rule.floor);
  if (severityRank(s) > severityRank(severity)) s = severity;
  return { likelihood: l, impact: i, severity: s };
}

/** Every other answer a factor could take that is less risky than the current one. */
function saferAnswers(answers: Answers, factor: FactorId): Answers[] {
  const value = answers[factor];
  const scale = FACTORS[factor] as readonly string[];
  if (factor === 'capabilities') {
    if (value === DONT_KNOW) return [{ ...answers, capabilities: ['read-only'] }];
    const caps = value as string[];
    return caps
      .filter((c) => c !== 'read-only')
      .map((c) => {
        const rest = caps.filter((x) => x !== c);
        return { ...answers, capabilities: (rest.length ? rest : ['read-only']) as Answers['capabilities'] };
      });
  }
  const current = value === DONT_KNOW ? scale.length : scale.indexOf(value as string);
  return scale.slice(0, current).map((v) => ({ ...answers, [factor]: v }) as Answers);
}

const FACT_NOTE: Partial<Record<FactorId, string>> = {
  source: 'a more accountable publisher',
  dataSensitivity: 'less sensitive data within its reach',
  untrustedContent: 'less untrusted content for it to read',
};

/**
 * The single answer change that lowers this finding the most (ties: the smallest change). Changes the
 * operator makes come first: a fact about the server (source, data, content) is named only when no
 * operator change lowers the finding, and then the what-if says so.
 */
export function whatIf(rule: RiskRule, answers: Answers, current: Severity, options: AssessOptions = {}): WhatIf | null {
  const scope = scopeOf(answers, options);
  const best: Record<'operator' | 'fact', { change: Omit<WhatIf, 'controllable'>; rank: number; distance: number } | undefined> = { operator: undefined, fact: undefined };
  for (const factor of ruleFactors(rule).filter((f) => !scope.notAsked.has(f))) {
    const kind = OPERATOR_CONTROLLED.has(factor) ? 'operator' : 'fact';
    const changes = saferAnswers(answers, factor);
    changes.forEach((changed, index) => {
      const distance = changes.length - index;
      const result = outcome(rule, changed, scope);
      // A change that would only make the rule depend on an unasked question is no clear improvement.
      if (result === 'pending') return;
      const severity: Severity | 'resolved' = result === 'fires' ? inherent(rule, changed, scope).severity : 'resolved';
      const rank = severity === 'resolved' ? -1 : severityRank(severity);
      if (rank >= severityRank(current)) return;
      const held = best[kind];
      if (!held || rank < held.rank || (rank === held.rank && distance < held.distance)) {
        best[kind] = { change: { question: factor, from: formatAnswer(answers, factor), to: formatAnswer(changed, factor), severity }, rank, distance };
      }
    });
  }
  if (best.operator) return { ...best.operator.change, controllable: true };
  if (!best.fact) return null;
  const { change } = best.fact;
  const better = FACT_NOTE[change.question] ?? 'a different fact about the server';
  return {
    ...change,
    controllable: false,
    note: `No answer you control (isolation, approval, pinning, capabilities, environment, transport) lowers this finding; only ${better} would (${change.question} ${change.to} instead of ${change.from}). The controls listed are the way to lower what remains.`,
  };
}

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

/**
 * The answers that kept a rule from firing: the smallest set of its (asked) trigger answers that, at
 * their worst ("don't know"), would make it fire, first in trigger order. Never empty.
 */
export function ruledOut(rule: RiskRule, answers: Answers, options: AssessOptions = {}): { by: Trigger; with: Trigger[] } {
  const scope = scopeOf(answers, options);
  const asked = rule.triggers.filter((f) => !scope.notAsked.has(f));
  const candidates = asked.filter((f) => answers[f] !== DONT_KNOW);
  const trigger = (question: FactorId): Trigger => ({ question, answer: formatAnswer(answers, question) });
  for (let size = 1; size <= candidates.length; size += 1) {
    for (const set of combinations(candidates, size)) {
      const worst = { ...answers, ...Object.fromEntries(set.map((f) => [f, DONT_KNOW])) } as Answers;
      if (outcome(rule, worst, scope) !== 'ruled-out') return { by: trigger(set[0]!), with: set.slice(1).map(trigger) };
    }
  }
  // Not reachable for a rule that fires when its triggers are all "don't know" (the rule-set tests check each).
  return { by: trigger(asked[0] ?? rule.triggers[0]!), with: [] };
}

/** Which answer kept a rule from firing (see `ruledOut`). */
export function ruledOutBy(rule: RiskRule, answers: Answers, options: AssessOptions = {}): Trigger {
  return ruledOut(rule, answers, options).by;
}

function finding(rule: RiskRule, answers: Answers, scope: Scope): Finding {
  const base = inherent(rule, answers, scope);
  const rest = residual(rule, answers, base.likelihood.level, base.impact.level, base.gated, base.severity);
  const unaskedDrivers = [...new Set([...rule.likelihood, ...rule.impact].map((d) => d.factor))].filter((f) => scope.notAsked.has(f));
  return {
    id: rule.id,
    title: rule.title,
    statement: rule.statement,
    severity: base.severity,
    residualSeverity: rest.severity,
    likelihood: base.likelihood.level,
    impact: base.impact.level,
    residualLikelihood: rest.likelihood,
    residualImpact: rest.impact,
    gate: base.gated ? (rule.gate?.reason ?? null) : null,
    // A finding rests only on answers given: a trigger not asked fired it whatever its answer, so it is not listed.
    triggeredBy: rule.triggers.filter((q) => !scope.notAsked.has(q)).map((question) => ({ question, answer: formatAnswer(answers, question) })),
    likelihoodDrivers: base.likelihood.factors,
    impactDrivers: base.impact.factors,
    controls: [...rule.controls].sort((a, b) => PRIORITY_ORDER[control(a).priority] - PRIORITY_ORDER[control(b).priority]),
    whatIf: whatIf(rule, answers, base.severity, { notAsked: [...scope.notAsked] }),
    falsePositives: rule.falsePositives,
    verification: rule.verification,
    references: rule.references,
    lesson: rule.lesson,
    ...(unaskedDrivers.length ? { unaskedDrivers } : {}),
  };
}

/** The finding for one rule, or null when it does not fire (or, with unasked questions, is not yet assessed). */
export function evaluateRule(rule: RiskRule, answers: Answers, options: AssessOptions = {}): Finding | null {
  const scope = scopeOf(answers, options);
  return outcome(rule, answers, scope) === 'fires' ? finding(rule, answers, scope) : null;
}

/**
 * Run every rule. Rating is the highest finding; the decision weighs gates and residual risk. With
 * `notAsked`, rules that hinge on an unasked question are listed as not yet assessed, and the decision
 * is never a plain go while any are.
 */
export function assess(rules: readonly RiskRule[], answers: Answers, options: AssessOptions = {}): Assessment {
  const scope = scopeOf(answers, options);
  const findings: Finding[] = [];
  const rulesNotTriggered: NotTriggered[] = [];
  const notYetAssessed: NotYetAssessed[] = [];
  for (const rule of rules) {
    const result = outcome(rule, answers, scope);
    if (result === 'fires') findings.push(finding(rule, answers, scope));
    else if (result === 'pending') notYetAssessed.push({ id: rule.id, title: rule.title, waitingOn: rule.triggers.filter((f) => scope.notAsked.has(f)) });
    else {
      const out = ruledOut(rule, answers, options);
      rulesNotTriggered.push({ id: rule.id, title: rule.title, ruledOutBy: out.by, ruledOutWith: out.with });
    }
  }
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
  const rating = findings.reduce<Severity>((r, f) => maxSeverity(r, f.severity), 'info');
  const decision: Decision = findings.some((f) => f.gate || f.residualSeverity === 'critical')
    ? 'no-go'
    : notYetAssessed.length || findings.some((f) => severityRank(f.residualSeverity) >= severityRank('medium') || f.controls.some((c) => control(c).priority === 'P0'))
      ? 'go-with-conditions'
      : 'go';
  return { rating, decision, findings, rulesNotTriggered, notYetAssessed, notAsked: [...scope.notAsked] };
}

export { LEVELS, FACTOR_IDS };
