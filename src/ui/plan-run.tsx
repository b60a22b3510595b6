import React from 'react';
import { useApp, useInput } from 'ink';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { saveDraft } from '../io/plan-files.js';
import { finishDraftPlan } from '../app/plans.js';
import type { InterviewRequest } from '../commands/interview.js';
import { useTerminalSize } from './use-terminal-size.js';
import { PlanFlowScreen } from './screens/PlanFlowScreen.js';
import { runFullScreen } from './run.js';

function PlanApp({ start, request, onExit }: { start: InterviewAnswers; request: InterviewRequest; onExit: (code: number) => void }) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const leave = (code: number) => {
    onExit(code);
    exit();
  };
  useInput((input, key) => {
    if (key.ctrl && input === 'c') leave(130);
  });
  return (
    <PlanFlowScreen
      start={start}
      width={size.columns}
      height={size.rows - 1}
      save={saveDraft}
      finish={(answers) => {
        return finishDraftPlan(answers, request.out, request.force);
      }}
      onQuit={() => leave(0)}
    />
  );
}

/** The interactive planning interview and plan preview, full screen. */
export async function runPlanTui(start: InterviewAnswers, request: InterviewRequest): Promise<number> {
  return runFullScreen((onExit) => <PlanApp start={start} request={request} onExit={onExit} />);
}
