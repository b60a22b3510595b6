import type { InterviewAnswers } from '../../interview/questions.js';
import type { KnownServer, ServerSwitch } from '../../servers/schema.js';
import { splitPackageSpec } from '../../servers/launchers.js';

/** One variable the server's environment needs: a secret (from the client's secret mechanism) or a setting (literal). */
export interface EnvVar {
  name: string;
  secret: boolean;
  value?: string;
  why: string;
}

export interface Header {
  name: string;
  /** A literal value (a switch such as X-MCP-Readonly: true), or a secret taken from the environment variable `secretEnv`. */
  value?: string;
  secretEnv?: string;
  /** Text before the secret, e.g. "Bearer ". */
  prefix?: string;
  why: string;
}

/** What the hardened entry starts or reaches, before it is written in a client's format. */
export interface Launch {
  mode: 'container' | 'package' | 'binary' | 'remote';
  command?: string;
  args: string[];
  env: EnvVar[];
  url?: string;
  headers: Header[];
  /** Each docker run option with the reason it is there (container mode). */
  flags: Array<{ words: string[]; reason: string }>;
  notes: string[];
  /** What is knowingly left for the operator (a version or digest to fill in), each with why. */
  open: string[];
  /** The network the container gets. */
  network?: 'none' | 'egress-allow-list';
  /** Switches applied because of the answers. */
  applied: Array<{ switch: string; why: string }>;
  image?: string;
  packageSpec?: string;
}

const str = (a: InterviewAnswers, id: string): string => (typeof a[id] === 'string' && a[id] !== 'unknown' ? (a[id] as string).trim() : '');
const caps = (a: InterviewAnswers): string[] | undefined => (Array.isArray(a.capabilities) ? (a.capabilities as string[]) : undefined);
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

