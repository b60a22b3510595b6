import type { InterviewAnswers } from '../interview/questions.js';
import { commandName, dockerRun, splitImage } from './docker-args.js';
import type { Finding } from './engine.js';
import { findSecrets } from './secrets.js';
import { isExactVersion, packageArgument, PACKAGE_RUNNERS, splitSpec } from './package-spec.js';
import type { ServerEntry } from './types.js';

/** What a config entry says about the interview questions, and how each answer was read. */
export interface AnswersFromConfig {
  answers: InterviewAnswers;
  /** One line per answer taken from the config, and per question it cannot answer. */
  notes: string[];
}

const PLAN_CLIENTS = new Set(['claude-desktop', 'claude-code', 'vscode', 'cursor']);
const CONTAINER_RISK = new Set(['MCPR-CTR-001', 'MCPR-CTR-002', 'MCPR-CTR-003', 'MCPR-CTR-004', 'MCPR-CTR-005', 'MCPR-NET-001', 'MCPR-MNT-001', 'MCPR-MNT-002']);

function hostKind(url: string): 'loopback' | 'private' | 'public' | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
  if (host === 'localhost' || /^127\./.test(host) || host === '::1') return 'loopback';
  if (/^10\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|\.local$|\.internal$|\.lan$|^fd[0-9a-f]{2}:/i.test(host)) return 'private';
  return 'public';
}

/** The URL a plan may record: no query, fragment or user-info, and only scheme and host when the path holds a secret. */
function planUrl(raw: string): string | undefined {
  const bare = raw.replace(/[?#].*$/, '').replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  if (findSecrets(bare).length === 0) return bare;
  try {
    const url = new URL(bare);
    return `${url.protocol}//${url.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Pre-answer the interview from one reviewed entry: transport, package or image, isolation,
 * change control, approval and source where the config shows them. Questions the config
 * cannot answer (capabilities, data, environment, owner) are left for the person.
 */
export function answersFromEntry(server: ServerEntry, client: string, findings: readonly Finding[]): AnswersFromConfig {
  const answers: InterviewAnswers = { server: server.name };
  const notes: string[] = [];
  const mine = findings.filter((f) => f.server === server.name);
  const has = (...ids: string[]) => mine.some((f) => ids.includes(f.ruleId));
  if (PLAN_CLIENTS.has(client)) answers.client = client;
  else notes.push(`client: ${client} is not one of the plan's clients; answered "other"`), (answers.client = 'other');

  const run = dockerRun(server);
  if (server.url !== undefined && server.command === undefined) {
    const kind = hostKind(server.url);
    const url = planUrl(server.url);
    if (url !== undefined) answers.url = url;
    answers.changeControl = 'auto-updating-remote';
    if (kind === 'loopback') answers.transport = 'http-localhost';
    else if (kind === 'private') answers.transport = 'http-private';
    else notes.push('transport: a remote server; whether it requires OAuth is not in the config, so the interview asks');
  } else {
    answers.transport = 'stdio';
  }

  if (run) {
    if (run.image) {
      answers.image = run.image.ref;
      const { tag, digest } = splitImage(run.image.ref);
      answers.changeControl = digest ? 'digest' : tag && tag !== 'latest' ? 'pinned' : 'latest';
    }
    answers.isolation = mine.some((f) => CONTAINER_RISK.has(f.ruleId)) ? 'container' : 'container-hardened';
    notes.push(`isolation: a ${answers.isolation === 'container' ? 'container with the weaknesses the review lists' : 'hardened container'} (from the docker run flags)`);
  } else if (server.command !== undefined) {
    answers.isolation = 'none';
    const runner = commandName(server.command);
    if (PACKAGE_RUNNERS.has(runner)) {
      const arg = packageArgument(server.args);
      if (arg) {
        const { name, version } = splitSpec(arg.spec);
        answers.package = name;
        if (version && isExactVersion(version)) answers.version = version;
        answers.changeControl = isExactVersion(version) ? 'pinned' : version === undefined || version === 'latest' ? 'latest' : 'range';
        if (name.startsWith('@modelcontextprotocol/') && !has('MCPR-SRC-001')) answers.source = 'official';
      }
    }
    notes.push('isolation: none, the client starts it as you');
  }
  if (has('MCPR-SRC-001', 'MCPR-SRC-002')) answers.source = 'unknown';

  if (server.autoApprove === true) answers.humanApproval = 'auto-approve-all';
  else if (server.autoApprove.length > 0) answers.humanApproval = 'partial';
  else notes.push('humanApproval: the config approves nothing ahead, but whether people click "always allow" is not in it, so the interview asks');

  if (has('MCPR-SEC-001', 'MCPR-SEC-002', 'MCPR-SEC-003', 'MCPR-SEC-004')) notes.push('secrets: the config holds a literal credential (see the review); rotate it whatever the plan says');
  notes.push('not in a config: what the tools can do, what data they see, untrusted content, the environment and the owner');
  return { answers, notes };
}
