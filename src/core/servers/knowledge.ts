import type { Advisory } from './advisories.js';
import type { Ecosystem, KnownServer } from './schema.js';
import type { ToolboxEntry } from '../toolbox/schema.js';
import { normalizePypiName } from './versions.js';
import { parsedUrl } from '../review/parsed-url.js';

/** Everything the engines know about real servers, advisories and tools, with look-up indexes. */
export interface Knowledge {
  servers: KnownServer[];
  /** Built-in advisories first, then imported ones (which never replace a built-in id). */
  advisories: Advisory[];
  tools: ToolboxEntry[];
  byId: Map<string, KnownServer>;
  byAlias: Map<string, KnownServer>;
  byNpm: Map<string, KnownServer>;
  byPypi: Map<string, KnownServer>;
  byImage: Map<string, KnownServer>;
  byBinary: Map<string, KnownServer>;
  /** Normalised remote URL prefixes, longest first. */
  remotes: Array<{ prefix: string; server: KnownServer }>;
}

/** An image repository as Docker resolves it: docker.io/library/x and docker.io/x are x. */
export function normalizeImage(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:index\.)?docker\.io\//, '')
    .replace(/^library\//, '');
}

/** A URL reduced for prefix matching: lower-case scheme and host, no query, fragment or trailing slash. */
export function normalizeUrl(url: string): string {
  const u = parsedUrl(url);
  if (u) return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  return url.toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '');
}

export function buildKnowledge(servers: KnownServer[], advisories: Advisory[], tools: ToolboxEntry[] = []): Knowledge {
  const k: Knowledge = {
    servers,
    advisories,
    tools,
    byId: new Map(),
    byAlias: new Map(),
    byNpm: new Map(),
    byPypi: new Map(),
    byImage: new Map(),
    byBinary: new Map(),
    remotes: [],
  };
  for (const s of servers) {
    k.byId.set(s.id, s);
    for (const a of s.aliases) if (!k.byAlias.has(a)) k.byAlias.set(a, s);
    for (const n of s.identifiers.npm ?? []) if (!k.byNpm.has(n)) k.byNpm.set(n, s);
    for (const n of s.identifiers.pypi ?? []) if (!k.byPypi.has(normalizePypiName(n))) k.byPypi.set(normalizePypiName(n), s);
    for (const n of s.identifiers.oci ?? []) if (!k.byImage.has(normalizeImage(n))) k.byImage.set(normalizeImage(n), s);
    for (const n of s.identifiers.binary ?? []) if (!k.byBinary.has(n.toLowerCase())) k.byBinary.set(n.toLowerCase(), s);
    for (const u of s.identifiers.remote ?? []) k.remotes.push({ prefix: normalizeUrl(u), server: s });
  }
  k.remotes.sort((a, b) => b.prefix.length - a.prefix.length);
  return k;
}

export const EMPTY_KNOWLEDGE: Knowledge = buildKnowledge([], []);

/** The server a package belongs to. */
export function serverForPackage(k: Knowledge, ecosystem: Ecosystem, name: string): KnownServer | undefined {
  return ecosystem === 'npm' ? k.byNpm.get(name) : k.byPypi.get(normalizePypiName(name));
}

/** The server whose remote endpoint this URL is (prefix match on scheme, host and path). */
export function serverForUrl(k: Knowledge, url: string): KnownServer | undefined {
  const n = normalizeUrl(url);
  // The prefix itself, or the prefix followed by a path (a prefix may end with its own slash); longest first.
  for (const r of k.remotes) {
    if (n.startsWith(r.prefix) && (n.length === r.prefix.length || n.charCodeAt(r.prefix.length) === 47 || r.prefix.endsWith('/'))) return r.server;
  }
  return undefined;
}

/** A server by id or alias (case-insensitive). */
export function serverById(k: Knowledge, idOrAlias: string): KnownServer | undefined {
  const q = idOrAlias.trim().toLowerCase();
  return k.byId.get(q) ?? k.byAlias.get(q);
}
