import { UserError } from '../io/errors.js';
import { loadKnowledge } from '../io/knowledge-loader.js';
import { matchJob, toolDetailLines, toolListLine, toolsForJob } from '../core/toolbox/catalog.js';
import { JOB_TITLES, JOBS } from '../core/toolbox/schema.js';

/** `mcp-operator toolbox [JOB|TOOL] [--json]`: the operator's toolbox by job, or one tool with its data-handling facts. */
export async function toolboxCommand(query: string | undefined, options: { json?: boolean }): Promise<number> {
  const k = await loadKnowledge();
  const q = query?.trim() ?? '';
  const tool = q ? k.tools.find((t) => t.id === q.toLowerCase()) : undefined;
  if (tool) {
    process.stdout.write(options.json ? `${JSON.stringify(tool, null, 2)}\n` : `${toolDetailLines(tool).join('\n')}\n`);
    return 0;
  }
  const job = q ? matchJob(q) : undefined;
  if (q && !job) {
    throw new UserError(`no job or tool "${q}" (jobs: ${JOBS.join(', ')}; tools: mcp-operator toolbox --json)`);
  }
  const jobs = job ? [job] : JOBS.filter((j) => toolsForJob(k, j).length > 0);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ jobs: jobs.map((j) => ({ id: j, title: JOB_TITLES[j], tools: toolsForJob(k, j) })) }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const j of jobs) {
    lines.push(`${JOB_TITLES[j]} (${j})`);
    for (const t of toolsForJob(k, j)) lines.push(`  ${toolListLine(t)}`);
    lines.push('');
  }
  lines.push(`${k.tools.length} tools and references; mcp-operator toolbox TOOL shows one: what it sends out, whether it starts servers, licence, maturity and limits.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
