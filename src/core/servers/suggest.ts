import type { AnswerValue, InterviewAnswers } from '../interview/questions.js';
import { CAPABILITIES } from './constants.js';
import type { KnownServer } from './schema.js';
import type { Knowledge } from './knowledge.js';
import { lookupServer } from './lookup.js';

/** One pre-filled answer, and where it came from, for the interview to show and the user to confirm. */
export interface Suggestion {
  value: AnswerValue;
  /** "servers/github.yaml", shown as the source of the suggestion. */
  from: string;
  /** Why this value, in a few words. */
  because: string;
}

const SOURCE: Record<KnownServer['publisher']['kind'], string> = { reference: 'official', vendor: 'vendor', community: 'community-maintained' };

/** Answers the knowledge base can suggest for a known server: source, transport, capabilities, package, image, url, change control. */
export function suggestAnswers(s: KnownServer, given: InterviewAnswers = {}): Record<string, Suggestion> {
  const from = `servers/${s.id}.yaml`;
  const out: Record<string, Suggestion> = {};
  out.source = { value: SOURCE[s.publisher.kind], from, because: `published by ${s.publisher.name} (${s.publisher.kind === 'reference' ? 'the MCP project\'s reference servers' : s.publisher.kind})` };
  const caps = CAPABILITIES.filter((c) => s.tools.some((t) => t.capability === c));
  out.capabilities = { value: caps, from, because: `the classes of its ${s.tools.length} tools or tool groups${s.tools.some((t) => t.readsOutsideContent) ? '; some read content outsiders can write' : ''}` };
  const local = Boolean(s.identifiers.npm?.length || s.identifiers.pypi?.length || s.identifiers.oci?.length || s.identifiers.binary?.length);
  const remote = s.identifiers.remote?.[0];
  const givenTransport = typeof given.transport === 'string' ? given.transport : undefined;
  if (givenTransport === undefined) {
    if (local && s.transports.includes('stdio')) out.transport = { value: 'stdio', from, because: 'it runs locally over stdio' };
    else if (remote) out.transport = { value: 'http-internet-auth', from, because: `its endpoint is ${remote}` };
  }
  const wantsRemote = (givenTransport ?? (out.transport?.value as string | undefined) ?? '').startsWith('http-');
  if (wantsRemote && remote) out.url = { value: remote, from, because: 'the publisher\'s documented endpoint' };
  const pkg = s.identifiers.npm?.[0] ?? s.identifiers.pypi?.[0];
  if (!wantsRemote && pkg) out.package = { value: pkg, from, because: s.identifiers.npm?.[0] ? 'its npm package' : 'its PyPI project' };
  if (!wantsRemote && s.identifiers.oci?.[0]) out.image = { value: s.identifiers.oci[0], from, because: 'the image its publisher ships' };
  const version = typeof given.version === 'string' && given.version !== 'unknown' ? given.version : '';
  if (wantsRemote && !local) out.changeControl = { value: 'auto-updating-remote', from, because: 'a hosted server the vendor updates' };
  else if (/^sha256:[0-9a-f]{64}$/.test(version) || /@sha256:[0-9a-f]{64}$/.test(String(given.image ?? ''))) out.changeControl = { value: 'digest', from: 'your answers', because: 'an image digest was given' };
  else if (/^\d+\.\d+/.test(version)) out.changeControl = { value: 'pinned', from: 'your answers', because: `version ${version} was given` };
  return out;
}

/** Fill every answer the user has not given from the suggestions (non-interactive planning). */
export function applySuggestions(answers: InterviewAnswers, suggestions: Record<string, Suggestion>): { answers: InterviewAnswers; applied: string[] } {
  const out: InterviewAnswers = { ...answers };
  const applied: string[] = [];
  for (const [id, sug] of Object.entries(suggestions)) {
    if (out[id] !== undefined) continue;
    out[id] = sug.value;
    applied.push(`${id} = ${Array.isArray(sug.value) ? sug.value.join(', ') : sug.value} (${sug.from}: ${sug.because})`);
  }
  return { answers: out, applied };
}

/** The known server an interview's answers describe: by server name (id or alias), then package, image or URL. */
export function resolveKnownServer(k: Knowledge, answers: InterviewAnswers): KnownServer | undefined {
  const str = (id: string) => (typeof answers[id] === 'string' && answers[id] !== 'unknown' ? (answers[id] as string).trim() : '');
  const byName = str('server') ? k.byId.get(str('server').toLowerCase()) ?? k.byAlias.get(str('server').toLowerCase()) : undefined;
  if (byName) return byName;
  for (const id of ['package', 'image', 'url']) {
    const v = str(id);
    if (!v) continue;
    const hit = lookupServer(k, v);
    if (hit) return hit.server;
  }
  return undefined;
}