/** The container image an answer or the server names, without tag or digest. */
function imageName(ref: string): string {
  const at = ref.indexOf('@');
  const noDigest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

/** Does the server need the network? Asked capabilities first, then what the knowledge base knows. */
export function needsNetwork(a: InterviewAnswers, known?: KnownServer): { yes: boolean; why: string } {
  const c = caps(a);
  if (c?.includes('network-egress')) return { yes: true, why: 'its tools send data out (network-egress)' };
  if (known?.credential && ['env', 'header', 'oauth'].includes(known.credential.kind)) return { yes: true, why: `${known.name} calls its service's API with ${known.credential.name}` };
  if (known?.tools.some((t) => t.capability === 'network-egress')) return { yes: true, why: `${known.name} has tools that reach the network` };
  if (!c) return { yes: true, why: 'its capabilities were not answered, so the plan cannot show it works offline' };
  return { yes: false, why: 'no answered capability needs the network' };
}

/** The server's own read-only switch for this transport, when the only answered capability is read-only. */
export function readOnlySwitch(a: InterviewAnswers, known: KnownServer | undefined, remote: boolean): ServerSwitch | undefined {
  const c = caps(a);
  if (!known || !c || c.length !== 1 || c[0] !== 'read-only') return undefined;
  const kinds = remote ? ['url', 'header'] : ['flag', 'env'];
  return known.switches.find((w) => w.readOnly === true && kinds.includes(w.kind));
}

/** The credential the server reads from its environment, when the knowledge base names one. */
export function credentialEnv(known: KnownServer | undefined): string | undefined {
  const c = known?.credential;
  return c && (c.kind === 'env' || c.kind === 'file') && ENV_NAME.test(c.name) ? c.name : undefined;
}

function versionOf(a: InterviewAnswers, pkgAnswer: string): { version?: string; given: boolean } {
  const v = str(a, 'version');
  if (v && !/^sha256:/.test(v) && /^\d/.test(v)) return { version: v.replace(/^v/, ''), given: true };
  const fromPkg = pkgAnswer ? splitPackageSpec(pkgAnswer, /==/.test(pkgAnswer) ? 'PyPI' : 'npm').version : undefined;
  if (fromPkg && /^\d/.test(fromPkg)) return { version: fromPkg, given: true };
  return { given: false };
}

const HARDEN: Array<{ words: string[]; reason: string }> = [
  { words: ['--rm'], reason: 'no container is left behind to be restarted with old state' },
  { words: ['-i'], reason: 'stdio: the client talks to the server on standard input' },
  { words: ['--read-only'], reason: 'the image cannot be changed at run time' },
  { words: ['--tmpfs', '/tmp:rw,noexec,nosuid,size=64m'], reason: 'a small scratch folder that cannot hold programs' },
  { words: ['--cap-drop', 'ALL'], reason: 'no Linux capabilities' },
  { words: ['--security-opt', 'no-new-privileges'], reason: 'no set-uid escalation' },
  { words: ['--user', '65532:65532'], reason: 'not root inside the container (use the image\'s own non-root user if it documents one)' },
  { words: ['--memory', '512m'], reason: 'a runaway call cannot exhaust the host' },
  { words: ['--cpus', '1'], reason: 'one CPU at most' },
  { words: ['--pids-limit', '128'], reason: 'no fork bombs' },
];

/** Everything the hardened entry needs, derived from the answers and what the knowledge base knows. */
export function launchFor(a: InterviewAnswers, known: KnownServer | undefined, options: { container?: boolean } = {}): Launch {
  const transport = str(a, 'transport');
  const remote = transport.startsWith('http-');
  const notes: string[] = [];
  const open: string[] = [];
  const applied: Launch['applied'] = [];
  if (remote) {
    const url = str(a, 'url') || known?.identifiers.remote?.[0] || 'https://<server host>/mcp';
    if (url.includes('<')) open.push('The server URL was not given: write the https:// endpoint in place of <server host>.');
    const headers: Header[] = [];
    let finalUrl = url;
    const sw = readOnlySwitch(a, known, true);
    if (sw?.kind === 'url' && /^https:\/\//.test(sw.syntax)) {
      finalUrl = sw.syntax;
      applied.push({ switch: sw.syntax, why: `read-only answered: ${sw.effect}` });
    } else if (sw?.kind === 'url' && /^[?&]/.test(sw.syntax)) {
      finalUrl = `${url}${url.includes('?') ? '&' : '?'}${sw.syntax.replace(/^[?&]/, '')}`;
      applied.push({ switch: sw.syntax, why: `read-only answered: ${sw.effect}` });
    } else if (sw?.kind === 'header') {
      const [name, ...rest] = sw.syntax.split(':');
      headers.push({ name: (name as string).trim(), value: rest.join(':').trim(), why: `read-only answered: ${sw.effect}` });
      applied.push({ switch: sw.syntax, why: `read-only answered: ${sw.effect}` });
    }
    const cred = known?.credential;
    if (cred?.kind === 'header' || (cred?.kind === 'env' && ENV_NAME.test(cred.name) && known?.identifiers.remote?.length && !known.identifiers.npm?.length && !known.identifiers.pypi?.length)) {
      const env = ENV_NAME.test(cred.name) ? cred.name : 'MCP_TOKEN';
      headers.push({ name: 'Authorization', secretEnv: env, prefix: 'Bearer ', why: `${known?.name} takes its credential in a header; the value comes from ${env}, never from the file` });
    } else {
      notes.push('Sign in through the client (OAuth); no token goes in the file.');
    }
    return { mode: 'remote', args: [], env: [], url: finalUrl, headers, flags: [], notes, open, applied };
  }

  const isolation = str(a, 'isolation');
  const pkgAnswer = str(a, 'package');
  const imageAnswer = str(a, 'image');
  const knownImage = known?.identifiers.oci?.[0];
  const image = imageAnswer || knownImage;
  const wantsContainer = options.container ?? (isolation === 'container' || isolation === 'container-hardened' || (isolation !== 'vm' && Boolean(image)));
  const env: EnvVar[] = [];
  const serverArgs: string[] = [];
  const cred = credentialEnv(known);
  if (cred) env.push({ name: cred, secret: true, why: `${known?.name} reads its credential from ${cred}${known?.credential?.smallestScopes ? `; smallest scopes: ${known.credential.smallestScopes}` : ''}` });
  else if (known?.credential && known.credential.kind !== 'none' && known.credential.kind !== 'oauth') notes.push(`${known.name} takes its credential as ${known.credential.name} (${known.credential.kind}); pass it from a secret store, never written into the file.`);
  const sw = readOnlySwitch(a, known, false);
  if (sw?.kind === 'flag') {
    serverArgs.push(...sw.syntax.split(/\s+/).filter(Boolean));
    applied.push({ switch: sw.syntax, why: `read-only answered: ${sw.effect}` });
  } else if (sw?.kind === 'env') {
    const eq = sw.syntax.indexOf('=');
    env.push({ name: sw.syntax.slice(0, eq), secret: false, value: sw.syntax.slice(eq + 1), why: `read-only answered: ${sw.effect}` });
    applied.push({ switch: sw.syntax, why: `read-only answered: ${sw.effect}` });
  }
  if (!sw && caps(a)?.length === 1 && caps(a)?.[0] === 'read-only' && known) {
    const cfg = known.switches.find((w) => w.readOnly === true);
    notes.push(cfg ? `Read-only answered: set ${known.name}'s read-only switch, which lives outside the client entry: ${cfg.syntax} (${cfg.effect})` : `Read-only answered, but ${known.name} has no read-only switch: keep approval on for every tool that writes, sends or runs.`);
  }

  if (wantsContainer) {
    const name = image ? imageName(image) : `<registry>/${known?.id ?? 'mcp-server'}`;
    const digest = image && /@sha256:[0-9a-f]{64}$/.test(image) ? image.slice(image.indexOf('@')) : undefined;
    const ref = `${name}@${digest ? digest.slice(1) : 'sha256:<digest>'}`;
    if (!digest) {
      const v = versionOf(a, pkgAnswer);
      open.push(`Pin the image by digest: docker buildx imagetools inspect ${name}:${v.version ?? '<the tag you reviewed>'} --format '{{json .Manifest.Digest}}' prints it; write it in place of <digest>.`);
    }
    if (!image) notes.push(`${known?.name ?? 'This server'} publishes no image the knowledge base knows: build one from the reviewed package version (FROM a slim base, install the exact version, USER non-root) and push it to your own registry.`);
    const net = needsNetwork(a, known);
    const flags = [...HARDEN];
    if (net.yes) {
      flags.push({ words: ['--network', 'mcp-egress'], reason: `it needs the network (${net.why}): an internal network whose only way out is an egress proxy that allows the hosts it needs` });
      env.push({ name: 'HTTPS_PROXY', secret: false, value: 'http://mcp-egress-proxy:3128', why: 'all outbound traffic goes through the allow-listing proxy' });
      notes.push('Create the egress path once: docker network create --internal mcp-egress, then run a proxy (for example Squid or Envoy) attached to mcp-egress and to an outside network, allowing only the hosts this server needs.');
    } else {
      flags.push({ words: ['--network', 'none'], reason: net.why });
    }
    const dirArg = known?.switches.find((w) => w.kind === 'arg' && /director|folder|path|root/i.test(`${w.name} ${w.effect}`));
    if (dirArg) {
      const writes = caps(a)?.includes('file-write') ?? true;
      flags.push({ words: ['-v', `/path/to/project:/workspace${writes ? '' : ':ro'}`], reason: `only the project folder${writes ? '' : ', read-only (no file-write answered)'}` });
      serverArgs.push('/workspace');
      notes.push(`Replace /path/to/project with the one folder ${known?.name ?? 'the server'} needs; never your home folder or /.`);
    }
    const envWords = env.flatMap((e) => (e.secret ? ['-e', e.name] : ['-e', `${e.name}=${e.value ?? ''}`]));
    const args = ['run', ...flags.flatMap((f) => f.words), ...envWords, ref, ...serverArgs];
    return {
      mode: 'container',
      command: 'docker',
      args,
      env: env.filter((e) => e.secret),
      headers: [],
      flags: [...flags, ...env.map((e) => ({ words: e.secret ? ['-e', e.name] : ['-e', `${e.name}=${e.value ?? ''}`], reason: e.secret ? `passes ${e.name} from the client's environment into the container without writing its value` : e.why }))],
      notes,
      open,
      network: net.yes ? 'egress-allow-list' : 'none',
      applied,
      image: ref,
    };
  }

  // Package or binary, run as the user (isolation none) or inside a VM.
  const npm = known?.identifiers.npm?.[0];
  const pypi = known?.identifiers.pypi?.[0];
  const parsedAnswer = pkgAnswer ? splitPackageSpec(pkgAnswer, /==/.test(pkgAnswer) || (pypi !== undefined && !npm) ? 'PyPI' : 'npm') : undefined;
  const ecosystem: 'npm' | 'PyPI' = parsedAnswer && pypi && parsedAnswer.name === pypi ? 'PyPI' : parsedAnswer ? (/==/.test(pkgAnswer) ? 'PyPI' : npm || !pypi ? 'npm' : 'PyPI') : npm ? 'npm' : pypi ? 'PyPI' : 'npm';
  const pkgName = parsedAnswer?.name || (ecosystem === 'npm' ? npm : pypi);
  const v = versionOf(a, pkgAnswer);
  if (isolation === 'vm') notes.push('Run the client and this server inside the VM, with only the project files and the one credential it needs; nothing of the host is shared.');
  else if (isolation === 'none' || isolation === '') notes.push('This entry runs the server as you, with your files and credentials.');
  if (!pkgName && known?.identifiers.binary?.[0]) {
    return { mode: 'binary', command: known.identifiers.binary[0], args: serverArgs, env, headers: [], flags: [], notes: [...notes, `Install ${known.identifiers.binary[0]} from the publisher's release page (${known.publisher.verify.repository ?? known.publisher.name}) and check the release checksum.`], open, applied };
  }
  const name = pkgName || '<package>';
  if (!pkgName) open.push('The package was not given: write its exact name in place of <package>.');
  const version = v.version ?? '<exact version>';
  if (!v.given) open.push(`Pin the exact version you reviewed in place of <exact version> (${ecosystem === 'npm' ? `npm view ${name} version` : `pip index versions ${name}`} shows the newest; review it before you pin).`);
  const spec = `${name}@${version}`;
  const command = ecosystem === 'npm' ? 'npx' : 'uvx';
  const args = ecosystem === 'npm' ? ['-y', spec, ...serverArgs] : [spec, ...serverArgs];
  return { mode: 'package', command, args, env, headers: [], flags: [], notes, open, applied, packageSpec: spec };
}
