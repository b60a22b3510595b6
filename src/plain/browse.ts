import type { Knowledge } from '../core/servers/knowledge.js';
import type { KnownServer } from '../core/servers/schema.js';
import { closestIds, lookupServer, searchServers } from '../core/servers/lookup.js';
import { serverDetailLines } from '../core/servers/describe.js';
import { toolDetailLines, toolsForJob } from '../core/toolbox/catalog.js';
import { JOB_TITLES, JOBS, type Job, type ToolboxEntry } from '../core/toolbox/schema.js';
import { fitLines, wrapLines } from '../core/text/wrap.js';
import { heading, say, width } from './output.js';
import { askLine, sayNumbered } from './lines.js';

const TAG: Record<string, string> = { deprecated: ' [DEPRECATED]', archived: ' [ARCHIVED]' };

function sayLines(lines: string[]): void {
  for (const line of fitLines(lines, width())) say(line);
}

const isBack = (answer: string) => /^(q|quit|back)$/i.test(answer);

function serverLine(s: KnownServer): string {
  return `${s.id}: ${s.name} (${s.publisher.name})${TAG[s.status.state] ?? ''}`;
}

function showServer(k: Knowledge, s: KnownServer): void {
  heading(`Known server: ${s.name}`);
  sayLines(serverDetailLines(k, s));
  const successor = s.status.successor ? k.byId.get(s.status.successor) : undefined;
  if (successor) say(`Type ${successor.id} to open its successor.`);
}

/**
 * Line mode's server browser: words search (as `mcp-operator servers WORDS`), a number opens that
 * server of the last list, an id or package opens it at once, Enter lists them all, q goes back.
 */
export async function browseServers(k: Knowledge): Promise<void> {
  heading(`Known servers: ${k.servers.length}`);
  for (const line of wrapLines('Each with its publisher and how to verify it, status, tools and their capability, least-privilege switches, credential and smallest scopes, advisories and incidents.', width())) say(line);
  let list = k.servers;
  sayNumbered(list.map(serverLine));
  for (;;) {
    say();
    const answer = await askLine(`Number to open (1-${list.length}), words to search, Enter for all, q to go back:`);
    if (isBack(answer)) return;
    if (answer === '') {
      list = k.servers;
      heading(`Known servers: ${k.servers.length}`);
      sayNumbered(list.map(serverLine));
      continue;
    }
    if (/^\d+$/.test(answer)) {
      const chosen = list[Number(answer) - 1];
      if (chosen) showServer(k, chosen);
      else say(`There is no number ${answer} in this list: pick 1 to ${list.length}.`);
      continue;
    }
    const found = searchServers(k, answer);
    if (found.length === 0) {
      const near = closestIds(k, answer);
      say(`No known server matches "${answer}".${near.length ? ` Closest ids: ${near.join(', ')}.` : ''}`);
      continue;
    }
    list = found;
    if (found.length > 1) {
      say(`${found.length} of ${k.servers.length} match "${answer}":`);
      sayNumbered(list.map(serverLine));
    }
    // An id, alias, package, image or URL opens its server at once; so does a search with one match.
    const exact = lookupServer(k, answer)?.server ?? (found.length === 1 ? found[0] : undefined);
    if (exact) showServer(k, exact);
  }
}

function toolLine(t: ToolboxEntry): string {
  const offline = t.how.offline === true ? 'works offline' : t.how.offline === false ? 'needs the network' : t.how.offline === 'partial' ? 'partly offline' : `offline: ${t.how.offline}`;
  const sends = /^nothing\b/i.test(t.how.dataSent.trim()) ? 'sends nothing out' : 'sends data out';
  const starts = t.how.startsServers === true ? ', starts servers' : t.how.startsServers === false || t.how.startsServers === 'unknown' ? '' : ', may start servers';
  return `${t.name}: ${offline}, ${sends}${starts}`;
}

/** Line mode's toolbox: a numbered list of jobs, the tools for one with what each sends out, and one tool in full. */
export async function browseToolbox(k: Knowledge): Promise<void> {
  const jobs = JOBS.filter((j) => toolsForJob(k, j).length > 0);
  const showJobs = () => {
    heading("Operator's toolbox");
    for (const line of wrapLines('Tools by job, each with what it sends out and to whom, whether it starts servers, licence, cost, maturity and limits.', width())) say(line);
    sayNumbered(jobs.map((j) => `${JOB_TITLES[j]} (${toolsForJob(k, j).length})`));
  };
  showJobs();
  for (;;) {
    say();
    const answer = await askLine(`Number of a job (1-${jobs.length}), Enter or q to go back:`);
    if (isBack(answer) || answer === '') return;
    const job = /^\d+$/.test(answer) ? jobs[Number(answer) - 1] : undefined;
    if (!job) {
      say(`Pick a number from 1 to ${jobs.length}.`);
      continue;
    }
    await browseJob(k, job);
    showJobs();
  }
}

async function browseJob(k: Knowledge, job: Job): Promise<void> {
  const tools = toolsForJob(k, job);
  heading(JOB_TITLES[job]);
  sayNumbered(tools.map(toolLine));
  for (;;) {
    say();
    const answer = await askLine(`Number of a tool for its details (1-${tools.length}), Enter or q for the jobs:`);
    if (isBack(answer) || answer === '') return;
    const tool = /^\d+$/.test(answer) ? tools[Number(answer) - 1] : undefined;
    if (!tool) {
      say(`Pick a number from 1 to ${tools.length}.`);
      continue;
    }
    heading(`${JOB_TITLES[job]}: ${tool.name}`);
    sayLines(toolDetailLines(tool));
  }
}
