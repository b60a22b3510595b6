import { clientName, detectClient } from './clients.js';
import { normalizeConfig } from './normalize.js';
import { formatFromPath, parseConfigText, type ConfigFormat } from './parse.js';
import { REVIEW_RULES } from './rules/index.js';
import { parseError } from './rules/parse-error.js';
import { entrySecrets, primeEntries } from './secret-hits.js';
import { redactedEvidence, resetSecretCaches } from './secrets.js';
import { fixedEntryText } from './fixed-entry.js';
import { LazyKeyLines } from './lines.js';
import { fieldPath, Locator, type Location } from './locate.js';
import type { ParsedConfig, ReviewRule, ReviewSeverity, RuleHit, ServerEntry } from './types.js';
import { identifyEntry } from '../servers/identify.js';
import { innerCommands, innerEntry, outerField, type InnerCommand } from './unwrap.js';
import { EMPTY_KNOWLEDGE, type Knowledge } from '../servers/knowledge.js';
import { toolsForControl } from '../toolbox/catalog.js';

export const SEVERITIES: readonly ReviewSeverity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** One config to review: its text, or the reason it could not be read. */
export interface ConfigInput {
  path: string;
  text?: string;
  /** Why the file could not be read (too large, binary, permission denied, ...). */
  error?: string;
  /** The client, when the caller knows it (discovery, an MCP client's hint). */
  client?: string;
  format?: ConfigFormat;
}

/** A finding exactly as DESIGN section 10 prints it. */
export interface Finding {
  ruleId: string;
  category: string;
  severity: ReviewSeverity;
  client: string;
  path: string;
  server: string;
  field: string;
  message: string;
  evidence: string;
  remediation: string;
  lesson: string;
  /** The known server this entry runs (section 13), when the knowledge base recognises it. */
  knownServer?: { id: string; name: string; publisher: string; status: string };
  /** Tools from the operator's toolbox that help fix or verify this kind of finding (ids). */
  tools?: string[];
  /** Where the value that caused it is in the file (1-based), when known. */
  line?: number;
  column?: number;
}

export interface ScannedEntry {
  path: string;
  client: string;
  servers: number;
  error?: string;
}

export type ReviewSeverityCounts = Record<ReviewSeverity, number>;

export interface ReviewReport {
  tool: { name: string; version: string };
  scanned: ScannedEntry[];
  findings: Finding[];
  summary: Record<ReviewSeverity, number>;
}

/** What the TUI and the SARIF writer need beyond the report: where each finding is and the fixed entry. */
export interface FindingDetail {
  finding: Finding;
  /** 1-based line of the value that caused the finding (else of the server entry, or of the error), when known. */
  line?: number;
  /** 1-based column where that value starts and ends on its line, when the format tells it (JSON, JSONC, YAML). */
  column?: number;
  endColumn?: number;
}

export interface ReviewedServer {
  path: string;
  client: string;
  name: string;
  line?: number;
  /** The entry with every derivable fix applied, in the client's shape, secrets redacted. */
  fixed?: string;
  /** The known server, when recognised. */
  knownServer?: Finding['knownServer'];
  /** What the review still finds at medium or above in the fixed entry: the fix could not remove it. */
  remaining?: Array<{ ruleId: string; severity: ReviewSeverity; message: string }>;
}

export interface ReviewResult {
  report: ReviewReport;
  details: FindingDetail[];
  servers: ReviewedServer[];
}

const RANK: Record<ReviewSeverity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function atLeast(severity: ReviewSeverity, threshold: ReviewSeverity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** Replace every secret of the entry that occurs in a text by its redacted form. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    // Most texts (a rule's remediation, say) hold no secret: build the replacement only when one does.
    const hasWhole = out.includes(secret);
    if (!hasWhole && (!out.includes('…') || !out.includes(secret.slice(0, 5)))) continue;
    const shown = `[${redactedEvidence('secret', secret)}]`;
    if (hasWhole) out = out.split(secret).join(shown);
    // Evidence a rule shortened with "…" can end inside a secret: hide the part of it that was kept.
    // Every such part starts with the secret's first five characters, so most texts are passed over at once.
    if (!out.includes('…') || !out.includes(secret.slice(0, 5))) continue;
    for (let n = secret.length - 1; n > 4; n -= 1) {
      const head = `${secret.slice(0, n)}…`;
      if (out.includes(head)) out = out.split(head).join(`${shown}…`);
    }
  }
  return out;
}

