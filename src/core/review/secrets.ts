import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import { isPlaceholder, isUnfilled, placeholderDefaults } from './placeholders.js';

/** A secret found inside one value: what kind it is and where. */
export interface SecretMatch {
  kind: string;
  start: number;
  end: number;
}

/** Friendly names for the secretlint preset's message ids; others are derived from the id. */
const KIND_NAMES: Record<string, string> = {
  GITHUB_TOKEN: 'GitHub token',
  GITLAB_PERSONAL_ACCESS_TOKEN: 'GitLab token',
  SLACK_TOKEN: 'Slack token',
  SLACK_INCOMING_WEBHOOK: 'Slack webhook URL',
  IncomingWebhook: 'Slack webhook URL',
  ANTHROPIC_API_KEY: 'Anthropic API key',
  OPENAI_API_KEY: 'OpenAI API key',
  AWSAccessKeyID: 'AWS access key id',
  AWSSecretAccessKey: 'AWS secret access key',
  NPM_ACCESS_TOKEN: 'npm token',
  BasicAuth: 'password in a URL',
  PostgreSQLConnection: 'database password',
  MySQLConnection: 'database password',
  MongoDBConnection: 'database password',
};

function kindName(id: string | undefined): string {
  if (!id) return 'secret';
  const known = KIND_NAMES[id];
  if (known) return known;
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/\b(api|aws|gcp|npm|id)\b/g, (w) => w.toUpperCase());
}

type Found = { id?: string; range: [number, number] };
type Handler = { file?: (source: unknown) => void };

let scanners: { handler: Handler; sink: { found: Found[] } }[] | undefined;

/** The secretlint recommended rules, driven directly (they are synchronous regular-expression scanners). */
function presetScanners(): NonNullable<typeof scanners> {
  if (scanners) return scanners;
  scanners = (presetRules as unknown as { meta: { id?: string; type?: string }; create: (ctx: unknown, options: unknown) => Handler }[])
    .filter((rule) => rule.meta.type !== 'filter')
    .map((rule) => {
      const sink = { found: [] as Found[] };
      const context = {
        createTranslator: () => (id: string) => ({ id }),
        report: (d: { message?: { id?: string }; range: [number, number] }) => {
          // An AWS account id is not a credential; the access key id (AKIA…) is, and is reported.
          if (d.message?.id !== 'AWSAccountID') sink.found.push({ id: d.message?.id, range: d.range });
        },
        ignore: () => undefined,
      };
      // The AWS rule scans for access key ids only when asked to.
      return { handler: rule.create(context, rule.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {}), sink };
    });
  return scanners;
}

/**
 * Every pattern of the preset needs one of these: a run of 16 or more token characters, a
 * password in a URL (`:secret@`), or a PEM header. Values without any skip the 25 scanners.
 */
const MAY_HOLD_SECRET = /[A-Za-z0-9_+/=-]{16,}|:[^\s:@/]+@|-----BEGIN/;

/** Preset results per value, filled in batches by primeSecretScan. */
const presetCache = new Map<string, SecretMatch[]>();

/**
 * Scan many values with the preset in one pass (joined by newlines, results split back by
 * offset). The 25 scanners cost mostly per call, so one call per server entry instead of one per
 * value keeps a 5,000-server review under a second.
 */
export function primeSecretScan(values: readonly string[]): void {
  const todo = [...new Set(values)].filter((v) => v.length >= 8 && !presetCache.has(v) && MAY_HOLD_SECRET.test(v));
  if (todo.length === 0) return;
  if (presetCache.size > 1_000_000) presetCache.clear();
  const starts: number[] = [];
  let offset = 0;
  for (const v of todo) {
    starts.push(offset);
    offset += v.length + 1;
  }
  const per: SecretMatch[][] = todo.map(() => []);
  for (const m of rawPresetMatches(todo.join('\n'))) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= m.start) lo = mid;
      else hi = mid - 1;
    }
    const base = starts[lo] as number;
    const length = (todo[lo] as string).length;
    if (m.start >= base + length) continue;
    (per[lo] as SecretMatch[]).push({ kind: m.kind, start: m.start - base, end: Math.min(m.end, base + length) - base });
  }
  todo.forEach((v, i) => presetCache.set(v, per[i] as SecretMatch[]));
}

function presetMatches(text: string): SecretMatch[] {
  // A primed value is answered from the cache; only a value that was not primed is tested (the test is
  // as long as the value, and findSecrets and the priming already ran it on most values).
  const cached = presetCache.get(text);
  if (cached) return cached;
  if (!MAY_HOLD_SECRET.test(text)) return [];
  return rawPresetMatches(text);
}

let presetRuns = 0;

