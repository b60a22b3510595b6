import React from 'react';
import { Box, Text, useInput } from 'ink';
import { fitLines } from '../../core/text/wrap.js';
import { Frame, bodyHeight } from './Frame.js';
import { scrollStatus, useScroll } from './ScrollView.js';

export type Tone = 'title' | 'heading' | 'warn' | 'alert' | 'plain';

export interface StyledLine {
  text: string;
  tone: Tone;
}

/** Wrap plain lines to `width`, each wrapped part keeping its line's tone. */
export function fitStyled(lines: readonly StyledLine[], width: number): StyledLine[] {
  return lines.flatMap((line) => fitLines([line.text], width).map((text) => ({ text, tone: line.tone })));
}

const TONE: Record<Tone, { bold?: boolean; color?: string }> = {
  title: { bold: true },
  heading: { bold: true },
  warn: { color: 'yellow' },
  alert: { color: 'red', bold: true },
  plain: {},
};

export interface DetailPagerProps {
  title: string;
  /** Lines already fitted to `width` (see fitStyled). */
  lines: StyledLine[];
  width: number;
  height: number;
  /** Extra key help before the scroll and back keys, e.g. "s successor". */
  extraKeys?: string;
  onBack: () => void;
  /** Keys other than scrolling and back. */
  onKey?: (input: string) => void;
}

/** A record in full, scrolled with ↑↓ j k, PgUp PgDn, space b, g G; Esc, q or ← goes back. */
export function DetailPager({ title, lines, width, height, extraKeys, onBack, onKey }: DetailPagerProps) {
  const body = bodyHeight(height, width);
  const { offset } = useScroll(lines.length, body);
  useInput((input, key) => {
    if (key.escape || input === 'q' || key.leftArrow || key.backspace || key.delete) onBack();
    else if (onKey && input) onKey(input);
  });
  const scrolls = lines.length > body;
  const keys = [extraKeys, scrolls ? '↑↓ PgUp/PgDn scroll' : '', 'Esc back'].filter(Boolean).join(' · ');
  return (
    <Frame title={title} status={scrollStatus(offset, body, lines.length)} keys={keys} width={width} height={height}>
      <Box flexDirection="column" height={body} overflow="hidden">
        {lines.slice(offset, offset + body).map((line, i) => (
          <Text key={offset + i} wrap="truncate-end" {...TONE[line.tone]}>
            {line.text === '' ? ' ' : line.text}
          </Text>
        ))}
      </Box>
    </Frame>
  );
}
