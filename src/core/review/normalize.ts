import { shellSplit as splitShell } from './shell-words.js';
import type { ParsedConfig, ServerEntry } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
// Plain loops: a file of thousands of servers reads these for every entry.
function strings(v: unknown): string[] {
  const out: string[] = [];
  if (Array.isArray(v)) for (let i = 0; i < v.length; i += 1) if (typeof v[i] === 'string') out.push(v[i] as string);
  return out;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const key of Object.keys(v)) {
    const x = v[key];
    // A key named __proto__ stays a key (an assignment would try to set the prototype instead).
    if (typeof x !== 'string' && typeof x !== 'number') continue;
    if (key === '__proto__') Object.defineProperty(out, key, { value: String(x), enumerable: true, writable: true, configurable: true });
    else out[key] = String(x);
  }
  return out;
}

/**
 * A whole command line written into `command` (args empty) occurs in the wild: split it into
 * words the way a shell would, keeping ${VAR} placeholders intact.
 */
export function splitCommand(command: string, args: string[]): { command: string; args: string[] } {
  if (args.length > 0 || !/\s/.test(command.trim())) return { command: command.trim(), args };
  const words = splitShell(command, (name) => `\${${name}}`).map((w) => (typeof w === 'string' ? w : 'op' in w ? String(w.op) : String(w)));
  const [first = '', ...rest] = words;
  return { command: first, args: rest };
}

function entry(name: string, raw: Obj, path: string, segments: Array<string | number>): ServerEntry {
  // OpenCode: command is one array; Zed (older): command is { path, args, env }.
  let command: string | undefined;
  let args = strings(raw.args);
  let env = stringMap(raw.env ?? raw.environment);
  if (Array.isArray(raw.command)) {
    const words = strings(raw.command);
    command = words[0];
    args = [...words.slice(1), ...args];
  } else if (isObj(raw.command)) {
    command = typeof raw.command.path === 'string' ? raw.command.path : undefined;
    args = strings(raw.command.args);
    env = { ...env, ...stringMap(raw.command.env) };
  } else if (typeof raw.command === 'string') {
    command = raw.command;
  }
  if (command !== undefined) ({ command, args } = splitCommand(command, args));
  const url = [raw.url, raw.serverUrl, raw.httpUrl].find((u): u is string => typeof u === 'string');
  // Codex: [mcp_servers.NAME] default_tools_approval_mode = "approve", or per tool [mcp_servers.NAME.tools.TOOL] approval_mode = "approve".
  const codexTools = isObj(raw.tools) ? Object.entries(raw.tools).filter(([, v]) => isObj(v) && v.approval_mode === 'approve').map(([k]) => k) : [];
  const approvals = [...strings(raw.alwaysAllow), ...strings(raw.autoApprove), ...codexTools];
  // Every entry has every field, in one order (absent ones undefined): the rules read entries of one
  // shape, which V8's property caches keep fast, instead of one shape per combination of fields.
  return {
    name,
    command,
    args,
    env,
    headers: { ...stringMap(raw.http_headers), ...stringMap(raw.headers) },
    // VS Code's sandboxEnabled runs the server in a sandbox and stops asking before its tool calls.
    autoApprove: raw.trust === true || raw.sandboxEnabled === true || raw.default_tools_approval_mode === 'approve' || approvals.includes('*') ? true : approvals,
    disabled: raw.disabled === true || raw.enabled === false,
    raw,
    path,
    segments,
    type: typeof raw.type === 'string' ? raw.type : undefined,
    url,
    identity: undefined,
  };
}

function fromMap(map: unknown, base: string, segments: Array<string | number>): ServerEntry[] {
  if (!isObj(map)) return [];
  // Names starting with _ are servers too when they say what to start (clients start them); a
  // `_comment` object without command or url is a note.
  const out: ServerEntry[] = [];
  for (const name of Object.keys(map)) {
    const v = map[name];
    if (isObj(v) && (!name.startsWith('_') || 'command' in v || 'url' in v || 'serverUrl' in v || 'httpUrl' in v)) out.push(entry(name, v, `${base}.${name}`, [...segments, name]));
  }
  return out;
}

/** Append without spreading: a spread of a list of 100,000 servers would overflow the call stack. */
function append(to: ServerEntry[], more: readonly ServerEntry[]): void {
  for (const s of more) to.push(s);
}

/**
 * Every server entry in a parsed client config, whatever the client: mcpServers (Claude, Cursor,
 * Windsurf, Gemini, Cline, Roo, Amazon Q, Kiro), servers (VS Code), mcp.servers (VS Code
 * settings), context_servers (Zed), mcp (OpenCode), mcp_servers (Codex), a list of servers
 * (Continue), and Claude Code's per-project entries.
 */
export function normalizeConfig(data: unknown): ParsedConfig {
  const servers: ServerEntry[] = [];
  const global: ParsedConfig['global'] = {};
  if (!isObj(data)) return { servers, global };
  if (Array.isArray(data.mcpServers)) {
    data.mcpServers.forEach((s, i) => {
      if (isObj(s)) servers.push(entry(typeof s.name === 'string' ? s.name : `server-${i + 1}`, s, `mcpServers[${i}]`, ['mcpServers', i]));
    });
  } else append(servers, fromMap(data.mcpServers, 'mcpServers', ['mcpServers']));
  append(servers, fromMap(data.servers, 'servers', ['servers']));
  append(servers, fromMap(data.context_servers, 'context_servers', ['context_servers']));
  append(servers, fromMap(data.mcp_servers, 'mcp_servers', ['mcp_servers']));
  if (isObj(data.mcp)) {
    if (isObj(data.mcp.servers)) append(servers, fromMap(data.mcp.servers, 'mcp.servers', ['mcp', 'servers']));
    else append(servers, fromMap(data.mcp, 'mcp', ['mcp']));
  }
  const allow: NonNullable<ParsedConfig['global']['mcpAllow']> = [];
  const mcpRules = (list: unknown, at: Array<string | number>, project?: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((r, i) => {
      if (typeof r === 'string' && /^mcp__/.test(r)) allow.push({ rule: r, at: [...at, i], ...(project !== undefined ? { project } : {}) });
    });
  };
  if (isObj(data.projects)) {
    // ~/.claude.json keeps, per project, its local servers and the answers given there (allowed tools, all project servers approved).
    for (const [project, value] of Object.entries(data.projects)) {
      if (!isObj(value)) continue;
      append(servers, fromMap(value.mcpServers, `projects.${project}.mcpServers`, ['projects', project, 'mcpServers']));
      mcpRules(value.allowedTools, ['projects', project, 'allowedTools'], project);
      if (value.enableAllProjectMcpServers === true) (global.enableAllProjects ??= []).push(project);
    }
  }
  if (typeof data.enableAllProjectMcpServers === 'boolean') global.enableAllProjectMcpServers = data.enableAllProjectMcpServers;
  if (isObj(data.permissions)) mcpRules(data.permissions.allow, ['permissions', 'allow']);
  if (allow.length) global.mcpAllow = allow;
  const sections = ['mcpServers', 'servers', 'context_servers', 'mcp_servers', 'mcp'].filter((k) => k in data).length + (isObj(data.projects) ? 1 : 0);
  return { servers, global, sections };
}
