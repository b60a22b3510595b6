/** Mutations shared by the property tests: character edits of a text, and a value replaced deep inside a parsed document. */
import fc from 'fast-check';

export interface TextEdit {
  /** 0 delete `length` characters, 1 insert `insert`, 2 replace one character by the first of `insert`. */
  kind: number;
  at: number;
  length: number;
  insert: string;
}

/** Character-level mutations: delete a range, insert a token or random text, replace a character; within the first `span` characters when given. */
export function mutateText(text: string, edits: readonly TextEdit[], span?: number): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (Math.min(out.length, span ?? out.length) + 1);
    if (e.kind === 0) out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.kind === 1) out = out.slice(0, at) + e.insert + out.slice(at);
    else out = out.slice(0, at) + e.insert.slice(0, 1) + out.slice(at + 1);
  }
  return out;
}

/** One to six edits; inserts are tokens of the format at hand, random text or random bytes. */
export function textEdits(tokens: readonly string[]): fc.Arbitrary<TextEdit[]> {
  return fc.array(
    fc.record({
      kind: fc.integer({ min: 0, max: 2 }),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
      insert: fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
    }),
    { minLength: 1, maxLength: 6 },
  );
}

/** Replace the value at a random path (chosen by `picks`) with `replacement`, or add it under a new key. */
export function replaceAt(root: unknown, picks: readonly number[], replacement: unknown, newKey: string | undefined): unknown {
  const copy = structuredClone(root) as unknown;
  if (copy === null || typeof copy !== 'object') return replacement;
  let parent: Record<string, unknown> | unknown[] = copy as Record<string, unknown>;
  for (const pick of picks) {
    const keys = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    const key = keys[pick % keys.length] as string | number;
    const child = (parent as Record<string | number, unknown>)[key];
    if (child === null || typeof child !== 'object') {
      (parent as Record<string | number, unknown>)[key] = replacement;
      return copy;
    }
    parent = child as Record<string, unknown>;
  }
  if (newKey !== undefined && !Array.isArray(parent)) Object.defineProperty(parent, newKey, { value: replacement, enumerable: true, writable: true, configurable: true });
  else if (Array.isArray(parent)) parent.push(replacement);
  return copy;
}

