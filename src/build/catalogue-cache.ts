import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_FILE, cacheText, readContentSources, validateSources } from '../io/content-loader.js';
import { formatIssue } from '../core/content/types.js';
import { checkedDateIssues } from '../core/content/course-rules.js';
import { KNOWLEDGE_CACHE, knowledgeCacheText, readKnowledgeSources, statKnowledgeSources, validateKnowledgeSources } from '../io/knowledge-loader.js';

/**
 * Build step: validate the course and write the catalogue that start-up reads instead of parsing
 * every lesson. Invalid content writes no cache (the CLI then validates at run time and reports).
 * Checked dates older than a year are warned about, not blocking: the facts may be stale, but the
 * content is still valid, and a build from a year-old checkout must still produce a working tool.
 */
export async function writeCatalogueCache(root: string, today: string = new Date().toISOString().slice(0, 10)): Promise<{ ok: boolean; messages: string[]; warnings: string[] }> {
  const sources = readContentSources(root);
  const { catalogue, issues } = await validateSources(sources);
  if (issues.length > 0) return { ok: false, messages: issues.map(formatIssue), warnings: [] };
  const warnings = checkedDateIssues(catalogue, today).map(formatIssue);
  for (const warning of warnings) console.warn(`build: ${warning}`);
  // Times and sizes first: a file saved while the build reads would then fail the quick check, not pass it.
  const kstats = statKnowledgeSources(root);
  const ksources = readKnowledgeSources(root);
  const known = await validateKnowledgeSources(ksources);
  const blocking = known.issues.filter((i) => i.file !== 'toolbox/');
  if (blocking.length > 0) return { ok: false, messages: blocking.map(formatIssue), warnings };
  const target = join(root, CACHE_FILE);
  mkdirSync(dirname(target), { recursive: true });
  mkdirSync(dirname(join(root, KNOWLEDGE_CACHE)), { recursive: true });
  writeFileSync(join(root, KNOWLEDGE_CACHE), knowledgeCacheText(ksources, known.knowledge, kstats));
  writeFileSync(target, cacheText(sources, catalogue));
  return { ok: true, messages: [`${catalogue.lessons.length} lessons in ${catalogue.tracks.length} tracks`], warnings };
}
