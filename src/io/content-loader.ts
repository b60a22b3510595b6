import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalogue, ContentIssue } from '../core/content/types.js';
import type { SourceFile } from '../core/content/catalogue.js';
import { formatIssue } from '../core/content/types.js';
import { packageRoot } from './paths.js';
import { UserError } from './errors.js';

export interface ContentSources {
  tracks: SourceFile;
  lessons: SourceFile[];
  scenarios: SourceFile[];
  quiz: SourceFile[];
  /** The content root, so that validation can load the knowledge base beside it. */
  root?: string;
}

export const CACHE_FILE = 'dist/catalogue.json';

function readSource(root: string, path: string): SourceFile {
  return { path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
}

/** Read lessons/tracks.yaml, every lessons/<folder>/*.md and every scenarios/*.yaml under `root`. */
export function readContentSources(root: string = packageRoot()): ContentSources {
  const lessonsDir = join(root, 'lessons');
  const tracksPath = join(lessonsDir, 'tracks.yaml');
  if (!existsSync(tracksPath)) throw new UserError(`no course content: ${tracksPath} is missing`);
  const lessons: SourceFile[] = [];
  for (const entry of readdirSync(lessonsDir).sort()) {
    const folder = join(lessonsDir, entry);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.md')) lessons.push(readSource(root, join(folder, name)));
    }
  }
  const scenarios: SourceFile[] = [];
  const scenariosDir = join(root, 'scenarios');
  if (existsSync(scenariosDir)) {
    for (const name of readdirSync(scenariosDir).sort()) {
      if (name.endsWith('.yaml') || name.endsWith('.yml')) scenarios.push(readSource(root, join(scenariosDir, name)));
    }
  }
  const quiz: SourceFile[] = [];
  const quizDir = join(root, 'quiz');
  if (existsSync(quizDir)) {
    for (const name of readdirSync(quizDir).sort()) {
      if (name.endsWith('.yaml') || name.endsWith('.yml')) quiz.push(readSource(root, join(quizDir, name)));
    }
  }
  return { tracks: readSource(root, tracksPath), lessons, scenarios, quiz, root };
}

export function fingerprint(sources: ContentSources): string {
  const hash = createHash('sha256');
  for (const file of [sources.tracks, ...sources.lessons, ...sources.scenarios, ...sources.quiz]) hash.update(file.path).update('\0').update(file.text).update('\0');
  return hash.digest('hex');
}

/** Validate the sources fully (zod, YAML, cross references). Loaded on demand: it pulls in zod and yaml. */
export interface Validation {
  catalogue: Catalogue;
  /** Problems in files: the course cannot be used as it is. */
  issues: ContentIssue[];
  /** Course-wide gaps (an area nobody teaches, a short track): check-content fails, the tutor still runs. */
  courseIssues: ContentIssue[];
}

export async function validateSources(sources: ContentSources): Promise<Validation> {
  const [{ buildCatalogue }, { courseIssues, quizIssues }] = await Promise.all([import('../core/content/catalogue.js'), import('../core/content/course-rules.js')]);
  const { readKnowledgeSources } = await import('./knowledge-loader.js');
  const { validateKnowledge } = await import('../core/servers/validate.js');
  const knowledge = validateKnowledge(readKnowledgeSources(sources.root ?? packageRoot())).knowledge;
  const result = buildCatalogue(sources.tracks, sources.lessons, sources.scenarios, sources.quiz, knowledge);
  return { ...result, courseIssues: [...courseIssues(result.catalogue), ...quizIssues(result.catalogue)] };
}

interface CacheFile {
  fingerprint: string;
  catalogue: Catalogue;
}

/**
 * The course catalogue. Uses the catalogue validated at build time when the content on disk is
 * byte-for-byte what was validated (a hash, not mtimes, so it survives npm packing); otherwise
 * validates the sources now. Invalid content is a UserError naming the file and field.
 */
export async function loadCatalogue(root: string = packageRoot()): Promise<Catalogue> {
  const sources = readContentSources(root);
  const cachePath = join(root, CACHE_FILE);
  if (existsSync(cachePath)) {
    try {
      const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
      if (cache.fingerprint === fingerprint(sources)) return cache.catalogue;
    } catch {
      // a damaged cache is ignored; the sources are the truth
    }
  }
  const { catalogue, issues } = await validateSources(sources);
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more; run mcp-operator check-content)` : '';
    throw new UserError(`invalid course content: ${formatIssue(issues[0] as ContentIssue)}${more}`);
  }
  return catalogue;
}

export function cacheText(sources: ContentSources, catalogue: Catalogue): string {
  const cache: CacheFile = { fingerprint: fingerprint(sources), catalogue };
  return JSON.stringify(cache);
}
