import React, { useEffect, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { QUESTIONS, type InterviewAnswers, type Question } from '../../core/interview/questions.js';
import { nextQuestion, progressOf } from '../../core/interview/flow.js';
import type { Plan } from '../../core/plan/model.js';
import { diffOneLine, diffPlans, diffSummaryLines } from '../../core/plan/diff.js';
import { wrapLines } from '../../core/text/wrap.js';
import { makePlan, type SavedPlanResult } from '../../app/plans.js';
import { planServerName, planToReplace } from '../../io/plan-files.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { ChoiceList } from '../components/ChoiceList.js';
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
  /**
   * What a non-empty `start` is: 'draft' (an interrupted interview: offered to resume or start over,
   * never resumed silently; the default) or 'prefilled' (answers the user chose to go on from, such
   * as a capstone's own deployment or answers taken from a config).
   */
  startKind?: 'draft' | 'prefilled';
  /** The plan that writing these answers would replace; default: the tutor's own plan for the server they name. */
  replaces?: (answers: InterviewAnswers) => Plan | undefined;
  /** The plan these answers make, to say what changes before replacing; default: makePlan. */
  preview?: (answers: InterviewAnswers) => Plan;
}

type Step = { name: 'resume' } | { name: 'interview'; start: InterviewAnswers } | { name: 'replace'; answers: InterviewAnswers; old: Plan; next: Plan } | { name: 'done'; result: SavedPlanResult; summary?: string };

/**
 * Resume or start over (when a draft exists), the interview, then, if a plan for this server exists,
 * what changes and whether to replace it; the plan is written and previewed.
 */
export function PlanFlowScreen({ start, questions = QUESTIONS, width, height, save, finish, onQuit, startKind = 'draft', replaces = (a) => planToReplace(a), preview = (a) => makePlan(a) }: PlanFlowProps) {
  const hasDraft = startKind === 'draft' && Object.keys(start).length > 0;
  const [step, setStep] = useState<Step>(hasDraft ? { name: 'resume' } : { name: 'interview', start });
  const [error, setError] = useState<string | undefined>();

  const write = (answers: InterviewAnswers, summary?: string) => {
    try {
      setStep({ name: 'done', result: finish(answers), summary });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const done = (answers: InterviewAnswers) => {
    let old: Plan | undefined;
    let next: Plan | undefined;
    try {
      old = replaces(answers);
      next = old ? preview(answers) : undefined;
    } catch (e) {
      return setError(e instanceof Error ? e.message : String(e));
    }
    if (old && next) setStep({ name: 'replace', answers, old, next });
    else write(answers);
  };

  // Answers with nothing left to ask (a draft whose plan was never written, a scenario that answers the track): straight to the plan.
  const complete = step.name === 'interview' && !nextQuestion(step.start, questions);
  useEffect(() => {
    if (complete && step.name === 'interview') done(step.start);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complete]);

  useInput(
    (input, key) => {
      if (input === 'q' || key.escape) onQuit();
    },
    { isActive: step.name === 'resume' || step.name === 'replace' },
  );

  if (step.name === 'done') {
    const { result, summary } = step;
    const written = result.replaced || summary ? `${result.markdown} (replaced the previous plan${summary ? `: ${summary}` : ''})` : result.markdown;
    return <PlanPreviewScreen plan={result.plan} written={written} width={width} height={height} onQuit={onQuit} />;
  }

  if (step.name === 'resume') {
    const { answered, total } = progressOf(start, questions);
    const server = typeof start.server === 'string' ? planServerName(start) : undefined;
    const intro = wrapLines(
      `An interview in progress was found: ${answered} of ${total} questions answered${server ? `, for ${server}` : ''}. Resume it, or start over?`,
      width,
    );
    const options = [
      { label: `Resume: keep the ${answered} answer${answered === 1 ? '' : 's'} and go on`, value: 'resume' },
      { label: 'Start over: discard the saved answers', value: 'restart' },
    ];
    return (
      <Frame title="Deployment planning interview" status="draft found" keys="↑↓ move · Enter choose · q leave (answers kept)" width={width} height={height}>
        <ChoiceList
          key="resume"
          choices={options}
          width={width}
          height={bodyHeight(height, width)}
          lead={[...intro, '']}
          onSelect={(value) => {
            if (value === 'restart') {
              save({});
              setStep({ name: 'interview', start: {} });
            } else setStep({ name: 'interview', start });
          }}
        />
      </Frame>
    );
  }

  if (step.name === 'replace') {
    const { answers, old, next } = step;
    const diff = diffPlans(old, next);
    const lines = diffSummaryLines(diff);
    const intro = wrapLines(`A plan for ${old.server} already exists (${old.date}, rule set ${old.ruleSetVersion}). Writing this one replaces it. What changes:`, width);
    const room = Math.max(1, bodyHeight(height, width) - intro.length - 2 - 2 - (error ? 1 : 0));
    const wrapped = lines.flatMap((l) => wrapLines(l, width, '  ', 2));
    const shown = wrapped.length > room ? [...wrapped.slice(0, room - 1), `  … and ${wrapped.length - room + 1} more lines`] : wrapped;
    return (
      <Frame title={`Replace the plan for ${old.server}?`} status="plan exists" keys="↑↓ move · Enter choose · q keep the old plan and leave" width={width} height={height}>
        {intro.map((line, i) => (
          <Text key={`i${i}`}>{line}</Text>
        ))}
        <Box flexDirection="column" marginBottom={1}>
          {shown.map((line, i) => (
            <Text key={i} wrap="truncate-end">
              {line}
            </Text>
          ))}
        </Box>
        <ChoiceList
          key="replace"
          width={width}
          height={3}
          choices={[
            { label: 'Replace it with the new plan', value: 'replace' },
            { label: 'Keep the old plan and leave', value: 'keep' },
          ]}
          onSelect={(value) => (value === 'replace' ? write(answers, diffOneLine(diff)) : onQuit())}
        />
        {error ? <Text color="red">{`Could not write the plan: ${error}`}</Text> : null}
      </Frame>
    );
  }

  return (
    <>
      <InterviewScreen
        key={Object.keys(step.start).length ? 'resumed' : 'fresh'}
        start={step.start}
        questions={questions}
        width={width}
        height={height - (error ? 1 : 0)}
        onSave={save}
        onDone={done}
        onLeave={onQuit}
        leaveNote={startKind === 'draft' ? 'Your answers so far are kept: mcp-operator plan offers to resume them.' : 'Your answers so far are kept.'}
      />
      {error ? <Text color="red">{`Could not write the plan: ${error}`}</Text> : null}
    </>
  );
}
