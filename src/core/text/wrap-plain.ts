/**
 * Wrap plain text (no colour codes, no wide characters) at spaces to `width` columns; a word longer
 * than the line stays whole on its own line. For the CLI's help: loading wrap-ansi and its tables
 * there cost every command a few milliseconds of start-up.
 */
export function wrapPlain(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
