import chalk from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import type { Paragraph } from '../app/feedback-text.js';
import { renderInline, type InlineStyle } from '../core/text/inline.js';
import { wrapLines } from '../core/text/wrap.js';
import { clampWidth } from '../io/markdown.js';

/** Width to wrap at: the terminal's (80 when output is not a terminal), at most 100. */
export function width(): number {
  return Math.min(clampWidth(process.stdout.columns), 100);
}

/**
 * Write a line. When output is not a terminal nothing but text goes out: chalk already leaves its
 * colours off, and this also drops the ones a renderer adds on its own (the table borders of
 * marked-terminal come from another colour library).
 */
export function say(text = ''): void {
  process.stdout.write(`${process.stdout.isTTY ? text : stripVTControlCharacters(text)}\n`);
}

const INLINE: InlineStyle = { code: (s) => chalk.yellow(s), strong: (s) => chalk.bold(s), em: (s) => chalk.italic(s) };

/** A short text's inline Markdown (`code`, **bold**, [links](url)) rendered; plain when colour is off. */
export function inline(text: string): string {
  return renderInline(text, INLINE);
}

/** A short text with inline Markdown, wrapped at word boundaries. */
export function sayText(text: string, indent = '', hang = 0): void {
  for (const line of wrapLines(inline(text), width(), indent, hang)) say(line);
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
    for (const line of wrapLines(inline(p.text), width(), p.indent ? '   ' : '', p.hang ?? 0)) say(STYLE[p.tone](line));
  }
  say();
}

export function heading(text: string): void {
  say();
  for (const line of wrapLines(text, width())) say(chalk.bold(line));
  say('─'.repeat(Math.min(width(), Math.max(10, text.length))));
}
