import React, { useMemo, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { ReviewResult } from '../../core/review/engine.js';
import type { ReviewRule } from '../../core/review/types.js';
import { reviewRows, reviewTitle, type ReviewRow } from '../../core/review/view.js';
import { bodyHeight, Frame } from '../components/Frame.js';
import type { ScreenProps } from '../App.js';

export interface ReviewScreenProps extends ScreenProps {
  result: ReviewResult;
  /** The rules, passed in so the review engine loads only when a review runs, not with the course. */
  rules: readonly ReviewRule[];
  home?: string;
  onOpenLesson: (lessonId: string) => void;
}

const COLOR: Record<string, string> = { critical: 'red', high: 'red', medium: 'yellow', low: 'cyan', info: 'gray' };

function Row({ row, selected }: { row: ReviewRow; selected: boolean }) {
  if (row.kind === 'file') return <Text bold wrap="truncate-end">{row.text}</Text>;
  if (row.kind === 'finding') {
    // The selected finding is marked "›" (its rows start with two spaces), so it shows without colour too.
    return (
      <Text wrap="truncate-end" inverse={selected} bold={selected} color={selected ? undefined : COLOR[row.severity ?? 'info']}>
        {selected ? `›${row.text.slice(1)}` : row.text}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end" dimColor={row.kind === 'note'}>
      {row.text === '' ? ' ' : row.text}
    </Text>
  );
}

/** Findings grouped by client and server; Enter expands one to say why, with its fix, lesson and fixed entry. */
export function ReviewScreen({ session, result, rules, home, width, height, onBack, onOpenLesson }: ReviewScreenProps) {
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set());
  const [cursor, setCursorState] = useState(0);
  // Keys can arrive faster than renders: the handler reads and writes the cursor through a ref.
  const cursorRef = useRef(0);
  const setCursor = (next: number | ((c: number) => number)) => {
    cursorRef.current = typeof next === 'function' ? next(cursorRef.current) : next;
    setCursorState(cursorRef.current);
  };
  const [top, setTop] = useState(0);
  const titles = useMemo(() => new Map(session.catalogue.lessons.map((l) => [l.id, l.title])), [session]);
  const rows = useMemo(
    () => reviewRows(result, expanded, { width: Math.max(20, width - 1), rules, lessonTitle: (id) => titles.get(id), ...(home ? { home } : {}) }),
    [result, rules, expanded, width, titles, home],
  );
  const findingRows = rows.map((r, i) => (r.kind === 'finding' ? i : -1)).filter((i) => i >= 0);
  const selectedRow = findingRows[Math.min(cursor, findingRows.length - 1)];
  const selected = selectedRow === undefined ? undefined : rows[selectedRow]?.finding;
  const view = bodyHeight(height, width);

  // Keep the selected finding, and as much of its detail as fits, on screen.
  let first = top;
  if (selectedRow !== undefined) {
    let last = selectedRow;
    while (last + 1 < rows.length && rows[last + 1]?.kind === 'detail' && rows[last + 1]?.finding === selected) last += 1;
    if (selectedRow < first) first = selectedRow;
    if (last >= first + view) first = Math.min(selectedRow, last - view + 1);
  }
  first = Math.max(0, Math.min(first, Math.max(0, rows.length - view)));
  if (first !== top) setTop(first);

  useInput((input, key) => {
    const current = findingRows[Math.min(cursorRef.current, findingRows.length - 1)];
    const selected = current === undefined ? undefined : rows[current]?.finding;
    if (input === 'q' || key.escape) onBack();
    else if (key.downArrow || input === 'j') setCursor((c) => Math.min(findingRows.length - 1, c + 1));
    else if (key.upArrow || input === 'k') setCursor((c) => Math.max(0, c - 1));
    else if (key.pageDown || input === ' ' || key.pageUp || input === 'b') {
      // Page by a screen and select the first finding on the new page.
      const down = key.pageDown || input === ' ';
      const nextTop = Math.max(0, Math.min(Math.max(0, rows.length - view), top + (down ? view - 1 : 1 - view)));
      const onPage = findingRows.findIndex((r) => r >= nextTop);
      setTop(nextTop);
      if (onPage >= 0) setCursor(down ? onPage : Math.max(0, findingRows.findIndex((r) => r >= nextTop)));
    }
    else if ((key.return || key.rightArrow || key.leftArrow) && selected !== undefined) {
      setExpanded((s) => {
        const next = new Set(s);
        if (key.leftArrow || (key.return && next.has(selected))) next.delete(selected);
        else next.add(selected);
        return next;
      });
    } else if (input === 'l' && selected !== undefined) {
      const lesson = result.details[selected]?.finding.lesson;
      if (lesson && titles.has(lesson)) onOpenLesson(lesson);
    }
  });

  const count = findingRows.length;
  return (
    <Frame
      title={reviewTitle(result)}
      status={count ? `${Math.min(cursor, count - 1) + 1}/${count}` : ''}
      keys={count ? '↑↓ finding · Enter why and fix · l lesson · PgUp/PgDn scroll · q back' : 'q back'}
      width={width}
      height={height}
    >
      <Box flexDirection="column" height={view} overflow="hidden">
        {rows.slice(first, first + view).map((row, i) => (
          <Row key={first + i} row={row} selected={first + i === selectedRow} />
        ))}
      </Box>
    </Frame>
  );
}
