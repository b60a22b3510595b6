import React, { useRef, useState } from 'react';
import { Text, useInput } from 'ink';
import chalk from 'chalk';

export interface TextFieldProps {
  defaultValue?: string;
  placeholder?: string;
  width: number;
  isActive?: boolean;
  onSubmit: (value: string) => void;
  /** Every change, so a screen can keep what was typed when the learner goes back and returns. */
  onChange?: (value: string) => void;
}

export interface FieldState {
  value: string;
  cursor: number;
}

export type FieldKey = { return?: boolean; backspace?: boolean; delete?: boolean; leftArrow?: boolean; rightArrow?: boolean; home?: boolean; end?: boolean; ctrl?: boolean; meta?: boolean; tab?: boolean; upArrow?: boolean; downArrow?: boolean; escape?: boolean };

/**
 * Apply one input event to a text field. Typed and pasted text arrive alike, possibly with the
 * Enter in the same chunk ("acme-files\r"): the text before the first line break is inserted and
 * the field is submitted; whatever follows the break is dropped. Returns the new state and whether
 * it was submitted.
 */
export function applyFieldInput(state: FieldState, input: string, key: FieldKey): { state: FieldState; submit: boolean } {
  const { value, cursor } = state;
  if (key.return) return { state, submit: true };
  if (key.backspace || key.delete) {
    if (cursor === 0) return { state, submit: false };
    return { state: { value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1 }, submit: false };
  }
  if (key.leftArrow) return { state: { value, cursor: Math.max(0, cursor - 1) }, submit: false };
  if (key.rightArrow) return { state: { value, cursor: Math.min(value.length, cursor + 1) }, submit: false };
  if (key.home || (key.ctrl && input === 'a')) return { state: { value, cursor: 0 }, submit: false };
  if (key.end || (key.ctrl && input === 'e')) return { state: { value, cursor: value.length }, submit: false };
  if (key.ctrl && input === 'u') return { state: { value: value.slice(cursor), cursor: 0 }, submit: false };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.escape || !input) return { state, submit: false };
  const brk = input.search(/[\r\n]/);
  // Tabs and other control characters in a paste are not part of a name.
  const text = (brk === -1 ? input : input.slice(0, brk)).replace(/[\u0000-\u001F\u007F]/g, ' ');
  const next = { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
  return { state: next, submit: brk !== -1 };
}

/** The part of `value` to show in `room` columns, keeping the cursor in view. */
export function fieldWindow(value: string, cursor: number, room: number): { start: number; end: number } {
  if (value.length < room) return { start: 0, end: value.length };
  const start = Math.max(0, Math.min(cursor - room + 1, value.length - room + 1));
  return { start, end: Math.min(value.length, start + room - 1) };
}

/**
 * A one-line text field that never loses a key: its value lives in a ref, so Enter typed or pasted
 * right after the text submits the whole text, even before Ink has drawn it.
 */
export function TextField({ defaultValue = '', placeholder, width, isActive = true, onSubmit, onChange }: TextFieldProps) {
  const ref = useRef<FieldState>({ value: defaultValue, cursor: defaultValue.length });
  const [state, setState] = useState<FieldState>(ref.current);
  const latest = useRef({ onSubmit, onChange });
  latest.current = { onSubmit, onChange };

  useInput(
    (input, key) => {
      const previous = ref.current;
      const { state: next, submit } = applyFieldInput(previous, input, key);
      if (next !== previous) {
        ref.current = next;
        setState(next);
        if (next.value !== previous.value) latest.current.onChange?.(next.value);
      }
      if (submit) latest.current.onSubmit(ref.current.value);
    },
    { isActive },
  );

  const prompt = '› ';
  const room = Math.max(4, width - prompt.length - 1);
  if (!state.value && placeholder) {
    return (
      <Text wrap="truncate-end">
        {prompt}
        {chalk.level > 0 ? chalk.inverse(placeholder[0]) + chalk.dim(placeholder.slice(1)) : `_ ${placeholder}`}
      </Text>
    );
  }
  const { start, end } = fieldWindow(state.value, state.cursor, room);
  const before = state.value.slice(start, state.cursor);
  const at = state.value[state.cursor] ?? ' ';
  const after = state.value.slice(state.cursor + 1, end);
  // Without colour an inverse cursor is invisible: show it as "_" at the end or "|" before a character.
  const cursorText = chalk.level > 0 ? chalk.inverse(at) : state.cursor >= state.value.length ? '_' : `|${at}`;
  return (
    <Text wrap="truncate-end">
      {prompt}
      {start > 0 ? '…' : ''}
      {before}
      {cursorText}
      {after}
    </Text>
  );
}
