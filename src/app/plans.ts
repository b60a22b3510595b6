import { existsSync } from 'node:fs';
import { buildPlan, type Plan } from '../core/plan/model.js';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { RULES, RULE_SET_VERSION } from '../core/risk/rules/index.js';
import type { Knowledge } from '../core/servers/knowledge.js';
import type { PlanScope } from '../core/plan/model.js';
import { loadKnowledgeSync } from '../io/knowledge-loader.js';
import { clearDraft, defaultPlanPath, writePlan } from '../io/plan-files.js';

/** The plan for these answers, with the server knowledge base (built-in and imported advisories) unless one is given. */
export function makePlan(answers: InterviewAnswers, now: Date = new Date(), knowledge: Knowledge = loadKnowledgeSync(), scope: PlanScope = {}): Plan {
  return buildPlan(answers, RULES, RULE_SET_VERSION, now.toISOString().slice(0, 10), knowledge, scope);
}

export interface SavedPlanResult {
  plan: Plan;
  markdown: string;
  json: string;
  /** True when the tutor's own plan for this server was replaced (the user is told). */
  replaced: boolean;
}

/** Write the plan where asked (never over an existing file without `force`), or update the tutor's own plan for this server. */
export function savePlan(answers: InterviewAnswers, out?: string, force?: boolean, scope: PlanScope = {}): SavedPlanResult {
  const plan = makePlan(answers, undefined, undefined, scope);
  const target = out ?? defaultPlanPath(plan.server);
  const replaced = !out && existsSync(`${target}.json`);
  const written = writePlan(plan, target, { force: out ? force : true });
  return { plan, ...written, replaced };
}

/** The end of the full interview: write the plan, then drop the draft it was resumed from. */
export function finishDraftPlan(answers: InterviewAnswers, out?: string, force?: boolean): SavedPlanResult {
  const saved = savePlan(answers, out, force);
  clearDraft();
  return saved;
}
