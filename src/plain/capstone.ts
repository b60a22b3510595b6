import { confirm, select } from '@inquirer/prompts';
import type { CourseSession } from '../app/course-session.js';
import { QUESTIONS, type InterviewAnswers } from '../core/interview/questions.js';
import { loadCourseDeployment, loadDraft, saveCourseDeployment, saveDraft } from '../io/plan-files.js';
import { finishDraftPlan, savePlan } from '../app/plans.js';
import { planMarkdown } from '../core/plan/markdown.js';
import { markdownWidth, renderMarkdown } from '../io/markdown.js';
import { runPlainInterview } from './interview.js';
import { say, width } from './output.js';
import { wrapLines } from '../core/text/wrap.js';

function report(result: ReturnType<typeof savePlan>): void {
  say();
  for (const line of wrapLines(`Rating ${result.plan.rating}, decision ${result.plan.decision}. ${result.replaced ? 'Updated' : 'Wrote'} the plan: ${result.markdown} (and ${result.json}).`, width())) say(line);
}

/** A track's capstone in line mode: the track's planning questions for your own server or a scenario's. */
export async function runPlainCapstone(session: CourseSession, track: number): Promise<void> {
  if (!(await confirm({ message: `End of track ${track}: do its capstone (the planning questions it taught, written as a deployment plan)?`, default: true }))) return;
  const own = loadCourseDeployment();
  const choices = [
    { name: own.server ? `My own server: ${String(own.server)}` : 'My own server', value: 'own' },
    ...session.catalogue.scenarios.filter((s) => s.family !== 'incident').map((s) => ({ name: `Scenario: ${s.title}`, value: s.id })),
  ];
  const pick = await select({ message: 'Plan for which deployment?', choices, loop: false });
  const scenario = session.catalogue.scenarios.find((s) => s.id === pick);
  const start: InterviewAnswers = scenario ? { server: scenario.title, ...(scenario.profile as unknown as InterviewAnswers) } : own;
  const questions = QUESTIONS.filter((q) => q.track === track || q.id === 'server');
  const answers = await runPlainInterview(start, scenario ? () => undefined : saveCourseDeployment, questions);
  report(savePlan(answers));
}

/** The whole interview in line mode, resumed from a draft, ending in the plan (`plan --plain` and the home menu). */
export async function runPlainPlan(out?: string, force?: boolean): Promise<void> {
  const draft = loadDraft() ?? {};
  if (Object.keys(draft).length) say(`Resuming your interview: ${Object.keys(draft).length} answers kept.`);
  const answers = await runPlainInterview(draft, saveDraft);
  const result = finishDraftPlan(answers, out, force);
  say(await renderMarkdown(planMarkdown(result.plan).split('\n## Deployment profile')[0] ?? '', markdownWidth(width())));
  report(result);
}
