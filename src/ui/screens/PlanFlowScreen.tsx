import React, { useState } from 'react';
import { Text } from 'ink';
import type { InterviewAnswers, Question } from '../../core/interview/questions.js';
import type { SavedPlanResult } from '../../app/plans.js';
import { InterviewScreen } from './InterviewScreen.js';
import { PlanPreviewScreen } from './PlanPreviewScreen.js';

export interface PlanFlowProps {
  start: InterviewAnswers;
  questions?: readonly Question[];
  width: number;
  height: number;
  save: (answers: InterviewAnswers) => void;
  finish: (answers: InterviewAnswers) => SavedPlanResult;
  onQuit: () => void;
}

/** Interview, then the plan preview; the plan is written when the last answer is in. */
export function PlanFlowScreen({ start, questions, width, height, save, finish, onQuit }: PlanFlowProps) {
  const [done, setDone] = useState<SavedPlanResult | undefined>();
  const [error, setError] = useState<string | undefined>();
  if (done) {
    return <PlanPreviewScreen plan={done.plan} written={`${done.markdown}${done.replaced ? ' (replaced the previous plan)' : ''}`} width={width} height={height} onQuit={onQuit} />;
  }
  return (
    <>
      <InterviewScreen
        start={start}
        questions={questions}
        width={width}
        height={height - (error ? 1 : 0)}
        onSave={save}
        onDone={(answers) => {
          try {
            setDone(finish(answers));
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      />
      {error ? <Text color="red">{`Could not write the plan: ${error}`}</Text> : null}
    </>
  );
}
