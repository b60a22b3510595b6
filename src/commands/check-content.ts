import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../io/errors.js';
import { formatIssue } from '../core/content/types.js';
import { readContentSources, validateSources } from '../io/content-loader.js';
import { coverage } from '../core/content/coverage.js';
import { plural } from '../core/text/plural.js';

/** Today's date (UTC) as YYYY-MM-DD: the checked dates of lessons and scenarios are measured against it. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Validate every lesson and the tracks file; print each problem as `file: field: message`. */
export async function checkContentCommand(dir: string | undefined, options: { json?: boolean; today?: string }): Promise<number> {
  if (dir && !existsSync(join(dir, 'lessons'))) throw new UserError(`${dir} has no lessons/ folder`);
  const sources = readContentSources(dir);
  const validation = await validateSources(sources);
  const { catalogue } = validation;
  const { checkedDateIssues } = await import('../core/content/course-rules.js');
  const { readKnowledgeSources, validateKnowledgeSources } = await import('../io/knowledge-loader.js');
  const known = await validateKnowledgeSources(readKnowledgeSources(dir ?? sources.root));
  const { checkLabContent } = await import('../io/lab-loader.js');
  const labs = await checkLabContent(dir ?? sources.root ?? '.', catalogue, known.knowledge, options.today ?? todayIso());
  const issues = [...validation.issues, ...validation.courseIssues, ...checkedDateIssues(catalogue, options.today ?? todayIso()), ...known.issues, ...labs.issues];
  if (options.json) process.stdout.write(`${JSON.stringify(coverage(catalogue), null, 2)}\n`);
  if (issues.length) {
    for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`check-content: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${plural(new Set(issues.map((i) => i.file)).size, 'file')}\n`);
    return 2;
  }
  if (options.json) return 0;
  const c = coverage(catalogue);
  const checks = catalogue.lessons.reduce((n, l) => n + l.checks.length, 0);
  const exercises = catalogue.lessons.filter((l) => l.exercise).length;
  process.stdout.write(`check-content: ok: ${catalogue.tracks.length} tracks, ${c.lessons} lessons, ${checks} checks, ${exercises} exercises, ${c.scenarios} scenarios, ${c.quizItems} quiz items, all 18 areas taught and examined; ${known.knowledge.servers.length} servers, ${known.knowledge.advisories.length} advisories, ${known.knowledge.tools.length} tools; ${labs.labs.length} labs, each solvable and honest\n`);
  return 0;
}
