/**
 * Rendering at a given terminal size, and the checks that say a screen holds there: every line fits,
 * the frame leaves the terminal's last row free (so Ink can redraw without leaving an earlier frame
 * behind), no text is laid over other text, no text is cut off by its box, header, rule and key help
 * are where they belong, and a selection is marked without colour.
 */
import React from 'react';
import { EventEmitter } from 'node:events';
import { stripVTControlCharacters } from 'node:util';
import { render, type Instance } from 'ink';
// Ink keeps its instances (and their laid-out DOM) here; the checks read the layout Yoga computed.
import instances from '../../node_modules/ink/build/instances.js';
import wrapText from '../../node_modules/ink/build/wrap-text.js';
import squashTextNodes from '../../node_modules/ink/build/squash-text-nodes.js';

export class SizedStdout extends EventEmitter {
  isTTY = true;
  last = '';
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.last = frame;
    return true;
  };
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export interface Sized {
  stdin: FakeStdin;
  stdout: SizedStdout;
  instance: Instance;
  lastFrame: () => string;
}

export function renderSized(node: React.ReactElement, columns: number, rows: number): Sized {
  const stdout = new SizedStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(node, { stdout: stdout as never, stderr: new SizedStdout(columns, rows) as never, stdin: stdin as never, debug: true, exitOnCtrlC: false, patchConsole: false });
  return { stdin, stdout, instance, lastFrame: () => stripVTControlCharacters(stdout.last) };
}

interface InkNode {
  nodeName: string;
  style: Record<string, unknown>;
  childNodes: InkNode[];
  yogaNode?: { getComputedLeft(): number; getComputedTop(): number; getComputedWidth(): number; getComputedHeight(): number; getDisplay(): number };
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const intersect = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x), h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y) };
};
const area = (r: Rect) => r.w * r.h;

/**
 * Problems in the laid-out tree: text laid over other text, text (partly or wholly) outside the box
 * that clips it, text given fewer rows than its words need.
 */
export function layoutProblems(stdout: SizedStdout): string[] {
  const ink = (instances as unknown as WeakMap<object, { rootNode: InkNode }>).get(stdout);
  if (!ink) return ['no Ink instance for this output'];
  const texts: { rect: Rect; text: string }[] = [];
  const problems: string[] = [];
  const walk = (node: InkNode, ox: number, oy: number, clip: Rect) => {
    const y = node.yogaNode;
    if (!y || y.getDisplay() === 1) return;
    const rect = { x: ox + y.getComputedLeft(), y: oy + y.getComputedTop(), w: y.getComputedWidth(), h: y.getComputedHeight() };
    if (node.nodeName === 'ink-text') {
      const text = stripVTControlCharacters(squashTextNodes(node as never));
      const label = JSON.stringify(text.slice(0, 40));
      if (rect.h > 0 && rect.w > 0) {
        const seen = intersect(rect, clip);
        if (area(seen) < area(rect)) problems.push(`text cut off by its box: ${label}`);
        texts.push({ rect: seen, text: label });
        const wrap = (node.style.textWrap as string | undefined) ?? 'wrap';
        if (wrap === 'wrap' && text.trim()) {
          const needed = wrapText(text, Math.max(1, rect.w), 'wrap').split('\n').length;
          if (needed > rect.h) problems.push(`text needs ${needed} rows, has ${rect.h}: ${label}`);
        }
      } else if (text.trim()) problems.push(`text with no room at all: ${label}`);
      return;
    }
    const hidden = node.style.overflow === 'hidden' || node.style.overflowY === 'hidden' || node.style.overflowX === 'hidden';
    const inner = hidden ? intersect(clip, rect) : clip;
    for (const child of node.childNodes) walk(child, rect.x, rect.y, inner);
  };
  const root = ink.rootNode;
  const size = { x: 0, y: 0, w: stdout.columns, h: stdout.rows - 1 };
  for (const child of root.childNodes) walk(child, 0, 0, size);
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (area(intersect(a.rect, b.rect)) > 0) problems.push(`text over text: ${a.text} and ${b.text}`);
    }
  }
  return problems;
}

export interface HoldsOptions {
  /** The header's title. */
  title: RegExp;
  /** Something the key help must say. */
  keys: RegExp;
  /** A list with a selection: exactly one row is marked "›". */
  selection?: boolean;
}

/** Everything that stops a screen from holding at this size; empty when it holds. */
export function holdProblems(app: Sized, options: HoldsOptions): string[] {
  const { columns, rows } = app.stdout;
  const frame = app.lastFrame();
  const lines = frame.replace(/\n$/, '').split('\n');
  const problems: string[] = [];
  for (const line of lines) if ([...line].length > columns) problems.push(`line wider than ${columns}: "${line}"`);
  if (lines.length > rows - 1) problems.push(`${lines.length} lines on a terminal of ${rows} rows`);
  if (!options.title.test(lines[0] ?? '')) problems.push(`header is not ${options.title}: "${lines[0]}"`);
  const under = lines.findIndex((l) => /^─+$/.test(l));
  if (under !== 1 && under !== 2) problems.push('no rule under the header');
  const rule = lines.findLastIndex((l) => /^─+$/.test(l));
  if (rule < 2) problems.push('no rule above the key help');
  const keys = lines.slice(rule + 1).join(' ');
  if (!options.keys.test(keys)) problems.push(`key help does not say ${options.keys}: "${keys}"`);
  if (options.selection !== undefined) {
    const marked = lines.slice(2, rule).filter((l) => SELECTED.test(l)).length;
    if (options.selection && marked !== 1) problems.push(`${marked} rows marked as selected`);
  }
  problems.push(...layoutProblems(app.stdout));
  return problems;
}

/** The mark of a selected row that shows without colour: ChoiceList's and PickList's "›". */
const SELECTED = /^›/;

/** The row marked as selected (without colour: by its marker). */
export function selectedRow(frame: string): string {
  return frame.split('\n').find((line) => SELECTED.test(line)) ?? '';
}
