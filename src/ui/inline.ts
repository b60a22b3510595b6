import chalk from 'chalk';
import { renderInline, type InlineStyle } from '../core/text/inline.js';
import { wrapLines } from '../core/text/wrap.js';

/** Inline Markdown as the lesson renderer shows it: code in yellow, bold, italic (plain under NO_COLOR). */
const STYLE: InlineStyle = { code: (s) => chalk.yellow(s), strong: (s) => chalk.bold(s), em: (s) => chalk.italic(s) };

/** A short text (check option, quiz stem, decision) with its `code`, **bold** and [links](url) rendered. */
export function inline(text: string): string {
  return renderInline(text, STYLE);
}

/** `inline(text)` wrapped to `width`. */
export function inlineLines(text: string, width: number, indent = '', hang = 0): string[] {
  return wrapLines(inline(text), width, indent, hang);
}
