import { describe, expect, it } from 'vitest';
import { wrapPlain } from '../../../src/core/text/wrap-plain.js';

describe('wrapPlain', () => {
  it('fills each line up to the width and breaks only at spaces', () => {
    const text = 'Answers can be piped in, one a line; with output not a terminal nothing but text is written.';
    const lines = wrapPlain(text, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    lines.slice(0, -1).forEach((l, i) => expect(l.length + 1 + (lines[i + 1]?.split(' ')[0]?.length ?? 0)).toBeGreaterThan(40));
  });

  it('keeps a word longer than the line whole, and gives nothing for empty text', () => {
    expect(wrapPlain('see https://example.com/a/very/long/path/that/does/not/fit here', 20)).toEqual(['see', 'https://example.com/a/very/long/path/that/does/not/fit', 'here']);
    expect(wrapPlain('  ', 20)).toEqual([]);
  });
});
