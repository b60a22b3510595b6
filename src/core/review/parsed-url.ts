/** URLs already parsed, by their text: the engine and several rules read the same address of an entry. */
const parsed = new Map<string, URL | null>();

/**
 * The URL a text parses to (WHATWG rules, as the clients read it), or undefined when it does not parse.
 * The object is shared between callers: read it, never change it.
 */
export function parsedUrl(text: string): URL | undefined {
  let url = parsed.get(text);
  if (url === undefined) {
    if (parsed.size >= 10_000) parsed.clear();
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    parsed.set(text, url);
  }
  return url ?? undefined;
}
