import type { ReviewSeverity } from '../review/types.js';
import { ECOSYSTEMS, type Ecosystem } from './constants.js';
import type { OsvRecord } from './schema.js';
import { compareVersions, packageKey, validVersion } from './versions.js';

/** One affected range of an advisory: OSV events read in the ecosystem's own scheme. */
export interface AffectedRange {
  events: Array<{ introduced?: string; fixed?: string; last_affected?: string; limit?: string }>;
}

export interface AffectedPackage {
  ecosystem: string;
  name: string;
  ranges: AffectedRange[];
  versions: string[];
}

/** An advisory as the engines use it, from a built-in or an imported OSV record. */
export interface Advisory {
  id: string;
  aliases: string[];
  summary: string;
  details?: string;
  severity: ReviewSeverity;
  /** The record gave no severity: shown as "unrated", rated medium. */
  unrated: boolean;
  affected: AffectedPackage[];
  references: string[];
  /** built-in (advisories/ in the package) or imported (advisories import). */
  origin: 'built-in' | 'imported';
  /** The file it came from, and where its maintainers confirmed it. */
  file: string;
  source?: string;
  checked?: string;
  published?: string;
}

const SEVERITY: Record<string, ReviewSeverity> = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' };

/** An ecosystem the review can match, by OSV's spelling (case as OSV writes it). */
export function reviewEcosystem(name: string): Ecosystem | undefined {
  return (ECOSYSTEMS as readonly string[]).find((e) => e.toLowerCase() === name.toLowerCase()) as Ecosystem | undefined;
}

/** Turn an OSV record into an advisory; undefined when it names no package at all. */
export function fromOsv(record: OsvRecord, origin: Advisory['origin'], file: string): Advisory | undefined {
  const affected: AffectedPackage[] = [];
  for (const a of record.affected ?? []) {
    if (!a.package) continue;
    affected.push({
      ecosystem: reviewEcosystem(a.package.ecosystem) ?? a.package.ecosystem,
      name: a.package.name,
      ranges: (a.ranges ?? []).filter((r) => r.type === 'ECOSYSTEM' || r.type === 'SEMVER').map((r) => ({ events: r.events as AffectedRange['events'] })),
      versions: a.versions ?? [],
    });
  }
  if (affected.length === 0) return undefined;
  const rated = SEVERITY[(record.database_specific?.severity ?? '').toUpperCase()];
  const summary = (record.summary ?? record.details ?? record.id).split('\n')[0]?.trim() ?? record.id;
  const adv: Advisory = {
    id: record.id,
    aliases: record.aliases ?? [],
    summary,
    severity: rated ?? 'medium',
    unrated: rated === undefined,
    affected,
    references: (record.references ?? []).map((r) => r.url),
    origin,
    file,
  };
  if (record.details) adv.details = record.details;
  if (record.database_specific?.source) adv.source = record.database_specific.source;
  if (record.database_specific?.checked) adv.checked = record.database_specific.checked;
  if (record.published) adv.published = record.published;
  return adv;
}

function eventVersion(e: AffectedRange['events'][number]): string {
  return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0';
}

/** OSV's evaluation of one range: walk the events in version order, switching affected on and off. */
export function inRange(ecosystem: Ecosystem, version: string, range: AffectedRange): boolean {
  const usable = range.events.filter((e) => eventVersion(e) === '0' || validVersion(ecosystem, eventVersion(e)));
  if (usable.length !== range.events.length) return false;
  const order = (e: AffectedRange['events'][number]) => eventVersion(e);
  const sorted = [...usable].sort((a, b) => {
    const va = order(a);
    const vb = order(b);
    if (va === '0') return vb === '0' ? 0 : -1;
    if (vb === '0') return 1;
    return compareVersions(ecosystem, va, vb);
  });
  let affected = false;
  for (const e of sorted) {
    if (e.introduced !== undefined && (e.introduced === '0' || compareVersions(ecosystem, version, e.introduced) >= 0)) affected = true;
    if (e.fixed !== undefined && compareVersions(ecosystem, version, e.fixed) >= 0) affected = false;
    if (e.limit !== undefined && compareVersions(ecosystem, version, e.limit) >= 0) affected = false;
    if (e.last_affected !== undefined && compareVersions(ecosystem, version, e.last_affected) > 0) affected = false;
  }
  return affected;
}

/** Is this exact version of this package affected by the advisory? */
export function affects(advisory: Advisory, ecosystem: Ecosystem, name: string, version: string): boolean {
  const key = packageKey(ecosystem, name);
  const mine = advisory.affected.filter((a) => a.ecosystem === ecosystem && packageKey(ecosystem, a.name) === key);
  if (mine.length === 0 || !validVersion(ecosystem, version)) return false;
  return mine.some((a) => a.versions.includes(version) || a.ranges.some((r) => inRange(ecosystem, version, r)));
}

/** The advisories naming a package, from an index built once per advisory list. */
const indexes = new WeakMap<readonly Advisory[], Map<string, Advisory[]>>();
export function advisoriesNaming(advisories: readonly Advisory[], ecosystem: Ecosystem, name: string): Advisory[] {
  let index = indexes.get(advisories);
  if (!index) {
    index = new Map();
    for (const a of advisories) {
      for (const p of a.affected) {
        const eco = reviewEcosystem(p.ecosystem);
        if (!eco) continue;
        const k = `${eco}:${packageKey(eco, p.name)}`;
        const list = index.get(k) ?? [];
        if (!list.includes(a)) list.push(a);
        index.set(k, list);
      }
    }
    indexes.set(advisories, index);
  }
  return index.get(`${ecosystem}:${packageKey(ecosystem, name)}`) ?? [];
}

/** The first fixed versions the advisory names for a package, lowest first. */
export function fixedVersions(advisory: Advisory, ecosystem: Ecosystem, name: string): string[] {
  const key = packageKey(ecosystem, name);
  const out = new Set<string>();
  for (const a of advisory.affected) {
    if (a.ecosystem !== ecosystem || packageKey(ecosystem, a.name) !== key) continue;
    for (const r of a.ranges) for (const e of r.events) if (e.fixed && validVersion(ecosystem, e.fixed)) out.add(e.fixed);
  }
  return [...out].sort((a, b) => compareVersions(ecosystem, a, b));
}

/**
 * The version to move to: the lowest fixed version above `version` that no matching advisory
 * affects, or undefined when none is known.
 */
export function safeVersion(advisories: readonly Advisory[], ecosystem: Ecosystem, name: string, version: string): string | undefined {
  const candidates = advisories
    .flatMap((a) => fixedVersions(a, ecosystem, name))
    .filter((v) => compareVersions(ecosystem, v, version) > 0)
    .sort((a, b) => compareVersions(ecosystem, a, b));
  return candidates.find((v) => !advisories.some((a) => affects(a, ecosystem, name, v)));
}

/** A human range for listings: ">= 0.0.5, < 0.1.16" from the events. */
export function describeRanges(pkg: AffectedPackage): string {
  const parts = pkg.ranges.map((r) => {
    const bits: string[] = [];
    for (const e of r.events) {
      if (e.introduced !== undefined) bits.push(e.introduced === '0' ? '' : `>= ${e.introduced}`);
      if (e.fixed !== undefined) bits.push(`< ${e.fixed}`);
      if (e.last_affected !== undefined) bits.push(`<= ${e.last_affected}`);
      if (e.limit !== undefined) bits.push(`< ${e.limit}`);
    }
    return bits.filter(Boolean).join(', ') || 'all versions';
  });
  if (pkg.versions.length > 0) parts.push(pkg.versions.join(', '));
  return parts.join(' || ');
}
