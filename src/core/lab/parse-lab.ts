import { parse as parseYaml } from 'yaml';
import type { ContentIssue } from '../content/types.js';
import { zodIssues } from '../content/zod-issues.js';
import { REVIEW_RULES } from '../review/rules/index.js';
import { RULES } from '../risk/rules/index.js';
import { CONTROL_LIST } from '../risk/controls.js';
import { FACTOR_IDS } from '../risk/factors.js';
import { labSchema, type Goal, type LabFileKind } from './schema.js';
import type { FileSet, Lab, LabFile } from './types.js';

/** One lab folder as read from disk: lessons/<track folder>/labs/<id>/. */
export interface LabSource {
  /** The folder, relative to the content root, e.g. lessons/2-deployment/labs/vscode-token-input. */
  dir: string;
  /** The text of lab.yaml, or undefined when the folder has none. */
  yaml?: string;
  start: FileSet;
  solution: FileSet;
}

/** What a lab needs to know about the lessons: id and the folder of its track. */
export interface LessonRef {
  id: string;
  track: number;
  /** The track's folder, e.g. 2-deployment. */
  folder: string;
}

export function inferKind(path: string): LabFileKind {
  if (/\.(sh|bash)$/i.test(path)) return 'shell';
  if (/(^|\/)answers\.ya?ml$/i.test(path)) return 'answers';
  if (/\.(json|jsonc|toml|ya?ml)$/i.test(path)) return 'config';
  return 'text';
}

const SERVER_GOALS = new Set<Goal['kind']>(['finding-gone', 'same-launch', 'secret-passed', 'egress', 'value-gone']);

/** The server a goal is about, if any. */
export function goalServer(goal: Goal): string | undefined {
  return 'server' in goal ? goal.server : undefined;
}

/** Parse and validate one lab folder; every problem names the file and field. */
export function parseLab(source: LabSource, lessons: readonly LessonRef[]): { lab?: Lab; issues: ContentIssue[] } {
  const file = `${source.dir}/lab.yaml`;
  if (source.yaml === undefined) return { issues: [{ file, field: '', message: 'a lab folder needs a lab.yaml' }] };
  let data: unknown;
  try {
    data = parseYaml(source.yaml, { uniqueKeys: true });
  } catch (error) {
    return { issues: [{ file, field: '', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = labSchema.safeParse(data);
  if (!parsed.success) return { issues: zodIssues(file, parsed.error) };
  const y = parsed.data;
  const issues: ContentIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ file, field, message });

  const parts = source.dir.split('/');
  const folderName = parts[parts.length - 1];
  const trackFolder = parts[parts.length - 3];
  if (folderName !== y.id) issue('id', `must match its folder name "${folderName}"`);
  const lesson = lessons.find((l) => l.id === y.lesson);
  if (!lesson) issue('lesson', `no lesson with id "${y.lesson}"`);
  else if (lesson.folder !== trackFolder) issue('lesson', `the lab belongs beside its lesson, in lessons/${lesson.folder}/labs/`);

  const files: LabFile[] = [];
  const seen = new Set<string>();
  y.files.forEach((f, i) => {
    if (seen.has(f.path)) issue(`files[${i}].path`, `"${f.path}" is listed twice`);
    seen.add(f.path);
    const kind = f.kind ?? inferKind(f.path);
    if (kind === 'shell' && !f.server) issue(`files[${i}].server`, 'a shell file needs the name of the server its launch line starts');
    if (kind !== 'shell' && f.server) issue(`files[${i}].server`, 'only shell files name a server');
    if (/\.md$/i.test(f.path)) issue(`files[${i}].path`, 'name it .txt: Markdown files under lessons/ are read as lessons');
    for (const [set, folder] of [
      [source.start, 'start'],
      [source.solution, 'solution'],
    ] as const) {
      if (!Object.hasOwn(set, f.path)) issue(`files[${i}].path`, `${folder}/${f.path} is missing`);
    }
    files.push({ path: f.path, kind, ...(f.server ? { server: f.server } : {}) });
  });
  for (const [set, folder] of [
    [source.start, 'start'],
    [source.solution, 'solution'],
  ] as const) {
    for (const path of Object.keys(set)) if (!seen.has(path)) issues.push({ file: `${source.dir}/${folder}/${path}`, field: '', message: 'not listed in the lab\'s files' });
  }
  const open = y.open ?? files[0]?.path ?? '';
  if (y.open && !seen.has(y.open)) issue('open', `"${y.open}" is not one of the lab's files`);

  const kindOf = (path: string) => files.find((f) => f.path === path)?.kind;
  const launchFiles = files.filter((f) => f.kind === 'config' || f.kind === 'shell');
  y.goals.forEach((goal, i) => {
    const field = `goals[${i}]`;
    if (goal.file !== undefined) {
      const kind = kindOf(goal.file);
      if (!kind) issue(`${field}.file`, `"${goal.file}" is not one of the lab's files`);
      else if (goal.kind === 'plan' && kind !== 'answers') issue(`${field}.file`, 'a plan goal reads an answers file');
      else if (SERVER_GOALS.has(goal.kind) && kind !== 'config' && kind !== 'shell') issue(`${field}.file`, 'a server goal reads a config or a shell file');
    } else if (SERVER_GOALS.has(goal.kind) && launchFiles.length > 1) issue(`${field}.file`, 'the lab has more than one config: say which file');
    if (goal.kind === 'finding-gone' && !REVIEW_RULES.some((r) => r.id === goal.rule)) issue(`${field}.rule`, `no review rule ${goal.rule}`);
    if (goal.kind === 'plan') {
      if (goal.absent && !RULES.some((r) => r.id === goal.absent)) issue(`${field}.absent`, `no risk rule ${goal.absent}`);
      if (goal.control && !CONTROL_LIST.some((c) => c.id === goal.control)) issue(`${field}.control`, `no control ${goal.control}`);
      for (const factor of Object.keys(goal.keep ?? {})) {
        if (!(FACTOR_IDS as readonly string[]).includes(factor) && factor !== 'server') issue(`${field}.keep.${factor}`, `not a question id (${FACTOR_IDS.join(', ')}, server)`);
      }
    }
  });
  if (issues.length) return { issues };
  const lab: Lab = {
    id: y.id,
    lesson: y.lesson,
    title: y.title,
    ...(y.minutes !== undefined ? { minutes: y.minutes } : {}),
    task: y.task,
    files,
    open,
    goals: y.goals,
    hints: y.hints,
    explanation: y.solution,
    references: y.references,
    track: lesson?.track ?? 0,
    source: file,
    start: source.start,
    solution: source.solution,
  };
  return { lab, issues };
}
