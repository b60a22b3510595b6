import { parseTree, type Node } from 'jsonc-parser';
import { isCollection, parseDocument, type Document } from 'yaml';
import type { ConfigFormat } from './parse.js';
import type { ServerEntry } from './types.js';
import { tomlSpan } from './locate-toml.js';
import { JsonSpans } from './json-spans.js';

/** Where a value is in its file: 1-based line and column, and the column just after it on its first line. */
export interface Location {
  line: number;
  column: number;
  endColumn: number;
}

type Segment = string | number;

/** Objects with at most this many properties are searched in order, not indexed. */
const SMALL_OBJECT = 16;

/**
 * The value at a path, like jsonc-parser's findNodeAtLocation (the first property of a name wins),
 * with each object's properties indexed on first use: that function scans every property, so
 * locating every finding of a file with thousands of servers took quadratic time. Small objects
 * (a server entry, its env) are read in order instead: an index for each cost more than it saved.
 */
function nodeAt(root: Node, path: readonly Segment[], index: WeakMap<Node, Map<string, Node>>): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (!node?.children) return undefined;
    if (typeof segment === 'number') {
      node = node.type === 'array' ? node.children[segment] : undefined;
      continue;
    }
    if (node.type !== 'object') return undefined;
    if (node.children.length <= SMALL_OBJECT) {
      node = node.children.find((p) => p.children?.length === 2 && p.children[0]?.value === segment)?.children?.[1];
      continue;
    }
    let props = index.get(node);
    if (!props) {
      props = new Map();
      for (const p of node.children) {
        const key = p.children?.[0]?.value;
        if (p.children?.length === 2 && typeof key === 'string' && !props.has(key)) props.set(key, p.children[1] as Node);
      }
      index.set(node, props);
    }
    node = props.get(segment);
  }
  return node;
}

/** Finds the position of a value by its path in the parsed document (JSON and JSONC exactly, YAML by node range, TOML by reading its text: locate-toml.ts). */
export class Locator {
  private readonly starts: number[] = [0];
  private tree: Node | undefined;
  private readonly index = new WeakMap<Node, Map<string, Node>>();
  private doc: Document | undefined;
  private spans: JsonSpans | undefined;

  constructor(
    private readonly text: string,
    private readonly format: ConfigFormat,
    /** The JSON tree the text was parsed into, when the caller has it. */
    tree?: Node,
    /** The text is plain JSON (JSON.parse read it): positions come from a flat index instead of a tree. */
    private readonly strict = false,
  ) {
    this.tree = tree;
    // Built at once rather than at the first question: the index is needed for almost any file, and its one
    // long loop is optimised sooner while V8's optimising compiler is not yet busy with the rules.
    if (strict && !tree && (format === 'json' || format === 'jsonc')) this.spans = new JsonSpans(text);
    // indexOf runs natively: a loop over every character of a large file costs more before V8 optimises it.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  private position(offset: number, length: number): Location {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo] as number;
    const lineEnd = (this.starts[lo + 1] ?? this.text.length + 1) - 1;
    return { line: lo + 1, column: offset - lineStart + 1, endColumn: Math.min(offset + length, lineEnd) - lineStart + 1 };
  }

  /** The line of the key that holds the value at this path (a server's name; its table header in TOML); undefined in YAML. */
  keyLine(path: readonly Segment[]): number | undefined {
    if (this.format === 'toml') {
      const span = tomlSpan(this.text, path);
      return span ? this.position(span.offset, span.length).line : undefined;
    }
    if (this.format !== 'json' && this.format !== 'jsonc') return undefined;
    if (this.strict && !this.tree) {
      const key = (this.spans ??= new JsonSpans(this.text)).keyAt(path);
      return key ? this.position(key.offset, key.length).line : undefined;
    }
    this.tree ??= parseTree(this.text, [], { allowTrailingComma: true, disallowComments: false });
    if (!this.tree) return undefined;
    const property = nodeAt(this.tree, path, this.index)?.parent;
    const key = property?.type === 'property' ? property.children?.[0] : undefined;
    return key?.type === 'string' ? this.position(key.offset, key.length).line : undefined;
  }

  /** The value at this path, if the format tells positions. */
  at(path: readonly Segment[]): Location | undefined {
    if ((this.format === 'json' || this.format === 'jsonc') && this.strict && !this.tree) {
      const span = (this.spans ??= new JsonSpans(this.text)).valueAt(path);
      return span ? this.position(span.offset, span.length) : undefined;
    }
    if (this.format === 'json' || this.format === 'jsonc') {
      this.tree ??= parseTree(this.text, [], { allowTrailingComma: true, disallowComments: false });
      if (!this.tree) return undefined;
      const node = nodeAt(this.tree, path, this.index);
      return node ? this.position(node.offset, node.length) : undefined;
    }
    if (this.format === 'yaml') {
      this.doc ??= parseDocument(this.text, { logLevel: 'silent' });
      const node = this.doc.getIn([...path], true) as { range?: [number, number, number] } | undefined;
      if (!node || typeof node !== 'object' || !node.range || isCollection(node as never)) {
        const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
        return start !== undefined ? this.position(start, 1) : undefined;
      }
      return this.position(node.range[0], node.range[1] - node.range[0]);
    }
    if (this.format === 'toml') {
      const span = tomlSpan(this.text, path);
      return span ? this.position(span.offset, span.length) : undefined;
    }
    return undefined;
  }
}

/** Field shapes, compiled once: every finding's field is read. */
const ARG = /^args\[(\d+)\]$/;
const LIST_ITEM = /^(\w+)\[(\d+)\]$/;

/** The document path of a finding's field inside its server entry (args[3], env.TOKEN, headers.X, url, autoApprove[1] ...). */
export function fieldPath(server: ServerEntry, field: string): Segment[] | undefined {
  const raw = server.raw;
  // Zed's older form nests the launch: "command": { "path": ..., "args": [...], "env": {...} }.
  const nested = raw.command !== null && typeof raw.command === 'object' && !Array.isArray(raw.command) ? (raw.command as Record<string, unknown>) : undefined;
  const arg = ARG.exec(field);
  if (arg) {
    const i = Number(arg[1]);
    if (Array.isArray(raw.args) && i < raw.args.length && raw.args.length === server.args.length) return ['args', i];
    if (Array.isArray(raw.command)) return ['command', i + 1];
    if (nested && Array.isArray(nested.args) && i < nested.args.length) return ['command', 'args', i];
    return typeof raw.command === 'string' ? ['command'] : undefined;
  }
  if (nested && field === 'command' && typeof nested.path === 'string') return ['command', 'path'];
  const dot = field.indexOf('.');
  const head = dot > 0 ? field.slice(0, dot) : field;
  const rest = dot > 0 ? field.slice(dot + 1) : undefined;
  const list = LIST_ITEM.exec(field);
  if (list) return [list[1] as string, Number(list[2])];
  if (head === 'env' && rest !== undefined && nested && raw.env === undefined && nested.env !== undefined) return ['command', 'env', rest];
  if (head === 'env' && rest !== undefined) return [raw.environment !== undefined && raw.env === undefined ? 'environment' : 'env', rest];
  if (head === 'headers' && rest !== undefined) return [raw.http_headers !== undefined && raw.headers === undefined ? 'http_headers' : 'headers', rest];
  if (field === 'url') return [['url', 'serverUrl', 'httpUrl'].find((k) => typeof raw[k] === 'string') ?? 'url'];
  if (field in raw) return [field];
  return undefined;
}
