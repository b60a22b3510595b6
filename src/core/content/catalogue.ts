import { gradeReviewedExercises } from './reviewed-exercises.js';
import { gradeLessonExamples } from './lesson-examples.js';
import type { Knowledge } from '../servers/knowledge.js';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from './front-matter.js';
import { lessonFrontMatterSchema, tracksFileSchema, type Track } from './schema.js';
import type { Catalogue, ContentIssue, Lesson } from './types.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';
import { quizFileSchema, type QuizItem } from './quiz-schema.js';
import { AREAS } from './areas.js';
import { zodIssues } from './zod-issues.js';
import { findContentLinks } from './links.js';

export interface SourceFile {
  /** Path relative to the content root, for example `lessons/1-planning/01-trust.md`. */
  path: string;
  text: string;
}

export interface BuildResult {
  catalogue: Catalogue;
  issues: ContentIssue[];
}

export const MIN_CHECKS = 3;

export function parseTracks(file: string, text: string): { tracks: Track[]; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    return { tracks: [], issues: [{ file, field: '', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = tracksFileSchema.safeParse(data);
  if (!result.success) return { tracks: [], issues: zodIssues(file, result.error) };
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  result.data.forEach((track, index) => {
    for (const key of ['id', 'number', 'folder'] as const) {
      const value = `${key}:${track[key]}`;
      if (seen.has(value)) issues.push({ file, field: `[${index}].${key}`, message: `duplicate ${key} "${track[key]}"` });
      seen.set(value, index);
    }
  });
  const tracks = [...result.data].sort((a, b) => a.number - b.number);
  return { tracks, issues };
}

export function parseScenario(file: string, text: string): { scenario?: Scenario; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    return { issues: [{ file, field: '', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = scenarioSchema.safeParse(data);
  if (!result.success) return { issues: zodIssues(file, result.error) };
  const name = file.split('/').pop() ?? '';
  const issues: ContentIssue[] = [];
  if (name !== `${result.data.id}.yaml`) issues.push({ file, field: 'id', message: `file should be named ${result.data.id}.yaml` });
  return { scenario: { ...result.data, file }, issues };
}

export function parseQuizFile(file: string, text: string): { items: QuizItem[]; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    return { items: [], issues: [{ file, field: '', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = quizFileSchema.safeParse(data);
  if (!result.success) return { items: [], issues: zodIssues(file, result.error) };
  const area = (file.split('/').pop() ?? '').replace(/\.ya?ml$/, '');
  const issues: ContentIssue[] = [];
  result.data.forEach((item, index) => {
    if (item.area !== area) issues.push({ file, field: `[${index}].area`, message: `items in ${area}.yaml must have area ${area}` });
  });
  return { items: result.data.map((item) => ({ ...item, file })), issues };
}

export function parseLesson(file: string, text: string): { lesson?: Lesson; issues: ContentIssue[] } {
  const split = splitFrontMatter(text);
  if (!split.ok) return { issues: [{ file, field: '', message: split.message }] };
  const result = lessonFrontMatterSchema.safeParse(split.data);
  if (!result.success) return { issues: zodIssues(file, result.error) };
  if (split.body.trim().length === 0) return { issues: [{ file, field: 'body', message: 'lesson has no text after the front matter' }] };
  return { lesson: { ...result.data, body: split.body, file }, issues: [] };
}

/**
 * Build the course catalogue from the tracks file and lesson files, and report every problem:
 * schema errors, duplicate ids, unknown tracks, misplaced files, unresolved prerequisites and links.
 */
export function buildCatalogue(tracksFile: SourceFile, lessonFiles: SourceFile[], scenarioFiles: SourceFile[] = [], quizFiles: SourceFile[] = [], knowledge?: Knowledge): BuildResult {
  const { tracks, issues } = parseTracks(tracksFile.path, tracksFile.text);
  const scenarios: Scenario[] = [];
  for (const source of scenarioFiles) {
    const parsed = parseScenario(source.path, source.text);
    issues.push(...parsed.issues);
    if (parsed.scenario) scenarios.push(parsed.scenario);
  }
  const knownScenarioIds = new Set(scenarios.map((s) => s.id));
  const lessons: Lesson[] = [];
  for (const source of lessonFiles) {
    const parsed = parseLesson(source.path, source.text);
    issues.push(...parsed.issues);
    if (parsed.lesson) lessons.push(parsed.lesson);
  }

  issues.push(...gradeReviewedExercises(lessons, knowledge));
  issues.push(...gradeLessonExamples(lessons, knowledge));

  const byId = new Map<string, Lesson>();
  const idOwner = new Map<string, string>();
  for (const item of [...lessons, ...scenarios]) {
    const other = idOwner.get(item.id);
    const kind = 'checks' in item ? 'lesson' : 'scenario';
    if (other) issues.push({ file: item.file, field: 'id', message: `duplicate ${kind} id "${item.id}" (also in ${other})` });
    else {
      idOwner.set(item.id, item.file);
      if (kind === 'lesson') byId.set(item.id, item as Lesson);
    }
  }
  for (const scenario of scenarios) {
    scenario.lessons.forEach((id, index) => {
      if (!byId.has(id)) issues.push({ file: scenario.file, field: `lessons[${index}]`, message: `no lesson with id "${id}"` });
    });
  }

  const slots = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const track = tracks.find((t) => t.number === lesson.track);
    if (!track) {
      if (tracks.length) issues.push({ file: lesson.file, field: 'track', message: `no track number ${lesson.track} in ${tracksFile.path}` });
      continue;
    }
    const parts = lesson.file.split('/');
    const folder = parts[parts.length - 2];
    const name = parts[parts.length - 1] ?? '';
    if (folder !== track.folder) {
      issues.push({ file: lesson.file, field: 'track', message: `track ${track.number} lessons belong in folder "${track.folder}"` });
    }
    const prefix = /^(\d+)-/.exec(name);
    if (!prefix || Number(prefix[1]) !== lesson.order) {
      issues.push({ file: lesson.file, field: 'order', message: `file name should start with ${String(lesson.order).padStart(2, '0')}- to match order ${lesson.order}` });
    }
    const slot = `${lesson.track}:${lesson.order}`;
    const taken = slots.get(slot);
    if (taken) issues.push({ file: lesson.file, field: 'order', message: `order ${lesson.order} is also used by ${taken.file}` });
    else slots.set(slot, lesson);
    if (lesson.checks.length < MIN_CHECKS) {
      issues.push({ file: lesson.file, field: 'checks', message: `needs at least ${MIN_CHECKS} knowledge checks (has ${lesson.checks.length})` });
    }
  }

  for (const lesson of lessons) {
    lesson.prerequisites.forEach((id, index) => {
      if (id === lesson.id) issues.push({ file: lesson.file, field: `prerequisites[${index}]`, message: 'a lesson cannot be its own prerequisite' });
      else if (!byId.has(id)) issues.push({ file: lesson.file, field: `prerequisites[${index}]`, message: `no lesson with id "${id}"` });
    });
    lesson.scenarios.forEach((id, index) => {
      if (!knownScenarioIds.has(id)) issues.push({ file: lesson.file, field: `scenarios[${index}]`, message: `no scenario with id "${id}"` });
    });
    for (const link of findContentLinks(lesson.body)) {
      const known = link.kind === 'lesson' ? byId.has(link.id) : knownScenarioIds.has(link.id);
      if (!known) issues.push({ file: lesson.file, field: 'body', message: `link to missing ${link.kind} "${link.id}"` });
    }
  }

  const trackIndex = new Map(tracks.map((t, i) => [t.number, i]));
  const ordered = [...byId.values()]
    .filter((l) => trackIndex.has(l.track))
    .sort((a, b) => a.track - b.track || a.order - b.order);
  // A track shows up once it has lessons; the tracks file may list one ahead of its content.
  const populated = tracks.filter((t) => ordered.some((l) => l.track === t.number));
  const familyOrder = ['trusted', 'community', 'unknown', 'enterprise', 'development', 'incident'];
  const orderedScenarios = [...new Map(scenarios.map((sc) => [sc.id, sc])).values()].sort(
    (a, b) => familyOrder.indexOf(a.family) - familyOrder.indexOf(b.family) || a.id.localeCompare(b.id),
  );
  const quiz: QuizItem[] = [];
  const stems = new Map<string, string>();
  for (const source of quizFiles) {
    const parsed = parseQuizFile(source.path, source.text);
    issues.push(...parsed.issues);
    for (const [index, item] of parsed.items.entries()) {
      const field = `[${index}]`;
      const owner = idOwner.get(item.id);
      if (owner) issues.push({ file: item.file, field: `${field}.id`, message: `duplicate id "${item.id}" (also in ${owner})` });
      else idOwner.set(item.id, item.file);
      const stem = item.stem.trim().toLowerCase().replace(/\s+/g, ' ');
      const sameStem = stems.get(stem);
      if (sameStem) issues.push({ file: item.file, field: `${field}.stem`, message: `the same stem as item "${sameStem}"` });
      else stems.set(stem, item.id);
      item.lessons.forEach((id, i) => {
        if (!byId.has(id)) issues.push({ file: item.file, field: `${field}.lessons[${i}]`, message: `no lesson with id "${id}"` });
      });
      quiz.push(item);
    }
  }
  quiz.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.level - b.level || a.id.localeCompare(b.id));
  return { catalogue: { tracks: populated, lessons: ordered, scenarios: orderedScenarios, quiz }, issues };
}
