import { stripVTControlCharacters } from 'node:util';

const visibleCount = (line: string) => stripVTControlCharacters(line).replace(/\s+/g, '').length;

/**
 * A place in wrapped text that survives re-wrapping at another width: how many visible characters
 * (spaces aside) come before line `offset`. Wrapping moves words between lines but keeps them all.
 */
export function textAnchor(lines: readonly string[], offset: number): number {
  let count = 0;
  for (let i = 0; i < Math.min(offset, lines.length); i += 1) count += visibleCount(lines[i] ?? '');
  return count;
}

/** The line of `lines` on which the text at `anchor` (see textAnchor) now is. */
export function lineAtAnchor(lines: readonly string[], anchor: number): number {
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const next = count + visibleCount(lines[i] ?? '');
    if (next > anchor) return i;
    count = next;
  }
  return Math.max(0, lines.length - 1);
}
