import { detectClient } from '../review/clients.js';
import { reviewConfigs, type FindingDetail } from '../review/engine.js';
import { normalizeConfig } from '../review/normalize.js';
import { formatFromPath, parseConfigText } from '../review/parse.js';
import { REVIEW_RULES } from '../review/rules/index.js';
import type { ReviewRule, ServerEntry } from '../review/types.js';
import { identifyEntry } from '../servers/identify.js';
import type { Knowledge } from '../servers/knowledge.js';
import { readAnswersObject } from '../interview/answers-file.js';
import type { InterviewAnswers } from '../interview/questions.js';
import { parse as parseYaml } from 'yaml';
import { shellLaunch } from './shell-launch.js';
import type { FileSet, Lab, LabFile } from './types.js';

/** What the engines need to grade a lab. Pure: the date and the knowledge base are passed in. */
export interface LabContext {
  knowledge: Knowledge;
  /** YYYY-MM-DD, for plans. */
  date: string;
  reviewRules?: readonly ReviewRule[];
}

/** A config or launch script as the review read it. */
export interface ConfigView {
  file: LabFile;
  text?: string;
  /** Why the file cannot be graded: missing, empty, does not parse, no launch line. */
  problem?: string;
  client: string;
  /** The parsed document (configs), for client-specific settings such as VS Code inputs. */
  data?: unknown;
  entries: ServerEntry[];
  findings: FindingDetail[];
  /** 1-based line of a server entry. */
  lineOf: (server: string) => number | undefined;
}

export interface AnswersView {
  file: LabFile;
  problem?: string;
  answers: InterviewAnswers;
  errors: string[];
}

export interface Workspace {
  lab: Lab;
  files: FileSet;
  configs: Map<string, ConfigView>;
  answers: Map<string, AnswersView>;
}

const TOOL = { name: 'mcp-operator', version: 'lab' };

function analyseConfig(file: LabFile, text: string | undefined, ctx: LabContext): ConfigView {
  const empty = { file, client: 'unknown', entries: [], findings: [], lineOf: () => undefined };
  if (text === undefined) return { ...empty, problem: `${file.path} is missing` };
  if (text.trim() === '') return { ...empty, text, problem: `${file.path} is empty` };
  const rules = ctx.reviewRules ?? REVIEW_RULES;
  if (file.kind === 'shell') {
    const launch = shellLaunch(text);
    const name = file.server ?? 'server';
    if (!launch) return { ...empty, text, problem: `${file.path} starts no program` };
    const entryJson = { mcpServers: { [name]: { command: launch.command, args: launch.args, ...(Object.keys(launch.env).length ? { env: launch.env } : {}) } } };
    const result = reviewConfigs([{ path: file.path, text: JSON.stringify(entryJson), format: 'json', client: 'unknown' }], TOOL, rules, { fixes: false, knowledge: ctx.knowledge });
    const entries = normalizeConfig(entryJson).servers.map((e) => ({ ...e, identity: identifyEntry(e, ctx.knowledge) }));
    const findings = result.details.map((d) => ({ ...d, line: fieldLine(text, launch.line, d.finding.field, entries[0]) ?? launch.line }));
    return { file, text, client: 'unknown', entries, findings, lineOf: (s) => (s === name ? launch.line : undefined) };
  }
  const format = formatFromPath(file.path, text);
  const parsed = parseConfigText(text, format);
  const client = detectClient(file.path, parsed.ok ? parsed.data : undefined);
  if (!parsed.ok) return { ...empty, text, client, problem: `${file.path} does not parse (${parsed.message})` };
  const config = normalizeConfig(parsed.data);
  const entries = config.servers.map((e) => ({ ...e, identity: identifyEntry(e, ctx.knowledge) }));
  const result = reviewConfigs([{ path: file.path, text }], TOOL, rules, { fixes: false, knowledge: ctx.knowledge });
  const serverLine = (name: string) => result.servers.find((s) => s.name === name)?.line;
  const findings = result.details.map((d) => {
    const entry = entries.find((e) => e.name === d.finding.server);
    const from = serverLine(d.finding.server);
    const line = entry && from ? fieldLine(text, from, d.finding.field, entry) : undefined;
    return line ? { ...d, line } : d;
  });
  return { file, text, client, data: parsed.data, entries, findings, lineOf: serverLine };
}

