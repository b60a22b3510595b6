import { fromOsv, type Advisory } from '../../src/core/servers/advisories.js';
import { buildKnowledge, type Knowledge } from '../../src/core/servers/knowledge.js';
import type { KnownServer } from '../../src/core/servers/schema.js';

type Events = Array<Record<string, string>>;

/** A minimal OSV record for tests. */
export function osv(id: string, ecosystem: string, name: string, ranges: Events[], severity = 'HIGH', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    aliases: [`CVE-${id.slice(5, 9)}`],
    summary: `${name} test advisory ${id}`,
    affected: [{ package: { ecosystem, name }, ranges: ranges.map((events) => ({ type: 'ECOSYSTEM', events })) }],
    database_specific: { severity, source: 'test' },
    ...extra,
  };
}

export function advisory(record: Record<string, unknown>, origin: Advisory['origin'] = 'built-in'): Advisory {
  const a = fromOsv(record as never, origin, `${String(record.id)}.json`);
  if (!a) throw new Error('bad test record');
  return a;
}

/** Knowledge with only these advisories (and servers). */
export function knowledgeOf(records: Array<Record<string, unknown>>, servers: KnownServer[] = []): Knowledge {
  return buildKnowledge(servers, records.map((r) => advisory(r)));
}