function rawPresetMatches(text: string): SecretMatch[] {
  presetRuns += 1;
  const out: SecretMatch[] = [];
  for (const { handler, sink } of presetScanners()) {
    sink.found = [];
    handler.file?.({ content: text, filePath: 'config', sourceContent: text, contentType: 'text', ext: '' });
    for (const f of sink.found) {
      let end = f.range[1];
      // The preset reports an AWS secret key from the start of `aws_secret_access_key=` with the key's length, cutting
      // the key short: extend the range over the rest of the key.
      if (f.id === 'AWSSecretAccessKey') while (end < text.length && /[A-Za-z0-9/+=]/.test(text[end] as string)) end += 1;
      out.push({ kind: kindName(f.id), start: f.range[0], end });
    }
  }
  return out;
}

/** Shannon entropy in bits per character. */
export function entropy(word: string): number {
  const counts = new Map<string, number>();
  for (const ch of word) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / word.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A word that looks like a generated credential: a run of at least 16 characters between
 * separators that mixes upper case, lower case and digits (or is long hex) with high entropy.
 * Package names, paths, versions and digests are made of short or single-case runs and pass.
 */
export function looksRandom(word: string): boolean {
  if (word.length < 16 || word.length > 512) return false;
  if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(word)) return false; // git commit and sha256 digests
  return word.split(/[/._~-]+/).some((run) => {
    if (run.length < 16) return false;
    const mixed = /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run);
    const hex = run.length >= 32 && /^[0-9a-f]+$/i.test(run) && /[0-9]/.test(run) && /[a-f]/i.test(run);
    return (mixed || hex) && entropy(run) >= 3.5;
  });
}

const WORD = /[A-Za-z0-9_+/=.~-]{16,}/g;

/** High-entropy words not already covered by a named match. */
function entropyMatches(text: string, known: SecretMatch[]): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    if (looksRandom(m[0])) out.push({ kind: 'high-entropy string', start, end });
  }
  return out;
}

const SECRET_NAME = /(token|secret|passw(or)?d|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credential|auth|cookie|session|signature|sig)$/i;
const NOT_SECRET_NAME = /(_file|_path|_url|_uri|_host|_dir|_endpoint|_id|_type|_mode|_header|_name|_region|_scope|_scopes|_ttl|_timeout)$/i;

/** A variable or parameter name that says its value is a secret (GITHUB_TOKEN, api_key, X-Api-Key). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}

/** A UUID, or a run of 20 or more token characters mixing letters and digits: what an API key given under a plain name looks like. */
const CREDENTIAL_SHAPE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,})$/i;

/** A value too plain to be a credential even under a secret-sounding name. */
function plainValue(value: string): boolean {
  return value.length < 8 || /^(true|false|yes|no|none|null|undefined|changeme|required|optional)$/i.test(value) || /^\d+$/.test(value) || /^[./~]|^[A-Za-z]:\\/.test(value) || /^https?:\/\/[^@?]*$/.test(value);
}

/**
 * Every secret in a value: the maintained secretlint rule set first, then a named secret
 * (a value under a secret-sounding name), then high-entropy words. Placeholders are not
 * secrets, but a literal default inside ${VAR:-default} is text in the file and is checked.
 */
const NONE = Object.freeze([]) as unknown as SecretMatch[];

/** The shortest value findSecrets looks into: flags, paths and short words are passed over. */
export const MIN_SECRET_LENGTH = 8;

export function findSecrets(value: string, name?: string): SecretMatch[] {
  // Most values (flags, paths, short words) are too short to hold a credential: answer before touching the cache.
  if (value.length < MIN_SECRET_LENGTH) return NONE;
  if (cannotHoldSecret(value, name)) return NONE;
  let byName = cache.get(value);
  const cached = byName?.get(name ?? '');
  if (cached) return cached;
  if (cacheSize > 1_000_000) {
    cache.clear();
    cacheSize = 0;
    byName = undefined;
  }
  const found = scanValue(value, name);
  if (!byName) cache.set(value, (byName = new Map()));
  byName.set(name ?? '', found);
  cacheSize += 1;
  return found;
}

/** A value that could be a bearer or basic credential (Bearer xyz): scanValue looks at those whatever their length. */
const CREDENTIAL_WORD = /^\s*(?:Bearer|Token|Basic)\s/i;
const KEY_NAME = /^key$/i;

/** isSecretName per name: a file of thousands of servers asks about the same few names again and again. */
const secretNames = new Map<string, boolean>();

function secretSoundingName(name: string): boolean {
  let known = secretNames.get(name);
  if (known === undefined) {
    if (secretNames.size > 10_000) secretNames.clear();
    secretNames.set(name, (known = isSecretName(name) || KEY_NAME.test(name)));
  }
  return known;
}

/**
 * Whether scanValue must answer nothing, decided without it (and without caching an answer): no run
 * of token characters that the preset, the vendor prefixes or the entropy test need (MAY_HOLD_SECRET),
 * no placeholder whose default could hold one ($), no `Bearer ...` shape, and no name that
 * makes the whole value a secret. Each of scanValue's ways to find a secret needs one of these.
 */
export function cannotHoldSecret(value: string, name: string | undefined): boolean {
  if (name !== undefined && secretSoundingName(name)) return false;
  return !value.includes('$') && !CREDENTIAL_WORD.test(value) && !MAY_HOLD_SECRET.test(value);
}

