import { UserError } from '../io/errors.js';
import { loadDraft, planServerName, saveDraft } from '../io/plan-files.js';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { letInkDraw } from './terminal.js';

export interface InterviewRequest {
  plain: boolean;
  out?: string;
  force?: boolean;
  /** Answers taken from a config entry (plan --from-config): they replace the draft and the interview asks the rest. */
  preset?: { answers: InterviewAnswers; notes: string[] };
}

const ALTERNATIVES = 'use --plain for line mode, or plan --answers FILE to run without questions';

/** The interactive `plan`: interview (a draft is offered to resume or start over), then the plan. */
export async function runInterview(request: InterviewRequest): Promise<number> {
  if (!request.plain && (!process.stdin.isTTY || !process.stdout.isTTY)) {
    throw new UserError(`the planning interview needs a terminal; ${ALTERNATIVES}`);
  }
  if (request.preset) {
    // The preset replaces an interrupted interview: say so rather than drop it unseen.
    const earlier = loadDraft() ?? {};
    const count = Object.keys(earlier).length;
    if (count) process.stdout.write(`Your interview in progress (${count} answer${count === 1 ? '' : 's'}, for ${planServerName(earlier)}) is replaced by these answers.\n`);
    saveDraft(request.preset.answers);
    process.stdout.write(`Answers taken from the config:\n${request.preset.notes.map((n) => `  - ${n}`).join('\n')}\n`);
  }
  if (request.plain) {
    const [{ runPlainPlan }, { isPause, releaseLines }] = await Promise.all([import('../plain/capstone.js'), import('../plain/lines.js')]);
    try {
      await runPlainPlan(request.out, request.force, { startKind: request.preset ? 'prefilled' : 'draft' });
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') {
        process.stdout.write('\nInterview paused; your answers are kept. Run mcp-operator plan again to go on.\n');
        // q is the user's choice and ends cleanly; input that ends mid-interview (a pipe) is an error.
        if (isPause(error)) return 0;
        return process.stdin.isTTY ? 130 : 2;
      }
      throw error;
    } finally {
      // A choice read from a pipe keeps a reader on standard input; let go of it so the process can end.
      releaseLines();
    }
    return 0;
  }
  const draft = loadDraft() ?? {};
  letInkDraw();
  const { runPlanTui } = await import('../ui/plan-run.js');
  return runPlanTui(draft, request);
}
