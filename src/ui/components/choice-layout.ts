import { wrapLines } from '../../core/text/wrap.js';

/** What a row of a choice list belongs to: a choice (its index), the text before the choices, or the text after. */
export type RowOwner = number | 'lead' | 'trail';

export interface ChoiceRow {
  text: string;
  owner: RowOwner;
  /** The row belongs to the choice under the cursor. */
  selected: boolean;
  /** Cut at the width with "…" (a one-line menu), rather than wrapped. */
  truncate?: boolean;
}

export interface ChoiceLayoutOptions {
  /** For a multi-choice list: which choices are marked ([x]). */
  marks?: readonly boolean[];
  /** One line per choice, cut with "…", instead of wrapped (a menu of short entries). */
  truncate?: boolean;
  /** Lines shown above the choices (a question), already fitted to the width. */
  lead?: readonly string[];
  /** Lines shown below the choices (why we ask), already fitted to the width. */
  trail?: readonly string[];
}

/**
 * Every row of a list of choices at `width`: each choice wrapped under its own text, the one under
 * the cursor marked "›" (visible without colour), marks as [x] and [ ]. `ranges` gives each
 * choice's first row and the row after its last.
 */
export function choiceRows(labels: readonly string[], width: number, cursor: number, options: ChoiceLayoutOptions = {}): { rows: ChoiceRow[]; ranges: [number, number][] } {
  const rows: ChoiceRow[] = [];
  const ranges: [number, number][] = [];
  for (const text of options.lead ?? []) rows.push({ text, owner: 'lead', selected: false });
  labels.forEach((label, index) => {
    const selected = index === cursor;
    const mark = options.marks ? `[${options.marks[index] ? 'x' : ' '}] ` : '';
    const prefix = `${selected ? '›' : ' '} ${mark}`;
    const start = rows.length;
    if (options.truncate) rows.push({ text: `${prefix}${label}`, owner: index, selected, truncate: true });
    else {
      // At least one space between the marker and the text, whatever the label's width; a lettered
      // label ("B. text") wraps under its text, not under its letter. Other labels without a mark
      // wrap two columns in, so each choice's first line stands out and two wrapped choices in a row
      // do not read as one (also without colour).
      const hang = /^[A-Z]\. /.exec(label)?.[0].length ?? (options.marks ? 0 : 2);
      const lines = wrapLines(label, Math.max(10, width - prefix.length), '', hang);
      lines.forEach((line, i) => rows.push({ text: `${i === 0 ? prefix : ' '.repeat(prefix.length)}${line}`, owner: index, selected }));
    }
    ranges.push([start, rows.length]);
  });
  for (const text of options.trail ?? []) rows.push({ text, owner: 'trail', selected: false });
  return { rows, ranges };
}

/** Rows shown at once: all of them when they fit, else one less than the height (the last row says what is hidden). */
export function viewRows(total: number, height: number): number {
  return total <= height ? total : Math.max(1, height - 1);
}

/**
 * The first row to show so the choice under the cursor is whole on screen, moving the window as
 * little as possible from `previousTop`. The text before the choices shows with the first choice,
 * and the text after them with the last, when they fit.
 */
export function windowTop(previousTop: number, ranges: readonly [number, number][], cursor: number, total: number, height: number): number {
  const view = viewRows(total, height);
  if (total <= height) return 0;
  const range = ranges[cursor] ?? [0, 0];
  let from = cursor === 0 ? 0 : range[0];
  let to = cursor === ranges.length - 1 ? total : range[1];
  if (to - from > view) {
    from = range[0];
    to = Math.min(range[1], range[0] + view);
  }
  let top = Math.max(0, Math.min(previousTop, total - view));
  if (from < top) top = from;
  if (to > top + view) top = to - view;
  return Math.max(0, Math.min(top, total - view));
}

/** The last row of a list that does not fit: how many choices are hidden above and below. */
export function moreLine(ranges: readonly [number, number][], top: number, view: number, total: number): string {
  const bottom = top + view;
  const above = ranges.filter(([, end]) => end <= top).length;
  const below = ranges.filter(([start]) => start >= bottom).length;
  const parts: string[] = [];
  if (above) parts.push(`↑ ${above} more`);
  else if (top > 0) parts.push('↑ more');
  if (below) parts.push(`↓ ${below} more`);
  else if (bottom < total) parts.push('↓ more');
  return parts.join(' · ');
}
