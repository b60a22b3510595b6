import React from 'react';
import { Box, Text, useInput } from 'ink';
import type { Lesson } from '../../core/content/types.js';
import { Frame } from '../components/Frame.js';
import { wrapLines } from '../../core/text/wrap.js';

export interface CompleteProps {
  lesson: Lesson;
  done: boolean;
  remaining: string[];
  next?: Lesson;
  width: number;
  height: number;
  onNext: () => void;
  onRedo: () => void;
  onCourseList: () => void;
  /** A scenario the lesson names, offered with the s key. */
  scenario?: { id: string; title: string };
  onScenario?: (scenarioId: string) => void;
  /** Set on the last lesson of a track: its capstone is offered with the p key. */
  capstone?: number;
  onCapstone?: (track: number) => void;
}

/** End of a lesson: says whether it is done and asks before moving on. */
export function CompleteView({ lesson, done, remaining, next, width, height, onNext, onRedo, onCourseList, scenario, onScenario, capstone, onCapstone }: CompleteProps) {
  useInput((input, key) => {
    if (key.return && next) onNext();
    else if (input === 'r') onRedo();
    else if (input === 's' && scenario) onScenario?.(scenario.id);
    else if (input === 'p' && capstone) onCapstone?.(capstone);
    else if (input === 'l' || input === 'q' || key.escape || (key.return && !next)) onCourseList();
  });
  const lines = done
    ? [`✓ Lesson complete: ${lesson.title}.`]
    : [`This lesson is not complete yet. Still to get right: ${remaining.join('; ')}.`, 'Press r to go through what is left again.'];
  const play = `${capstone ? ' · p capstone' : ''}${scenario ? ' · s scenario' : ''}`;
  const keys = next ? `Enter: next lesson${play} · r redo · l course list · q back` : `Enter: course list${play} · r redo · q back`;
  return (
    <Frame title={lesson.title} status="End of lesson" keys={keys} width={width} height={height}>
      <Box flexDirection="column">
        {lines.flatMap((l) => wrapLines(l, width)).map((line, i) => (
          <Text key={i} color={i === 0 ? (done ? 'green' : 'yellow') : undefined}>
            {line}
          </Text>
        ))}
        <Text> </Text>
        {scenario
          ? wrapLines(`Put it into practice: press s to play the scenario "${scenario.title}".`, width).map((line, i) => <Text key={`s${i}`}>{line}</Text>)
          : null}
        {scenario ? <Text> </Text> : null}
        {capstone
          ? wrapLines(`End of track ${capstone}. Press p for its capstone: the planning questions this track taught, for your own server or a scenario, written as that deployment's plan.`, width).map((line, i) => (
              <Text key={`p${i}`} color="cyan">
                {line}
              </Text>
            ))
          : null}
        {capstone ? <Text> </Text> : null}
        {next ? (
          wrapLines(`Up next: ${next.title} (about ${next.minutes} minutes). Open it now?`, width).map((line, i) => <Text key={`n${i}`}>{line}</Text>)
        ) : (
          <Text>That was the last lesson in the course.</Text>
        )}
      </Box>
    </Frame>
  );
}
