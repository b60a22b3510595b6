import wrapAnsi from 'wrap-ansi';

/** Wrap text to `width` columns and return its lines; `indent` prefixes every line. */
export function wrapLines(text: string, width: number, indent = ''): string[] {
  const inner = Math.max(10, width - indent.length);
  return wrapAnsi(text, inner, { hard: true, trim: true })
    .split('\n')
    .map((line) => indent + line);
}

/** Hard-wrap already rendered lines (ANSI kept) so nothing is cut off at the right edge. */
export function fitLines(lines: string[], width: number): string[] {
  return lines.flatMap((line) => (line.length <= width ? [line] : wrapAnsi(line, width, { hard: true, trim: false }).split('\n')));
}
