import { createHash } from 'node:crypto';
import { FACTOR_IDS, DONT_KNOW, type FactorId } from '../risk/factors.js';
import { completeAnswers, type Answers, type PartialAnswers } from '../risk/answers.js';
import { assess, type Assessment, type Finding } from '../risk/evaluate.js';
import { control, PRIORITY_ORDER, type Control } from '../risk/controls.js';
import type { RiskRule } from '../risk/rule.js';
import { QUESTIONS, type InterviewAnswers } from '../interview/questions.js';
import { hardenedConfig, type HardenedConfig } from './hardened-config.js';
import type { Knowledge } from '../servers/knowledge.js';
import { resolveKnownServer } from '../servers/suggest.js';
import { deploymentOf, toolsForControl } from '../toolbox/catalog.js';
import { knownServerFacts, type KnownServerFacts } from './known-server.js';
import { monitoringPlan, reassessmentTriggers, runbooksFor, type MonitoringPlan, type Runbook } from './operations.js';

export const PLAN_SCHEMA = 'mcp-operator/plan@1';

export interface PlanControl extends Control {
  findings: string[];
  /** Tools from the toolbox that implement or verify it, best fit for this deployment first, each with why it fits. */
  tools: Array<{ id: string; name: string; why: string; url: string }>;
}

/** When to bring in a security professional, and what to hand them. */
export interface Referral {
  reasons: string[];
  handOver: string[];
}

export interface OpenQuestion {
  question: string;
  prompt: string;
  why: string;
}

export interface Plan {
  schema: typeof PLAN_SCHEMA;
  server: string;
  version: string | null;
  client: string | null;
  owner: string | null;
  date: string;
  ruleSetVersion: string;
  answersHash: string;
  rating: Assessment['rating'];
  decision: Assessment['decision'];
  summary: { topRisks: { id: string; title: string; severity: string }[]; beforeDeployment: string[] };
  profile: { answers: Record<string, string | string[]>; trustTier: string; environment: string; assumptions: string[] };
  openQuestions: OpenQuestion[];
  derivation: string[];
  findings: Finding[];
  rulesNotTriggered: Assessment['rulesNotTriggered'];
  /** Rules that need an answer the interview did not ask (a capstone): neither findings nor ruled out. Empty for a full interview. */
  notYetAssessed: Assessment['notYetAssessed'];
  /** Factors the interview did not ask (a capstone asks only its track's questions): not rated, and not open questions. */
  notAsked: Assessment['notAsked'];
  controls: PlanControl[];
  hardenedConfiguration: HardenedConfig;
  /** What the knowledge base knows about this server (section 13), when it recognises it. */
  knownServer: KnownServerFacts | null;
  monitoring: MonitoringPlan;
  runbooks: Runbook[];
  reassessmentTriggers: string[];
  signOff: { owner: string | null; residualRating: Assessment['rating']; statement: string };
  /** Set when the plan calls for a security professional. */
  referral: Referral | null;
}

