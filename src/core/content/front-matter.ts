import { parse as parseYaml, YAMLParseError } from 'yaml';

export type FrontMatterResult =
  | { ok: true; data: unknown; body: string }
  | { ok: false; message: string };

/**
 * Split a Markdown document into its YAML front matter and body.
 * The document must start with a line `---` and the front matter ends at the next `---` line.
 */
export function splitFrontMatter(source: string): FrontMatterResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!text.startsWith('---\n')) {
    return { ok: false, message: 'must start with a line "---" opening the YAML front matter' };
  }
  const end = text.indexOf('\n---', 3);
  if (end === -1) return { ok: false, message: 'front matter is not closed by a line "---"' };
  const after = text.indexOf('\n', end + 4);
  const closing = text.slice(end + 1, after === -1 ? undefined : after);
  if (closing.trim() !== '---') return { ok: false, message: 'front matter is not closed by a line "---"' };
  const yamlText = text.slice(4, end + 1);
  const body = after === -1 ? '' : text.slice(after + 1);
  try {
    const data: unknown = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: true });
    return { ok: true, data, body };
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? ` (front matter line ${error.linePos[0].line})` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `front matter is not valid YAML${line}: ${reason}` };
  }
}
