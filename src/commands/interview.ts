import { UserError } from '../io/errors.js';
import { clearDraft, loadDraft, saveDraft } from '../io/plan-files.js';
import { savePlan } from '../app/plans.js';
import { planMarkdown } from '../core/plan/markdown.js';
import { markdownWidth, renderMarkdown, clampWidth } from '../io/markdown.js';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { letInkDraw } from './terminal.js';

export interface InterviewRequest {
  plain: boolean;
  out?: string;
  force?: boolean;
}

const ALTERNATIVES = 'use --plain for line mode, or plan --answers FILE to run without questions';

/** The interactive `plan`: interview (resumed from a draft if one exists), then the plan. */
export async function runInterview(request: InterviewRequest): Promise<number> {
  if (!request.plain && (!process.stdin.isTTY || !process.stdout.isTTY)) {
    throw new UserError(`the planning interview needs a terminal; ${ALTERNATIVES}`);
  }
  const draft = loadDraft() ?? {};
  if (request.plain) {
    const { runPlainInterview } = await import('../plain/interview.js');
    const { say } = await import('../plain/output.js');
    if (Object.keys(draft).length) say(`Resuming your interview: ${Object.keys(draft).length} answers kept.`);
    let answers: InterviewAnswers;
    try {
      answers = await runPlainInterview(draft, saveDraft);
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') {
        say('\nInterview paused; your answers are kept. Run mcp-operator plan again to go on.');
        return 130;
      }
      throw error;
    }
    const saved = savePlan(answers, request.out, request.force);
    clearDraft();
    const { plan } = saved;
    say(await renderMarkdown(planMarkdown(plan).split('\n## Deployment profile')[0] ?? '', markdownWidth(clampWidth(process.stdout.columns))));
    say(`\n${saved.replaced ? 'Updated' : 'Wrote'} the plan: ${saved.markdown} (and ${saved.json}).`);
    return 0;
  }
  letInkDraw();
  const { runPlanTui } = await import('../ui/plan-run.js');
  return runPlanTui(draft, request);
}
