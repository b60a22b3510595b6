import React from 'react';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { loadDraft, planToReplace, saveDraft } from '../io/plan-files.js';
import { finishDraftPlan } from '../app/plans.js';
import type { InterviewRequest } from '../commands/interview.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useLeave } from './use-leave.js';
import { PlanFlowScreen } from './screens/PlanFlowScreen.js';
import { runFullScreen } from './run.js';

function PlanApp({ start, request, onExit }: { start: InterviewAnswers; request: InterviewRequest; onExit: (code: number) => void }) {
  const size = useTerminalSize();
  const leave = useLeave(onExit);
  return (
    <PlanFlowScreen
      start={start}
      // Answers taken from a config or --server were just chosen: go on from them. A draft is offered, not resumed silently.
      startKind={request.preset ? 'prefilled' : 'draft'}
      width={size.columns}
      height={size.rows - 1}
      save={saveDraft}
      // --out FILE is replaced only with --force (without it, writing fails and says so): only then is there a plan to compare.
      replaces={(answers) => (request.out ? (request.force ? planToReplace(answers, request.out) : undefined) : planToReplace(answers))}
      finish={(answers) => finishDraftPlan(answers, request.out, request.force)}
      onQuit={() => leave(0)}
    />
  );
}

/** The interactive planning interview and plan preview, full screen. */
export async function runPlanTui(start: InterviewAnswers, request: InterviewRequest): Promise<number> {
  const code = await runFullScreen((onExit) => <PlanApp start={start} request={request} onExit={onExit} />);
  // Ctrl-C left the full screen with nothing on the terminal: say that nothing was lost.
  const draft = code === 130 ? loadDraft() : undefined;
  if (draft && Object.keys(draft).length > 0) process.stdout.write('Interview paused; your answers are kept. Run mcp-operator plan again to go on.\n');
  return code;
}
