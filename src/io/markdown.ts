import type { Marked } from 'marked';

const instances = new Map<number, Marked>();

/** Terminal width to render at: a pty may report 0 columns, and below 40 nothing reads well. */
export function clampWidth(columns: number | undefined): number {
  return Math.max(40, columns || 80);
}

/**
 * Render Markdown for the terminal at `width` columns with marked-terminal. Loaded lazily: it
 * pulls in highlight.js, which costs more than the rest of start-up.
 */
export async function renderMarkdown(markdown: string, width: number): Promise<string> {
  let marked = instances.get(width);
  if (!marked) {
    const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
    marked = new Marked(
      // The types of marked-terminal lag behind marked; the extension object is what Marked expects.
      markedTerminal({ width, reflowText: true, tab: 2, emoji: false, showSectionPrefix: false }) as never,
    );
    instances.set(width, marked);
  }
  const out = await marked.parse(markdown);
  return out.replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
}
