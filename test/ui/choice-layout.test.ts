import { describe, expect, it } from 'vitest';
import { choiceRows, moreLine, viewRows, windowTop } from '../../src/ui/components/choice-layout.js';
import { applyFieldInput, fieldWindow } from '../../src/ui/components/TextField.js';

describe('choice rows', () => {
  it('marks the selected choice with "›" and wraps each label under its own text', () => {
    const { rows, ranges } = choiceRows(['Short', 'A label long enough to wrap onto a second line at thirty'], 30, 1);
    expect(rows.map((r) => r.text)).toEqual(['  Short', '› A label long enough to wrap', '    onto a second line at', '    thirty']);
    expect(ranges).toEqual([
      [0, 1],
      [1, 4],
    ]);
    expect(rows.filter((r) => r.selected)).toHaveLength(3);
  });

  it('starts every wrapped choice where the one before it cannot: its other lines hang two columns in', () => {
    // Scenario and interview options have no letters: without the hang, "…its own docs" and
    // "A known vendor…" below it read as one choice at 40 columns, with or without colour.
    const labels = ['Official: the MCP project or the service itself, linked from its own docs', 'A known vendor publishing its own server', 'Unknown: no clear owner or attribution'];
    const { rows, ranges } = choiceRows(labels, 40, 0);
    ranges.forEach(([start, end]) => {
      expect(rows[start]!.text).toMatch(/^[› ] \S/);
      for (const row of rows.slice(start + 1, end)) expect(row.text).toMatch(/^ {4}\S/);
    });
    expect(rows.map((r) => r.text)).toEqual([
      '› Official: the MCP project or the',
      '    service itself, linked from its own',
      '    docs',
      '  A known vendor publishing its own',
      '    server',
      '  Unknown: no clear owner or attribution',
    ]);
    // A lettered label still wraps under its text, and a marked one under its own text.
    expect(choiceRows(['B. Upgrade to 0.1.16 or later before connecting to it'], 30, 0).rows.map((r) => r.text)).toEqual(['› B. Upgrade to 0.1.16 or', '     later before connecting', '     to it']);
    expect(choiceRows(['Send data out (HTTP requests, email, messages, posts)'], 40, 0, { marks: [false] }).rows.map((r) => r.text)).toEqual(['› [ ] Send data out (HTTP requests,', '      email, messages, posts)']);
  });

  it('keeps the space after the marker when a label is exactly as wide as the line', () => {
    const label = 'x'.repeat(28);
    const { rows } = choiceRows([label], 30, 0);
    expect(rows[0]!.text).toBe(`› ${label}`);
    expect(rows.every((r) => r.text.length <= 30)).toBe(true);
    const wider = choiceRows(['y'.repeat(29)], 30, 0).rows;
    expect(wider[0]!.text.startsWith('› y')).toBe(true);
  });

  it('shows marks for a multi-choice list, and the lead and trail lines around the choices', () => {
    const { rows } = choiceRows(['One', 'Two'], 40, 0, { marks: [false, true], lead: ['Question?', ''], trail: ['', 'Why we ask'] });
    expect(rows.map((r) => r.text)).toEqual(['Question?', '', '› [ ] One', '  [x] Two', '', 'Why we ask']);
  });
});

describe('the window onto a list taller than its rows', () => {
  // 10 choices of 2 rows each, after 3 lead lines: 23 rows in 8.
  const labels = Array.from({ length: 10 }, (_, i) => `Choice ${i + 1} with a label that wraps at twenty`);
  const layout = (cursor: number) => choiceRows(labels, 24, cursor, { lead: ['Q1', 'Q2', 'Q3'] });

  it('shows the lead with the first choice, and every choice whole as the cursor moves', () => {
    let top = 0;
    for (let cursor = 0; cursor < labels.length; cursor += 1) {
      const { rows, ranges } = layout(cursor);
      top = windowTop(top, ranges, cursor, rows.length, 8);
      const [start, end] = ranges[cursor]!;
      expect(start).toBeGreaterThanOrEqual(top);
      expect(end).toBeLessThanOrEqual(top + viewRows(rows.length, 8));
      if (cursor === 0) expect(top).toBe(0);
    }
    // And back up: the window moves as little as it must.
    const { rows, ranges } = layout(8);
    const up = windowTop(top, ranges, 8, rows.length, 8);
    expect(up).toBeLessThanOrEqual(top);
    expect(ranges[8]![0]).toBeGreaterThanOrEqual(up);
  });

  it('says how many choices are hidden above and below', () => {
    const { rows, ranges } = layout(5);
    const top = windowTop(0, ranges, 5, rows.length, 8);
    const line = moreLine(ranges, top, viewRows(rows.length, 8), rows.length);
    expect(line).toMatch(/^↑ \d+ more · ↓ \d+ more$/);
    expect(moreLine(ranges, 0, 7, rows.length)).toMatch(/^↓ \d+ more$/);
  });
});

describe('a text field', () => {
  const empty = { value: '', cursor: 0 };
  it('takes a name typed or pasted with its Enter in one chunk, and submits it whole', () => {
    const { state, submit } = applyFieldInput(empty, 'acme-files\r', {});
    expect(state.value).toBe('acme-files');
    expect(submit).toBe(true);
  });

  it('keeps the first line of a multi-line paste and drops the rest', () => {
    const { state, submit } = applyFieldInput({ value: 'x', cursor: 1 }, 'yz\nsecond line\n', {});
    expect(state).toEqual({ value: 'xyz', cursor: 3 });
    expect(submit).toBe(true);
  });

  it('edits: backspace, arrows, home and end; Enter alone submits what is there', () => {
    let s = applyFieldInput(empty, 'abc', {}).state;
    s = applyFieldInput(s, '', { leftArrow: true }).state;
    s = applyFieldInput(s, '', { backspace: true }).state;
    expect(s).toEqual({ value: 'ac', cursor: 1 });
    s = applyFieldInput(s, 'X', {}).state;
    expect(s.value).toBe('aXc');
    s = applyFieldInput(s, '', { end: true }).state;
    expect(s.cursor).toBe(3);
    expect(applyFieldInput(s, '\r', { return: true })).toEqual({ state: s, submit: true });
    expect(applyFieldInput(s, '', { escape: true }).state).toBe(s);
  });

  it('shows the end of a long value with the cursor in view', () => {
    expect(fieldWindow('short', 5, 20)).toEqual({ start: 0, end: 5 });
    const long = 'x'.repeat(50);
    const w = fieldWindow(long, 50, 20);
    expect(w.end - w.start).toBeLessThan(20);
    expect(w.end).toBe(50);
  });
});

describe('key help', () => {
  it('wraps between keys, never inside one, and no line starts with a space', async () => {
    const { keyHelpLines } = await import('../../src/ui/components/Frame.js');
    const lines = keyHelpLines('↑↓ move · Enter answer · Esc previous question · Ctrl-C pause (answers kept)', 40);
    expect(lines).toEqual(['↑↓ move · Enter answer ·', 'Esc previous question ·', 'Ctrl-C pause (answers kept)']);
    for (const width of [20, 30, 40, 80]) {
      for (const line of keyHelpLines('↑↓ move · Enter answer · Esc previous question · Ctrl-C pause (answers kept)', width)) {
        expect(line.length).toBeLessThanOrEqual(width);
        expect(line.startsWith(' ')).toBe(false);
      }
    }
    expect(keyHelpLines('↑↓ move · Enter choose · q quit', 80)).toEqual(['↑↓ move · Enter choose · q quit']);
  });
});
