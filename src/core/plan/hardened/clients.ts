import { stringify as tomlStringify } from 'smol-toml';
import type { Launch } from './launch.js';
import { stringify as yamlStringify } from 'yaml';

/** How one client keeps a secret out of its config file. */
export type SecretMechanism =
  | { kind: 'template'; ref: (name: string) => string; says: string }
  | { kind: 'input'; says: string }
  | { kind: 'pass-through'; says: string }
  | { kind: 'launch-env'; says: string };

export interface ClientFormat {
  id: string;
  name: string;
  /** Where the entry goes. */
  file: string;
  /** The path the self-check reviews it under (so the review recognises the client). */
  reviewPath: string;
  format: 'json' | 'yaml' | 'toml';
  secrets: SecretMechanism;
  /** The whole document holding the one entry. */
  document: (key: string, launch: Launch) => Record<string, unknown>;
}

type Obj = Record<string, unknown>;

function envBlock(launch: Launch, ref: ((name: string) => string) | undefined): Obj | undefined {
  if (launch.env.length === 0 || !ref) return undefined;
  return Object.fromEntries(launch.env.map((e) => [e.name, e.secret ? ref(e.name) : (e.value ?? '')]));
}

function headersBlock(launch: Launch, ref: ((name: string) => string) | undefined): Obj | undefined {
  if (launch.headers.length === 0) return undefined;
  return Object.fromEntries(launch.headers.map((h) => [h.name, h.secretEnv ? `${h.prefix ?? ''}${ref ? ref(h.secretEnv) : `<${h.secretEnv}>`}` : (h.value ?? '')]));
}

/** The common mcpServers entry: command/args/env or url/headers, with optional extra fields. */
function commonEntry(launch: Launch, ref: ((name: string) => string) | undefined, extra: { stdioType?: string; remoteType?: string; urlKey?: string } = {}): Obj {
  if (launch.mode === 'remote') {
    const headers = headersBlock(launch, ref);
    return { ...(extra.remoteType ? { type: extra.remoteType } : {}), [extra.urlKey ?? 'url']: launch.url, ...(headers ? { headers } : {}) };
  }
  const env = envBlock(launch, ref);
  return { ...(extra.stdioType ? { type: extra.stdioType } : {}), command: launch.command, args: launch.args, ...(env ? { env } : {}) };
}

/** Where a client without secret syntax reads a container's secrets from: a file only you can read. */
export function envFilePath(key: string): string {
  return `~/.config/mcp-secrets/${key}.env`;
}

/**
 * Clients with no secret syntax and a limited launch environment (Claude Desktop, Zed): a container
 * reads its secrets with --env-file from a file of mode 0600 instead of -e NAME.
 */
function withEnvFile(launch: Launch, key: string): Launch {
  if (launch.mode !== 'container' || !launch.env.some((e) => e.secret)) return launch;
  const secretWords = new Set(launch.env.filter((e) => e.secret).map((e) => e.name));
  const args: string[] = [];
  let added = false;
  for (let i = 0; i < launch.args.length; i += 1) {
    const w = launch.args[i] as string;
    if (w === '-e' && secretWords.has(launch.args[i + 1] ?? '')) {
      if (!added) args.push('--env-file', envFilePath(key));
      added = true;
      i += 1;
      continue;
    }
    args.push(w);
  }
  return { ...launch, args, env: launch.env.filter((e) => !e.secret) };
}

/** Launch-environment clients: non-secret settings still go in env; secrets come from an env file (containers) or the launch environment. */
function launchEnvEntry(launch0: Launch, key: string, extra: { urlKey?: string } = {}): Obj {
  const launch = withEnvFile(launch0, key);
  const settings = launch.env.filter((e) => !e.secret);
  const base = commonEntry({ ...launch, env: settings }, () => '', extra);
  if (launch.mode === 'remote' && launch.headers.some((h) => h.secretEnv)) {
    return { ...base, headers: Object.fromEntries(launch.headers.filter((h) => !h.secretEnv).map((h) => [h.name, h.value ?? ''])) };
  }
  return base;
}