/**
 * Recent answers, by value then by name: the engine and the secret rules ask about the same values of an
 * entry, and looking up the value string itself (its hash is kept with it) spares building a key per question.
 */
const cache = new Map<string, Map<string, SecretMatch[]>>();
let cacheSize = 0;

/** Forget every cached scan (between reviews, and for honest timings). */
export function resetSecretCaches(): void {
  cache.clear();
  cacheSize = 0;
  secretNames.clear();
  presetCache.clear();
  presetRuns = 0;
}

/** How many times the 25 preset scanners ran since the caches were reset (each run costs about as much as scanning a whole file). */
export function presetScanRuns(): number {
  return presetRuns;
}

/** Bare keys with a vendor's own prefix that the preset does not know (Neon, Perplexity, OpenRouter, Notion, Firecrawl, Tavily, Brave, Exa ...). */
const PREFIXED: Array<[RegExp, string]> = [
  [/\bnapi_[A-Za-z0-9]{20,}\b/, 'Neon API key'],
  [/\bpplx-[A-Za-z0-9]{20,}\b/, 'Perplexity API key'],
  [/\bsk-or-v1-[A-Za-z0-9]{32,}\b/, 'OpenRouter API key'],
  [/\bntn_[A-Za-z0-9]{20,}\b/, 'Notion token'],
  [/\bsecret_[A-Za-z0-9]{32,}\b/, 'integration secret'],
  [/\bfc-[A-Za-z0-9]{20,}\b/, 'Firecrawl API key'],
  [/\btvly-(?:dev-)?[A-Za-z0-9]{20,}\b/, 'Tavily API key'],
  [/\bsk-ant-[A-Za-z0-9_-]{20,}\b/, 'Anthropic API key'],
  [/\bsk_(?:live|test)_[A-Za-z0-9]{20,}\b/, 'Stripe secret key'],
  [/\brk_(?:live|test)_[A-Za-z0-9]{20,}\b/, 'Stripe restricted key'],
  [/\bsbp_[A-Za-z0-9]{20,}\b/, 'Supabase access token'],
  [/\bglsa_[A-Za-z0-9_]{20,}\b/, 'Grafana service account token'],
  [/\blin_api_[A-Za-z0-9]{20,}\b/, 'Linear API key'],
  [/\bctx7sk-[A-Za-z0-9-]{20,}\b/, 'Context7 API key'],
];

/** Every PREFIXED pattern needs a run of 20 of these characters: values without one skip the fourteen patterns. */
const PREFIXED_RUN = /[A-Za-z0-9_-]{20}/;

function prefixedMatches(value: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  if (!PREFIXED_RUN.test(value)) return out;
  for (const [re, kind] of PREFIXED) {
    const m = re.exec(value);
    if (m) out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The full scan of one value (findSecrets answers from its cache and its shortcut first). */
export function scanValue(value: string, name?: string): SecretMatch[] {
  if (value.length < 8) return [];
  // A value still to be filled in (<YOUR_API_KEY>, your-api-key-here, sk-...) is not a credential to rotate.
  if (isUnfilled(value)) return [];
  if (isPlaceholder(value)) {
    return placeholderDefaults(value).flatMap((d) => findSecrets(d, name).map((m) => ({ ...m, start: value.indexOf(d) + m.start, end: value.indexOf(d) + m.end })));
  }
  const named = presetMatches(value);
  if (named.length > 0) return named;
  const prefixed = prefixedMatches(value);
  if (prefixed.length > 0) return prefixed;
  const bearer = /^(Bearer|Token|Basic)\s+(\S+)$/i.exec(value.trim());
  if (bearer && !isPlaceholder(bearer[2] as string)) {
    const start = value.indexOf(bearer[2] as string);
    return [{ kind: `${(bearer[1] as string).toLowerCase() === 'basic' ? 'Basic credentials' : 'bearer token'}`, start, end: start + (bearer[2] as string).length }];
  }
  if (name && isSecretName(name) && !plainValue(value.trim()) && !/\$\{/.test(value)) {
    return [{ kind: `value of ${name}`, start: 0, end: value.length }];
  }
  // A name as plain as `key` (Smithery's `--key <uuid>`) says little alone: its value must look like a credential too.
  if (name && /^key$/i.test(name) && CREDENTIAL_SHAPE.test(value.trim())) {
    return [{ kind: `value of ${name}`, start: 0, end: value.length }];
  }
  return entropyMatches(value, named);
}

/** How a secret appears in any output: its kind and at most its first four characters. */
export function redactedEvidence(kind: string, secret: string): string {
  const shown = secret.length >= 12 ? secret.slice(0, 4) : '';
  return `${kind} (${shown}… ${secret.length} characters)`;
}

/** The value with every secret replaced by its redacted form. */
export function redactValue(value: string, matches: readonly SecretMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out += value.slice(at, m.start) + `[${redactedEvidence(m.kind, value.slice(m.start, m.end))}]`;
    at = m.end;
  }
  return out + value.slice(at);
}
