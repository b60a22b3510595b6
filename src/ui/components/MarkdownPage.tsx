import React, { useEffect, useState } from 'react';
import { Text, useInput } from 'ink';
import { markdownWidth, renderMarkdown } from '../../io/markdown.js';
import { Frame, bodyHeight } from './Frame.js';
import { Lines, scrollStatus, useScroll } from './ScrollView.js';

export interface MarkdownPageProps {
  title: string;
  markdown: string;
  width: number;
  height: number;
  startLabel: string;
  onStart: () => void;
  onBack: () => void;
  /** A second action on a letter key, e.g. n to start a scenario over. */
  other?: { key: string; label: string; run: () => void };
}

/** A scrollable page of rendered Markdown with one action on Enter (an exercise brief, a scenario's situation). */
export function MarkdownPage({ title, markdown, width, height, startLabel, onStart, onBack, other }: MarkdownPageProps) {
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
    else if (other && input === other.key) other.run();
    else if (input === 'q' || key.escape) onBack();
  });
  return (
    <Frame title={title} status={lines ? scrollStatus(offset, body, lines.length) : ''} keys={`↑↓ scroll · Enter: ${startLabel}${other ? ` · ${other.key} ${other.label}` : ''} · q back`} width={width} height={height}>
      {lines ? <Lines lines={lines} offset={offset} height={body} /> : <Text dimColor>Rendering…</Text>}
    </Frame>
  );
}
