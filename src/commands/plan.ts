import { parse as parseYaml } from 'yaml';
import type { Plan } from '../core/plan/model.js';
import { makePlan } from '../app/plans.js';
import { planMarkdown } from '../core/plan/markdown.js';
import { diffPlans, diffText } from '../core/plan/diff.js';
import { readAnswersObject } from '../core/interview/answers-file.js';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { readUserText } from '../io/read-input.js';
import { writePlan } from '../io/plan-files.js';
import { UserError } from '../io/errors.js';
import { loadCatalogue } from '../io/content-loader.js';

export interface PlanOptions {
  scenario?: string;
  answers?: string;
  out?: string;
  format?: string;
  force?: boolean;
  diff?: boolean;
  fromConfig?: string;
  server?: string;
}

/** Answers pre-filled from one entry of a client config (PATH#SERVER, or PATH when it holds one server). */
export async function answersFromConfig(spec: string): Promise<{ answers: InterviewAnswers; notes: string[] }> {
  const hash = spec.lastIndexOf('#');
  const path = hash > 0 ? spec.slice(0, hash) : spec;
  const wanted = hash > 0 ? spec.slice(hash + 1) : undefined;
  const [{ collectConfigs, machineEnv }, { reviewConfigs }, { normalizeConfig }, { parseConfigText, formatFromPath }, { answersFromEntry }] = await Promise.all([
    import('../io/config-files.js'),
    import('../core/review/engine.js'),
    import('../core/review/normalize.js'),
    import('../core/review/parse.js'),
    import('../core/review/to-answers.js'),
  ]);
  const [input] = await collectConfigs([path], { discover: false, env: machineEnv() });
  if (!input || input.text === undefined) throw new UserError(`cannot read ${path}: ${input?.error ?? 'no such file'}`);
  const parsed = parseConfigText(input.text, formatFromPath(input.path, input.text));
  if (!parsed.ok) throw new UserError(`${path} does not parse: ${parsed.message}`);
  const servers = normalizeConfig(parsed.data).servers;
  if (servers.length === 0) throw new UserError(`${path} has no MCP server entries`);
  const names = servers.map((s) => s.name).join(', ');
  if (!wanted && servers.length > 1) throw new UserError(`${path} has ${servers.length} servers; name one as ${path}#NAME (${names})`);
  const server = wanted ? servers.find((s) => s.name === wanted) : servers[0];
  if (!server) throw new UserError(`no server "${wanted}" in ${path} (servers: ${names})`);
  const { loadKnowledgeSync } = await import('../io/knowledge-loader.js');
  const review = reviewConfigs([input], { name: 'mcp-operator', version: '' }, undefined, { knowledge: loadKnowledgeSync() });
  const client = review.report.scanned[0]?.client ?? 'unknown';
  const fromEntry = answersFromEntry(server, client, review.report.findings);
  const { answers, errors } = readAnswersObject(fromEntry.answers);
  return { answers, notes: [...fromEntry.notes, ...errors.map((e) => `left for the interview: ${e}`)] };
}

