import type { ParsedConfig, RuleHit, ServerEntry } from './types.js';
import { findSecrets, MIN_SECRET_LENGTH, primeSecretScan, redactedEvidence, redactValue, type SecretMatch } from './secrets.js';

/** The placeholder a client expands to an environment variable, or undefined when it expands none. */
export function envReference(client: string | undefined, name: string): string | undefined {
  switch (client) {
    case 'claude-code':
    case 'gemini':
      return `\${${name}}`;
    case 'cursor':
    case 'vscode':
    case 'vscode-insiders':
      return `\${env:${name}}`;
    default:
      return undefined;
  }
}

/** An environment-variable name for a secret found in a field (GITHUB_TOKEN for env.GITHUB_TOKEN, SERVER_TOKEN otherwise). */
export function variableFor(server: ServerEntry, key?: string): string {
  if (key && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return key.toUpperCase();
  return `${server.name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_TOKEN`.replace(/^_+/, '');
}

export interface SecretSite {
  field: string;
  value: string;
  /** The name that says what the value is (an env key, a header, an option like --api-key). */
  name?: string;
}

/** One hit per site that holds a secret; the evidence names the kind and at most four characters. */
export function secretHits(
  sites: readonly SecretSite[],
  describe: (site: SecretSite, first: SecretMatch) => Omit<RuleHit, 'field' | 'evidence' | 'severity'> & { severity?: RuleHit['severity'] },
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const site of sites) {
    const matches = findSecrets(site.value, site.name);
    const first = matches[0];
    if (!first) continue;
    const { severity = 'high', ...rest } = describe(site, first);
    hits.push({
      severity,
      field: site.field,
      evidence: matches.map((m) => redactedEvidence(m.kind, site.value.slice(m.start, m.end))).join(', '),
      ...rest,
    });
  }
  return hits;
}

/** Every value of an entry that may hold a secret, as the secret rules read them. */
export function entryValues(server: ServerEntry, into: string[] = []): string[] {
  for (const key of Object.keys(server.env)) into.push(server.env[key] as string);
  for (const key of Object.keys(server.headers)) into.push(server.headers[key] as string);
  for (const a of server.args) into.push(a);
  // The value of --name=value on its own (the whole word was pushed above).
  for (const a of server.args) into.push(a.startsWith('-') ? a.replace(NAMED_VALUE, '') : a);
  into.push(server.url ?? '', server.command ?? '');
  return into;
}

/** Prime the secret scanner with every value of a file's entries in one pass (in entry order, into one list). */
export function primeEntries(servers: readonly ServerEntry[]): void {
  const values: string[] = [];
  for (const server of servers) entryValues(server, values);
  primeSecretScan(values);
}

/**
 * Every secret in an entry, for scrubbing any text the engine prints about it. The engine has primed
 * the scanner with the whole file (primeEntries) before it asks, so nothing is scanned twice; values
 * too short to hold a secret are passed over before their option name is looked up.
 */
export function entrySecrets(server: ServerEntry): string[] {
  const out: string[] = [];
  for (const key of Object.keys(server.env)) addSecrets(out, server.env[key] as string, key);
  for (const key of Object.keys(server.headers)) addSecrets(out, server.headers[key] as string, key);
  const { args } = server;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] as string;
    if (a.length >= MIN_SECRET_LENGTH) addSecrets(out, a, optionName(args, i));
  }
  addSecrets(out, server.url ?? '', undefined);
  addSecrets(out, server.command ?? '', undefined);
  return out;
}

function addSecrets(out: string[], value: string, name: string | undefined): void {
  for (const m of findSecrets(value, name)) out.push(value.slice(m.start, m.end));
}

/** The option an argument is the value of: `--api-key` for args [--api-key, X], or the name in `--api-key=X`. */
export function optionName(args: readonly string[], index: number): string | undefined {
  const arg = args[index] ?? '';
  const eq = NAMED_VALUE.exec(arg);
  if (eq) return eq[1];
  const prev = args[index - 1];
  if (prev && OPTION.test(prev)) return prev.replace(/^-+/, '');
  return undefined;
}

/** Compiled once: optionName is asked for most arguments of every entry. */
const NAMED_VALUE = /^--?([A-Za-z][A-Za-z0-9_-]*)=/;
const OPTION = /^--?[A-Za-z][A-Za-z0-9_-]*$/;

export { redactValue };
export type { ParsedConfig };
