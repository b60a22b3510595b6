import { buildPlan, type Plan } from '../../plan/model.js';
import { RULES, RULE_SET_VERSION } from '../../risk/rules/index.js';
import { CONTROL_LIST } from '../../risk/controls.js';
import type { Goal } from '../schema.js';
import type { GoalResult } from '../types.js';
import type { LabContext, Workspace } from '../workspace.js';

type PlanGoal = Extract<Goal, { kind: 'plan' }>;

const DECISION_WORDS: Record<string, string> = { go: 'go', 'go-with-conditions': 'go with conditions', 'no-go': 'no-go' };

export function planTitle(goal: PlanGoal): string {
  if (goal.title) return goal.title;
  if (goal.decision) return `The plan's decision is ${goal.decision.map((d) => DECISION_WORDS[d] ?? d).join(' or ')}`;
  if (goal.absent) {
    const rule = RULES.find((r) => r.id === goal.absent);
    return `The plan no longer finds ${goal.absent}${rule ? ` (${rule.title})` : ''}`;
  }
  if (goal.control) {
    const c = CONTROL_LIST.find((x) => x.id === goal.control);
    return `The plan lists the control "${c?.title ?? goal.control}"`;
  }
  return `The answers still describe the server as it is (${Object.keys(goal.keep ?? {}).join(', ')})`;
}

const plans = new WeakMap<object, Plan>();

/** The plan the answers file gives, built once per workspace analysis. */
function planOf(ws: Workspace, file: string, ctx: LabContext): { plan?: Plan; problem?: string } {
  const view = ws.answers.get(file);
  if (!view) return { problem: `${file} is not an answers file of this lab` };
  if (view.problem) return { problem: view.problem };
  let plan = plans.get(view);
  if (!plan) {
    plan = buildPlan(view.answers, RULES, RULE_SET_VERSION, ctx.date, ctx.knowledge);
    plans.set(view, plan);
  }
  return { plan };
}

function lineOfKey(text: string | undefined, key: string): number | undefined {
  if (!text) return undefined;
  const index = text.split('\n').findIndex((l) => new RegExp(`^\\s*${key}\\s*:`).test(l));
  return index >= 0 ? index + 1 : undefined;
}

/** A plan outcome from the answers file: the decision, a finding absent, a control listed, or facts kept as the scenario states them. */
export function checkPlanOutcome(ws: Workspace, goal: PlanGoal, ctx: LabContext): GoalResult {
  const title = planTitle(goal);
  const file = goal.file;
  const { plan, problem } = planOf(ws, file, ctx);
  if (!plan) return { goal, title, passed: false, message: problem ?? `${file} gives no plan`, file };
  const text = ws.files[file];
  if (goal.decision) {
    const ok = goal.decision.includes(plan.decision);
    const top = plan.findings[0];
    const gate = plan.findings.find((f) => f.gate);
    const why = gate ? ` A hard gate holds: ${gate.gate}` : top ? ` Highest finding: ${top.id} ${top.title} (${top.severity}, ${top.residualSeverity} with its controls).` : '';
    return { goal, title, passed: ok, message: `The plan rates ${plan.server} ${plan.rating} and decides ${DECISION_WORDS[plan.decision] ?? plan.decision}.${ok ? '' : why}`, file };
  }
  if (goal.absent) {
    const found = plan.findings.find((f) => f.id === goal.absent);
    if (!found) return { goal, title, passed: true, message: `${goal.absent} does not fire for these answers.`, file };
    const drivers = found.triggeredBy.map((t) => `${t.question}: ${t.answer}`).join('; ');
    const first = found.triggeredBy[0];
    const line = first ? lineOfKey(text, first.question) : undefined;
    return { goal, title, passed: false, message: `${found.id} ${found.title} (${found.severity}) still fires, triggered by ${drivers}.`, file, ...(line ? { line } : {}) };
  }
  if (goal.control) {
    const listed = plan.controls.find((c) => c.id === goal.control);
    return listed
      ? { goal, title, passed: true, message: `The plan lists ${listed.id} (${listed.priority}): ${listed.title}.`, file }
      : { goal, title, passed: false, message: `The plan does not list ${goal.control}: no finding in it calls for that control.`, file };
  }
  const view = ws.answers.get(file);
  const answers = view?.answers ?? {};
  for (const [factor, want] of Object.entries(goal.keep ?? {})) {
    const have = answers[factor];
    const line = lineOfKey(text, factor);
    const at = { file, ...(line ? { line } : {}) };
    if (Array.isArray(want)) {
      const list = Array.isArray(have) ? have : typeof have === 'string' ? [have] : [];
      const lost = want.filter((w) => !list.includes(w));
      if (lost.length) return { goal, title, passed: false, message: `${factor} must still include ${lost.join(', ')}: that is what the server does, whatever you decide about running it.`, ...at };
    } else if (have !== want) {
      return { goal, title, passed: false, message: `${factor} must stay ${want} (${have === undefined ? 'it is missing' : `it says ${String(have)}`}): that is a fact about the server, not a choice.`, ...at };
    }
  }
  return { goal, title, passed: true, message: `The answers still say ${Object.entries(goal.keep ?? {}).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`).join('; ')}.`, file };
}
