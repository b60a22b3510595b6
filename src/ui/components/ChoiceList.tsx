import React, { useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { choiceRows, moreLine, viewRows, windowTop } from './choice-layout.js';
import { moveCursor, useCursor } from './PickList.js';

export interface Choice {
  label: string;
  value: string;
}

export interface ChoiceListProps {
  choices: readonly Choice[];
  width: number;
  /** Rows the list may take, text before and after included; it scrolls when it needs more. */
  height: number;
  /** Lines above the choices (the question), fitted to the width; they scroll with the list. */
  lead?: readonly string[];
  /** Lines below the choices, fitted to the width. */
  trail?: readonly string[];
  /** The choice under the cursor at first (an earlier answer, a suggestion). */
  initial?: number;
  isActive?: boolean;
  /** One line per choice, cut with "…", instead of wrapped. */
  truncate?: boolean;
  /** Enter on a choice (a single-choice list). */
  onSelect?: (value: string, index: number) => void;
  /** A multi-choice list: Space marks, Enter submits the marked values in list order. */
  multi?: { initial?: readonly string[]; onSubmit: (values: string[]) => void };
}

/**
 * A list of choices that holds at any size: labels wrap under their own text (or are cut with "…"),
 * the choice under the cursor is marked "›" so it shows without colour, and a list taller than its
 * rows scrolls with the cursor and says how many choices are hidden above and below. Keys: ↑↓ j k,
 * PgUp PgDn, Home End, Enter; Space marks in a multi-choice list. Keys that come faster than Ink
 * re-renders all see the latest cursor.
 */
export function ChoiceList({ choices, width, height, lead, trail, initial = 0, isActive = true, truncate, onSelect, multi }: ChoiceListProps) {
  const { cursor, ref, set } = useCursor(choices.length, Math.max(0, Math.min(initial, choices.length - 1)));
  const [marked, setMarkedState] = useState<ReadonlySet<string>>(() => new Set(multi?.initial ?? []));
  const markedRef = useRef(marked);
  const setMarked = (next: ReadonlySet<string>) => {
    markedRef.current = next;
    setMarkedState(next);
  };
  const topRef = useRef(0);
  const latest = useRef({ choices, onSelect, multi });
  latest.current = { choices, onSelect, multi };

  const { rows, ranges } = choiceRows(
    choices.map((c) => c.label),
    width,
    cursor,
    { ...(multi ? { marks: choices.map((c) => marked.has(c.value)) } : {}), ...(truncate ? { truncate } : {}), ...(lead ? { lead } : {}), ...(trail ? { trail } : {}) },
  );
  const view = viewRows(rows.length, height);
  const baseTop = windowTop(topRef.current, ranges, cursor, rows.length, height);
  topRef.current = baseTop;
  // A question too long to show with its first choice: ↑ on the first choice scrolls back through it.
  const [peek, setPeek] = useState(0);
  const peekRef = useRef(0);
  const top = cursor === 0 ? Math.max(0, baseTop - peek) : baseTop;
  const setPeekTo = (n: number) => {
    peekRef.current = n;
    setPeek(n);
  };

  useInput(
    (input, key) => {
      const { choices: current, onSelect: select, multi: many } = latest.current;
      const hidden = topRef.current - peekRef.current;
      if (ref.current === 0 && (key.upArrow || input === 'k' || key.pageUp || key.home || input === 'g')) {
        // Nothing above the first choice to move to: show more of the question, if any is hidden.
        if (hidden > 0) setPeekTo(key.upArrow || input === 'k' ? peekRef.current + 1 : topRef.current);
        return;
      }
      if (moveCursor(key, set, current.length, view, input)) {
        if (peekRef.current) setPeekTo(0);
        return;
      }
      const choice = current[ref.current];
      if (!choice) return;
      if (many && input === ' ') {
        const next = new Set(markedRef.current);
        if (next.has(choice.value)) next.delete(choice.value);
        else next.add(choice.value);
        setMarked(next);
      } else if (key.return) {
        if (many) many.onSubmit(current.filter((c) => markedRef.current.has(c.value)).map((c) => c.value));
        else select?.(choice.value, ref.current);
      }
    },
    { isActive },
  );

  const shown = rows.slice(top, top + view);
  const more = rows.length > view ? moreLine(ranges, top, view, rows.length) : undefined;
  return (
    <Box flexDirection="column" height={shown.length + (more === undefined ? 0 : 1)} overflow="hidden">
      {shown.map((row, i) => (
        <Box key={top + i} height={1} width={width} overflow="hidden">
          <Text wrap="truncate-end" color={row.selected ? 'cyan' : undefined} bold={row.selected && typeof row.owner === 'number'}>
            {row.text === '' ? ' ' : row.text}
          </Text>
        </Box>
      ))}
      {more === undefined ? null : (
        <Text dimColor wrap="truncate-end">
          {more || ' '}
        </Text>
      )}
    </Box>
  );
}
