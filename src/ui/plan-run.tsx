import React, { useState } from 'react';
import { Text, useApp, useInput } from 'ink';
import type { InterviewAnswers } from '../core/interview/questions.js';
import type { Plan } from '../core/plan/model.js';
import { clearDraft, saveDraft } from '../io/plan-files.js';
import { makePlan } from '../commands/plan.js';
import { savePlan, type InterviewRequest } from '../commands/interview.js';
import { useTerminalSize } from './use-terminal-size.js';
import { InterviewScreen } from './screens/InterviewScreen.js';
import { PlanPreviewScreen } from './screens/PlanPreviewScreen.js';
import { runFullScreen } from './run.js';

function PlanApp({ start, request, onExit }: { start: InterviewAnswers; request: InterviewRequest; onExit: (code: number) => void }) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [done, setDone] = useState<{ plan: Plan; written: string } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const leave = (code: number) => {
    onExit(code);
    exit();
  };
  useInput((input, key) => {
    if (key.ctrl && input === 'c') leave(130);
  });
  const height = size.rows - 1;
  if (done) return <PlanPreviewScreen plan={done.plan} written={done.written} width={size.columns} height={height} onQuit={() => leave(0)} />;
  return (
    <>
      <InterviewScreen
        start={start}
        width={size.columns}
        height={height - (error ? 1 : 0)}
        onSave={saveDraft}
        onDone={(answers) => {
          try {
            const saved = savePlan(answers, request.out, request.force);
            clearDraft();
            setDone({ plan: makePlan(answers), written: saved.markdown });
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      />
      {error ? <Text color="red">{`Could not write the plan: ${error}`}</Text> : null}
    </>
  );
}

/** The interactive planning interview and plan preview, full screen. */
export async function runPlanTui(start: InterviewAnswers, request: InterviewRequest): Promise<number> {
  return runFullScreen((onExit) => <PlanApp start={start} request={request} onExit={onExit} />);
}
