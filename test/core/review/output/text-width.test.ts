import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../../../src/core/review/engine.js';
import { fitLine, reviewText } from '../../../../src/core/review/output/text.js';

const config = JSON.stringify({
  mcpServers: {
    exa: { command: 'cmd', args: ['/c', 'npx', '-y', 'exa-mcp-server'], env: { EXA_API_KEY: 'your-api-key-here', TOKEN: 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' } },
    wide: { url: 'http://0.0.0.0:8080/mcp' },
  },
});
const result = reviewConfigs([{ path: '/home/dev/.cursor/mcp.json', text: config }], { name: 'mcp-operator', version: 'test' });

describe('the text report in a narrow terminal', () => {
  it('wraps prose to the width under its own indent, keeps every word, and leaves fixed entries as written', () => {
    const wide = reviewText(result, { fixes: true });
    const narrow = reviewText(result, { fixes: true, width: 40 });
    /** The lines of each fixed entry: after its label, indented six, up to the first line that is not (or a "still" note). */
    const fixedLines = (text: string): string[] => {
      const found: string[] = [];
      let label = false;
      let inside = false;
      for (const l of text.split('\n')) {
        // The label may itself be wrapped: it ends at its colon.
        if (/fixed entry/.test(l) || label) {
          label = !/(entry|below\)):$/.test(l);
          inside = !label;
        } else if (inside && l.startsWith('      ') && !l.startsWith('      still ')) found.push(l);
        else inside = false;
      }
      return found;
    };
    for (const line of narrow.split('\n')) {
      const longWord = line.trim().split(' ').some((w) => w.length > 40 - 8);
      if (!fixedLines(narrow).includes(line) && !longWord) expect(line.length).toBeLessThanOrEqual(40);
    }
    expect(narrow.split(/\s+/).join(' ')).toBe(wide.split(/\s+/).join(' '));
    expect(fixedLines(narrow)).toEqual(fixedLines(wide));
    expect(narrow).toContain('"url": "http://127.0.0.1:8080/mcp"');
  });

  it('leaves a report without a width, or a line that fits, unchanged', () => {
    expect(reviewText(result, { fixes: true, width: 10_000 })).toBe(reviewText(result, { fixes: true }));
    expect(fitLine('    short', 40)).toEqual(['    short']);
    expect(fitLine('      a b c d e f g h i j k l m n o p q r s t u v w x y z', 24)).toEqual(['      a b c d e f g h', '        i j k l m n o p', '        q r s t u v w x', '        y z']);
  });
});
