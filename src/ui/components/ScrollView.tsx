import React, { useEffect, useState } from 'react';
import { Box, Text, useInput } from 'ink';

export function maxOffset(lines: number, height: number): number {
  return Math.max(0, lines - height);
}

/** Scroll position over `total` lines in a window of `height`: arrows, j/k, PgUp/PgDn, space/b, g/G, Home/End. */
export function useScroll(total: number, height: number, options: { isActive?: boolean; initial?: number } = {}) {
  const limit = maxOffset(total, height);
  const [offset, setOffset] = useState(() => Math.min(options.initial ?? 0, limit));
  useEffect(() => {
    if (offset > limit) setOffset(limit);
  }, [limit, offset]);
  useInput(
    (input, key) => {
      const page = Math.max(1, height - 1);
      let next = offset;
      if (key.downArrow || input === 'j') next += 1;
      else if (key.upArrow || input === 'k') next -= 1;
      else if (key.pageDown || input === ' ') next += page;
      else if (key.pageUp || input === 'b') next -= page;
      else if (input === 'g' || key.home) next = 0;
      else if (input === 'G' || key.end) next = limit;
      else return;
      setOffset(Math.max(0, Math.min(limit, next)));
    },
    { isActive: options.isActive ?? true },
  );
  return { offset: Math.min(offset, limit), atEnd: offset >= limit, setOffset };
}

/** A window onto pre-wrapped lines. */
export function Lines({ lines, offset, height }: { lines: string[]; offset: number; height: number }) {
  const visible = lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {visible.map((line, index) => (
        <Text key={offset + index} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}

/** "1-20 of 80 (25%)" for the header. */
export function scrollStatus(offset: number, height: number, total: number): string {
  if (total <= height) return '';
  const end = Math.min(total, offset + height);
  return `${offset + 1}-${end} of ${total} (${Math.round((end / total) * 100)}%)`;
}