const dollar = (name: string) => `\${${name}}`;
const envColon = (name: string) => `\${env:${name}}`;

export const CLIENT_FORMATS: ClientFormat[] = [
  {
    id: 'claude-desktop',
    name: 'Claude Desktop',
    file: 'claude_desktop_config.json',
    reviewPath: 'claude_desktop_config.json',
    format: 'json',
    secrets: { kind: 'launch-env', says: 'Claude Desktop has no secret syntax in its config and gives stdio servers only a few environment variables: the container reads the token from an env file only you can read (chmod 600), never from this file. Without a container, package the server as a Desktop Extension (.mcpb) whose user_config marks the token sensitive.' },
    document: (key, l) => ({ mcpServers: { [key]: launchEnvEntry(l, key) } }),
  },
  {
    id: 'claude-code',
    name: 'Claude Code',
    file: '.mcp.json (project, committed) or ~/.claude.json (user)',
    reviewPath: '.mcp.json',
    format: 'json',
    secrets: { kind: 'template', ref: dollar, says: 'Claude Code expands ${NAME} from your environment when it starts the server; the file holds only the reference.' },
    document: (key, l) => ({ mcpServers: { [key]: commonEntry(l, dollar, { stdioType: 'stdio', remoteType: 'http' }) } }),
  },
  {
    id: 'vscode',
    name: 'VS Code (.vscode/mcp.json)',
    file: '.vscode/mcp.json (workspace) or the user mcp.json',
    reviewPath: '.vscode/mcp.json',
    format: 'json',
    secrets: { kind: 'input', says: 'VS Code asks for each ${input:...} value once (password: true hides it) and stores it outside the file. Late-2026 VS Code calls this format "Local" and does not forward ${input:} servers to Copilot harness sessions; use the portable .mcp.json form there.' },
    document: (key, l) => {
      const secretNames = [...l.env.filter((e) => e.secret).map((e) => e.name), ...l.headers.flatMap((h) => (h.secretEnv ? [h.secretEnv] : []))];
      const id = (n: string) => `${key}-${n.toLowerCase().replace(/_/g, '-')}`;
      const ref = (n: string) => `\${input:${id(n)}}`;
      const inputs = secretNames.map((n) => ({ type: 'promptString', id: id(n), description: `${n} for ${key}`, password: true }));
      return { ...(inputs.length ? { inputs } : {}), servers: { [key]: commonEntry(l, ref, { stdioType: 'stdio', remoteType: 'http' }) } };
    },
  },
  {
    id: 'vscode-portable',
    name: 'VS Code and Copilot (portable .mcp.json)',
    file: '.mcp.json at the workspace root (read by VS Code, Copilot CLI and Claude Code)',
    reviewPath: '.mcp.json',
    format: 'json',
    secrets: { kind: 'template', ref: dollar, says: 'The portable format takes ${NAME} from the environment of the client that starts the server; the file holds only the reference.' },
    document: (key, l) => ({ mcpServers: { [key]: commonEntry(l, dollar, { stdioType: 'stdio', remoteType: 'http' }) } }),
  },
  {
    id: 'cursor',
    name: 'Cursor',
    file: '.cursor/mcp.json (project) or ~/.cursor/mcp.json (user)',
    reviewPath: '.cursor/mcp.json',
    format: 'json',
    secrets: { kind: 'template', ref: envColon, says: 'Cursor replaces ${env:NAME} with the variable from its environment; keep the value out of mcp.json.' },
    document: (key, l) => ({ mcpServers: { [key]: commonEntry(l, envColon) } }),
  },
  {
    id: 'windsurf',
    name: 'Windsurf',
    file: '~/.codeium/windsurf/mcp_config.json',
    reviewPath: '.codeium/windsurf/mcp_config.json',
    format: 'json',
    secrets: { kind: 'template', ref: envColon, says: 'Windsurf interpolates ${env:NAME} in env, args, URLs and headers from its environment.' },
    document: (key, l) => ({ mcpServers: { [key]: commonEntry(l, envColon, { urlKey: 'serverUrl' }) } }),
  },
  {
    id: 'gemini',
    name: 'Gemini CLI',
    file: '.gemini/settings.json (project) or ~/.gemini/settings.json (user)',
    reviewPath: '.gemini/settings.json',
    format: 'json',
    secrets: { kind: 'template', ref: (n) => `$${n}`, says: 'Gemini CLI expands $NAME from its own environment; it strips variables named like *TOKEN* or *KEY* from what servers inherit unless env lists them, so the entry names each one.' },
    document: (key, l) => ({ mcpServers: { [key]: commonEntry(l, (n) => `$${n}`, { urlKey: 'httpUrl' }) } }),
  },
  {
    id: 'zed',
    name: 'Zed',
    file: '~/.config/zed/settings.json or .zed/settings.json',
    reviewPath: '.zed/settings.json',
    format: 'json',
    secrets: { kind: 'launch-env', says: 'Zed documents no secret syntax for context servers: the container reads the token from an env file only you can read (chmod 600); without a container, start Zed with the token in its environment.' },
    document: (key, l) => ({ context_servers: { [key]: launchEnvEntry(l, key) } }),
  },
  {
    id: 'continue',
    name: 'Continue',
    file: '.continue/mcpServers/KEY.yaml',
    reviewPath: '.continue/mcpServers/server.yaml',
    format: 'yaml',
    secrets: { kind: 'template', ref: (n) => `\${{ secrets.${n} }}`, says: 'Continue resolves ${{ secrets.NAME }} from its secret store; the file holds only the reference.' },
    document: (key, l) => ({ name: key, version: '0.0.1', schema: 'v1', mcpServers: [{ name: key, ...commonEntry(l, (n) => `\${{ secrets.${n} }}`, { remoteType: 'streamable-http' }) }] }),
  },
  {
    id: 'cline',
    name: 'Cline',
    file: 'cline_mcp_settings.json (in the Cline extension\'s settings folder)',
    reviewPath: 'saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
    format: 'json',
    secrets: { kind: 'template', ref: envColon, says: 'Cline replaces ${env:NAME} anywhere in the entry with the variable from its environment.' },
    document: (key, l) => ({ mcpServers: { [key]: { ...commonEntry(l, envColon, { remoteType: 'streamableHttp' }), disabled: false, autoApprove: [] } } }),
  },
  {
    id: 'roo-code',
    name: 'Roo Code',
    file: '.roo/mcp.json (project) or mcp_settings.json (global)',
    reviewPath: '.roo/mcp.json',
    format: 'json',
    secrets: { kind: 'template', ref: envColon, says: 'Roo Code replaces ${env:NAME} with the variable from its environment.' },
    document: (key, l) => ({ mcpServers: { [key]: { ...commonEntry(l, envColon, { remoteType: 'streamable-http' }), alwaysAllow: [], disabled: false } } }),
  },
  {
    id: 'amazon-q',
    name: 'Amazon Q Developer',
    file: '.amazonq/mcp.json (workspace) or ~/.aws/amazonq/mcp.json (global)',
    reviewPath: '.amazonq/mcp.json',
    format: 'json',
    secrets: { kind: 'template', ref: envColon, says: 'Amazon Q replaces ${env:NAME} in env and headers from the shell that starts q (the Q CLI is in maintenance; Kiro CLI succeeds it).' },
    document: (key, l) => ({ mcpServers: { [key]: commonEntry(l, envColon) } }),
  },
  {
    id: 'codex',
    name: 'Codex',
    file: '~/.codex/config.toml',
    reviewPath: '.codex/config.toml',
    format: 'toml',
    secrets: { kind: 'pass-through', says: 'Codex passes the variables named in env_vars from its environment (and reads a remote bearer token from bearer_token_env_var); the file holds only names.' },
    document: (key, l) => {
      if (l.mode === 'remote') {
        const bearer = l.headers.find((h) => h.secretEnv && h.name.toLowerCase() === 'authorization');
        const other = l.headers.filter((h) => !h.secretEnv);
        const fromEnv = l.headers.filter((h) => h.secretEnv && h !== bearer);
        return { mcp_servers: { [key]: { url: l.url, ...(bearer ? { bearer_token_env_var: bearer.secretEnv } : {}), ...(other.length ? { http_headers: Object.fromEntries(other.map((h) => [h.name, h.value ?? ''])) } : {}), ...(fromEnv.length ? { env_http_headers: Object.fromEntries(fromEnv.map((h) => [h.name, h.secretEnv as string])) } : {}) } } };
      }
      const settings = l.env.filter((e) => !e.secret);
      const secrets = l.env.filter((e) => e.secret).map((e) => e.name);
      return { mcp_servers: { [key]: { command: l.command, args: l.args, ...(settings.length ? { env: Object.fromEntries(settings.map((e) => [e.name, e.value ?? ''])) } : {}), ...(secrets.length ? { env_vars: secrets } : {}) } } };
    },
  },
  {
    id: 'opencode',
    name: 'OpenCode',
    file: 'opencode.json (project) or ~/.config/opencode/opencode.json',
    reviewPath: 'opencode.json',
    format: 'json',
    secrets: { kind: 'template', ref: (n) => `{env:${n}}`, says: 'OpenCode substitutes {env:NAME} from its environment.' },
    document: (key, l) => {
      const ref = (n: string) => `{env:${n}}`;
      if (l.mode === 'remote') return { mcp: { [key]: { type: 'remote', url: l.url, ...(l.headers.length ? { headers: headersBlock(l, ref) } : {}), enabled: true } } };
      const env = envBlock(l, ref);
      return { mcp: { [key]: { type: 'local', command: [l.command, ...l.args], ...(env ? { environment: env } : {}), enabled: true } } };
    },
  },
  {
    id: 'kiro',
    name: 'Kiro',
    file: '.kiro/settings/mcp.json (workspace) or ~/.kiro/settings/mcp.json (user)',
    reviewPath: '.kiro/settings/mcp.json',
    format: 'json',
    secrets: { kind: 'template', ref: dollar, says: 'Kiro expands ${NAME} from its environment in env values and headers.' },
    document: (key, l) => ({ mcpServers: { [key]: { ...commonEntry(l, dollar), disabled: false, autoApprove: [] } } }),
  },
  {
    id: 'copilot',
    name: 'GitHub Copilot CLI',
    file: '~/.copilot/mcp-config.json',
    reviewPath: '.copilot/mcp-config.json',
    format: 'json',
    secrets: { kind: 'template', ref: dollar, says: 'Copilot CLI expands ${NAME} from its environment (servers inherit only PATH otherwise); the file holds only the reference.' },
    document: (key, l) => ({ mcpServers: { [key]: { ...commonEntry(l, dollar, { stdioType: 'local', remoteType: 'http' }), tools: ['*'] } } }),
  },
];

/** The format of a client id; VS Code Insiders writes like VS Code; "other" gets the common mcpServers shape. */
export function clientFormat(id: string): ClientFormat {
  const want = id === 'vscode-insiders' ? 'vscode' : id;
  return CLIENT_FORMATS.find((c) => c.id === want) ?? (CLIENT_FORMATS[0] as ClientFormat);
}

/** The document as the text of its file. */
export function documentText(format: ClientFormat['format'], doc: Record<string, unknown>): string {
  if (format === 'toml') return tomlStringify(doc).trim();
  if (format === 'yaml') return yamlStringify(doc).trim();
  return JSON.stringify(doc, null, 2);
}
