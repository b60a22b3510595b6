import { editDistance } from '../review/edit-distance.js';
import { affects, describeRanges, fixedVersions, reviewEcosystem, type Advisory } from './advisories.js';
import { normalizeImage, normalizeUrl, serverById, serverForPackage, serverForUrl, type Knowledge } from './knowledge.js';
import { splitPackageSpec } from './launchers.js';
import type { Ecosystem, KnownServer } from './schema.js';
import { packageKey, validVersion } from './versions.js';

/** The packages a server publishes, with their ecosystem. */
export function serverPackages(s: KnownServer): Array<{ ecosystem: Ecosystem; name: string }> {
  return [...(s.identifiers.npm ?? []).map((name) => ({ ecosystem: 'npm' as const, name })), ...(s.identifiers.pypi ?? []).map((name) => ({ ecosystem: 'PyPI' as const, name }))];
}

/** Advisories that name one of the server's packages (any version). */
export function advisoriesForServer(k: Knowledge, s: KnownServer): Advisory[] {
  const keys = new Set(serverPackages(s).map((p) => `${p.ecosystem}:${packageKey(p.ecosystem, p.name)}`));
  return k.advisories.filter((a) =>
    a.affected.some((x) => {
      const eco = reviewEcosystem(x.ecosystem);
      return eco !== undefined && keys.has(`${eco}:${packageKey(eco, x.name)}`);
    }),
  );
}

/** Advisories affecting this exact version of one of the server's packages. */
export function advisoriesForVersion(k: Knowledge, s: KnownServer, version: string): Advisory[] {
  return advisoriesForServer(k, s).filter((a) => serverPackages(s).some((p) => validVersion(p.ecosystem, version) && affects(a, p.ecosystem, p.name, version)));
}

export interface LookupResult {
  server: KnownServer;
  /** How the query matched: id, alias, npm, pypi, image, url, name. */
  by: string;
  /** A version given in the query (pkg@1.2.3, image:tag), if any. */
  version?: string;
}

/**
 * Find a server by id, alias, package (with or without a version), image (with or without a
 * tag) or remote URL. Exact matches only; see `searchServers` for free text.
 */
export function lookupServer(k: Knowledge, query: string): LookupResult | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const byId = serverById(k, q);
  if (byId) return { server: byId, by: k.byId.has(q.toLowerCase()) ? 'id' : 'alias' };
  if (/^https?:\/\//i.test(q)) {
    const s = serverForUrl(k, q);
    return s ? { server: s, by: 'url' } : undefined;
  }
  for (const eco of ['npm', 'PyPI'] as const) {
    const parts = splitPackageSpec(q, eco);
    const s = serverForPackage(k, eco, parts.name);
    if (s) return { server: s, by: eco === 'npm' ? 'npm' : 'pypi', ...(parts.version ? { version: parts.version } : {}) };
  }
  const digestAt = q.indexOf('@sha256:');
  const noDigest = digestAt >= 0 ? q.slice(0, digestAt) : q;
  const colon = noDigest.lastIndexOf(':');
  const name = colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
  const tag = colon > noDigest.lastIndexOf('/') ? noDigest.slice(colon + 1) : undefined;
  const img = k.byImage.get(normalizeImage(name));
  if (img) return { server: img, by: 'image', ...(tag ? { version: tag } : {}) };
  const bin = k.byBinary.get(q.toLowerCase());
  if (bin) return { server: bin, by: 'binary' };
  return undefined;
}

/** Every server whose id, alias, name, publisher, summary or identifier contains the words of the query. */
export function searchServers(k: Knowledge, query: string): KnownServer[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return k.servers;
  const exact = lookupServer(k, query);
  const hay = (s: KnownServer) =>
    [s.id, s.name, s.summary, s.publisher.name, ...s.aliases, ...Object.values(s.identifiers).flat(), ...s.tools.map((t) => t.name)]
      .filter((x): x is string => typeof x === 'string')
      .join(' ')
      .toLowerCase();
  const found = k.servers.filter((s) => words.every((w) => hay(s).includes(w)));
  if (exact && !found.includes(exact.server)) found.unshift(exact.server);
  return found;
}

/** The ids closest to a mistyped one, for "did you mean". */
export function closestIds(k: Knowledge, query: string, n = 3): string[] {
  const q = query.toLowerCase();
  return [...k.servers.map((s) => s.id), ...k.servers.flatMap((s) => s.aliases)]
    .map((id) => ({ id, d: id.includes(q) || q.includes(id) ? 0.5 : editDistance(q, id, 8) }))
    .filter((x) => x.d <= Math.max(3, Math.floor(q.length / 2)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .map((x) => x.id)
    .filter((id, i, all) => all.indexOf(id) === i)
    .slice(0, n);
}

/** One advisory as a listing row. */
export interface AdvisoryRow {
  id: string;
  aliases: string[];
  ecosystem: string;
  package: string;
  affected: string;
  fixed: string[];
  severity: string;
  summary: string;
  origin: string;
  file: string;
  source?: string;
  checked?: string;
  references: string[];
}

export function advisoryRows(advisories: readonly Advisory[]): AdvisoryRow[] {
  return advisories.flatMap((a) =>
    a.affected.map((p) => {
      const eco = reviewEcosystem(p.ecosystem);
      return {
        id: a.id,
        aliases: a.aliases,
        ecosystem: p.ecosystem,
        package: p.name,
        affected: describeRanges(p),
        fixed: eco ? fixedVersions(a, eco, p.name) : p.ranges.flatMap((r) => r.events.flatMap((e) => (e.fixed ? [e.fixed] : []))),
        severity: a.unrated ? 'unrated' : a.severity,
        summary: a.summary,
        origin: a.origin,
        file: a.file,
        ...(a.source ? { source: a.source } : {}),
        ...(a.checked ? { checked: a.checked } : {}),
        references: a.references,
      };
    }),
  );
}

export { normalizeUrl };
