import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { clampWidth, markdownWidth, renderMarkdown } from '../../src/io/markdown.js';
import { fitLine } from '../../src/core/text/wrap.js';

describe('terminal Markdown', () => {
  it('clamps a zero or tiny width', () => {
    expect(clampWidth(0)).toBe(80);
    expect(clampWidth(undefined)).toBe(80);
    expect(clampWidth(20)).toBe(40);
    expect(clampWidth(120)).toBe(120);
  });

  it('wraps a list item under its text and keeps short lines as they are', () => {
    expect(fitLine('  * one two three four five', 14)).toEqual(['  * one two', '    three four', '    five']);
    expect(fitLine('  12. alpha beta gamma', 14)).toEqual(['  12. alpha', '      beta', '      gamma']);
    expect(fitLine('short', 14)).toEqual(['short']);
    expect(fitLine('  1. https://example.org/a-very-long-path', 20)).toEqual(['  1. https://example', '     .org/a-very-lon', '     g-path']);
    expect(fitLine('\u001b[1mbold words that run long\u001b[22m', 10).every((l) => stripVTControlCharacters(l).length <= 10)).toBe(true);
  });

  it('renders headings, lists and code within the width', async () => {
    const md = '## Heading\n\n- a list item long enough to wrap at forty columns for sure\n\n```json\n{ "a": 1 }\n```\n';
    const out = stripVTControlCharacters(await renderMarkdown(md, markdownWidth(40)));
    expect(out).toContain('Heading');
    expect(out).toContain('{ "a": 1 }');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('renders emphasis and code inside list items', async () => {
    const out = stripVTControlCharacters(await renderMarkdown('- **Bold** lead and `code`\n- plain\n', 60));
    expect(out).toContain('Bold lead and code');
    expect(out).not.toContain('**');
    expect(out).not.toContain('`');
  });

  it('turns a table too wide for the terminal into a list, keeping every cell', async () => {
    const md = '| Publisher | What to verify |\n|---|---|\n| Vendor | The package is linked from the vendor documentation and the scope matches |\n';
    const narrow = stripVTControlCharacters(await renderMarkdown(md, 40)).replace(/\s+/g, ' ');
    expect(narrow).toContain('Publisher: Vendor');
    expect(narrow).toContain('What to verify: The package is linked');
    const wide = stripVTControlCharacters(await renderMarkdown(md, 160));
    expect(wide).toMatch(/│.*Publisher.*│/);
  });
});
