import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE_FILE, cacheText, readContentSources, validateSources } from '../io/content-loader.js';
import { formatIssue } from '../core/content/types.js';
import { KNOWLEDGE_CACHE, knowledgeCacheText, readKnowledgeSources, validateKnowledgeSources } from '../io/knowledge-loader.js';

/**
 * Build step: validate the course and write the catalogue that start-up reads instead of parsing
 * every lesson. Invalid content writes no cache (the CLI then validates at run time and reports).
 */
export async function writeCatalogueCache(root: string): Promise<{ ok: boolean; messages: string[] }> {
  const sources = readContentSources(root);
  const { catalogue, issues } = await validateSources(sources);
  if (issues.length > 0) return { ok: false, messages: issues.map(formatIssue) };
  const ksources = readKnowledgeSources(root);
  const known = await validateKnowledgeSources(ksources);
  const blocking = known.issues.filter((i) => i.file !== 'toolbox/');
  if (blocking.length > 0) return { ok: false, messages: blocking.map(formatIssue) };
  writeFileSync(join(root, KNOWLEDGE_CACHE), knowledgeCacheText(ksources, known.knowledge));
  const target = join(root, CACHE_FILE);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, cacheText(sources, catalogue));
  return { ok: true, messages: [`${catalogue.lessons.length} lessons in ${catalogue.tracks.length} tracks`] };
}
