import type { Knowledge } from './knowledge.js';
import { advisoriesForServer, advisoryRows } from './lookup.js';
import type { KnownServer } from './schema.js';

const STATUS: Record<string, string> = { active: 'active', deprecated: 'DEPRECATED', archived: 'ARCHIVED' };

/** Identifiers as one line each: "npm @playwright/mcp". */
export function identifierLines(s: KnownServer): string[] {
  const ids = s.identifiers;
  return [
    ...(ids.npm ?? []).map((x) => `npm ${x}`),
    ...(ids.pypi ?? []).map((x) => `PyPI ${x}`),
    ...(ids.oci ?? []).map((x) => `image ${x}`),
    ...(ids.remote ?? []).map((x) => `remote ${x}`),
    ...(ids.binary ?? []).map((x) => `binary ${x}`),
  ];
}

/** One line for a list: id, name, publisher, status. */
export function serverListLine(s: KnownServer): string {
  const status = s.status.state === 'active' ? '' : ` [${STATUS[s.status.state]}]`;
  return `${s.id.padEnd(26)} ${s.name} (${s.publisher.name})${status}`;
}

/** A server's whole record as plain lines (no Markdown), for the CLI, the line-mode browser and MCP text. */
export function serverDetailLines(k: Knowledge, s: KnownServer): string[] {
  const out: string[] = [];
  out.push(`${s.name} (${s.id})`);
  out.push(s.summary);
  if (s.aliases.length) out.push(`Also known as: ${s.aliases.join(', ')}`);
  out.push('');
  const v = s.publisher.verify;
  out.push(`Publisher: ${s.publisher.name} (${s.publisher.kind})`);
  if (v.repository) out.push(`  repository: ${v.repository}`);
  if (v.registry) out.push(`  MCP registry: ${v.registry}`);
  if (v.npmScope) out.push(`  npm: ${v.npmScope}`);
  if (v.pypiOwner) out.push(`  PyPI: ${v.pypiOwner}`);
  if (v.note) out.push(`  ${v.note}`);
  out.push(`Status: ${STATUS[s.status.state]}${s.status.since ? ` since ${s.status.since}` : ''}${s.status.successor ? `; successor: ${k.byId.get(s.status.successor)?.name ?? s.status.successor}${k.byId.has(s.status.successor) ? ` (${s.status.successor})` : ''}` : ''}`);
  if (s.status.note) out.push(`  ${s.status.note}`);
  for (const m of s.status.malicious ?? []) out.push(`  MALICIOUS: ${m.package} ${m.versions}: ${m.note} (${m.reference})`);
  out.push(`Runs as: ${identifierLines(s).join('; ')}`);
  out.push(`Transports: ${s.transports.join(', ')}`);
  out.push('');
  out.push(`Tools (${s.tools.length}):`);
  for (const t of s.tools) out.push(`  ${t.name}${t.kind === 'group' ? ' (group)' : ''}: ${t.capability}${t.readsOutsideContent ? ', reads outside content' : ''}${t.note ? ` (${t.note})` : ''}`);
  if (s.switches.length) {
    out.push('');
    out.push('Least-privilege switches:');
    for (const w of s.switches) out.push(`  ${w.syntax}  (${w.kind}) ${w.name}: ${w.effect}`);
  }
  if (s.credential) {
    out.push('');
    out.push(`Credential: ${s.credential.name} (${s.credential.kind})${s.credential.smallestScopes ? `: ${s.credential.smallestScopes}` : ''}`);
  }
  const advisories = advisoryRows(advisoriesForServer(k, s));
  if (advisories.length) {
    out.push('');
    out.push('Advisories:');
    for (const a of advisories) out.push(`  ${a.id} ${a.severity}: ${a.package} ${a.affected}${a.fixed.length ? `, fixed in ${a.fixed.join(', ')}` : ', no fix known'}${a.origin === 'imported' ? ' (imported)' : ''}: ${a.summary}`);
  }
  if (s.incidents.length) {
    out.push('');
    out.push('Incidents:');
    for (const i of s.incidents) out.push(`  ${i.date} ${i.title}: ${i.summary} ${i.reference}`);
  }
  out.push('');
  out.push('References:');
  for (const r of s.references) out.push(`  ${r.title}: ${r.url}`);
  out.push(`Checked: ${s.checked}`);
  return out;
}

/** The JSON form of a server: the record plus the advisories that name its packages. */
export function serverJson(k: Knowledge, s: KnownServer): Record<string, unknown> {
  return { ...s, advisories: advisoryRows(advisoriesForServer(k, s)).map((a) => ({ id: a.id, aliases: a.aliases, package: a.package, ecosystem: a.ecosystem, affected: a.affected, fixed: a.fixed, severity: a.severity, origin: a.origin })) };
}