/** Every string of an entry scrubbed before it is written out: JSON escapes and YAML or TOML blocks would split a secret from its match. */
function scrubEntry(entry: ServerEntry, secrets: readonly string[]): ServerEntry {
  const deep = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v, secrets);
    if (Array.isArray(v)) return v.map(deep);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)]));
    return v;
  };
  return {
    ...entry,
    ...(entry.command !== undefined ? { command: scrub(entry.command, secrets) } : {}),
    ...(entry.url !== undefined ? { url: scrub(entry.url, secrets) } : {}),
    args: entry.args.map((a) => scrub(a, secrets)),
    env: deep(entry.env) as Record<string, string>,
    headers: deep(entry.headers) as Record<string, string>,
    raw: deep(entry.raw) as Record<string, unknown>,
  };
}

function knownOf(server: ServerEntry | undefined): Finding['knownServer'] | undefined {
  const known = server?.identity?.server ?? server?.identity?.wrapped;
  return known ? { id: known.id, name: known.name, publisher: known.publisher.name, status: known.status.state } : undefined;
}

/** The plan control that fixes each finding category, for naming tools from the toolbox. */
const CONTROL_FOR: Partial<Record<string, string>> = {
  'secret-exposure': 'secrets-out-of-configs',
  'unpinned-package': 'pin-version',
  'mutable-image': 'pin-version',
  'broad-filesystem-access': 'limit-file-access',
  'sensitive-mount': 'limit-file-access',
  'container-privilege': 'sandbox',
  'host-network': 'sandbox',
  'shell-execution': 'sandbox',
  'network-exposure': 'bind-localhost-and-check-origin',
  'insecure-transport': 'restrict-ingress',
  'auto-approval': 'no-auto-approve',
  'known-vulnerable-version': 'vet-publisher',
  'untrusted-source': 'vet-publisher',
  'deprecated-server': 'vet-publisher',
};

let toolsKnowledge: Knowledge = EMPTY_KNOWLEDGE;

/** The tools per control, worked out once per knowledge base: a review of 5,000 servers has tens of thousands of findings. */
const toolsMemo = new WeakMap<Knowledge, Map<string, readonly string[]>>();

function helpingTools(category: string): string[] {
  const control = CONTROL_FOR[category];
  if (!control) return [];
  let memo = toolsMemo.get(toolsKnowledge);
  if (!memo) toolsMemo.set(toolsKnowledge, (memo = new Map()));
  let ids = memo.get(control);
  if (!ids) memo.set(control, (ids = toolsForControl(toolsKnowledge, control, 'laptop', 2).map((t) => t.id)));
  return [...ids];
}

/**
 * A finding as the engine makes it: every key present, in the order DESIGN section 10 prints them,
 * those a finding lacks undefined (JSON leaves them out). One shape for tens of thousands of findings,
 * which the JSON writer can print as they are (output/json.ts).
 */
export class EngineFinding implements Finding {
  // Declared in printing order: the keys of an instance come in this order.
  ruleId: string;
  category: string;
  severity: ReviewSeverity;
  client: string;
  path: string;
  server: string;
  field: string;
  message: string;
  evidence: string;
  remediation: string;
  lesson: string;
  knownServer: Finding['knownServer'];
  tools: string[] | undefined;
  line: number | undefined;
  column: number | undefined;

