import type { InterviewAnswers } from '../interview/questions.js';
import type { Knowledge } from '../servers/knowledge.js';
import type { KnownServer } from '../servers/schema.js';
import { reviewConfigs } from '../review/engine.js';
import type { ReviewSeverity } from '../review/types.js';
import { clientFormat, CLIENT_FORMATS, documentText, envFilePath, type ClientFormat } from './hardened/clients.js';
import { launchFor, type Launch } from './hardened/launch.js';
import { platformForms, type PlatformForms } from './hardened/platform.js';
import { serverKey } from './server-key.js';

export { serverKey };

/** What the tool's own review says about an entry it hands out. */
export interface SelfCheck {
  /** Every finding at medium or above, each with why it remains; `expected` is false for anything the plan cannot explain. */
  remaining: Array<{ ruleId: string; severity: ReviewSeverity; message: string; why: string; expected: boolean }>;
  /** How many findings below medium (info, low) the review reported. */
  below: number;
}

export interface ClientEntry {
  client: string;
  clientName: string;
  file: string;
  format: 'json' | 'yaml' | 'toml';
  key: string;
  document: Record<string, unknown>;
  text: string;
  secrets: string;
  selfCheck: SelfCheck;
}

export interface HardenedConfig {
  client: string;
  /** Where the entry goes. */
  file: string;
  language: 'json' | 'yaml' | 'toml';
  text: string;
  /** The recommended entry as structured data (client, file, key, document). */
  entry: ClientEntry;
  mode: Launch['mode'];
  notes: string[];
  /** What is knowingly left to fill in (a version, a digest, a folder). */
  open: string[];
  /** Switches turned on because of the answers. */
  applied: Launch['applied'];
  /** The docker run flags used, when the server runs in a container. */
  dockerFlags: string[];
  flagReasons: Array<{ flag: string; reason: string }>;
  /** Settings for a remote server, when the transport is HTTP. */
  remoteSettings: string[];
  /** Isolation "none" with a published image: the as-is entry, with its residual risk. */
  asIs?: { text: string; residual: string; selfCheck: SelfCheck };
  /** The same isolation for platform teams (stdio servers). */
  platform?: PlatformForms;
}

const RANK: Record<ReviewSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const str = (a: InterviewAnswers, id: string): string => (typeof a[id] === 'string' && a[id] !== 'unknown' ? (a[id] as string) : '');


/** Why a finding of the tool's own review remains in an entry it hands out; expected false when nothing explains it. */
function explain(ruleId: string, launch: Launch, known: KnownServer | undefined): { why: string; expected: boolean } {
  if (ruleId === 'MCPR-PIN-001' && launch.open.some((o) => o.includes('<exact version>'))) return { why: 'no version was given: pin the one you reviewed', expected: true };
  if (ruleId === 'MCPR-DEP-001' && known && known.status.state !== 'active') return { why: `${known.name} is ${known.status.state}: plan the move to its successor`, expected: true };
  if (ruleId === 'MCPR-VULN-001') return { why: 'the version given is affected by an advisory: move to the fixed release named in the finding', expected: true };
  if (ruleId === 'MCPR-MAL-001') return { why: 'the version given is recorded as malicious: do not deploy it', expected: true };
  return { why: 'not explained by the answers: report this, the entry should not carry it', expected: false };
}

/** Run the tool's own review over an entry it is about to hand out. */
export function selfCheck(format: ClientFormat, text: string, launch: Launch, known: KnownServer | undefined, knowledge: Knowledge | undefined): SelfCheck {
  const result = reviewConfigs([{ path: format.reviewPath, text, client: format.id === 'vscode-portable' ? 'claude-code' : format.id }], { name: 'mcp-operator', version: 'self-check' }, undefined, { fixes: false, ...(knowledge ? { knowledge } : {}) });
  const remaining: SelfCheck['remaining'] = [];
  let below = 0;
  for (const f of result.report.findings) {
    if (RANK[f.severity] < RANK.medium) {
      below += 1;
      continue;
    }
    remaining.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, ...explain(f.ruleId, launch, known) });
  }
  return { remaining, below };
}

