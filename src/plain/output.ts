import chalk from 'chalk';
import type { Paragraph } from '../app/feedback-text.js';
import { wrapLines } from '../core/text/wrap.js';
import { clampWidth } from '../io/markdown.js';

export function width(): number {
  return Math.min(clampWidth(process.stdout.columns), 100);
}

export function say(text = ''): void {
  process.stdout.write(`${text}\n`);
}

const STYLE: Record<Paragraph['tone'], (s: string) => string> = {
  good: chalk.green,
  bad: chalk.red,
  plain: (s) => s,
  dim: chalk.dim,
  heading: chalk.bold,
};

/** Print feedback paragraphs, wrapped, with the same wording as the TUI. */
export function sayParagraphs(paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    for (const line of wrapLines(p.text, width(), p.indent ? '   ' : '', p.hang ?? 0)) say(STYLE[p.tone](line));
  }
  say();
}

export function heading(text: string): void {
  say();
  say(chalk.bold(text));
  say('─'.repeat(Math.min(width(), Math.max(10, text.length))));
}
