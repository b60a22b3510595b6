import type { Marked, Tokens } from 'marked';
import { fitLines } from '../core/text/wrap.js';

const instances = new Map<string, Marked>();

/** Terminal width to render at: a pty may report 0 columns, and below 40 nothing reads well. */
export function clampWidth(columns: number | undefined): number {
  return Math.max(40, columns || 80);
}

/** Width to render Markdown at on a screen `columns` wide: one column spare for the cursor. */
export function markdownWidth(columns: number): number {
  return Math.max(30, columns - 1);
}

/** The width a table would need if every cell stayed on one line (cell text plus borders). */
export function naturalTableWidth(token: Tokens.Table): number {
  const columns = token.header.length;
  const widths = Array.from({ length: columns }, (_, i) => Math.max(token.header[i]?.text.length ?? 0, ...token.rows.map((r) => r[i]?.text.length ?? 0)));
  return widths.reduce((sum, w) => sum + w + 3, 1);
}

/**
 * Render Markdown for the terminal, every line fitted into `width` columns, with marked-terminal. Loaded lazily: it
 * pulls in highlight.js, which costs more than the rest of start-up. A table too wide for the
 * terminal becomes a list of "Header: cell" entries, which reads better than a table cut short.
 */
/**
 * marked-terminal hides ":" in inline code behind a placeholder and restores it only in some
 * block renderers, so inline code in list items kept `*#COLON|*` (e.g. `--user 10001:10001`).
 */
const COLON_PLACEHOLDER = /\*#COLON\|\*/g;

export interface RenderOptions {
  /**
   * Line mode: keep URLs whole on their own line even past the width (the terminal wraps them and
   * they stay clickable), and every line of a code block whole (a command stays one line to copy).
   */
  keepUrls?: boolean;
}

/** Marks a code line that line mode keeps whole; removed before the text is returned. */
const WHOLE = '\u2060';
/** Starts the rest of a code line broken to fit the screen, so it is not read as a line of its own. */
export const CODE_CONTINUES = '↪ ';

/**
 * Break a code block's long lines to fit `room` columns: the rest of a line goes on the next
 * with "↪ " in front (the block's own line ends stay the only ones without it). Word wrapping
 * inside code broke commands, and a comment went on without its "#".
 */
export function breakCodeLines(code: string, room: number): string {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    let rest = line;
    let first = true;
    while (rest.length > (first ? room : room - CODE_CONTINUES.length)) {
      const fits = first ? room : room - CODE_CONTINUES.length;
      const space = rest.lastIndexOf(' ', fits);
      const cut = space > fits / 2 ? space + 1 : fits;
      out.push(`${first ? '' : CODE_CONTINUES}${rest.slice(0, cut)}`);
      rest = rest.slice(cut);
      first = false;
    }
    out.push(`${first ? '' : CODE_CONTINUES}${rest}`);
  }
  return out.join('\n');
}

export async function renderMarkdown(markdown: string, width: number, options: RenderOptions = {}): Promise<string> {
  const keepWhole = options.keepUrls === true;
  const cacheKey = `${width}:${keepWhole}`;
  let marked = instances.get(cacheKey);
  if (!marked) {
    const [{ Marked }, { markedTerminal }, { default: chalk }] = await Promise.all([import('marked'), import('marked-terminal'), import('chalk')]);
    const instance = new Marked(
      // The types of marked-terminal lag behind marked; the extension object is what Marked expects.
      markedTerminal({ width, reflowText: false, tab: 2, emoji: false, showSectionPrefix: false }) as never,
    );
    instance.use({
      // A soft line break inside a paragraph is a space (CommonMark): with reflowText off,
      // marked-terminal kept the source's line ends, and at 40 columns every source line left a
      // short ragged line behind it. Hard breaks (two spaces or a backslash) stay breaks.
      walkTokens(token) {
        // marked puts a task item's checkbox into the item's tokens, and marked-terminal writes its own
        // "[ ] " in front of a tight item as well: a plan's P0 list read "* [ ]  [ ] Require human
        // approval…". The token alone draws it (as it already did in a loose list).
        if (token.type === 'list_item' && token.task && !token.loose) token.task = false;
        // Code lines: whole in line mode, broken with a continuation mark on screen (the block is indented by 2).
        if (token.type === 'code') token.text = keepWhole ? token.text.split('\n').map((l: string) => `${l}${WHOLE}`).join('\n') : breakCodeLines(token.text, Math.max(10, width - 2));
        if ((token.type === 'text' || token.type === 'codespan') && !('tokens' in token && token.tokens)) token.text = token.text.replace(/\n/g, ' ');
      },
      renderer: {
        // marked-terminal prints the block-level text of a tight list item as is, so **bold** and
        // `code` inside list items showed their markup; render its inline tokens instead.
        text(token: Tokens.Text | Tokens.Escape) {
          if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
          return false;
        },
        // Without colour marked-terminal's bold and underline vanish and a heading reads as one more
        // paragraph: rule it off underneath instead.
        heading(token: Tokens.Heading) {
          if (chalk.level > 0) return false;
          const text = this.parser.parseInline(token.tokens);
          return `${text}\n${'─'.repeat(Math.max(3, Math.min(width, text.length)))}\n\n`;
        },
        table(token: Tokens.Table) {
          if (naturalTableWidth(token) <= width) return false;
          const entries = token.rows.map((row) => {
            const cells = row.map((cell, i) => {
              const header = token.header[i] ? this.parser.parseInline(token.header[i].tokens) : '';
              // A column without a header shows its cell alone, not ": cell".
              return header.trim() ? `${chalk.bold(header)}: ${this.parser.parseInline(cell.tokens)}` : this.parser.parseInline(cell.tokens);
            });
            return `  • ${cells.join('\n    ')}`;
          });
          return `${entries.join('\n\n')}\n\n`;
        },
      },
    });
    instances.set(cacheKey, instance);
    marked = instance;
  }
  const out = await marked.parse(markdown);
  const text = out.replace(COLON_PLACEHOLDER, ':').replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
  return text
    .split('\n')
    .flatMap((line) => (line.includes(WHOLE) ? [line.split(WHOLE).join('')] : fitLines([line], width, options)))
    .join('\n');
}

