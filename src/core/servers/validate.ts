import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from '../content/types.js';
import type { SourceFile } from '../content/catalogue.js';
import { fromOsv, reviewEcosystem, type Advisory } from './advisories.js';
import { buildKnowledge, normalizeImage, normalizeUrl, type Knowledge } from './knowledge.js';
import { osvSchema, serverSchema, type KnownServer } from './schema.js';
import { normalizePypiName, validVersion } from './versions.js';
import { toolboxSchema, type ToolboxEntry } from '../toolbox/schema.js';
import { CONTROL_LIST } from '../risk/controls.js';

export interface KnowledgeSources {
  servers: SourceFile[];
  advisories: SourceFile[];
  tools: SourceFile[];
}

function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((i) => ({ file, field: i.path.join('.'), message: i.message }));
}

function parseData(file: SourceFile): { ok: true; data: unknown } | { ok: false; issue: ContentIssue } {
  try {
    return { ok: true, data: file.path.endsWith('.json') ? JSON.parse(file.text) : parseYaml(file.text) };
  } catch (error) {
    return { ok: false, issue: { file: file.path, field: '', message: `does not parse: ${(error as Error).message.split('\n')[0]}` } };
  }
}

const stem = (path: string): string => (path.split('/').pop() ?? path).replace(/\.(ya?ml|json)$/, '');
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validate servers/, advisories/ and toolbox/: schemas, unique ids and aliases, one owner per package or image, resolvable successors and controls. */
export function validateKnowledge(sources: KnowledgeSources): { knowledge: Knowledge; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const servers: KnownServer[] = [];
  const owners = new Map<string, string>();
  const claim = (key: string, file: string, what: string) => {
    const other = owners.get(key);
    if (other && other !== file) issues.push({ file, field: 'identifiers', message: `${what} is also claimed by ${other}` });
    else owners.set(key, file);
  };
  const names = new Map<string, string>();
  for (const file of sources.servers) {
    const parsed = parseData(file);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      continue;
    }
    const result = serverSchema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(file.path, result.error));
      continue;
    }
    const s = result.data;
    if (s.id !== stem(file.path)) issues.push({ file: file.path, field: 'id', message: `must equal the file name (${stem(file.path)})` });
    s.aliases = s.aliases.filter((a) => a !== s.id);
    for (const name of [s.id, ...s.aliases]) {
      const other = names.get(name);
      if (other) issues.push({ file: file.path, field: name === s.id ? 'id' : 'aliases', message: `"${name}" is already used by ${other}` });
      else names.set(name, file.path);
    }
    for (const n of s.identifiers.npm ?? []) claim(`npm:${n}`, file.path, `npm package ${n}`);
    for (const n of s.identifiers.pypi ?? []) claim(`pypi:${normalizePypiName(n)}`, file.path, `PyPI project ${n}`);
    for (const n of s.identifiers.oci ?? []) claim(`oci:${normalizeImage(n)}`, file.path, `image ${n}`);
    for (const n of s.identifiers.remote ?? []) claim(`url:${normalizeUrl(n)}`, file.path, `remote endpoint ${n}`);
    for (const n of s.identifiers.binary ?? []) claim(`bin:${n.toLowerCase()}`, file.path, `binary ${n}`);
    const tools = new Set<string>();
    s.tools.forEach((t, i) => {
      if (tools.has(t.name)) issues.push({ file: file.path, field: `tools.${i}.name`, message: `tool ${t.name} is listed twice` });
      tools.add(t.name);
    });
    if (s.status.state !== 'active' && !s.status.note && !s.status.successor) issues.push({ file: file.path, field: 'status', message: `a ${s.status.state} server needs a successor or a note saying what to use instead` });
    servers.push(s);
  }
  const ids = new Set(servers.map((s) => s.id));
  for (const s of servers) {
    const succ = s.status.successor;
    if (succ && KEBAB_ID.test(succ) && !ids.has(succ)) issues.push({ file: `servers/${s.id}.yaml`, field: 'status.successor', message: `no server with id ${succ} (write its id, or a sentence)` });
  }

  const advisories: Advisory[] = [];
  const seen = new Set<string>();
  for (const file of sources.advisories) {
    const parsed = parseData(file);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      continue;
    }
    const result = osvSchema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(file.path, result.error));
      continue;
    }
    const adv = fromOsv(result.data, 'built-in', file.path);
    if (!adv) {
      issues.push({ file: file.path, field: 'affected', message: 'names no package' });
      continue;
    }
    if (adv.id !== stem(file.path)) issues.push({ file: file.path, field: 'id', message: `must equal the file name (${stem(file.path)})` });
    if (seen.has(adv.id)) issues.push({ file: file.path, field: 'id', message: `${adv.id} is defined twice` });
    seen.add(adv.id);
    if (adv.unrated) issues.push({ file: file.path, field: 'database_specific.severity', message: 'give the severity (CRITICAL, HIGH, MODERATE or LOW)' });
    if (!adv.source) issues.push({ file: file.path, field: 'database_specific.source', message: 'say where the record was confirmed' });
    adv.affected.forEach((a, i) => {
      const eco = reviewEcosystem(a.ecosystem);
      if (!eco) return;
      for (const r of a.ranges) {
        for (const e of r.events) {
          const v = e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
          if (v !== undefined && v !== '0' && !validVersion(eco, v)) issues.push({ file: file.path, field: `affected.${i}.ranges`, message: `${v} is not a valid ${eco} version` });
        }
      }
    });
    advisories.push(adv);
  }

  const tools: ToolboxEntry[] = [];
  const controlIds = new Set(CONTROL_LIST.map((c) => c.id));
  const toolIds = new Set<string>();
  for (const file of sources.tools) {
    const parsed = parseData(file);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      continue;
    }
    const result = toolboxSchema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssues(file.path, result.error));
      continue;
    }
    const t = result.data;
    if (t.id !== stem(file.path)) issues.push({ file: file.path, field: 'id', message: `must equal the file name (${stem(file.path)})` });
    if (toolIds.has(t.id)) issues.push({ file: file.path, field: 'id', message: `${t.id} is defined twice` });
    toolIds.add(t.id);
    t.controls.forEach((c, i) => {
      if (!controlIds.has(c)) issues.push({ file: file.path, field: `controls.${i}`, message: `no plan control ${c}` });
    });
    tools.push(t);
  }
  servers.sort((a, b) => a.id.localeCompare(b.id));
  tools.sort((a, b) => a.id.localeCompare(b.id));
  return { knowledge: buildKnowledge(servers, advisories, tools), issues };
}

/** Knowledge-wide gaps: controls no tool implements or verifies. */
export function knowledgeCoverageIssues(k: Knowledge): ContentIssue[] {
  if (k.tools.length === 0) return [];
  const covered = new Set(k.tools.flatMap((t) => t.controls));
  return CONTROL_LIST.filter((c) => !covered.has(c.id)).map((c) => ({ file: 'toolbox/', field: '', message: `no tool implements or verifies the plan control ${c.id}` }));
}