function analyseAnswers(file: LabFile, text: string | undefined): AnswersView {
  if (text === undefined) return { file, problem: `${file.path} is missing`, answers: {}, errors: [] };
  if (text.trim() === '') return { file, problem: `${file.path} is empty`, answers: {}, errors: [] };
  let data: unknown;
  try {
    data = parseYaml(text, { logLevel: 'error' });
  } catch (error) {
    return { file, problem: `${file.path} does not parse (${(error as Error).message.split('\n')[0]})`, answers: {}, errors: [] };
  }
  const { answers, errors } = readAnswersObject(data);
  return { file, answers, errors, ...(errors.length ? { problem: `${file.path}: ${errors[0]}` } : {}) };
}

/** Read every file of the lab the way the engines do. */
export function analyseWorkspace(lab: Lab, files: FileSet, ctx: LabContext): Workspace {
  const configs = new Map<string, ConfigView>();
  const answers = new Map<string, AnswersView>();
  for (const file of lab.files) {
    const text = Object.hasOwn(files, file.path) ? files[file.path] : undefined;
    if (file.kind === 'config' || file.kind === 'shell') configs.set(file.path, analyseConfig(file, text, ctx));
    else if (file.kind === 'answers') answers.set(file.path, analyseAnswers(file, text));
  }
  return { lab, files, configs, answers };
}

export type Located = { ok: true; view: ConfigView; entry: ServerEntry } | { ok: false; message: string; file?: string; line?: number };

/** The server a goal names, in its file (or the lab's only config), or why it cannot be graded. */
export function locate(ws: Workspace, server: string, file?: string): Located {
  const views = file ? [ws.configs.get(file)].filter((v): v is ConfigView => v !== undefined) : [...ws.configs.values()];
  if (views.length === 0) return { ok: false, message: `no config ${file ?? ''} in this lab`.trim() };
  for (const view of views) {
    const entry = view.entries.find((e) => e.name === server);
    if (entry) return { ok: true, view, entry };
  }
  const view = views[0] as ConfigView;
  if (view.problem) return { ok: false, message: `${view.problem}: ${server} cannot be checked`, file: view.file.path };
  return { ok: false, message: `${server} is gone from ${view.file.path}: fix the server, do not remove it`, file: view.file.path };
}

/**
 * The line of a field (env.NAME, args[3], url ...) in the entry that starts at `from`: the first line
 * at or after it that holds the key or the value. Undefined when it cannot be found.
 */
export function fieldLine(text: string, from: number, field: string, entry: ServerEntry | undefined): number | undefined {
  if (!entry) return undefined;
  let needle: string | undefined;
  const keyed = /^(?:env|headers|http_headers)\.(.+)$/.exec(field);
  const indexed = /^[A-Za-z]+\[(\d+)\]$/.exec(field);
  if (keyed) needle = keyed[1];
  else if (indexed && /^args/.test(field)) needle = entry.args[Number(indexed[1])];
  else if (indexed) {
    const list = entry.autoApprove === true ? [] : entry.autoApprove;
    needle = list[Number(indexed[1])];
  } else if (field === 'url') needle = entry.url;
  else if (field === 'command') needle = entry.command;
  else if (field) needle = field;
  if (!needle) return undefined;
  const escaped = JSON.stringify(needle).slice(1, -1);
  // A key (env.NAME) is where it is assigned, not where the name is also mentioned (-e NAME in args).
  const assigned = keyed ? new RegExp(`(^|[\\s{,])(["']?)${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\2\\s*[:=]`) : undefined;
  const lines = text.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (assigned ? assigned.test(line) : line.includes(needle) || line.includes(escaped)) return i + 1;
  }
  return undefined;
}
