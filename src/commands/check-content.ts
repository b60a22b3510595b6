import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../io/errors.js';
import { formatIssue } from '../core/content/types.js';
import { readContentSources, validateSources } from '../io/content-loader.js';
import { coverage } from '../core/content/coverage.js';

/** Validate every lesson and the tracks file; print each problem as `file: field: message`. */
export async function checkContentCommand(dir: string | undefined, options: { json?: boolean }): Promise<number> {
  if (dir && !existsSync(join(dir, 'lessons'))) throw new UserError(`${dir} has no lessons/ folder`);
  const sources = readContentSources(dir);
  const { catalogue, issues } = await validateSources(sources);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...coverage(catalogue), problems: issues.map(formatIssue) }, null, 2)}\n`);
    return issues.length ? 2 : 0;
  }
  if (issues.length) {
    for (const issue of issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stderr.write(`check-content: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${new Set(issues.map((i) => i.file)).size} file(s)\n`);
    return 2;
  }
  const c = coverage(catalogue);
  const untaught = Object.entries(c.areas).filter(([, a]) => a.lessons === 0).map(([id]) => id);
  process.stdout.write(`check-content: ok: ${catalogue.tracks.length} tracks, ${c.lessons} lessons, ${catalogue.lessons.reduce((n, l) => n + l.checks.length, 0)} checks\n`);
  if (untaught.length) process.stdout.write(`areas not taught yet (${untaught.length}): ${untaught.join(', ')}\n`);
  return 0;
}
