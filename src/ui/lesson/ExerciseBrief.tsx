import React, { useEffect, useState } from 'react';
import { Text, useInput } from 'ink';
import { markdownWidth, renderMarkdown } from '../../io/markdown.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';

export interface BriefProps {
  title: string;
  markdown: string;
  width: number;
  height: number;
  startLabel: string;
  onStart: () => void;
  onBack: () => void;
}

/** The exercise to study (prompt and code), scrollable, before the learner answers. */
export function ExerciseBrief({ title, markdown, width, height, startLabel, onStart, onBack }: BriefProps) {
  const [lines, setLines] = useState<string[] | undefined>();
  const body = bodyHeight(height, width);
  const { offset } = useScroll(lines?.length ?? 0, body, { isActive: Boolean(lines) });
  useEffect(() => {
    let live = true;
    void renderMarkdown(markdown, markdownWidth(width)).then((text) => live && setLines(text.split('\n')));
    return () => {
      live = false;
    };
  }, [markdown, width]);
  useInput((input, key) => {
    if (key.return) onStart();
    else if (input === 'q' || key.escape) onBack();
  });
  return (
    <Frame title={title} status={lines ? scrollStatus(offset, body, lines.length) : ''} keys={`↑↓ scroll · Enter: ${startLabel} · q back`} width={width} height={height}>
      {lines ? <Lines lines={lines} offset={offset} height={body} /> : <Text dimColor>Rendering…</Text>}
    </Frame>
  );
}
