import type { InterviewAnswers } from '../interview/questions.js';

export interface HardenedConfig {
  client: string;
  /** Where the entry goes. */
  file: string;
  language: 'json';
  text: string;
  notes: string[];
  /** The docker run flags used, when the server runs in a container. */
  dockerFlags: string[];
  /** Settings for a remote server, when the transport is HTTP. */
  remoteSettings: string[];
}

const str = (a: InterviewAnswers, id: string): string => (typeof a[id] === 'string' && a[id] !== 'unknown' ? (a[id] as string) : '');

/** A config key: the server name reduced to letters, digits, - and _. */
export function serverKey(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return key || 'server';
}

/** The hardening flags for `docker run` of a stdio server (DESIGN / lesson harden-the-container). */
export const DOCKER_FLAGS = [
  '--rm',
  '-i',
  '--read-only',
  '--tmpfs',
  '/tmp:rw,noexec,nosuid,size=64m',
  '--cap-drop',
  'ALL',
  '--security-opt',
  'no-new-privileges',
  '--user',
  '65532:65532',
  '--memory',
  '512m',
  '--cpus',
  '1',
  '--pids-limit',
  '128',
  '--network',
  'none',
];

function launch(a: InterviewAnswers): { command: string; args: string[]; notes: string[]; dockerFlags: string[] } {
  const notes: string[] = [];
  const isolation = str(a, 'isolation');
  const image = str(a, 'image');
  const pkg = str(a, 'package');
  const version = str(a, 'version');
  if (isolation === 'container' || isolation === 'container-hardened' || image) {
    const ref = image || (pkg ? `${pkg}@sha256:<digest of the reviewed image>` : '<image>@sha256:<digest>');
    if (!/@sha256:[0-9a-f]{64}$/.test(ref)) notes.push('Replace the image reference with its digest (docker buildx imagetools inspect IMAGE shows it); a tag can be moved.');
    notes.push('Add -e NAME for each secret the server needs (the value stays in the environment, never in this file), -v HOST:CONTAINER:ro only for folders it must read, and drop --network none only if it must reach the network, then through an allow-listed proxy.');
    return { command: 'docker', args: ['run', ...DOCKER_FLAGS, ref], notes, dockerFlags: DOCKER_FLAGS };
  }
  const name = pkg || '<package>';
  const pinned = version && !/^sha256:/.test(version) ? `${name.replace(/@[^@/]*$/, '')}@${version}` : `${name}@<exact version>`;
  if (!version) notes.push('Pin the exact version you reviewed in place of <exact version>.');
  if (isolation === 'none' || isolation === '') notes.push('This entry runs the server as you, with your files and credentials. Prefer the container form: answer the isolation question with a container to get it.');
  return { command: 'npx', args: ['-y', pinned], notes, dockerFlags: [] };
}

/** A client config entry for this server in the client's own format, with no secret in it. */
export function hardenedConfig(a: InterviewAnswers): HardenedConfig {
  const client = str(a, 'client') || 'claude-desktop';
  const key = serverKey(str(a, 'server'));
  const remote = str(a, 'transport').startsWith('http-');
  const notes: string[] = [];
  const remoteSettings: string[] = [];
  let entry: Record<string, unknown>;
  let dockerFlags: string[] = [];
  if (remote) {
    const url = str(a, 'url') || 'https://<server host>/mcp';
    if (url.startsWith('http://') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])/.test(url)) notes.push('The URL is plain HTTP to a host that is not this machine: use https://.');
    remoteSettings.push(
      'Serve only over HTTPS; reject plain HTTP.',
      'Require OAuth 2.1 with PKCE (S256); publish protected resource metadata (RFC 9728).',
      'Accept only tokens issued for this server (check the audience, RFC 8707); never pass a client token on to upstream APIs.',
      'Validate the Origin header and answer 403 for origins you do not expect.',
      'Rate-limit tool calls per client and log every call with a correlation id.',
    );
    entry = client === 'vscode' || client === 'claude-code' ? { type: 'http', url } : { url };
    notes.push('Sign in through the client (OAuth); no token goes in this file.');
  } else {
    const l = launch(a);
    notes.push(...l.notes);
    dockerFlags = l.dockerFlags;
    entry = { command: l.command, args: l.args };
    if (client === 'vscode') {
      entry = { type: 'stdio', ...entry, env: { API_TOKEN: '${input:api-token}' } };
      notes.push('VS Code prompts for api-token once and stores it outside the file (inputs with password: true). Rename API_TOKEN to the variable the server reads; remove env if it needs no secret.');
    } else if (client === 'claude-code') {
      entry = { ...entry, env: { API_TOKEN: '${API_TOKEN}' } };
      notes.push('Claude Code expands ${API_TOKEN} from your environment when it starts the server; set it from a keychain or secret manager, not in a committed file.');
    } else if (client === 'cursor') {
      entry = { ...entry, env: { API_TOKEN: '${env:API_TOKEN}' } };
      notes.push('Cursor reads ${env:API_TOKEN} from your environment; keep the value out of .cursor/mcp.json.');
    } else {
      notes.push('Claude Desktop has no secret prompt: set any token in the environment the app starts with, or run the server in a container that reads it from a file with mode 0600. Never write it into this file.');
    }
  }
  let doc: unknown;
  let file: string;
  if (client === 'vscode') {
    doc = remote
      ? { servers: { [key]: entry } }
      : { inputs: [{ type: 'promptString', id: 'api-token', description: `Token for ${key}`, password: true }], servers: { [key]: entry } };
    file = '.vscode/mcp.json (workspace) or the user mcp.json';
  } else if (client === 'claude-code') {
    doc = { mcpServers: { [key]: entry } };
    file = '.mcp.json (project) or ~/.claude.json (user)';
  } else if (client === 'cursor') {
    doc = { mcpServers: { [key]: entry } };
    file = '~/.cursor/mcp.json or .cursor/mcp.json';
  } else {
    doc = { mcpServers: { [key]: entry } };
    file = 'claude_desktop_config.json';
    if (client === 'other') notes.push('Shown in the common mcpServers format; adapt it to your client.');
  }
  return { client, file, language: 'json', text: JSON.stringify(doc, null, 2), notes, dockerFlags, remoteSettings };
}
