import type { CourseSession } from '../app/course-session.js';
import { QUESTIONS, type InterviewAnswers } from '../core/interview/questions.js';
import { askedFactors, nextQuestion, progressOf } from '../core/interview/flow.js';
import type { Plan } from '../core/plan/model.js';
import { diffPlans, diffSummaryLines } from '../core/plan/diff.js';
import { loadCourseDeployment, loadDraft, planServerName, planToReplace, saveCourseDeployment, saveDraft } from '../io/plan-files.js';
import { finishDraftPlan, makePlan, savePlan, type SavedPlanResult } from '../app/plans.js';
import { planMarkdown } from '../core/plan/markdown.js';
import { markdownWidth, renderMarkdown } from '../io/markdown.js';
import { runPlainInterview } from './interview.js';
import { say, width } from './output.js';
import { askChoice, askYesNo } from './lines.js';
import { wrapLines } from '../core/text/wrap.js';

function report(result: SavedPlanResult): void {
  say();
  for (const line of wrapLines(`Rating ${result.plan.rating}, decision ${result.plan.decision}. ${result.replaced ? 'Updated' : 'Wrote'} the plan: ${result.markdown} (and ${result.json}).`, width())) say(line);
}

/** A choice between a few options: a numbered list, answered with a line (in a terminal and from a pipe alike). Returns the index, or -1 for q. */
async function choose(message: string, options: string[]): Promise<number> {
  say(message);
  const index = await askChoice('Your choice', options, { quit: 'leave' });
  return typeof index === 'number' ? index : -1;
}

/** An interrupted interview is offered, never resumed silently: resume it, or start over. */
async function resumeOrRestart(draft: InterviewAnswers): Promise<InterviewAnswers> {
  const { answered, total } = progressOf(draft);
  const server = typeof draft.server === 'string' ? `, for ${planServerName(draft)}` : '';
  const index = await choose(`An interview in progress was found: ${answered} of ${total} questions answered${server}. Resume it, or start over?`, [
    `Resume: keep the ${answered} answer${answered === 1 ? '' : 's'} and go on`,
    'Start over: discard the saved answers',
  ]);
  if (index === -1) {
    // q: leave, keeping the draft (the caller says the interview is paused).
    const error = new Error('quit');
    error.name = 'ExitPromptError';
    throw error;
  }
  if (index === 0) return draft;
  saveDraft({});
  return {};
}

/**
 * Before a plan replaces an existing one: what changes (rating, decision, findings added, removed,
 * re-rated), and whether to go on. With `force` (the user asked to replace) it only says what changes.
 */
async function confirmReplace(old: Plan, next: Plan, force: boolean, kept: string): Promise<boolean> {
  say();
  for (const line of wrapLines(`A plan for ${old.server} already exists (${old.date}, rule set ${old.ruleSetVersion}). Writing this one replaces it. What changes:`, width())) say(line);
  for (const line of diffSummaryLines(diffPlans(old, next))) for (const l of wrapLines(line, width(), '  ', 2)) say(l);
  if (force) return true;
  const index = await choose('Replace the plan?', ['Replace it with the new plan', 'Keep the old plan']);
  if (index !== 0) for (const line of wrapLines(`Kept the old plan. ${kept}`, width())) say(line);
  return index === 0;
}

/** A track's capstone in line mode: the track's planning questions for your own server or a scenario's. */
export async function runPlainCapstone(session: CourseSession, track: number): Promise<void> {
  if (!(await askYesNo(`End of track ${track}: do its capstone (the planning questions it taught, written as a deployment plan)?`, true))) return;
  const own = loadCourseDeployment();
  const choices = [
    { name: own.server ? `My own server: ${String(own.server)}` : 'My own server', value: 'own' },
    ...session.catalogue.scenarios.filter((s) => s.family !== 'incident').map((s) => ({ name: `Scenario: ${s.title}`, value: s.id })),
  ];
  const index = await choose('Plan for which deployment?', choices.map((c) => c.name));
  if (index === -1) return;
  const scenario = session.catalogue.scenarios.find((s) => s.id === choices[index]?.value);
  const start: InterviewAnswers = scenario ? { server: scenario.title, ...(scenario.profile as unknown as InterviewAnswers) } : own;
  const questions = QUESTIONS.filter((q) => q.track === track || q.id === 'server');
  const answers = await runPlainInterview(start, scenario ? () => undefined : saveCourseDeployment, questions);
  // Rated only on what this track (and the tracks before it) asked; the rest is listed as not yet assessed.
  const scope = { asked: askedFactors(answers, questions) };
  const old = planToReplace(answers);
  const kept = scenario ? '' : 'Your answers are kept for the next capstone.';
  if (old && !(await confirmReplace(old, makePlan(answers, undefined, undefined, scope), false, kept))) return;
  report(savePlan(answers, undefined, undefined, scope));
}

export interface PlainPlanOptions {
  /** 'draft' (default): a saved interview is offered to resume or start over. 'prefilled': go on from it (answers just taken from a config). */
  startKind?: 'draft' | 'prefilled';
}

/** The whole interview in line mode, from a draft the user chose to resume, ending in the plan (`plan --plain` and the home menu). */
export async function runPlainPlan(out?: string, force?: boolean, options: PlainPlanOptions = {}): Promise<void> {
  let start = loadDraft() ?? {};
  if (Object.keys(start).length && (options.startKind ?? 'draft') === 'draft') start = await resumeOrRestart(start);
  const answers = await runPlainInterview(start, saveDraft);
  // --out FILE is replaced only with --force (without it, writing fails and says so).
  const old = out && !force ? undefined : planToReplace(answers, out);
  if (old && !(await confirmReplace(old, makePlan(answers), Boolean(out && force), 'Your answers are saved; run mcp-operator plan again and resume to write the new one.'))) return;
  const result = finishDraftPlan(answers, out, force);
  say(await renderMarkdown(planMarkdown(result.plan).split('\n## Deployment profile')[0] ?? '', markdownWidth(width()), { keepUrls: true }));
  report(result);
}
