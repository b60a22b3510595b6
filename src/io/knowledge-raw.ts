import { parse as parseYaml } from 'yaml';
import { fromOsv, type Advisory } from '../core/servers/advisories.js';
import type { KnownServer } from '../core/servers/schema.js';
import type { ToolboxEntry } from '../core/toolbox/schema.js';
import type { KnowledgeSources } from '../core/servers/validate.js';

/**
 * The knowledge base read without its schemas, for the rare run without a build cache (a
 * development tree edited since the last build) on paths that must stay synchronous and light:
 * the defaults the schemas would fill in are filled here, files that do not parse are skipped.
 * `check-content` and the build validate the same files fully.
 */
export function rawKnowledge(sources: KnowledgeSources): { servers: KnownServer[]; advisories: Advisory[]; tools: ToolboxEntry[] } {
  const servers: KnownServer[] = [];
  for (const f of sources.servers) {
    try {
      const s = parseYaml(f.text) as KnownServer;
      if (!s || typeof s !== 'object' || typeof s.id !== 'string') continue;
      servers.push({
        ...s,
        aliases: (s.aliases ?? []).map((a) => String(a).toLowerCase()).filter((a) => a !== s.id),
        switches: s.switches ?? [],
        incidents: s.incidents ?? [],
        tools: (s.tools ?? []).map((t) => ({ ...t, kind: t.kind ?? 'tool', readsOutsideContent: t.readsOutsideContent ?? false })),
        identifiers: s.identifiers ?? {},
      });
    } catch {
      // skipped: check-content names it
    }
  }
  const advisories: Advisory[] = [];
  for (const f of sources.advisories) {
    try {
      const a = fromOsv(JSON.parse(f.text), 'built-in', f.path);
      if (a) advisories.push(a);
    } catch {
      // skipped
    }
  }
  const tools: ToolboxEntry[] = [];
  for (const f of sources.tools) {
    try {
      const t = parseYaml(f.text) as ToolboxEntry;
      if (t && typeof t.id === 'string') tools.push({ ...t, limits: t.limits ?? [], controls: t.controls ?? [] });
    } catch {
      // skipped
    }
  }
  servers.sort((a, b) => a.id.localeCompare(b.id));
  tools.sort((a, b) => a.id.localeCompare(b.id));
  return { servers, advisories, tools };
}
