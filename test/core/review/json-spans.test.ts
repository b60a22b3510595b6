/**
 * The flat position index of plain JSON (json-spans.ts) against jsonc-parser's syntax tree: for any
 * JSON value, printed compactly or indented, every path gives the same offset and length, and so does
 * the key of every property. Paths that do not exist give nothing.
 */
import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { JsonSpans } from '../../../src/core/review/json-spans.js';

type Segment = string | number;

/** Every path in a value, with the value's own path first. */
function paths(value: unknown, at: Segment[] = []): Segment[][] {
  const out: Segment[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

const keyText = fc.oneof(fc.string(), fc.constantFrom('a"b', 'back\\slash', 'line\nbreak', 'tab\t', '\u2028', 'é', '', 'mcpServers'));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.integer(), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(keyText, tie('value'), { maxKeys: 6 }),
})).value;

function treeSpan(root: Node | undefined, path: Segment[]): { offset: number; length: number } | undefined {
  const node = root && findNodeAtLocation(root, path);
  return node ? { offset: node.offset, length: node.length } : undefined;
}

describe('JsonSpans', () => {
  it('gives every value and key the offset and length jsonc-parser gives, in any layout', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const spans = new JsonSpans(text);
        const tree = parseTree(text);
        for (const path of paths(value)) {
          expect(spans.valueAt(path)).toEqual(treeSpan(tree, path));
          const last = path[path.length - 1];
          if (typeof last === 'string') {
            const key = tree && findNodeAtLocation(tree, path)?.parent?.children?.[0];
            expect(spans.keyAt(path)).toEqual(key ? { offset: key.offset, length: key.length } : undefined);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds nothing at a path that is not there', () => {
    const spans = new JsonSpans('{"a": [1, {"b": "x"}], "c": "d"}');
    expect(spans.valueAt(['a', 1, 'b'])).toEqual({ offset: 16, length: 3 });
    expect(spans.valueAt(['a', 2])).toBeUndefined();
    expect(spans.valueAt(['a', 'b'])).toBeUndefined();
    expect(spans.valueAt(['c', 0])).toBeUndefined();
    expect(spans.valueAt(['z'])).toBeUndefined();
    expect(spans.keyAt(['a', 0])).toBeUndefined();
  });

  it('takes the first of two properties with one name, as jsonc-parser does, in small and large objects', () => {
    for (const extra of [0, 40]) {
      const filler = Array.from({ length: extra }, (_, i) => `"k${i}": ${i}`).join(', ');
      const text = `{${filler}${filler ? ', ' : ''}"dup": 1, "dup": 2}`;
      const spans = new JsonSpans(text);
      expect(spans.valueAt(['dup'])).toEqual(treeSpan(parseTree(text), ['dup']));
      expect(text.slice(spans.valueAt(['dup'])!.offset).startsWith('1')).toBe(true);
      expect(spans.valueAt(['k39'])).toEqual(treeSpan(parseTree(text), ['k39']));
    }
  });

  it('indexes a large object once: asking for each of 50,000 keys stays linear (quadratic would time out)', () => {
    const text = JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`server-${i}`, { command: 'npx', args: [`pkg-${i}`] }])));
    const spans = new JsonSpans(text);
    for (let i = 0; i < 50_000; i += 1) expect(text.slice(spans.valueAt([`server-${i}`, 'args', 0])!.offset).startsWith(`"pkg-${i}"`)).toBe(true);
  });

  it('reads nesting deeper than the call stack allows for recursion', () => {
    const depth = 50_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const spans = new JsonSpans(text);
    expect(spans.valueAt(Array.from({ length: depth - 1 }, () => 0))).toEqual({ offset: depth - 1, length: 2 });
  });
});
