import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../core/content/catalogue.js';
import type { ContentIssue } from '../core/content/types.js';
import { formatIssue } from '../core/content/types.js';
import type { Advisory } from '../core/servers/advisories.js';
import { buildKnowledge, type Knowledge } from '../core/servers/knowledge.js';
import { cacheFreshness, type SourceStat } from '../core/servers/cache-freshness.js';
import type { KnownServer } from '../core/servers/schema.js';
import type { ToolboxEntry } from '../core/toolbox/schema.js';
import type { KnowledgeSources } from '../core/servers/validate.js';
import { rawKnowledge } from './knowledge-raw.js';
import { packageRoot } from './paths.js';
import { UserError } from './errors.js';
import { readImportedAdvisories } from './advisory-store.js';

export const KNOWLEDGE_CACHE = 'dist/knowledge.json';

const FOLDERS = [
  ['servers', /\.ya?ml$/],
  ['advisories', /\.json$/],
  ['toolbox', /\.ya?ml$/],
] as const;

/**
 * The source files of one folder, sorted, as paths relative to the root (`servers/x.yaml`). Built by
 * hand, not with path.join and path.relative: those normalise every path, and on 180 files that was
 * most of the time a review spends checking the knowledge cache.
 */
function listFolder(root: string, folder: string, exts: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, folder));
  } catch {
    return [];
  }
  return names
    .filter((n) => exts.test(n))
    .sort()
    .map((n) => `${folder}/${n}`);
}

function readFolder(root: string, folder: string, exts: RegExp): SourceFile[] {
  return listFolder(root, folder, exts).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

export function readKnowledgeSources(root: string = packageRoot()): KnowledgeSources {
  const [servers, advisories, tools] = FOLDERS.map(([folder, exts]) => readFolder(root, folder, exts)) as [SourceFile[], SourceFile[], SourceFile[]];
  return { servers, advisories, tools };
}

/** The path of every source file, in the order the fingerprint reads them. */
export function listKnowledgeSources(root: string = packageRoot()): string[] {
  return FOLDERS.flatMap(([folder, exts]) => listFolder(root, folder, exts));
}

/** Path, size and modification time of every source file, in the order the fingerprint reads them. */
export function statKnowledgeSources(root: string = packageRoot()): SourceStat[] {
  return FOLDERS.flatMap(([folder, exts]) =>
    listFolder(root, folder, exts).map((path) => {
      const st = statSync(`${root}/${path}`);
      return { path, size: st.size, mtimeMs: st.mtimeMs };
    }),
  );
}

export function knowledgeFingerprint(s: KnowledgeSources): string {
  // node:crypto loaded only when the quick check (paths, sizes, times) did not settle it: it costs start-up.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256');
  for (const f of [...s.servers, ...s.advisories, ...s.tools]) hash.update(f.path).update('\0').update(f.text).update('\0');
  return hash.digest('hex');
}

interface CacheFile {
  fingerprint: string;
  /** The files the build validated, to tell without reading them that they are unchanged (src/core/servers/cache-freshness.ts). */
  files?: SourceStat[];
  servers: KnownServer[];
  advisories: Advisory[];
  tools: ToolboxEntry[];
}

/** Full validation (zod schemas and cross-checks): loaded only when needed, it pulls in zod. */
export async function validateKnowledgeSources(sources: KnowledgeSources): Promise<{ knowledge: Knowledge; issues: ContentIssue[] }> {
  const { validateKnowledge, knowledgeCoverageIssues } = await import('../core/servers/validate.js');
  const result = validateKnowledge(sources);
  return { knowledge: result.knowledge, issues: [...result.issues, ...knowledgeCoverageIssues(result.knowledge)] };
}

export function knowledgeCacheText(sources: KnowledgeSources, k: Knowledge, files?: SourceStat[]): string {
  const cache: CacheFile = { fingerprint: knowledgeFingerprint(sources), ...(files ? { files } : {}), servers: k.servers, advisories: k.advisories, tools: k.tools };
  return JSON.stringify(cache);
}

/** The built-in knowledge: from the build's cache when the files are what was validated, else validated now. */
export async function loadBuiltInKnowledge(root: string = packageRoot()): Promise<Knowledge> {
  const known = loaded.get(root);
  if (known) return known;
  const cached = fromCache(root);
  if (cached) {
    loaded.set(root, cached);
    return cached;
  }
  const { knowledge, issues } = await validateKnowledgeSources(readKnowledgeSources(root));
  const blocking = issues.filter((i) => i.file !== 'toolbox/');
  if (blocking.length > 0) {
    const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more; run mcp-operator check-content)` : '';
    throw new UserError(`invalid knowledge base: ${formatIssue(blocking[0] as ContentIssue)}${more}`);
  }
  loaded.set(root, knowledge);
  return knowledge;
}

/** The build's cache when the files are what it validated: unchanged by path, size and time, or else byte for byte. */
function fromCache(root: string): Knowledge | undefined {
  const cachePath = join(root, KNOWLEDGE_CACHE);
  if (!existsSync(cachePath)) return undefined;
  try {
    const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
    const installed = /[\\/]node_modules[\\/]/.test(root);
    const current = installed ? listKnowledgeSources(root) : statKnowledgeSources(root);
    const fresh = cacheFreshness(cache.files, current, installed) === 'fresh' || cache.fingerprint === knowledgeFingerprint(readKnowledgeSources(root));
    if (fresh) return buildKnowledge(cache.servers, cache.advisories, cache.tools);
  } catch {
    // a damaged cache is ignored; the sources are the truth
  }
  return undefined;
}

const loaded = new Map<string, Knowledge>();

export function loadBuiltInKnowledgeSync(root: string = packageRoot()): Knowledge {
  const known = loaded.get(root);
  if (known) return known;
  const k = readBuiltIn(root);
  loaded.set(root, k);
  return k;
}

function readBuiltIn(root: string): Knowledge {
  const cached = fromCache(root);
  if (cached) return cached;
  // No fresh build cache (a development tree): read the files without their schemas, synchronously.
  const raw = rawKnowledge(readKnowledgeSources(root));
  return buildKnowledge(raw.servers, raw.advisories, raw.tools);
}

/** Built-in knowledge plus the advisories the user imported (which never replace a built-in record). */
export async function loadKnowledge(options: { root?: string; progressDir?: string } = {}): Promise<Knowledge> {
  return withImported(await loadBuiltInKnowledge(options.root), options.progressDir);
}

function withImported(builtIn: Knowledge, progressDir?: string): Knowledge {
  const imported = readImportedAdvisories(progressDir);
  if (imported.length === 0) return builtIn;
  const taken = new Set(builtIn.advisories.flatMap((a) => [a.id, ...a.aliases]));
  const extra = imported.filter((a) => !taken.has(a.id) && !a.aliases.some((x) => taken.has(x)));
  return buildKnowledge(builtIn.servers, [...builtIn.advisories, ...extra], builtIn.tools);
}

export function loadKnowledgeSync(options: { root?: string; progressDir?: string } = {}): Knowledge {
  return withImported(loadBuiltInKnowledgeSync(options.root), options.progressDir);
}
