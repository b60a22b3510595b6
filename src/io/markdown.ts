import type { Marked, Tokens } from 'marked';
import { fitLines } from '../core/text/wrap.js';

const instances = new Map<number, Marked>();

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
  /** Keep URLs whole on their own line even past the width (line mode, where the terminal wraps them and they stay clickable). */
  keepUrls?: boolean;
}

export async function renderMarkdown(markdown: string, width: number, options: RenderOptions = {}): Promise<string> {
  let marked = instances.get(width);
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
        if ((token.type === 'text' || token.type === 'codespan') && !('tokens' in token && token.tokens)) token.text = token.text.replace(/\n/g, ' ');
      },
      renderer: {
        // marked-terminal prints the block-level text of a tight list item as is, so **bold** and
        // `code` inside list items showed their markup; render its inline tokens instead.
        text(token: Tokens.Text | Tokens.Escape) {
          if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
          return false;
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
    instances.set(width, instance);
    marked = instance;
  }
  const out = await marked.parse(markdown);
  const text = out.replace(COLON_PLACEHOLDER, ':').replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
  return fitLines(text.split('\n'), width, options).join('\n');
}

