import chalk from 'chalk';
import type { Paragraph } from '../app/feedback-text.js';
import { wrapLines } from '../core/text/wrap.js';
import { inline } from './inline.js';

const STYLE = {
  good: (s: string) => chalk.green(s),
  bad: (s: string) => chalk.red(s),
  plain: (s: string) => s,
  dim: (s: string) => chalk.dim(s),
  heading: (s: string) => chalk.bold(s),
} as const;

/** Wrap feedback paragraphs to the width and colour them (colour drops out under NO_COLOR); inline Markdown is rendered. */
export function paragraphLines(paragraphs: Paragraph[], width: number): string[] {
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (!p.indent && lines.length) lines.push('');
    for (const line of wrapLines(inline(p.text), width, p.indent ? '   ' : '', p.hang ?? 0)) lines.push(STYLE[p.tone](line));
  }
  return lines;
}
