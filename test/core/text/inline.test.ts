import { describe, expect, it } from 'vitest';
import { rawInlineMarkers, renderInline } from '../../../src/core/text/inline.js';
import { plural } from '../../../src/core/text/plural.js';
import { lineAtAnchor, textAnchor } from '../../../src/core/text/anchor.js';
import { wrapLines } from '../../../src/core/text/wrap.js';

const mark = { code: (s: string) => `<c>${s}</c>`, strong: (s: string) => `<b>${s}</b>`, em: (s: string) => `<i>${s}</i>` };

describe('inline Markdown in short texts', () => {
  it('renders code, bold, emphasis and links without their markers', () => {
    expect(renderInline('Set `--read-only` and **never** pass *all* scopes; see [the spec](https://example.org/spec).', mark)).toBe(
      'Set <c>--read-only</c> and <b>never</b> pass <i>all</i> scopes; see the spec (https://example.org/spec).',
    );
    expect(renderInline('Plain text stays as it is.', mark)).toBe('Plain text stays as it is.');
  });

  it('leaves code alone: no emphasis, links or escapes inside a code span', () => {
    expect(renderInline('`a*b*c` and `[x](y)` and `C:\\path`', mark)).toBe('<c>a*b*c</c> and <c>[x](y)</c> and <c>C:\\path</c>');
    expect(renderInline('``a `tick` inside``', mark)).toBe('<c>a `tick` inside</c>');
  });

  it('does not take snake_case, a lone star or arithmetic for emphasis, and honours escapes', () => {
    expect(renderInline('GITHUB_PERSONAL_ACCESS_TOKEN and 2 * 3 * 4', mark)).toBe('GITHUB_PERSONAL_ACCESS_TOKEN and 2 * 3 * 4');
    expect(renderInline('\\*not emphasis\\* and \\`not code\\`', mark)).toBe('*not emphasis* and `not code`');
  });

  it('shows a link whose text is its URL once, and autolinks bare', () => {
    expect(renderInline('[https://a.example/x](https://a.example/x) and <https://b.example>', mark)).toBe('https://a.example/x and https://b.example');
  });

  it('without styles, the text is plain', () => {
    expect(renderInline('Run `npx -y pkg@1.2.3` **now**')).toBe('Run npx -y pkg@1.2.3 now');
  });

  it('names raw markers left in text', () => {
    expect(rawInlineMarkers('a `b` c')).toEqual(['`code`']);
    expect(rawInlineMarkers('**x** and [a](b)')).toEqual(['**bold**', '[link](url)']);
    expect(rawInlineMarkers(renderInline('a `b` **c** [d](e)'))).toEqual([]);
  });
});

describe('plurals', () => {
  it('says 1 item, 2 items, 0 items, and irregular plurals', () => {
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(2, 'item')).toBe('2 items');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
  });
});

describe('a place in wrapped text', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i + 1} says something about servers.`).join(' ');
  it('finds the same words after re-wrapping at another width', () => {
    const narrow = wrapLines(text, 40);
    const wide = wrapLines(text, 100);
    for (const top of [0, 5, 17, narrow.length - 1]) {
      const anchor = textAnchor(narrow, top);
      const line = lineAtAnchor(wide, anchor);
      const firstWord = narrow[top]!.trim().split(' ')[0]!;
      // The words at the top of the narrow view are on the wide line found (or it started just before them).
      const around = `${wide[line - 1] ?? ''} ${wide[line]!}`;
      expect(around).toContain(firstWord);
      expect(textAnchor(wide, line)).toBeLessThanOrEqual(anchor);
      expect(textAnchor(wide, line + 1)).toBeGreaterThan(anchor);
    }
  });

  it('goes back to the first line from the top, and stays in range', () => {
    const lines = wrapLines(text, 60);
    expect(lineAtAnchor(lines, textAnchor(lines, 0))).toBe(0);
    expect(lineAtAnchor(lines, 10 ** 9)).toBe(lines.length - 1);
  });
});
