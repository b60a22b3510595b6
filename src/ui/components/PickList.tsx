import React, { useCallback, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { wrapLines } from '../../core/text/wrap.js';

export interface PickRow {
  key: string;
  text: string;
  /** Shown at the right and never cut off (for example DEPRECATED). */
  tag?: string;
  tagColor?: string;
}

/** First row of a window of `view` rows that keeps `cursor` on screen, a little context above it. */
export function windowTop(cursor: number, count: number, view: number): number {
  if (count <= view) return 0;
  return Math.max(0, Math.min(cursor - Math.floor(view / 3), count - view));
}

/**
 * A cursor over `count` rows that key handlers can read and move faster than Ink re-renders
 * (keys sent in one burst all see the latest position).
 */
export function useCursor(count: number, initial = 0) {
  const ref = useRef(initial);
  const [cursor, setState] = useState(initial);
  const clamp = (n: number) => Math.max(0, Math.min(Math.max(0, count - 1), n));
  ref.current = clamp(ref.current);
  const set = useCallback(
    (next: number | ((c: number) => number)) => {
      ref.current = Math.max(0, Math.min(Math.max(0, count - 1), typeof next === 'function' ? next(ref.current) : next));
      setState(ref.current);
    },
    [count],
  );
  return { cursor: clamp(cursor), ref, set };
}

/** Moves the cursor for ↑↓ j k, PgUp PgDn, Home End; returns false when the key is not a move. */
export function moveCursor(
  key: { upArrow: boolean; downArrow: boolean; pageUp: boolean; pageDown: boolean; home: boolean; end: boolean },
  set: (next: number | ((c: number) => number)) => void,
  count: number,
  page: number,
  input = '',
  letters = true,
): boolean {
  if (key.downArrow || (letters && input === 'j')) set((c) => c + 1);
  else if (key.upArrow || (letters && input === 'k')) set((c) => c - 1);
  else if (key.pageDown) set((c) => c + Math.max(1, page - 1));
  else if (key.pageUp) set((c) => c - Math.max(1, page - 1));
  else if (key.home || (letters && input === 'g')) set(0);
  else if (key.end || (letters && input === 'G')) set(count - 1);
  else return false;
  return true;
}

/**
 * A window onto a list with one selected row: marked with "›" and shown inverse, so the
 * selection is visible without colour. A row's tag stays whole at the right.
 */
export function PickList({ rows, cursor, height, width }: { rows: PickRow[]; cursor: number; height: number; width: number }) {
  const top = windowTop(cursor, rows.length, height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.slice(top, top + height).map((row, i) => {
        const selected = top + i === cursor;
        return (
          <Box key={row.key} width={width} height={1}>
            <Box flexGrow={1} flexShrink={1}>
              <Text inverse={selected} wrap="truncate-end">
                {`${selected ? '›' : ' '} ${row.text}`}
              </Text>
            </Box>
            {row.tag ? (
              <Box flexShrink={0} marginLeft={1}>
                <Text color={row.tagColor} bold={selected}>
                  {row.tag}
                </Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}

/** `text` wrapped to `width` in at most `n` lines; a cut ends with "…". */
export function clipLines(text: string, width: number, n: number): string[] {
  const lines = wrapLines(text, width);
  if (lines.length <= n) return lines;
  const kept = lines.slice(0, n);
  const last = kept[n - 1] ?? '';
  kept[n - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** A few dim lines about the selected row, always the same height so the list does not jump. */
export function InfoLines({ lines, height }: { lines: string[]; height: number }) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {Array.from({ length: height }, (_, i) => (
        <Text key={i} dimColor wrap="truncate-end">
          {lines[i] || ' '}
        </Text>
      ))}
    </Box>
  );
}
