import type { Knowledge } from '../servers/knowledge.js';
import { advisoriesForServer } from '../servers/lookup.js';
import { affects, fixedVersions, reviewEcosystem } from '../servers/advisories.js';
import type { KnownServer, ServerSwitch } from '../servers/schema.js';
import { identifierLines } from '../servers/describe.js';
import { validVersion } from '../servers/versions.js';

export interface KnownServerFacts {
  id: string;
  name: string;
  publisher: string;
  publisherKind: string;
  verify: KnownServer['publisher']['verify'];
  identifiers: string[];
  status: KnownServer['status']['state'];
  since: string | null;
  successor: { id: string | null; name: string; identifiers: string[] } | null;
  statusNote: string | null;
  malicious: NonNullable<KnownServer['status']['malicious']>;
  switches: ServerSwitch[];
  credential: KnownServer['credential'] | null;
  incidents: KnownServer['incidents'];
  /** The version the plan is for, when given. */
  version: string | null;
  /** Advisories naming its packages; affectsVersion says whether the given version is affected (null when no version). */
  advisories: Array<{ id: string; aliases: string[]; severity: string; summary: string; fixed: string[]; affectsVersion: boolean | null; origin: string }>;
  references: KnownServer['references'];
  checked: string;
}

/** The facts a plan shows about a known server: status, successor, switches, credential, incidents and the advisories for the version. */
export function knownServerFacts(k: Knowledge, s: KnownServer, version: string | null): KnownServerFacts {
  const succ = s.status.successor;
  const successor = succ ? k.byId.get(succ) : undefined;
  const v = version?.replace(/^v/, '') ?? null;
  return {
    id: s.id,
    name: s.name,
    publisher: s.publisher.name,
    publisherKind: s.publisher.kind,
    verify: s.publisher.verify,
    identifiers: identifierLines(s),
    status: s.status.state,
    since: s.status.since ?? null,
    successor: succ ? { id: successor?.id ?? null, name: successor?.name ?? succ, identifiers: successor ? identifierLines(successor) : [] } : null,
    statusNote: s.status.note ?? null,
    malicious: s.status.malicious ?? [],
    switches: s.switches,
    credential: s.credential ?? null,
    incidents: s.incidents,
    version: v,
    advisories: advisoriesForServer(k, s).map((a) => {
      const pkgs = a.affected.filter((x) => reviewEcosystem(x.ecosystem));
      const hit = v === null ? null : pkgs.some((x) => {
        const eco = reviewEcosystem(x.ecosystem);
        return eco !== undefined && validVersion(eco, v) && affects(a, eco, x.name, v);
      });
      return {
        id: a.id,
        aliases: a.aliases,
        severity: a.unrated ? 'unrated' : a.severity,
        summary: a.summary,
        fixed: pkgs.flatMap((x) => {
          const eco = reviewEcosystem(x.ecosystem);
          return eco ? fixedVersions(a, eco, x.name) : [];
        }),
        affectsVersion: hit,
        origin: a.origin,
      };
    }),
    references: s.references,
    checked: s.checked,
  };
}
