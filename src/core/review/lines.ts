/**
 * Where each key first appears in a config text, built in one pass so that finding the line of
 * every server stays linear in the file size (5,000 servers in one file occur in tests and bench).
 */
/** KeyLines built on the first question only: JSON files answer from the parsed tree and never need it. */
export class LazyKeyLines {
  private lines: KeyLines | undefined;

  constructor(private readonly text: string) {}

  lineOf(key: string): number | undefined {
    this.lines ??= new KeyLines(this.text);
    return this.lines.lineOf(key);
  }
}

export class KeyLines {
  private readonly starts: number[] = [0];
  private readonly first = new Map<string, number>();

  constructor(text: string) {
    for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    const patterns = [
      /"((?:[^"\\\n]|\\.)*)"\s*:/g, // JSON keys
      /'([^'\n]*)'\s*:/g, // quoted YAML keys
      /^[ \t-]*([A-Za-z0-9_.@/-]+)[ \t]*:/gm, // YAML keys and list items
      /^[ \t-]*name:[ \t]*["']?([^"'\n]+?)["']?[ \t]*$/gm, // YAML list entries named by a name field
      /^\s*\[[^\]\n]*?\.("?)([^."\]\n]+)\1\]/gm, // TOML [mcp_servers.name]
    ];
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const key = m[m.length - 1] ?? '';
        const at = m.index ?? 0;
        const known = this.first.get(key);
        if (known === undefined || at < known) this.first.set(key, at);
      }
    }
  }

  /** The 1-based line of the first place the key appears, if it does. */
  lineOf(key: string): number | undefined {
    const at = this.first.get(key);
    if (at === undefined) return undefined;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
