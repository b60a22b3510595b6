import React from 'react';
import { Box, Text } from 'ink';

export interface FrameProps {
  /** Where the learner is, always visible (for checks: which lesson is being checked). */
  title: string;
  /** Right side of the header, for example "Check 2 of 4". */
  status?: string;
  /** Key help, always visible. */
  keys: string;
  height: number;
  width: number;
  children: React.ReactNode;
}

/** Header, body and key help: every screen has the same chrome so keys are always on screen. */
export function Frame({ title, status, keys, height, width, children }: FrameProps) {
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Box justifyContent="space-between">
        <Box flexShrink={1}>
          <Text bold wrap="truncate-end">
            {title}
          </Text>
        </Box>
        {status ? (
          <Box flexShrink={0} marginLeft={1}>
            <Text dimColor>{status}</Text>
          </Box>
        ) : null}
      </Box>
      <Text dimColor>{'─'.repeat(width)}</Text>
      <Box flexDirection="column" flexGrow={1} overflow="hidden">
        {children}
      </Box>
      <Text dimColor>{'─'.repeat(width)}</Text>
      <Box height={keyLines(width)} overflow="hidden">
        <Text wrap="wrap">{keys}</Text>
      </Box>
    </Box>
  );
}

/** Key help gets a second line on narrow terminals, so it is never cut off. */
export function keyLines(width: number): number {
  return width < 72 ? 2 : 1;
}

/** Rows available to a screen's body inside the Frame. */
export function bodyHeight(height: number, width: number): number {
  return Math.max(3, height - 3 - keyLines(width));
}
