import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalogue, ContentIssue } from '../core/content/types.js';
import { formatIssue } from '../core/content/types.js';
import type { LabSource, LessonRef } from '../core/lab/parse-lab.js';
import type { Lab } from '../core/lab/types.js';
import { packageRoot } from './paths.js';
import { UserError } from './errors.js';

/** A lab's files are small config files; anything bigger is a mistake in the content. */
const MAX_FILE_BYTES = 256 * 1024;

/** Every regular file under `dir`, by its path relative to `dir` (forward slashes). */
function readTree(dir: string, base: string = dir, out: Record<string, string> = {}): Record<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) readTree(path, base, out);
    else if (stat.isFile() && stat.size <= MAX_FILE_BYTES) out[relative(base, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

/** Every lab folder: lessons/<track folder>/labs/<id>/ with lab.yaml, start/ and solution/. */
export function readLabSources(root: string = packageRoot()): LabSource[] {
  const lessons = join(root, 'lessons');
  if (!existsSync(lessons)) return [];
  const sources: LabSource[] = [];
  for (const track of readdirSync(lessons).sort()) {
    const labsDir = join(lessons, track, 'labs');
    if (!existsSync(labsDir) || !lstatSync(labsDir).isDirectory()) continue;
    for (const id of readdirSync(labsDir).sort()) {
      const dir = join(labsDir, id);
      if (!lstatSync(dir).isDirectory()) continue;
      const yamlPath = join(dir, 'lab.yaml');
      sources.push({
        dir: relative(root, dir).split('\\').join('/'),
        ...(existsSync(yamlPath) ? { yaml: readFileSync(yamlPath, 'utf8') } : {}),
        start: readTree(join(dir, 'start')),
        solution: readTree(join(dir, 'solution')),
      });
    }
  }
  return sources;
}

/** Lesson ids and their track folders, from the course catalogue. */
export function lessonRefs(catalogue: Catalogue): LessonRef[] {
  return catalogue.lessons.map((l) => ({ id: l.id, track: l.track, folder: catalogue.tracks.find((t) => t.number === l.track)?.folder ?? l.file.split('/')[1] ?? '' }));
}

/** Parse every lab folder; duplicate ids are problems too. Loads yaml and zod (on demand). */
export async function validateLabSources(sources: readonly LabSource[], lessons: readonly LessonRef[]): Promise<{ labs: Lab[]; issues: ContentIssue[] }> {
  const { parseLab } = await import('../core/lab/parse-lab.js');
  const labs: Lab[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const parsed = parseLab(source, lessons);
    issues.push(...parsed.issues);
    if (!parsed.lab) continue;
    const other = seen.get(parsed.lab.id);
    if (other) issues.push({ file: parsed.lab.source, field: 'id', message: `duplicate lab id "${parsed.lab.id}" (also in ${other})` });
    else {
      seen.set(parsed.lab.id, parsed.lab.source);
      labs.push(parsed.lab);
    }
  }
  labs.sort((a, b) => a.track - b.track || lessons.findIndex((l) => l.id === a.lesson) - lessons.findIndex((l) => l.id === b.lesson) || a.id.localeCompare(b.id));
  return { labs, issues };
}

const loaded = new Map<string, Lab[]>();

/** The course's labs, validated; invalid content is a one-line UserError naming the file and field. */
export async function loadLabs(catalogue: Catalogue, root: string = packageRoot()): Promise<Lab[]> {
  const known = loaded.get(root);
  if (known) return known;
  const { labs, issues } = await validateLabSources(readLabSources(root), lessonRefs(catalogue));
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more; run mcp-operator check-content)` : '';
    throw new UserError(`invalid lab content: ${formatIssue(issues[0] as ContentIssue)}${more}`);
  }
  loaded.set(root, labs);
  return labs;
}

/**
 * check-content for labs: every lab folder valid, and every lab solvable and honest (the starting
 * files fail a goal, the solution passes every goal and the review with nothing at medium or above,
 * a server removed or a file emptied never passes).
 */
export async function checkLabContent(root: string, catalogue: Catalogue, knowledge: import('../core/servers/knowledge.js').Knowledge, date: string): Promise<{ labs: Lab[]; issues: ContentIssue[] }> {
  const { labs, issues } = await validateLabSources(readLabSources(root), lessonRefs(catalogue));
  const { labHonestyIssues } = await import('../core/lab/honesty.js');
  for (const lab of labs) issues.push(...labHonestyIssues(lab, { knowledge, date }));
  return { labs, issues };
}
