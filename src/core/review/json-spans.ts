/**
 * Where every value of a strict JSON text is, in flat typed arrays: the review reads the data with the
 * built-in JSON.parse and asks this index only for the positions of the values it reports. A syntax
 * tree of objects (jsonc-parser's) for a file of thousands of servers costs several times more to
 * build and to keep; JSONC with comments or trailing commas still goes through jsonc-parser.
 *
 * The text must be valid JSON (the caller parsed it with JSON.parse first): the scanner does not check.
 */

const OBJECT = 1;
const ARRAY = 2;
const SCALAR = 3;
/** Set on a property's value when its key holds an escape (\n, \u0041 ...): compared after decoding. */
const ESCAPED_KEY = 8;

/** Objects with more properties than this get a key index on first use (a file's server list). */
const SMALL_OBJECT = 16;

type Segment = string | number;

export class JsonSpans {
  private kind: Uint8Array;
  private start: Int32Array;
  private end: Int32Array;
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  /** How many values an object or array holds. */
  private size: Int32Array;
  private keyStart: Int32Array;
  private keyEnd: Int32Array;
  private count = 0;
  private readonly keyIndex = new Map<number, Map<string, number>>();

  constructor(private readonly text: string) {
    const capacity = Math.max(16, text.length >> 3);
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.size = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.keyEnd = new Int32Array(capacity);
    this.scan();
  }

  /** Offset and length of the value at `path` (the first property of a name wins, as in jsonc-parser); undefined when absent. */
  valueAt(path: readonly Segment[]): { offset: number; length: number } | undefined {
    const node = this.nodeAt(path);
    return node < 0 ? undefined : { offset: this.start[node] as number, length: (this.end[node] as number) - (this.start[node] as number) };
  }

  /** Offset and length of the key (with its quotes) of the property that holds the value at `path`. */
  keyAt(path: readonly Segment[]): { offset: number; length: number } | undefined {
    if (path.length === 0 || typeof path[path.length - 1] !== 'string') return undefined;
    const node = this.nodeAt(path);
    return node < 0 ? undefined : { offset: this.keyStart[node] as number, length: (this.keyEnd[node] as number) - (this.keyStart[node] as number) };
  }

  private nodeAt(path: readonly Segment[]): number {
    let node = this.count > 0 ? 0 : -1;
    for (const segment of path) {
      if (node < 0) return -1;
      const kind = (this.kind[node] as number) & 7;
      if (typeof segment === 'number') {
        if (kind !== ARRAY) return -1;
        let child = this.firstChild[node] as number;
        for (let i = 0; i < segment && child >= 0; i += 1) child = this.nextSibling[child] as number;
        node = child;
        continue;
      }
      if (kind !== OBJECT) return -1;
      node = this.property(node, segment);
    }
    return node;
  }

  private property(object: number, name: string): number {
    if ((this.size[object] as number) > SMALL_OBJECT) {
      let index = this.keyIndex.get(object);
      if (!index) {
        index = new Map<string, number>();
        for (let child = this.firstChild[object] as number; child >= 0; child = this.nextSibling[child] as number) {
          const key = this.key(child);
          if (!index.has(key)) index.set(key, child);
        }
        this.keyIndex.set(object, index);
      }
      return index.get(name) ?? -1;
    }
    for (let child = this.firstChild[object] as number; child >= 0; child = this.nextSibling[child] as number) if (this.keyIs(child, name)) return child;
    return -1;
  }

  /** Whether the key of property value `node` is `name`, without building the key when it has no escapes. */
  private keyIs(node: number, name: string): boolean {
    const from = (this.keyStart[node] as number) + 1;
    const to = (this.keyEnd[node] as number) - 1;
    if (((this.kind[node] as number) & ESCAPED_KEY) !== 0) return this.key(node) === name;
    return to - from === name.length && this.text.startsWith(name, from);
  }

  private key(node: number): string {
    const raw = this.text.slice(this.keyStart[node] as number, this.keyEnd[node] as number);
    return ((this.kind[node] as number) & ESCAPED_KEY) !== 0 ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  private add(kind: number, start: number, keyFrom: number, keyTo: number): number {
    if (this.count === this.kind.length) this.grow();
    const node = this.count;
    this.count += 1;
    this.kind[node] = kind;
    this.start[node] = start;
    this.end[node] = start;
    this.firstChild[node] = -1;
    this.nextSibling[node] = -1;
    this.size[node] = 0;
    this.keyStart[node] = keyFrom;
    this.keyEnd[node] = keyTo;
    return node;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const widen = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.start = widen(this.start, (n) => new Int32Array(n));
    this.end = widen(this.end, (n) => new Int32Array(n));
    this.firstChild = widen(this.firstChild, (n) => new Int32Array(n));
    this.nextSibling = widen(this.nextSibling, (n) => new Int32Array(n));
    this.size = widen(this.size, (n) => new Int32Array(n));
    this.keyStart = widen(this.keyStart, (n) => new Int32Array(n));
    this.keyEnd = widen(this.keyEnd, (n) => new Int32Array(n));
  }

  /** One pass over the text with an explicit stack (deep nesting cannot overflow the call stack). */
  private scan(): void {
    const text = this.text;
    const n = text.length;
    const open: number[] = [];
    const lastChild: number[] = [];
    let i = 0;
    let keyFrom = -1;
    let keyTo = -1;
    let escapedKey = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Whitespace, and the commas and colons between values: the structure is known from the brackets.
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 58) {
        i += 1;
        continue;
      }
      if (c === 125 || c === 93) {
        // } or ]: the innermost open value ends here.
        const node = open.pop() as number;
        lastChild.pop();
        this.end[node] = i + 1;
        i += 1;
        continue;
      }
      const parent = open.length > 0 ? (open[open.length - 1] as number) : -1;
      const inObject = parent >= 0 && ((this.kind[parent] as number) & 7) === OBJECT;
      if (c === 34 && inObject && keyFrom < 0) {
        // A property's key: kept until its value arrives.
        const close = stringEnd(text, i);
        keyFrom = i;
        keyTo = close;
        escapedKey = hasBackslash(text, i, close);
        i = close;
        continue;
      }
      let kind: number;
      let next: number;
      if (c === 123) {
        kind = OBJECT;
        next = i + 1;
      } else if (c === 91) {
        kind = ARRAY;
        next = i + 1;
      } else {
        kind = SCALAR;
        next = c === 34 ? stringEnd(text, i) : scalarEnd(text, i);
      }
      const node = this.add(kind | (escapedKey ? ESCAPED_KEY : 0), i, keyFrom, keyTo);
      keyFrom = -1;
      keyTo = -1;
      escapedKey = false;
      if (parent >= 0) {
        const previous = lastChild[lastChild.length - 1] as number;
        if (previous < 0) this.firstChild[parent] = node;
        else this.nextSibling[previous] = node;
        lastChild[lastChild.length - 1] = node;
        this.size[parent] = (this.size[parent] as number) + 1;
      }
      if (kind === SCALAR) {
        this.end[node] = next;
      } else {
        open.push(node);
        lastChild.push(-1);
      }
      i = next;
    }
  }
}

/** The offset just after the string that opens at `from` (a double quote). */
function stringEnd(text: string, from: number): number {
  let i = from + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    for (let j = quote - 1; j > from && text.charCodeAt(j) === 92; j -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

function hasBackslash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 92) return true;
  return false;
}

/** The offset just after a number, true, false or null. */
function scalarEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) break;
  }
  return i;
}
