/**
 * Fake secrets ("canaries") of every kind the review detects, shaped to match the secretlint
 * recommended preset's patterns (node_modules/@secretlint/secretlint-rule-preset-recommend) and
 * the review's own bearer, named-value and entropy checks. None of them is live: every random part
 * comes from a fixed-seed generator, so the values are stable from run to run.
 */

import { random as generator } from '../helpers/random.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALNUM = LOWER + UPPER + DIGITS;
const HEX = '0123456789abcdef';

let seed = 20260201;
/** `n` characters of `alphabet`; every call uses the next seed. Mixed alphabets always hold a lower, an upper and a digit. */
function chars(alphabet: string, n: number): string {
  const next = generator(seed++);
  for (;;) {
    let out = '';
    for (let i = 0; i < n; i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
    const needsMix = alphabet.includes('a') && alphabet.includes('A') && alphabet.includes('0') && n >= 12;
    if (!needsMix || (/[a-z]/.test(out) && /[A-Z]/.test(out) && /[0-9]/.test(out))) return out;
  }
}

export interface Canary {
  /** A short id for test names. */
  id: string;
  /** The kind the review should name (SecretMatch.kind), checked with findSecrets. */
  kind: string | RegExp;
  /** The whole value as planted (a token, a URI, a PEM block, `Bearer …`). */
  value: string;
  /** The part that must never be printed beyond its first four characters. */
  secret: string;
  /** The name the value is found under, when detection depends on it (an env key, a header). */
  name?: string;
  /** Where it is planted: a one-line token everywhere; a URI, PEM block or bearer header where such values go; a name-only secret under its name. */
  places: readonly Place[];
}

export type Place = 'env' | 'arg-pair' | 'arg-eq' | 'arg-positional' | 'header' | 'url-query' | 'url-userinfo' | 'url' | 'bash' | 'default' | 'env-named';

const EVERYWHERE: readonly Place[] = ['env', 'arg-pair', 'arg-eq', 'arg-positional', 'header', 'url-query', 'url-userinfo', 'bash', 'default'];

function token(id: string, kind: string | RegExp, value: string, extra: Partial<Canary> = {}): Canary {
  return { id, kind, value, secret: value, places: EVERYWHERE, ...extra };
}

const pgPassword = chars(ALNUM, 20);
const myPassword = chars(ALNUM, 20);
const mongoPassword = chars(ALNUM, 20);
const basicPassword = chars(ALNUM, 20);
const pemBody = `MIIEpAIBAAKCAQEA${chars(ALNUM + '+/', 48)}\n${chars(ALNUM + '+/', 64)}\n${chars(ALNUM + '+/', 64)}\n${chars(ALNUM + '+/', 60)}==`;
const slackPath = `T${chars(UPPER + DIGITS, 10)}/B${chars(UPPER + DIGITS, 10)}/${chars(ALNUM, 24)}`;
const bearerToken = `mcp_${chars(ALNUM, 36)}`;
const entropyWord = chars(ALNUM, 32);
const plainPassword = 'correct-horse-battery-staple-42';

/** A 1Password service-account token is `ops_` and base64 of a JSON object (the preset decodes it). */
function onePasswordBody(): string {
  let json = JSON.stringify({ email: `${chars(LOWER, 12)}@1passwordserviceaccounts.lcl`, secretKey: `A3-${chars(UPPER + DIGITS, 6)}-${chars(UPPER + DIGITS, 6)}-${chars(UPPER + DIGITS, 5)}`, srpX: chars(HEX, 64) });
  while (json.length % 3 !== 1) json = json.replace('{', '{ ');
  return Buffer.from(json).toString('base64');
}

export const CANARIES: readonly Canary[] = [
  token('github-classic', 'GitHub token', `ghp_${chars(ALNUM, 36)}`),
  token('github-fine-grained', 'GitHub token', `github_pat_${chars(ALNUM, 22)}_${chars(ALNUM, 59)}`),
  token('gitlab', 'GitLab token', `glpat-${chars(ALNUM, 20)}`),
  token('slack-token', 'Slack token', `xoxb-${chars(DIGITS, 12)}-${chars(DIGITS, 13)}-${chars(ALNUM, 24)}`),
  { id: 'slack-webhook', kind: /webhook/i, value: `https://hooks.slack.com/services/${slackPath}`, secret: slackPath, places: ['env', 'arg-pair', 'arg-eq', 'arg-positional', 'header', 'url', 'bash', 'default'] },
  token('anthropic', 'Anthropic API key', `sk-ant-api03-${chars(ALNUM + '-_', 93)}AA`),
  token('openai', /openai/i, `sk-proj-${chars(ALNUM, 74)}T3BlbkFJ${chars(ALNUM, 74)}`),
  // The preset needs the key's name next to it (aws_secret_access_key=…); under that env name the review reports it by name.
  (() => {
    const key = `${chars(ALNUM, 20)}/${chars(ALNUM, 19)}`;
    return { id: 'aws-secret-access-key', kind: 'AWS secret access key', value: `aws_secret_access_key=${key}`, secret: key, places: ['bash', 'arg-positional', 'env'] } satisfies Canary;
  })(),
  (() => {
    const key = `${chars(ALNUM, 22)}+${chars(ALNUM, 17)}`;
    return { id: 'aws-secret-access-key-env', kind: /AWS_SECRET_ACCESS_KEY|high-entropy/, value: key, secret: key, name: 'AWS_SECRET_ACCESS_KEY', places: ['env-named'] } satisfies Canary;
  })(),
  token('aws-access-key-id', 'AWS access key id', `AKIA${chars(UPPER + '234567', 16)}`),
  token('npm', 'npm token', `npm_${chars(ALNUM, 36)}`),
  token('sendgrid', /sendgrid/i, `SG.${chars(ALNUM, 22)}.${chars(ALNUM, 43)}`),
  token('shopify', /shopify/i, `shpat_${chars(ALNUM, 32)}`),
  token('linear', /linear/i, `lin_api_${chars(ALNUM, 40)}`),
  token('notion', /notion/i, `ntn_${chars(DIGITS, 11)}${chars(ALNUM, 35)}`),
  token('huggingface', /hugging/i, `hf_${chars(LOWER + UPPER, 34)}`),
  token('groq', /groq/i, `gsk_${chars(ALNUM, 52)}`),
  token('grafana-cloud', /grafana cloud/i, `glc_${chars(ALNUM, 48)}`),
  token('grafana-service-account', /grafana service account/i, `glsa_${chars(ALNUM, 32)}_${chars(HEX, 8)}`),
  token('1password', /ops token|1password/i, `ops_${onePasswordBody()}`),
  token('databricks', /databricks/i, `dapi${chars(HEX, 32)}`),
  token('vercel', /vercel/i, `vcp_${chars(ALNUM, 24)}`),
  token('figma', /figma/i, `figd_${chars(ALNUM, 40)}`),
  token('docker-hub', /docker/i, `dckr_pat_${chars(ALNUM, 27)}`),
  token('hashicorp-vault', /vault/i, `hvs.${chars(ALNUM, 95)}`),
  { id: 'postgres', kind: 'database password', value: `postgres://svc_app:${pgPassword}@db.prod.internal:5432/app`, secret: pgPassword, places: ['env', 'arg-pair', 'arg-eq', 'arg-positional', 'bash', 'default'] },
  { id: 'mysql', kind: 'database password', value: `mysql://reporter:${myPassword}@mysql.prod.internal:3306/sales`, secret: myPassword, places: ['env', 'arg-pair', 'arg-eq', 'arg-positional', 'bash', 'default'] },
  { id: 'mongodb', kind: 'database password', value: `mongodb+srv://ingest:${mongoPassword}@cluster0.qx7ab.mongodb.net/events`, secret: mongoPassword, places: ['env', 'arg-pair', 'arg-eq', 'arg-positional', 'bash', 'default'] },
  { id: 'basic-auth-url', kind: 'password in a URL', value: `https://deploy:${basicPassword}@mcp.corp-tools.net/mcp`, secret: basicPassword, places: ['env', 'arg-pair', 'arg-eq', 'arg-positional', 'url', 'bash', 'default'] },
  { id: 'private-key', kind: /private key/i, value: `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`, secret: pemBody, places: ['env', 'arg-pair', 'arg-eq', 'bash', 'default'] },
  { id: 'bearer-header', kind: 'bearer token', value: `Bearer ${bearerToken}`, secret: bearerToken, name: 'Authorization', places: ['header', 'env', 'arg-pair'] },
  { id: 'high-entropy-arg', kind: 'high-entropy string', value: entropyWord, secret: entropyWord, places: ['arg-positional', 'arg-pair', 'arg-eq', 'env', 'header', 'url-query', 'bash', 'default'] },
  { id: 'named-password', kind: 'value of DB_PASSWORD', value: plainPassword, secret: plainPassword, name: 'DB_PASSWORD', places: ['env-named'] },
];

/** The pieces of a canary's secret that must never be printed: every 8 characters of it after the first four. */
export function forbiddenPieces(canary: Canary): string[] {
  const s = canary.secret || canary.value;
  const pieces = new Set<string>();
  for (let i = 4; i + 8 <= s.length; i += 1) pieces.add(s.slice(i, i + 8));
  return [...pieces];
}

/** Which canary each forbidden 8-character piece belongs to, for one pass over a text. */
function pieceIndex(canaries: readonly Canary[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of canaries) for (const piece of forbiddenPieces(c)) index.set(piece, c.id);
  return index;
}

const DEFAULT_INDEX = pieceIndex(CANARIES);

/**
 * Every canary that leaked into `text`, as `id: piece` (empty when nothing leaked). A leak is the
 * whole canary or any 8 characters of its secret after the first four (so the four characters the
 * redaction may show never count). One pass over the text, whatever its size.
 */
export function leaks(text: string, canaries: readonly Canary[] = CANARIES): string[] {
  const index = canaries === CANARIES ? DEFAULT_INDEX : pieceIndex(canaries);
  const found = new Map<string, string>();
  for (let i = 0; i + 8 <= text.length; i += 1) {
    const id = index.get(text.slice(i, i + 8));
    if (id !== undefined && !found.has(id)) found.set(id, text.slice(i, i + 8));
  }
  for (const c of canaries) if (!found.has(c.id) && text.includes(c.value)) found.set(c.id, c.value);
  return [...found].map(([id, piece]) => `${id}: ${JSON.stringify(piece)}`);
}
