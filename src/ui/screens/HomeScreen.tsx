import React from 'react';
import { Box, Text, useInput } from 'ink';
import { continueTarget, trackSummaries } from '../../core/course/navigation.js';
import { dueItems } from '../../core/quiz/due.js';
import { ChoiceList } from '../components/ChoiceList.js';
import type { PendingCapstone } from '../../core/course/capstone.js';
import { plural } from '../../core/text/plural.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { wrapLines } from '../../core/text/wrap.js';
import type { ScreenProps } from '../App.js';

const INTRO = 'Learn to deploy and run MCP servers without handing an attacker your laptop or your cloud.';

export interface HomeProps extends ScreenProps {
  notices: string[];
  /** A capstone left before its end, offered to finish. */
  capstone?: PendingCapstone;
  onCapstone?: (track: number) => void;
  onContinue: () => void;
  onCourse: () => void;
  onScenarios: () => void;
  onPlan: () => void;
  onQuiz: (review: boolean) => void;
  onProgress: () => void;
  onReview: () => void;
  onServers: () => void;
  onToolbox: () => void;
  onQuit: () => void;
}

export function HomeScreen({ session, width, height, notices, capstone, onCapstone, onContinue, onCourse, onScenarios, onPlan, onQuiz, onProgress, onReview, onServers, onToolbox, onQuit, onBack }: HomeProps) {
  const target = continueTarget(session.catalogue, session.progress);
  const due = dueItems(session.progress.quiz.cards, new Date()).length;
  const summaries = trackSummaries(session.catalogue, session.progress);
  const done = summaries.reduce((n, s) => n + s.done, 0);
  const total = summaries.reduce((n, s) => n + s.lessons, 0);
  const continueLabel = !target
    ? 'Course complete: review any lesson'
    : target.reason === 'resume'
      ? `Continue: ${target.lesson.title}`
      : target.reason === 'next'
        ? `Next lesson: ${target.lesson.title}`
        : `Start the course: ${target.lesson.title}`;

  useInput((input, key) => {
    if (input === 'q' || key.escape) onBack();
  });

  const options = [
    ...(capstone && onCapstone ? [{ label: `Finish the track ${capstone.track} capstone for ${capstone.server} (${capstone.answered} of ${capstone.total} answered)`, value: 'capstone' }] : []),
    { label: continueLabel, value: 'continue' },
    { label: 'Course: tracks and lessons', value: 'course' },
    ...(session.catalogue.scenarios.length ? [{ label: `Scenarios: ${session.catalogue.scenarios.length} deployments and incidents to decide`, value: 'scenarios' }] : []),
    { label: 'Plan a deployment: risk interview and plan document', value: 'plan' },
    ...(session.catalogue.quiz.length ? [{ label: 'Skill self-assessment: scores per area and what to study', value: 'quiz' }] : []),
    ...(due ? [{ label: `Review: ${plural(due, 'quiz item')} due`, value: 'review' }] : []),
    { label: 'Review my MCP client configs (offline, nothing is started)', value: 'config-review' },
    { label: 'Known servers: tools, switches, credentials, advisories', value: 'servers' },
    { label: "Operator's toolbox: scanners, gateways, sandboxes, what each sends", value: 'toolbox' },
    { label: 'Progress', value: 'progress' },
    { label: 'Quit', value: 'quit' },
  ];

  // Fit the menu to the terminal: one row per option (cut with "…" to the width), the intro and the
  // track summary only when there is room, and the menu scrolls when even that is too tall.
  const body = bodyHeight(height, width);
  const noticeLines = notices.flatMap((n) => wrapLines(n, width)).slice(0, Math.max(0, body - 4));
  const introLines = wrapLines(INTRO, width);
  const room = Math.max(3, body - noticeLines.length);
  const showIntro = room - introLines.length - 1 >= options.length;
  const afterIntro = room - (showIntro ? introLines.length + 1 : 0);
  const showSummary = afterIntro - options.length >= summaries.length + 1;
  const menuRows = Math.max(3, afterIntro - (showSummary ? summaries.length + 1 : 0));

  return (
    <Frame title="mcp-operator · MCP server operations course" status={`${done}/${total} lessons done`} keys="↑↓ move · Enter choose · q quit" width={width} height={height}>
      {noticeLines.map((n, i) => (
        <Text key={i} color="yellow" wrap="truncate-end">
          {n}
        </Text>
      ))}
      {showIntro ? (
        <Box marginBottom={1} flexDirection="column">
          {introLines.map((line, i) => (
            <Text key={i}>{line}</Text>
          ))}
        </Box>
      ) : null}
      <ChoiceList
        choices={options}
        truncate
        width={width}
        height={menuRows}
        onSelect={(value) => {
          if (value === 'capstone' && capstone) onCapstone?.(capstone.track);
          else if (value === 'continue') onContinue();
          else if (value === 'course') onCourse();
          else if (value === 'scenarios') onScenarios();
          else if (value === 'plan') onPlan();
          else if (value === 'quiz') onQuiz(false);
          else if (value === 'review') onQuiz(true);
          else if (value === 'progress') onProgress();
          else if (value === 'config-review') onReview();
          else if (value === 'servers') onServers();
          else if (value === 'toolbox') onToolbox();
          else onQuit();
        }}
      />
      {showSummary ? (
        <Box marginTop={1} flexDirection="column">
          {summaries.map((s) => (
            <Text key={s.track.id} dimColor wrap="truncate-end">
              {`Track ${s.track.number}: ${s.track.title}  ${s.done}/${s.lessons}`}
            </Text>
          ))}
        </Box>
      ) : null}
    </Frame>
  );
}