function secretNames(l: Launch): string[] {
  return [...l.env.filter((e) => e.secret).map((e) => e.name), ...l.headers.flatMap((h) => (h.secretEnv ? [h.secretEnv] : []))];
}

/** One client's entry for a launch, self-checked. */
export function clientEntry(format: ClientFormat, key: string, launch: Launch, known: KnownServer | undefined, knowledge: Knowledge | undefined): ClientEntry {
  const document = format.document(key, launch);
  const text = documentText(format.format, document);
  return { client: format.id, clientName: format.name, file: format.file.replace('KEY', key), format: format.format, key, document, text, secrets: format.secrets.says, selfCheck: selfCheck(format, text, launch, known, knowledge) };
}

/** Open items a client adds: a secret it cannot pass without a container. */
function clientOpen(format: ClientFormat, key: string, launch: Launch): string[] {
  const names = secretNames(launch);
  if (names.length === 0) return [];
  if (format.secrets.kind === 'launch-env' && launch.mode === 'container') return [`Write ${names.join(', ')} into ${envFilePath(key)} (one NAME=value per line) and chmod 600 it; the container reads it with --env-file.`];
  if (format.secrets.kind === 'launch-env') return [`${format.name} cannot pass ${names.join(', ')} to a server started this way without writing it into the file: use the container form (it reads an env file), or start ${format.name} with the variable in its environment.`];
  return [];
}

/** The hardened configuration for the answers: the client's own format, the known server's real package, image or endpoint and switches, checked by the review. */
export function hardenedConfig(a: InterviewAnswers, known?: KnownServer, knowledge?: Knowledge): HardenedConfig {
  const format = clientFormat(str(a, 'client') || 'claude-desktop');
  const key = serverKey(str(a, 'server') || known?.id || 'server');
  const launch = launchFor(a, known);
  const entry = clientEntry(format, key, launch, known, knowledge);
  const notes = [...launch.notes, format.secrets.says];
  if (str(a, 'client') === 'other') notes.push('Shown in the common mcpServers format; adapt it to your client.');
  const remote = launch.mode === 'remote';
  const remoteSettings = remote
    ? [
        'Serve only over HTTPS; reject plain HTTP.',
        'Require OAuth 2.1 with PKCE (S256); publish protected resource metadata (RFC 9728).',
        'Accept only tokens issued for this server (check the audience, RFC 8707); never pass a client token on to upstream APIs.',
        'Validate the Origin header and answer 403 for origins you do not expect.',
        'Rate-limit tool calls per client and log every call with a correlation id.',
      ]
    : [];
  const out: HardenedConfig = {
    client: format.id,
    file: entry.file,
    language: format.format,
    text: entry.text,
    entry,
    mode: launch.mode,
    notes,
    open: [...launch.open, ...clientOpen(format, key, launch)],
    applied: launch.applied,
    dockerFlags: launch.mode === 'container' ? launch.flags.flatMap((f) => f.words) : [],
    flagReasons: launch.flags.map((f) => ({ flag: f.words.join(' '), reason: f.reason })),
    remoteSettings,
  };
  const isolation = str(a, 'isolation');
  if (launch.mode === 'container' && (isolation === 'none' || isolation === '')) {
    const plain = launchFor(a, known, { container: false });
    const asIs = clientEntry(format, key, plain, known, knowledge);
    out.asIs = { text: asIs.text, residual: 'Runs the server as you: a bad release or an injected instruction reaches your files, your other credentials and the network with your rights. Use it only where the container cannot run, and keep approval on for every write.', selfCheck: asIs.selfCheck };
    notes.unshift(`Isolation "none" was answered, but ${known?.name ?? 'the server'} publishes an image: the recommended entry runs it in a hardened container; the as-is entry follows with its residual risk.`);
  }
  const platform = platformForms(a, key, launch, known);
  if (platform) out.platform = platform;
  return out;
}

/** The entry in every client format the review reads (for the plan's appendix and the self-check tests). */
export function entriesForAllClients(a: InterviewAnswers, known?: KnownServer, knowledge?: Knowledge): ClientEntry[] {
  const key = serverKey(str(a, 'server') || known?.id || 'server');
  const launch = launchFor(a, known);
  return CLIENT_FORMATS.map((f) => clientEntry(f, key, launch, known, knowledge));
}
