import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { QUESTIONS, type InterviewAnswers } from '../../core/interview/questions.js';
import { wrapLines } from '../../core/text/wrap.js';
import { loadCourseDeployment, saveCourseDeployment } from '../../io/plan-files.js';
import { askedFactors } from '../../core/interview/flow.js';
import { makePlan, savePlan } from '../../app/plans.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { ChoiceList } from '../components/ChoiceList.js';
import { PlanFlowScreen } from './PlanFlowScreen.js';
import type { ScreenProps } from '../App.js';

export interface CapstoneProps extends ScreenProps {
  track: number;
}

/**
 * A track's capstone: the part of the planning interview the track taught, for the learner's own
 * server (built up across tracks) or a scenario's server, ending in that deployment's plan.
 */
export function CapstoneScreen({ session, track, width, height, onBack }: CapstoneProps) {
  const [start, setStart] = useState<{ answers: InterviewAnswers; own: boolean } | undefined>();
  const questions = QUESTIONS.filter((q) => q.track === track || q.id === 'server');
  const title = session.catalogue.tracks.find((t) => t.number === track)?.title ?? `Track ${track}`;
  useInput(
    (input, key) => {
      if (input === 'q' || key.escape) onBack();
    },
    { isActive: !start },
  );
  if (start) {
    return (
      <PlanFlowScreen
        start={start.answers}
        questions={questions}
        width={width}
        height={height}
        // The capstone's answers are the user's choice (their own deployment so far, or a scenario's): go on from them.
        startKind="prefilled"
        save={start.own ? saveCourseDeployment : () => undefined}
        // Rated only on what this track (and the tracks before it) asked; the rest is listed as not yet assessed.
        preview={(answers) => makePlan(answers, undefined, undefined, { asked: askedFactors(answers, questions) })}
        finish={(answers) => savePlan(answers, undefined, undefined, { asked: askedFactors(answers, questions) })}
        onQuit={onBack}
      />
    );
  }
  const own = loadCourseDeployment();
  const options = [
    { label: own.server ? `My own server: ${String(own.server)} (continue its plan)` : 'My own server (a real one you are about to deploy)', value: 'own' },
    ...session.catalogue.scenarios.filter((s) => s.family !== 'incident').map((s) => ({ label: `Scenario: ${s.title}`, value: s.id })),
  ];
  const intro = wrapLines(
    `Capstone for track ${track}, ${title}: answer the planning question${questions.length - 1 === 1 ? '' : 's'} this track taught (${questions.length - 1}). The answers become that deployment's plan (Markdown and JSON), and mcp-operator progress lists it.`,
    width,
  );
  return (
    <Frame title={`Capstone: ${title}`} status={`${questions.length} questions`} keys="↑↓ move · Enter choose · q back" width={width} height={height}>
      <ChoiceList
        choices={options}
        width={width}
        height={bodyHeight(height, width)}
        lead={[...intro, '']}
        onSelect={(value) => {
          if (value === 'own') return setStart({ answers: own, own: true });
          const scenario = session.catalogue.scenarios.find((s) => s.id === value);
          if (scenario) setStart({ answers: { server: scenario.title, ...(scenario.profile as unknown as InterviewAnswers) }, own: false });
        }}
      />
    </Frame>
  );
}
