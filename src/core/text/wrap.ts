import wrapAnsi from 'wrap-ansi';
import { stripVTControlCharacters } from 'node:util';

/**
 * Wrap text to `width` columns and return its lines; `indent` prefixes every line and `hang`
 * more spaces go before every line after the first (so a list marker stands out).
 */
export function wrapLines(text: string, width: number, indent = '', hang = 0): string[] {
  const inner = Math.max(10, width - indent.length);
  const [first = '', ...rest] = wrapAnsi(text, inner, { hard: true, trim: true }).split('\n');
  if (hang === 0 || rest.length === 0) return [first, ...rest].map((line) => indent + line);
  const tail = wrapAnsi(rest.join(' '), Math.max(10, inner - hang), { hard: true, trim: true }).split('\n');
  return [indent + first, ...tail.map((line) => indent + ' '.repeat(hang) + line)];
}

/** Index in `raw` just after its first `visible` printable characters (ANSI escapes skipped). */
function rawIndexAfter(raw: string, visible: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < visible) {
    const escape = /^\u001B\[[0-9;]*[A-Za-z]/.exec(raw.slice(i));
    if (escape) i += escape[0].length;
    else {
      i += 1;
      seen += 1;
    }
  }
  return i;
}

/**
 * Fit one rendered line (ANSI kept) into `width` columns. Wrapped parts line up under the text
 * of a list item ("  * ", "  1. ") or under the line's own indentation, so lists and code stay
 * readable on a narrow terminal.
 */
/** One word holding a URL (in a link's parentheses, quotes or code): kept whole in line mode so it stays clickable. */
const URL_WORD = /^\S*https?:\/\/\S+$/;

export function fitLine(line: string, width: number, options: { keepUrls?: boolean } = {}): string[] {
  const plain = stripVTControlCharacters(line);
  if (plain.length <= width) return [line];
  const prefix = /^(\s*(?:(?:[*•-]|\d+\.)\s+)?)/.exec(plain)?.[1] ?? '';
  const hang = Math.min(prefix.length, Math.floor(width / 2));
  const split = rawIndexAfter(line, hang);
  const room = width - hang;
  // Break at word boundaries; a word longer than the line is cut only when it is not a URL to keep whole.
  const soft = wrapAnsi(line.slice(split), room, { hard: false, trim: true }).split('\n');
  const parts = soft.flatMap((part) => {
    const visible = stripVTControlCharacters(part);
    if (visible.length <= room) return [part];
    if (options.keepUrls && URL_WORD.test(visible.trim())) return [part];
    return wrapAnsi(part, room, { hard: true, trim: true }).split('\n');
  });
  return parts.map((part, index) => (index === 0 ? line.slice(0, split) : ' '.repeat(hang)) + part);
}

export function fitLines(lines: string[], width: number, options: { keepUrls?: boolean } = {}): string[] {
  return lines.flatMap((line) => fitLine(line, width, options));
}
