import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';

export type ConfigFormat = 'json' | 'jsonc' | 'yaml' | 'toml';

/**
 * `tree`: the JSON syntax tree the data was read from, for finding positions without parsing again.
 * `strict`: the text is plain JSON, read by JSON.parse (no tree: positions come from json-spans.ts).
 */
export type ParseResult = { ok: true; data: unknown; tree?: Node; strict?: boolean } | { ok: false; message: string };

/** The format a file's name suggests; JSON files are read as JSONC (comments, trailing commas occur in the wild). */
export function formatFromPath(path: string, text = ''): ConfigFormat {
  const lower = path.toLowerCase();
  if (!/\.(json|jsonc|yaml|yml|toml)$/.test(lower)) return sniffFormat(text);
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.toml')) return 'toml';
  return 'jsonc';
}

/** The format of text with no telling file name (stdin, an MCP client's content): JSON if it opens with a brace, TOML if it has [tables], else YAML. */
export function sniffFormat(text: string): ConfigFormat {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('//') || start.startsWith('/*')) return 'jsonc';
  if (/^\s*\[[A-Za-z0-9_."-]+\]\s*$/m.test(text)) return 'toml';
  if (start.startsWith('[')) return 'jsonc';
  return 'yaml';
}

/** Parse config text; a failure is a one-line reason with the line number where the parser gives one. */
export function parseConfigText(text: string, format: ConfigFormat): ParseResult {
  try {
    // logLevel 'error': the parser's warnings would go to stderr quoting the config line, secrets and all.
    if (format === 'yaml') return { ok: true, data: parseYaml(text, { logLevel: 'error' }) };
    if (format === 'toml') return { ok: true, data: parseToml(text) };
    // Most files are plain JSON: the built-in parser reads them several times faster than a syntax tree
    // is built. Comments, trailing commas and errors (with their line) are left to jsonc-parser.
    const strict = strictJson(text);
    if (strict) return strict;
    const errors: ParseError[] = [];
    // One pass: the tree gives the data and, later, the position of every value (src/core/review/locate.ts).
    const tree = parseTree(text, errors, { allowTrailingComma: format === 'jsonc', disallowComments: format === 'json' });
    const first = errors[0];
    if (first) {
      const line = text.slice(0, first.offset).split('\n').length;
      return { ok: false, message: `${printParseErrorCode(first.error)} at line ${line}` };
    }
    return tree ? { ok: true, data: getNodeValue(tree) as unknown, tree } : { ok: true, data: undefined };
  } catch (error) {
    return { ok: false, message: (error as Error).message.split('\n')[0] ?? 'cannot be parsed' };
  }
}

function strictJson(text: string): { ok: true; data: unknown; strict: true } | undefined {
  try {
    return { ok: true, data: JSON.parse(text) as unknown, strict: true };
  } catch {
    return undefined;
  }
}
