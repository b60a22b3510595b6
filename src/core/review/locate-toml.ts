// Where a value sits in a TOML config (Codex's config.toml), by reading the text: smol-toml gives
// values, not positions. Covers the shapes client configs use: a server's table
// ([mcp_servers.name] or [mcp_servers."a name"]), its keys (command = "...", url = "..."), an
// array (args = [ ... ], on one line or several), and env/headers as an inline table
// (env = { A = "..." }) or a table of their own ([mcp_servers.name.env]). Anything else gives no
// position, and the review falls back to the server's line.

type Segment = string | number;

/** Offset and length of the value at `path` (for a table, of its header), or undefined. */
export function tomlSpan(text: string, path: readonly Segment[]): { offset: number; length: number } | undefined {
  const offset = tomlOffset(text, path);
  if (offset === undefined) return undefined;
  // A string, an array or a table header alike: the locator cuts the span at the end of its first line.
  return { offset, length: Math.max(1, skipValue(text, offset) - offset) };
}

/** The text offset of the value at `path` (its first character: the opening quote of a string), or undefined. */
export function tomlOffset(text: string, path: readonly Segment[]): number | undefined {
  const keys = path.filter((s): s is string => typeof s === 'string');
  const index = path.find((s): s is number => typeof s === 'number');
  if (keys.length < 2) return undefined;
  // The deepest table that is a prefix of the path, then the keys left under it.
  for (let depth = keys.length; depth >= 2; depth -= 1) {
    const section = tableSection(text, keys.slice(0, depth));
    if (!section) continue;
    const rest = keys.slice(depth);
    if (rest.length === 0) return typeof index === 'number' ? undefined : section.header;
    const at = keyValue(text, section.start, section.end, rest[0] as string, false);
    if (at === undefined) return undefined;
    if (rest.length === 1) return typeof index === 'number' ? arrayItem(text, at, index) : at;
    if (rest.length === 2 && text[at] === '{') return keyValue(text, at, closing(text, at, '{', '}'), rest[1] as string, true);
    return undefined;
  }
  return undefined;
}

/** The offset of a table's header line, and the span of its body (up to the next header). */
function tableSection(text: string, keys: readonly string[]): { header: number; start: number; end: number } | undefined {
  const header = new RegExp(`^[ \\t]*\\[[ \\t]*${keys.map(keyPattern).join('[ \\t]*\\.[ \\t]*')}[ \\t]*\\][ \\t]*(#.*)?$`, 'm');
  const m = header.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const after = /^[ \t]*\[/m.exec(text.slice(start));
  return { header: m.index + (m[0].length - m[0].trimStart().length), start, end: after ? start + after.index : text.length };
}

/** A key as TOML may write it: bare, "quoted" or 'literal'. */
function keyPattern(key: string): string {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[A-Za-z0-9_-]+$/.test(key) ? `(?:${escaped}|"${escaped}"|'${escaped}')` : `(?:"${escaped}"|'${escaped}')`;
}

/** The offset of the value of `key = value` between start and end: the first at the start of a line, or (inline) after { or , of an inline table. */
function keyValue(text: string, start: number, end: number, key: string, inline: boolean): number | undefined {
  const re = new RegExp(`${inline ? '(^|[{,])' : '^'}[ \\t]*${keyPattern(key)}[ \\t]*=[ \\t]*`, 'gm');
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at < end) return at;
  }
  return undefined;
}

/** The offset of the index-th item of the array that starts at `at` ('['). */
function arrayItem(text: string, at: number, index: number): number | undefined {
  if (text[at] !== '[') return undefined;
  let i = at + 1;
  let n = 0;
  for (;;) {
    while (i < text.length && /[\s,]/.test(text[i] as string)) i += 1;
    if (text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i += 1;
      continue;
    }
    if (i >= text.length || text[i] === ']') return undefined;
    if (n === index) return i;
    i = skipValue(text, i);
    n += 1;
  }
}

/** The offset just after the value starting at i (a string, an array, an inline table or a bare word). */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"' || c === "'") {
    for (let j = i + 1; j < text.length; j += 1) {
      if (c === '"' && text[j] === '\\') j += 1;
      else if (text[j] === c) return j + 1;
    }
    return text.length;
  }
  if (c === '[') return closing(text, i, '[', ']') + 1;
  if (c === '{') return closing(text, i, '{', '}') + 1;
  let j = i;
  while (j < text.length && !/[\s,\]}]/.test(text[j] as string)) j += 1;
  return j;
}

/** The offset of the bracket that closes the one at i, skipping strings. */
function closing(text: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i; j < text.length; j += 1) {
    const c = text[j];
    if (c === '"' || c === "'") {
      j = skipValue(text, j) - 1;
      continue;
    }
    if (c === open) depth += 1;
    else if (c === close && --depth === 0) return j;
  }
  return text.length;
}