async function answersFromFile(file: string): Promise<InterviewAnswers> {
  const text = await readUserText(file);
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true, logLevel: 'error' }); // warnings would print the file's lines on stderr
  } catch (error) {
    throw new UserError(`${file} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const { answers, errors } = readAnswersObject(data);
  if (errors.length) throw new UserError(`${file}: ${errors.join('; ')}`);
  return answers;
}

async function answersFromScenario(id: string): Promise<InterviewAnswers> {
  const catalogue = await loadCatalogue();
  const scenario = catalogue.scenarios.find((s) => s.id === id);
  if (!scenario) throw new UserError(`no scenario "${id}" (see mcp-operator scenarios --json)`);
  return { server: scenario.title, ...(scenario.profile as unknown as InterviewAnswers) };
}

async function readPlanFile(file: string): Promise<Plan> {
  const text = await readUserText(file);
  try {
    const plan = JSON.parse(text) as Plan;
    if (plan?.schema !== 'mcp-operator/plan@1') throw new Error('not an mcp-operator plan (schema mcp-operator/plan@1)');
    return plan;
  } catch (error) {
    throw new UserError(`${file}: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
}

/** The known server --server names (id or alias); an unknown one names the closest ids and exits 2. */
export async function serverFromOption(id: string): Promise<{ answers: InterviewAnswers; notes: string[] }> {
  const [{ loadKnowledgeSync }, { closestIds }, { serverById }] = await Promise.all([import('../io/knowledge-loader.js'), import('../core/servers/lookup.js'), import('../core/servers/knowledge.js')]);
  const k = loadKnowledgeSync();
  const known = serverById(k, id);
  if (!known) {
    const near = closestIds(k, id);
    throw new UserError(`no known server "${id}"${near.length ? ` (closest: ${near.join(', ')})` : ''}; mcp-operator servers lists them`);
  }
  return { answers: { server: known.id }, notes: [`${known.name} (${known.id}), published by ${known.publisher.name}`] };
}

/** Fill what the answers leave open from the knowledge base, when they name a known server; say what was filled and from where. */
async function withKnowledge(answers: InterviewAnswers): Promise<InterviewAnswers> {
  const [{ loadKnowledgeSync }, { resolveKnownServer, suggestAnswers, applySuggestions }] = await Promise.all([import('../io/knowledge-loader.js'), import('../core/servers/suggest.js')]);
  const k = loadKnowledgeSync();
  const known = resolveKnownServer(k, answers);
  if (!known) return answers;
  const { answers: filled, applied } = applySuggestions(answers, suggestAnswers(known, answers));
  for (const line of applied) process.stderr.write(`from the knowledge base: ${line}\n`);
  return filled;
}

/** Non-interactive planning: --answers, --scenario, --diff. Returns undefined when the interview is needed. */
export async function planCommand(files: string[], options: PlanOptions): Promise<number | undefined> {
  if (options.diff) {
    if (files.length !== 2) throw new UserError('plan --diff needs two plan JSON files: OLD.json NEW.json');
    const [a, b] = await Promise.all(files.map(readPlanFile));
    const d = diffPlans(a as Plan, b as Plan);
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : diffText(d));
    return 0;
  }
  if (files.length) throw new UserError(`unexpected argument "${files[0]}" (plan takes --answers FILE, --scenario ID or --diff OLD NEW)`);
  if (options.format && !['md', 'json'].includes(options.format)) throw new UserError(`--format must be md or json, not "${options.format}"`);
  if ([options.answers, options.scenario, options.fromConfig].filter(Boolean).length > 1) throw new UserError('give one of --answers, --scenario or --from-config');
  if (options.server && (options.scenario || options.fromConfig)) throw new UserError('--server goes with --answers or the interview, not with --scenario or --from-config');
  const serverPreset = options.server ? await serverFromOption(options.server) : undefined;
  if (options.fromConfig && !options.format && !options.out && process.stdin.isTTY && process.stdout.isTTY) return undefined;
  if (serverPreset && !options.answers && !options.format && !options.out && process.stdin.isTTY && process.stdout.isTTY) return undefined;
  if (!options.answers && !options.scenario && !options.fromConfig && !serverPreset) return undefined;
  let answers: InterviewAnswers;
  if (options.fromConfig) {
    const pre = await answersFromConfig(options.fromConfig);
    for (const note of pre.notes) process.stderr.write(`from the config: ${note}\n`);
    answers = pre.answers;
  } else if (options.answers) answers = await answersFromFile(options.answers);
  else if (options.scenario) answers = await answersFromScenario(options.scenario);
  else answers = {};
  if (serverPreset) answers = { ...answers, ...serverPreset.answers };
  if (!options.scenario) answers = await withKnowledge(answers);
  const plan = makePlan(answers);
  if (options.out) {
    const written = writePlan(plan, options.out, { force: options.force });
    process.stdout.write(`Plan written: ${written.markdown} and ${written.json} (rating ${plan.rating}, decision ${plan.decision})\n`);
    return 0;
  }
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : planMarkdown(plan));
  return 0;
}
