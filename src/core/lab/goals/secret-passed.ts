import { dockerRun, flagsNamed } from '../../review/docker-args.js';
import { isPlaceholder } from '../../review/placeholders.js';
import { findSecrets, redactedEvidence } from '../../review/secrets.js';
import type { ServerEntry } from '../../review/types.js';
import { clientName } from '../../review/clients.js';
import { CLIENT_FORMATS } from '../../plan/hardened/clients.js';
import type { Goal } from '../schema.js';
import type { GoalResult } from '../types.js';
import { fieldLine, locate, type ConfigView, type Workspace } from '../workspace.js';

type SecretPassedGoal = Extract<Goal, { kind: 'secret-passed' }>;

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a client fills a value in from outside the file, and the forms it expands. */
interface Mechanism {
  /** In words, for messages. */
  says: string;
  /** Whole-value reference forms the client expands (an optional "Bearer " prefix is allowed for headers). */
  forms: RegExp[];
  kind: 'template' | 'input' | 'pass-through' | 'launch-env' | 'any';
}

/** The client's own secret mechanism, from the same table the plan's hardened entries use. */
export function mechanismFor(client: string): Mechanism {
  const id = client === 'vscode-insiders' ? 'vscode' : client;
  const format = CLIENT_FORMATS.find((f) => f.id === id);
  const s = format?.secrets;
  if (!s) return { kind: 'any', says: 'a reference to an environment variable', forms: [] };
  if (s.kind === 'template') {
    const sample = s.ref('__NAME__');
    let pattern = escape(sample).replace('__NAME__', NAME);
    // ${NAME} also takes ${NAME:-default} (the default is text in the file and is checked as such).
    if (sample === '${__NAME__}') pattern = pattern.replace(/\\\}$/, '(?::-[^}]*)?\\}');
    return { kind: 'template', says: `${clientName(id)}'s ${sample.replace('__NAME__', 'NAME')} reference`, forms: [new RegExp(`^${pattern}$`)] };
  }
  if (s.kind === 'input') return { kind: 'input', says: `a VS Code input variable (\${input:ID} and a promptString input with password: true)`, forms: [new RegExp(`^\\$\\{input:(${'[A-Za-z0-9_.-]+'})\\}$`), new RegExp(`^\\$\\{env:${NAME}\\}$`)] };
  if (s.kind === 'pass-through') return { kind: 'pass-through', says: `${clientName(id)}'s env_vars list (the value is forwarded from its environment)`, forms: [] };
  return { kind: 'launch-env', says: `an env file the container reads with --env-file (${clientName(id)} has no secret syntax)`, forms: [] };
}

function stripBearer(value: string): string {
  return value.replace(/^(Bearer|Token|Basic)\s+/i, '');
}

type Verdict = { passed: boolean; message: string; field?: string };
/** How a container gets the credential: by name (-e NAME), from an env file, or not (none or by value). */
type ContainerVerdict = Verdict & { via: 'name' | 'env-file' | 'value' | 'none' };

/** A literal written where the credential goes: named by its kind and at most four characters. */
function literal(value: string, name: string): string | undefined {
  const found = findSecrets(value, name)[0];
  if (found) return redactedEvidence(found.kind, value.slice(found.start, found.end));
  return isPlaceholder(value) ? undefined : `a fixed value (${value.length} characters)`;
}

function checkValue(view: ConfigView, entry: ServerEntry, variable: string, value: string, where: string, mech: Mechanism): Verdict {
  const written = literal(value, variable);
  if (written) return { passed: false, field: where, message: `${where} of ${entry.name} is written into ${view.file.path}: ${written}. Take it from ${mech.says}.` };
  const bare = where.startsWith('headers.') ? stripBearer(value) : value;
  if (mech.kind === 'pass-through' || mech.kind === 'launch-env') {
    return { passed: false, field: where, message: `${clientName(view.client)} does not expand ${value} in ${where}: it would pass the text itself. Use ${mech.says}.` };
  }
  if (mech.forms.length && !mech.forms.some((f) => f.test(bare))) {
    return { passed: false, field: where, message: `${clientName(view.client)} does not expand ${value}; use ${mech.says}.` };
  }
  const input = /^\$\{input:([^}]+)\}$/.exec(bare);
  if (input) {
    const inputs = (view.data as { inputs?: unknown } | undefined)?.inputs;
    const def = Array.isArray(inputs) ? (inputs as Array<Record<string, unknown>>).find((i) => i && i.id === input[1]) : undefined;
    if (!def) return { passed: false, field: where, message: `${value} names an input "${input[1]}" that the file's inputs list does not define: VS Code would have nothing to ask for.` };
    if (def.password !== true) return { passed: false, field: where, message: `The input "${input[1]}" is not marked password: true, so the token would show while it is typed.` };
  }
  return { passed: true, field: where, message: `${where} is ${value}: the value comes from outside the file.` };
}