  constructor(f: Omit<Finding, 'line' | 'column'>) {
    this.ruleId = f.ruleId;
    this.category = f.category;
    this.severity = f.severity;
    this.client = f.client;
    this.path = f.path;
    this.server = f.server;
    this.field = f.field;
    this.message = f.message;
    this.evidence = f.evidence;
    this.remediation = f.remediation;
    this.lesson = f.lesson;
    this.knownServer = f.knownServer;
    this.tools = f.tools;
    this.line = undefined;
    this.column = undefined;
  }
}

function finding(rule: ReviewRule, hit: RuleHit, client: string, path: string, server: string, secrets: readonly string[], entry?: ServerEntry): Finding {
  const tools = helpingTools(rule.category);
  return new EngineFinding({
    ruleId: rule.id,
    category: rule.category,
    severity: hit.severity,
    client,
    path,
    server,
    field: hit.field,
    message: scrub(hit.message, secrets),
    evidence: scrub(hit.evidence, secrets),
    remediation: scrub(hit.remediation, secrets),
    lesson: rule.lesson,
    knownServer: knownOf(entry),
    tools: tools.length ? tools : undefined,
  });
}

/** A finding placed in its file: at the value that caused it when known, else at `line` (its server's), else nowhere. */
function placed(f: Finding, loc: Location | undefined, line?: number): FindingDetail {
  if (loc) {
    f.line = loc.line;
    f.column = loc.column;
    return { finding: f, line: loc.line, column: loc.column, endColumn: loc.endColumn };
  }
  if (line) {
    f.line = line;
    return { finding: f, line };
  }
  return { finding: f };
}

/** A hit on an inner command, with its field (and fix) mapped back to the entry as written. */
function mapHit(hit: RuleHit, inner: InnerCommand): RuleHit {
  const field = outerField(inner, hit.field);
  const start = inner.at[0];
  const contiguous = start !== undefined && inner.at.every((x, i) => x === start + i);
  const fix = hit.fix;
  if (!fix || !contiguous) {
    const { fix: _drop, ...rest } = hit;
    void _drop;
    return { ...rest, field };
  }
  const words = [inner.command, ...inner.args];
  return {
    ...hit,
    field,
    fix: (entry: ServerEntry): ServerEntry => {
      const current = entry.args.slice(start, start + words.length);
      if (current.length !== words.length || current.some((w, i) => w !== words[i])) return entry;
      const d = fix(innerEntry(entry, inner));
      return { ...entry, args: [...entry.args.slice(0, start), d.command ?? inner.command, ...d.args, ...entry.args.slice(start + words.length)] };
    },
  };
}

const LOWER: Record<ReviewSeverity, ReviewSeverity> = { critical: 'high', high: 'medium', medium: 'low', low: 'info', info: 'info' };
const ARG_FIELD = /^args\[\d+\]$/;

/**
 * A server and what it really runs behind its wrappers: each inner command with the entry that runs it
 * (identified), worked out once per review. The engine needs them three times (priming the secret scan,
 * recognising the server, reviewing it); a file of thousands of servers made them anew each time.
 */
interface Unit {
  server: ServerEntry;
  inner: readonly InnerCommand[];
  entries: ServerEntry[];
}

function unitOf(server: ServerEntry): Unit {
  const inner = innerCommands(server);
  return { server, inner, entries: inner.map((c) => innerEntry(server, c)) };
}