/** Stable hash of the answers, so two plans from the same answers can be recognised. */
export function answersHash(answers: InterviewAnswers): string {
  const canonical = JSON.stringify(Object.keys(answers).sort().map((k) => [k, answers[k]]));
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

const TRUST_TIER: Record<string, string> = {
  official: 'Tier 1: official',
  vendor: 'Tier 2: vendor-published',
  'community-maintained': 'Tier 3: community-maintained',
  unknown: 'Tier 4: unknown publisher',
  anonymous: 'Tier 5: anonymous',
};

function text(a: InterviewAnswers, id: string): string | null {
  const v = a[id];
  return typeof v === 'string' && v !== DONT_KNOW && v !== '' ? v : null;
}

function factorAnswers(a: InterviewAnswers): PartialAnswers {
  const out: Record<string, unknown> = {};
  for (const id of FACTOR_IDS) if (a[id] !== undefined) out[id] = a[id];
  return out as PartialAnswers;
}

/** When to call in a security professional (issue 19): a critical or no-go rating, regulated data or secrets, enterprise production. */
export function referralFor(assessment: Assessment, answers: Answers): Referral | null {
  const reasons: string[] = [];
  if (assessment.rating === 'critical' || assessment.decision === 'no-go') reasons.push(`The rating is ${assessment.rating} and the decision ${assessment.decision}: have a security professional review the plan and the controls before anyone overrides it.`);
  if (answers.dataSensitivity === 'regulated') reasons.push('The server can reach regulated data (personal, health or payment): involve your security team and privacy officer; a data-protection impact assessment may be required.');
  if (answers.dataSensitivity === 'secrets') reasons.push('The server can reach secrets: a security professional should confirm the isolation and the credential scopes.');
  if (answers.environment === 'enterprise-production') reasons.push('This is an enterprise production deployment: it needs a security review and an owner on the incident rota before go-live.');
  if (reasons.length === 0) return null;
  return {
    reasons,
    handOver: [
      'This plan (Markdown) and its JSON sidecar, with the answers hash',
      'The answers file the plan was built from (plan --answers FILE reproduces it)',
      'The config review of every client config that runs the server: mcp-operator review --format sarif > review.sarif',
      'The evidence list of each incident runbook below, so evidence is kept from day one',
      'The hardened entry as deployed, and the version or digest it pins',
    ],
  };
}

/** What the interview asked: without `asked`, every factor was (a missing one counts as the worst case). */
export interface PlanScope {
  asked?: readonly FactorId[];
}

/** Build the whole plan from interview answers. Pure: the date and the rules are passed in. */
export function buildPlan(input: InterviewAnswers, rules: readonly RiskRule[], ruleSetVersion: string, date: string, knowledge?: Knowledge, scope: PlanScope = {}): Plan {
  const known = knowledge ? resolveKnownServer(knowledge, input) : undefined;
  const { answers, missing, notAsked } = completeAnswers(factorAnswers(input), scope.asked);
  const assessment = assess(rules, answers, { notAsked });
  const unknownFactors = FACTOR_IDS.filter((id) => answers[id] === DONT_KNOW && !notAsked.includes(id));
  const openQuestions: OpenQuestion[] = unknownFactors.map((id) => {
    const q = QUESTIONS.find((x) => x.id === id);
    return { question: id, prompt: q?.prompt ?? id, why: q?.why ?? '' };
  });

  const byControl = new Map<string, string[]>();
  for (const f of assessment.findings) for (const c of f.controls) byControl.set(c, [...(byControl.get(c) ?? []), f.id]);
  const controls: PlanControl[] = [...byControl.entries()]
    .map(([id, findings]) => ({ ...control(id), findings, tools: knowledge ? toolsForControl(knowledge, id, deploymentOf(answers.environment)) : [] }))
    .sort((x, y) => PRIORITY_ORDER[x.priority] - PRIORITY_ORDER[y.priority] || y.findings.length - x.findings.length || x.id.localeCompare(y.id));

  const assumptions = [
    'Answers describe the server as it will be deployed, not as it might be later; a change to any of them is a reason to reassess.',
    ...(missing.length ? [`Not answered, counted as the worst case: ${missing.join(', ')}.`] : []),
    ...(unknownFactors.length && !missing.length ? [`Answered "don't know", counted as the worst case: ${unknownFactors.join(', ')}.`] : []),
    ...(notAsked.length ? [`Not asked yet, so not rated (this plan covers the questions its track asked): ${notAsked.join(', ')}. The rules that need them are listed as not yet assessed; the rating may rise once they are answered.`] : []),
    'Residual severities assume every control listed for a finding is in place and verified.',
  ];

  const derivation = [
    'Each rule is a threat scenario. Likelihood and impact are each the highest level among the answers that drive them (NIST SP 800-30 Rev. 1 scales, Very Low to Very High).',
    'Severity is read from the NIST SP 800-30 Table I-2 matrix: Very Low = info, Low = low, Moderate = medium, High = high, Very High = critical.',
    'A hard gate makes a finding critical and the decision no-go whatever the controls; a floor keeps a residual severity from dropping below it.',
    'Residual severity applies the declared effect of each listed control (levels off likelihood or impact).',
    `The overall rating is the highest finding: ${assessment.rating}. The decision is no-go when a gate fires or a residual is critical, go with conditions when a residual is medium or higher or a control must be in place before deployment, go otherwise.`,
  ];

  const hardened = hardenedConfig(input, known, knowledge);
  const residualRating = assessment.findings.reduce<Assessment['rating']>((r, f) => (['info', 'low', 'medium', 'high', 'critical'].indexOf(f.residualSeverity) > ['info', 'low', 'medium', 'high', 'critical'].indexOf(r) ? f.residualSeverity : r), 'info');
  const owner = text(input, 'owner');

  return {
    schema: PLAN_SCHEMA,
    server: text(input, 'server') ?? 'unnamed server',
    version: text(input, 'version'),
    client: text(input, 'client'),
    owner,
    date,
    ruleSetVersion,
    answersHash: answersHash(input),
    rating: assessment.rating,
    decision: assessment.decision,
    summary: {
      topRisks: assessment.findings.slice(0, 3).map((f) => ({ id: f.id, title: f.title, severity: f.severity })),
      beforeDeployment: controls.filter((c) => c.priority === 'P0').map((c) => c.title),
    },
    profile: {
      answers: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>,
      trustTier: TRUST_TIER[answers.source] ?? 'Tier 4: unknown publisher (not answered)',
      environment: answers.environment,
      assumptions,
    },
    openQuestions,
    derivation,
    findings: assessment.findings,
    rulesNotTriggered: assessment.rulesNotTriggered,
    notYetAssessed: assessment.notYetAssessed,
    notAsked: assessment.notAsked,
    controls,
    hardenedConfiguration: hardened,
    knownServer: known && knowledge ? knownServerFacts(knowledge, known, text(input, 'version')) : null,
    monitoring: monitoringPlan(answers),
    runbooks: runbooksFor(answers),
    reassessmentTriggers: reassessmentTriggers(answers),
    referral: referralFor(assessment, answers),
    signOff: {
      owner,
      residualRating,
      statement: `With the P0 controls in place and verified, the residual rating is ${residualRating}. ${owner ?? 'The owner'} accepts this residual risk by signing below.`,
    },
  };
}

export type { Answers, FactorId };
