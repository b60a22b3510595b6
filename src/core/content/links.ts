export interface ContentLink {
  kind: 'lesson' | 'scenario';
  id: string;
  text: string;
  /** The whole Markdown link as written. */
  raw: string;
}

const LINK = /\[([^\]]*)\]\((lesson|scenario):([a-z0-9-]+)\)/g;

/** Every `[text](lesson:ID)` and `[text](scenario:ID)` link in a Markdown body. */
export function findContentLinks(body: string): ContentLink[] {
  return [...body.matchAll(LINK)].map((m) => ({
    text: m[1] ?? '',
    kind: m[2] as ContentLink['kind'],
    id: m[3] ?? '',
    raw: m[0],
  }));
}

/**
 * Replace content links with text a terminal reader can act on, since a terminal cannot follow
 * `lesson:` URLs: `[text](lesson:ID)` becomes `text (lesson "Title": mcp-operator learn ID)`.
 */
export function rewriteContentLinks(body: string, titleOf: (kind: ContentLink['kind'], id: string) => string | undefined): string {
  return body.replace(LINK, (_raw, text: string, kind: ContentLink['kind'], id: string) => {
    const title = titleOf(kind, id) ?? id;
    const command = kind === 'lesson' ? `mcp-operator learn ${id}` : `mcp-operator scenarios ${id}`;
    return `${text} (${kind} *${title}*: \`${command}\`)`;
  });
}
