import wrapAnsi from 'wrap-ansi';

/** Wrap text to `width` columns and return its lines; `indent` prefixes every line. */
export function wrapLines(text: string, width: number, indent = ''): string[] {
  const inner = Math.max(10, width - indent.length);
  return wrapAnsi(text, inner, { hard: true, trim: false })
    .split('\n')
    .map((line) => indent + line);
}