function reviewServer(unit: Unit, config: ParsedConfig, client: string, input: { path: string; lines: LazyKeyLines; locator: Locator; format: ConfigFormat; fixes: boolean; checks: ReadonlyArray<ReviewRule['check']> }, rules: readonly ReviewRule[]) {
  const { path } = input;
  const { server } = unit;
  const secrets = entrySecrets(server);
  const details: FindingDetail[] = [];
  let fixed: ServerEntry = server;
  let fixes = 0;
  const line = (server.segments ? input.locator.keyLine(server.segments) : undefined) ?? input.lines.lineOf(server.name);
  const seen = new Set<string>();
  // A whole command line written into `command` (no args in the file): its words are not fields of their own.
  const split = server.args.length > 0 && !(Array.isArray(server.raw.args) && server.raw.args.length > 0) && typeof server.raw.command === 'string';
  const record = (rule: ReviewRule, hit1: RuleHit, entry: ServerEntry) => {
    const hit0 = split && ARG_FIELD.test(hit1.field) ? { ...hit1, field: 'command' } : hit1;
    // A disabled server is still reviewed (enabling it is one click), one severity lower and marked.
    const hit = server.disabled ? { ...hit0, severity: LOWER[hit0.severity], message: `${hit0.message} (The entry is disabled: rated one level lower until it is enabled.)` } : hit0;
    const key = `${rule.id}\u0000${hit.field}`;
    if (seen.has(key)) return;
    seen.add(key);
    const fp = server.segments ? fieldPath(server, hit.field) : undefined;
    const loc = fp && server.segments ? input.locator.at(server.segments.concat(fp)) : undefined;
    details.push(placed(finding(rule, hit, client, path, server.name, secrets, entry), loc, line));
    if (hit.fix && input.fixes) {
      fixed = hit.fix(fixed);
      fixes += 1;
    }
  };
  // Indexed loops: a review of thousands of servers makes some 300,000 rule calls, most of them with no hit,
  // and before V8 has optimised this function an array iterator costs an allocation per step.
  const checks = input.checks;
  for (let r = 0; r < rules.length; r += 1) {
    const rule = rules[r] as ReviewRule;
    const hits = (checks[r] as ReviewRule['check'])(server, config);
    for (let h = 0; h < hits.length; h += 1) record(rule, hits[h] as RuleHit, server);
  }
  // What really runs behind cmd /c, bash -c, wsl, env, nix-shell --run and && chains gets every rule too.
  for (let w = 0; w < unit.inner.length; w += 1) {
    const inner = unit.inner[w] as InnerCommand;
    const entry = unit.entries[w] as ServerEntry;
    for (let r = 0; r < rules.length; r += 1) {
      const rule = rules[r] as ReviewRule;
      const hits = (checks[r] as ReviewRule['check'])(entry, config);
      for (let h = 0; h < hits.length; h += 1) {
        const hit = hits[h] as RuleHit;
        // A variable set by `env A=B` in front of the command is reported where it is written (args), not as env.
        if (hit.field.startsWith('env.') && hit.field.slice(4) in inner.env) continue;
        record(rule, mapHit(hit, inner), entry.identity?.server ? entry : server);
      }
    }
  }
  const known = knownOf(server);
  const reviewed: ReviewedServer = { path, client, name: server.name, ...(line ? { line } : {}), ...(known ? { knownServer: known } : {}) };
  if (fixes > 0) {
    reviewed.fixed = scrub(fixedEntryText(scrubEntry(fixed, secrets), input.format), secrets);
    // Review the fixed entry too: it never claims to fix what it keeps (DESIGN section 14).
    const again: ServerEntry = { ...fixed, identity: identifyEntry(fixed, config.knowledge ?? EMPTY_KNOWLEDGE) };
    const remaining = rules.flatMap((rule) => rule.check(again, config).filter((h) => RANK[h.severity] >= RANK.medium).map((h) => ({ ruleId: rule.id, severity: h.severity, message: scrub(h.message, secrets) })));
    if (remaining.length > 0) reviewed.remaining = remaining;
  }
  return { details, reviewed };
}

/** Most severe first, in the order found within a severity (what a stable sort by rank gives, in one pass). */
function bySeverity(details: readonly FindingDetail[]): FindingDetail[] {
  const buckets: FindingDetail[][] = SEVERITIES.map(() => []);
  for (const d of details) (buckets[4 - RANK[d.finding.severity]] as FindingDetail[]).push(d);
  return buckets.flat();
}

