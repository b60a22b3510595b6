import type { ReviewRule, ServerEntry } from '../types.js';
import { perEntry } from '../per-entry.js';

/** A URL found in an entry: its field, the word as written and where the URL starts in it. */
export interface EntryUrl {
  field: string;
  /** Index in args, for URLs found there. */
  index?: number;
  text: string;
  url: URL;
}

const URL_WORD = /^(?:-[\w-]*=)?((?:https?|wss?):\/\/.*)$/i;

/** http(s)/ws(s) URLs of an entry: `url`, and args that are a URL or `--option=URL`; unparsable text is skipped (once per entry: three rules ask, and only read). */
export const entryUrls: (server: ServerEntry) => readonly EntryUrl[] = perEntry(findEntryUrls);

function findEntryUrls(server: ServerEntry): EntryUrl[] {
  const out: EntryUrl[] = [];
  // `url` without an index, else args[index]: the field is named only for a word that holds a URL.
  const add = (text: string, index?: number): void => {
    const m = URL_WORD.exec(text.trim());
    if (!m) return;
    try {
      const found: EntryUrl = { field: index === undefined ? 'url' : `args[${index}]`, text, url: new URL(m[1] as string) };
      if (index !== undefined) found.index = index;
      out.push(found);
    } catch {
      // not a URL after all
    }
  };
  if (typeof server.url === 'string') add(server.url);
  server.args.forEach((arg, i) => add(arg, i));
  return out;
}

/** Loopback: localhost, 127.0.0.0/8, ::1 and ::ffff:127.x (as the WHATWG URL parser writes them). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
}

/** 0.0.0.0 and :: as a destination mean this machine: the traffic never leaves it. */
export function isLocalHost(hostname: string): boolean {
  return isLoopbackHost(hostname) || hostname === '0.0.0.0' || hostname === '[::]';
}

/** The host is (partly) a ${VAR} or %VAR% reference, so the config does not say where it points. */
export const isVariableHost = (hostname: string): boolean => /[$%]/.test(hostname);

/** A URL for evidence: no user-info, query or fragment (they may hold a token), at most 80 characters. */
export function urlEvidence(text: string): string {
  const bare = text.trim().replace(/\/\/[^/?#]*@/, '//').replace(/[?#].*$/, '');
  return bare.length > 80 ? `${bare.slice(0, 79)}…` : bare;
}

const PLAIN = new Set(['http:', 'ws:']);

/** http:// or ws:// to a host that is not this machine. */
export const plainHttpRemote: ReviewRule = {
  id: 'MCPR-TLS-001',
  category: 'insecure-transport',
  title: 'Remote server reached over plain HTTP',
  why: 'Over http:// or ws:// the bearer token, every tool argument and every tool result cross the network unencrypted, and anyone on the path can read or change them. The MCP authorization specification requires authorization server endpoints to use HTTPS, and mcp-remote refuses plain-HTTP URLs to anything but localhost unless --allow-http is given.',
  howToFix: 'Use the https:// (or wss://) address of the server; if it has none, do not send it credentials or data.',
  lesson: 'remote-servers-and-oauth',
  check: (server) =>
    entryUrls(server)
      .filter(({ url }) => PLAIN.has(url.protocol) && !isLocalHost(url.hostname))
      .map(({ field, text, url, index }) => {
        const secure = url.protocol === 'http:' ? 'https://' : 'wss://';
        const variable = isVariableHost(url.hostname);
        return {
          severity: variable ? ('medium' as const) : ('high' as const),
          field,
          message: variable
            ? `${server.name} connects over plain ${url.protocol.slice(0, -1)} to a host set by a variable (${url.hostname}); unless it is always this machine, tokens and tool results travel unencrypted.`
            : `${server.name} connects to ${url.hostname} over plain ${url.protocol.slice(0, -1)}: tokens and tool results travel unencrypted and can be read or altered on the way.`,
          evidence: urlEvidence(text),
          remediation: `Change ${field} of ${server.name} to ${secure}${url.host}…, and do not connect until the server offers TLS.`,
          fix: (entry: ServerEntry): ServerEntry => {
            const upgrade = (value: string): string => value.replace(/\b(http|ws):\/\//i, (_m, scheme: string) => (scheme.toLowerCase() === 'http' ? 'https://' : 'wss://'));
            if (index === undefined) return entry.url === text ? { ...entry, url: upgrade(text) } : entry;
            if (entry.args[index] !== text) return entry;
            const args = [...entry.args];
            args[index] = upgrade(text);
            return { ...entry, args };
          },
        };
      }),
};