/** For a container: how the credential gets from the launch environment into it. */
function intoContainer(entry: ServerEntry, variable: string): ContainerVerdict | undefined {
  const run = dockerRun(entry);
  if (!run) return undefined;
  for (const flag of flagsNamed(run, '--env')) {
    const v = flag.value ?? '';
    if (v === variable) return { via: 'name', passed: true, message: `docker run hands it to the container by name (-e ${variable}).` };
    if (v.startsWith(`${variable}=`)) {
      const written = literal(v.slice(variable.length + 1), variable);
      return { via: 'value', passed: false, field: `args[${flag.valueIndex ?? flag.index}]`, message: written ? `docker run is given ${variable} on its command line: ${written}.` : `docker run gets ${variable}'s value on its command line, where ps shows it: pass it by name (-e ${variable}).` };
    }
  }
  const envFile = flagsNamed(run, '--env-file')[0];
  if (envFile?.value) return { via: 'env-file', passed: true, message: `The container reads ${variable} from the env file ${envFile.value}, outside the config.` };
  return { via: 'none', passed: false, message: `docker run no longer passes ${variable} into the container (-e ${variable} or --env-file): the server would start without its credential.` };
}

export function secretPassedTitle(goal: SecretPassedGoal): string {
  return goal.title ?? `${goal.server}: ${goal.variable} still reaches the server, from the client's secret mechanism`;
}

/** The credential is still passed to the server, from the client's own secret mechanism, and never written in a file. */
export function checkSecretPassed(ws: Workspace, goal: SecretPassedGoal): GoalResult {
  const title = secretPassedTitle(goal);
  const where = locate(ws, goal.server, goal.file);
  if (!where.ok) return { goal, title, passed: false, message: where.message, ...(where.file ? { file: where.file } : {}) };
  const { view, entry } = where;
  const v = goal.variable;
  const mech = view.file.kind === 'shell' ? { kind: 'any' as const, says: 'the environment the script runs in', forms: [] } : mechanismFor(view.client);
  const container = intoContainer(entry, v);
  const result = (verdict: Verdict): GoalResult => {
    const from = view.lineOf(entry.name);
    const line = verdict.field && view.text && from ? (fieldLine(view.text, from, verdict.field, entry) ?? from) : from;
    return { goal, title, passed: verdict.passed, message: verdict.message, file: view.file.path, ...(line ? { line } : {}) };
  };
  const envValue = Object.hasOwn(entry.env, v) ? entry.env[v] : undefined;
  const headerKey = Object.keys(entry.headers).find((h) => h.toLowerCase() === v.toLowerCase());
  if (envValue !== undefined) {
    const verdict = checkValue(view, entry, v, envValue, `env.${v}`, mech);
    if (!verdict.passed || !container) return result(verdict);
    return result(container.passed ? { ...verdict, message: `${verdict.message} ${container.message}` } : container);
  }
  if (headerKey !== undefined) return result(checkValue(view, entry, v, entry.headers[headerKey] as string, `headers.${headerKey}`, mech));
  const raw = entry.raw as Record<string, unknown>;
  if (mech.kind === 'pass-through') {
    if (raw.bearer_token_env_var === v) return result({ passed: true, message: `${clientName(view.client)} reads the bearer token from ${v} (bearer_token_env_var); the file holds only the name.` });
    if (Array.isArray(raw.env_vars) && raw.env_vars.includes(v)) {
      const forwarded = `${clientName(view.client)} forwards ${v} from its environment (env_vars); the file holds only the name.`;
      if (!container) return result({ passed: true, message: forwarded });
      return result(container.passed ? { passed: true, message: `${forwarded} ${container.message}` } : container);
    }
  }
  if (container && (container.via === 'env-file' || view.file.kind === 'shell')) return result(container);
  if (container?.passed === false) return result(container);
  if (container && mech.kind === 'launch-env') {
    return result({ passed: false, message: `docker run passes ${v} by name, but ${clientName(view.client)} starts it with almost no environment: read it from an env file outside the config (--env-file).` });
  }
  if (container) return result({ passed: false, message: `docker run passes ${v} by name, but ${entry.name}'s env does not give it a value: add ${v} to env from ${mech.says}.` });
  if (view.file.kind === 'shell') return result({ passed: true, message: `${entry.name} inherits ${v} from the environment the script runs in.` });
  return result({ passed: false, message: `${v} is no longer passed to ${entry.name}: the server would start without its credential. Pass it from ${mech.says}.` });
}
