import React from 'react';
import { useInput } from 'ink';
import chalk from 'chalk';
import type { Lesson } from '../../core/content/types.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';
import { wrapLines } from '../../core/text/wrap.js';

export interface CompleteProps {
  lesson: Lesson;
  done: boolean;
  remaining: string[];
  /** The next lesson not done yet (Up next). */
  next?: Lesson;
  /** This is the last lesson of the course (said when nothing is up next). */
  last?: boolean;
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
  /** The hands-on lab beside the lesson, offered with the o key. */
  lab?: { id: string; title: string };
  onLab?: (labId: string) => void;
}

/** End of a lesson: says whether it is done and asks before moving on. */
export function CompleteView({ lesson, done, remaining, next, last, width, height, onNext, onRedo, onCourseList, scenario, onScenario, capstone, onCapstone, lab, onLab }: CompleteProps) {
  useInput((input, key) => {
    if (key.return && next) onNext();
    else if (input === 'r') onRedo();
    else if (input === 's' && scenario) onScenario?.(scenario.id);
    else if (input === 'p' && capstone) onCapstone?.(capstone);
    else if (input === 'o' && lab && onLab) onLab(lab.id);
    else if (input === 'l' || input === 'q' || key.escape || (key.return && !next)) onCourseList();
  });
  const said = done
    ? [chalk.green(`✓ Lesson complete: ${lesson.title}.`)]
    : [chalk.yellow(`This lesson is not complete yet. Still to get right: ${remaining.join('; ')}.`), 'Press r to go through what is left again.'];
  const paragraphs = [
    ...said.map((text) => ({ text, gap: false })),
    ...(scenario ? [{ text: `Put it into practice: press s to play the scenario "${scenario.title}".`, gap: true }] : []),
    ...(lab && onLab ? [{ text: `Hands-on lab: press o for "${lab.title}": fix real files in your own editor, graded live.`, gap: true }] : []),
    ...(capstone
      ? [{ text: chalk.cyan(`End of track ${capstone}. Press p for its capstone: the planning questions this track taught, for your own server or a scenario, written as that deployment's plan.`), gap: true }]
      : []),
    {
      text: next ? `Up next: ${next.title} (about ${next.minutes} minutes). Open it now?` : last ? 'That was the last lesson in the course.' : 'Every other lesson is done.',
      gap: true,
    },
  ];
  const lines = paragraphs.flatMap((p) => [...(p.gap ? [''] : []), ...wrapLines(p.text, width)]);
  const body = bodyHeight(height, width);
  const { offset } = useScroll(lines.length, body);
  const play = `${capstone ? ' · p capstone' : ''}${scenario ? ' · s scenario' : ''}${lab && onLab ? ' · o lab' : ''}`;
  const keys = next ? `Enter: next lesson${play} · r redo · l course list · q back` : `Enter: course list${play} · r redo · q back`;
  return (
    <Frame title={lesson.title} status={['End of lesson', scrollStatus(offset, body, lines.length)].filter(Boolean).join(' · ')} keys={keys} width={width} height={height}>
      <Lines lines={lines} offset={offset} height={body} />
    </Frame>
  );
}
