import { stringify as stringifyToml } from 'smol-toml';
import { stringify as stringifyYaml } from 'yaml';
import type { ContentIssue } from '../content/types.js';
import { atLeast } from '../review/engine.js';
import { formatFromPath, parseConfigText } from '../review/parse.js';
import { normalizeConfig } from '../review/normalize.js';
import { gradeLab } from './grade.js';
import { goalServer } from './parse-lab.js';
import { shellLaunch } from './shell-launch.js';
import type { FileSet, Lab, LabFile } from './types.js';
import { analyseWorkspace, type LabContext } from './workspace.js';

/** The config text without the server entry `name` (undefined when the entry is not in it). */
export function withoutServer(file: LabFile, text: string, name: string): string | undefined {
  if (file.kind === 'shell') {
    const launch = shellLaunch(text);
    if (!launch || file.server !== name) return undefined;
    const lines = text.split('\n');
    return [...lines.slice(0, launch.line - 1), ...lines.slice(launch.endLine)].join('\n');
  }
  const format = formatFromPath(file.path, text);
  const parsed = parseConfigText(text, format);
  if (!parsed.ok) return undefined;
  const entry = normalizeConfig(parsed.data).servers.find((s) => s.name === name);
  if (!entry) return undefined;
  const data = structuredClone(parsed.data) as Record<string, unknown>;
  // The entry's path is like mcpServers.github, servers.github, mcp_servers.github or mcpServers[0].
  const array = /^(.*)\[(\d+)\]$/.exec(entry.path);
  const parentPath = array ? (array[1] as string) : entry.path.slice(0, entry.path.length - name.length - 1);
  let parent: unknown = data;
  for (const key of parentPath.split('.')) parent = (parent as Record<string, unknown> | undefined)?.[key];
  if (array && Array.isArray(parent)) parent.splice(Number(array[2]), 1);
  else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[name];
  else return undefined;
  if (format === 'toml') return stringifyToml(data);
  if (format === 'yaml') return stringifyYaml(data);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A variant of the files and what it is, for messages. */
interface Variant {
  what: string;
  files: FileSet;
}

/** Ways to "solve" a lab that must never pass: the server deleted, a file emptied. */
export function dishonestVariants(lab: Lab): Variant[] {
  const variants: Variant[] = [];
  const servers = new Set(lab.goals.map((g) => `${'file' in g && g.file ? g.file : ''}#${goalServer(g) ?? ''}`));
  for (const key of servers) {
    const [goalFile, name] = key.split('#') as [string, string];
    if (!name) continue;
    for (const file of lab.files.filter((f) => (f.kind === 'config' || f.kind === 'shell') && (!goalFile || f.path === goalFile))) {
      const text = lab.solution[file.path];
      if (text === undefined) continue;
      const removed = withoutServer(file, text, name);
      if (removed !== undefined) variants.push({ what: `the solution with ${name} removed from ${file.path}`, files: { ...lab.solution, [file.path]: removed } });
    }
  }
  for (const file of lab.files.filter((f) => f.kind !== 'text')) variants.push({ what: `the solution with ${file.path} emptied`, files: { ...lab.solution, [file.path]: '' } });
  return variants;
}

/**
 * Prove a lab solvable and honest (DESIGN section 15): the starting files fail at least one goal,
 * the reference solution passes every goal and passes the review with nothing at medium or above,
 * and removing a server or emptying a file never passes.
 */
export function labHonestyIssues(lab: Lab, ctx: LabContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = lab.source;
  const start = gradeLab(lab, lab.start, ctx);
  if (start.passed) issues.push({ file, field: 'goals', message: 'the starting files already pass every goal: there is nothing to fix' });
  const solution = gradeLab(lab, lab.solution, ctx);
  for (const g of solution.goals.filter((x) => !x.passed)) {
    issues.push({ file, field: `goals[${lab.goals.indexOf(g.goal)}]`, message: `the reference solution fails "${g.title}": ${g.message}` });
  }
  const ws = analyseWorkspace(lab, lab.solution, ctx);
  for (const view of ws.configs.values()) {
    if (view.problem) issues.push({ file, field: 'solution', message: `solution/${view.file.path}: ${view.problem}` });
    for (const d of view.findings.filter((x) => atLeast(x.finding.severity, 'medium'))) {
      issues.push({ file, field: 'solution', message: `the review reports ${d.finding.ruleId} (${d.finding.severity}) on ${d.finding.server || 'the file'} in solution/${view.file.path}${d.line ? ` line ${d.line}` : ''}: ${d.finding.message}` });
    }
  }
  for (const view of ws.answers.values()) if (view.problem) issues.push({ file, field: 'solution', message: `solution/${view.file.path}: ${view.problem}` });
  for (const variant of dishonestVariants(lab)) {
    if (gradeLab(lab, variant.files, ctx).passed) issues.push({ file, field: 'goals', message: `${variant.what} passes every goal: add a goal that keeps the server working` });
  }
  return issues;
}
