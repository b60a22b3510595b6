import { DONT_KNOW, FACTORS, FACTOR_IDS, type FactorId } from './factors.js';
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
}

export interface NotTriggered {
  id: string;
  title: string;
  /** The answer that ruled the rule out. */
  ruledOutBy: Trigger | null;
}

export type Decision = 'go' | 'go-with-conditions' | 'no-go';

export interface Assessment {
  rating: Severity;
  decision: Decision;
  findings: Finding[];
  rulesNotTriggered: NotTriggered[];
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

function inherent(rule: RiskRule, answers: Answers) {
  const likelihood = sideLevel(rule.likelihood, answers);
  const impact = sideLevel(rule.impact, answers);
  const gated = rule.gate?.when(answers) === true;
  const severity: Severity = gated ? 'critical' : severityOf(likelihood.level, impact.level);
  return { likelihood, impact, gated, severity };
}

function residual(rule: RiskRule, likelihood: Level, impact: Level, gated: boolean, severity: Severity) {
  if (gated) return { likelihood, impact, severity };
  let l = likelihood;
  let i = impact;
  for (const id of rule.controls) {
    const c = control(id);
    if (c.reduces === 'likelihood') l = lowerLevel(l, c.steps);
    else i = lowerLevel(i, c.steps);
  }
  let s = severityOf(l, i);
  if (rule.floor) s = maxSeverity(s, rule.floor);
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

/** The single answer change that lowers this finding the most (ties: the smallest change). */
export function whatIf(rule: RiskRule, answers: Answers, current: Severity): WhatIf | null {
  const factors = [...new Set([...rule.triggers, ...rule.likelihood.map((d) => d.factor), ...rule.impact.map((d) => d.factor)])];
  let best: { change: WhatIf; rank: number; distance: number } | undefined;
  for (const factor of factors) {
    const options = saferAnswers(answers, factor);
    options.forEach((changed, index) => {
      const distance = options.length - index;
      const fires = rule.fires(changed);
      const severity: Severity | 'resolved' = fires ? inherent(rule, changed).severity : 'resolved';
      const rank = severity === 'resolved' ? -1 : severityRank(severity);
      if (rank >= severityRank(current)) return;
      if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) {
        best = { change: { question: factor, from: formatAnswer(answers, factor), to: formatAnswer(changed, factor), severity }, rank, distance };
      }
    });
  }
  return best?.change ?? null;
}

/** Which answer kept a rule from firing: the first of its triggers that, at its worst, would make it fire. */
export function ruledOutBy(rule: RiskRule, answers: Answers): Trigger | null {
  for (const factor of rule.triggers) {
    const worst = { ...answers, [factor]: DONT_KNOW } as Answers;
    if (rule.fires(worst)) return { question: factor, answer: formatAnswer(answers, factor) };
  }
  return null;
}

export function evaluateRule(rule: RiskRule, answers: Answers): Finding | null {
  if (!rule.fires(answers)) return null;
  const base = inherent(rule, answers);
  const rest = residual(rule, base.likelihood.level, base.impact.level, base.gated, base.severity);
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
    triggeredBy: rule.triggers.map((question) => ({ question, answer: formatAnswer(answers, question) })),
    likelihoodDrivers: base.likelihood.factors,
    impactDrivers: base.impact.factors,
    controls: [...rule.controls].sort((a, b) => PRIORITY_ORDER[control(a).priority] - PRIORITY_ORDER[control(b).priority]),
    whatIf: whatIf(rule, answers, base.severity),
    falsePositives: rule.falsePositives,
    verification: rule.verification,
    references: rule.references,
    lesson: rule.lesson,
  };
}

/** Run every rule. Rating is the highest finding; the decision weighs gates and residual risk. */
export function assess(rules: readonly RiskRule[], answers: Answers): Assessment {
  const findings: Finding[] = [];
  const rulesNotTriggered: NotTriggered[] = [];
  for (const rule of rules) {
    const finding = evaluateRule(rule, answers);
    if (finding) findings.push(finding);
    else rulesNotTriggered.push({ id: rule.id, title: rule.title, ruledOutBy: ruledOutBy(rule, answers) });
  }
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
  const rating = findings.reduce<Severity>((r, f) => maxSeverity(r, f.severity), 'info');
  const decision: Decision = findings.some((f) => f.gate || f.residualSeverity === 'critical')
    ? 'no-go'
    : findings.some((f) => severityRank(f.residualSeverity) >= severityRank('medium') || f.controls.some((c) => control(c).priority === 'P0'))
      ? 'go-with-conditions'
      : 'go';
  return { rating, decision, findings, rulesNotTriggered };
}

export { LEVELS, FACTOR_IDS };