/** Review configs: every file is a scanned entry, every problem a finding; nothing is run or fetched. */
export interface ReviewOptions {
  /** Derive the fixed entries (the text, Markdown and TUI views show them; JSON and SARIF do not). Default true. */
  fixes?: boolean;
  /** The server knowledge base and advisories (built-in plus imported); without it no server is recognised. */
  knowledge?: Knowledge;
}

export function reviewConfigs(inputs: readonly ConfigInput[], tool: ReviewReport['tool'], rules: readonly ReviewRule[] = REVIEW_RULES, options: ReviewOptions = {}): ReviewResult {
  const fixes = options.fixes !== false;
  const knowledge = options.knowledge ?? EMPTY_KNOWLEDGE;
  toolsKnowledge = knowledge;
  // Each review starts from empty caches: memory stays bounded by one review, and timings are honest.
  resetSecretCaches();
  const scanned: ScannedEntry[] = [];
  const details: FindingDetail[] = [];
  const servers: ReviewedServer[] = [];
  for (const input of inputs) {
    if (input.text === undefined) {
      scanned.push({ path: input.path, client: input.client ?? 'unknown', servers: 0, error: input.error ?? 'could not be read' });
      continue;
    }
    const format = input.format ?? formatFromPath(input.path, input.text);
    const parsed = parseConfigText(input.text, format);
    if (!parsed.ok) {
      const client = input.client ?? detectClient(input.path, undefined);
      scanned.push({ path: input.path, client, servers: 0, error: parsed.message });
      const lineMatch = /line (\d+)/.exec(parsed.message);
      details.push({
        finding: new EngineFinding({
          ruleId: parseError.id,
          category: parseError.category,
          severity: 'medium',
          client,
          path: input.path,
          server: '',
          field: '',
          message: `${clientName(client)} config does not parse (${parsed.message}): its servers cannot be reviewed, and the client may be ignoring the file.`,
          evidence: parsed.message,
          remediation: parseError.howToFix,
          lesson: parseError.lesson,
        }),
        ...(lineMatch ? { line: Number(lineMatch[1]) } : {}),
      });
      continue;
    }
    const client = input.client ?? detectClient(input.path, parsed.data);
    const config: ParsedConfig = { ...normalizeConfig(parsed.data), client, knowledge, path: input.path };
    scanned.push({ path: input.path, client, servers: config.servers.length });
    const lines = new LazyKeyLines(input.text);
    const locator = new Locator(input.text, format, parsed.tree, parsed.strict === true);
    for (const rule of rules) {
      for (const hit of rule.checkFile?.(config) ?? []) {
        // A finding about the file (enableAllProjectMcpServers, an allow rule) is located at its value too.
        details.push(placed(finding(rule, hit, client, input.path, '', []), hit.at ? locator.at(hit.at) : undefined));
      }
    }
    const units = config.servers.map(unitOf);
    // The words behind bash -c, cmd /c and the like are scanned for secrets too: prime them with the file's, in the same one pass.
    primeEntries(units.flatMap((u) => [u.server, ...u.entries]));
    // Each rule object has a shape of its own: reading .check from forty shapes, 300,000 times in a large
    // file, misses V8's property caches. The functions are read once into one array.
    const checks = rules.map((rule) => rule.check);
    for (const { server, entries } of units) {
      server.identity = identifyEntry(server, knowledge);
      for (const entry of entries) entry.identity = identifyEntry(entry, knowledge);
      // A wrapped server is known by what it really runs (bash -c "npx -y pkg" runs pkg).
      const wrapped = server.identity.server ? undefined : entries.find((e) => e.identity?.server)?.identity?.server;
      if (wrapped) server.identity = { ...server.identity, wrapped };
    }
    for (const unit of units) {
      const r = reviewServer(unit, config, client, { path: input.path, lines, locator, format, fixes, checks }, rules);
      for (const d of r.details) details.push(d);
      servers.push(r.reviewed);
    }
  }
  const sorted = bySeverity(details);
  const findings = sorted.map((d) => d.finding);
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return { report: { tool, scanned, findings, summary }, details: sorted, servers };
}
