import { stringify as toToml } from 'smol-toml';
import { stringify as toYaml } from 'yaml';
import type { ConfigFormat } from './parse.js';
import type { ServerEntry } from './types.js';

/**
 * The entry as the client writes it, with the fixed command, args, env, headers and URL put
 * back where they came from (a command array for OpenCode, { path, args } for older Zed).
 */
export function fixedEntryObject(entry: ServerEntry): Record<string, unknown> {
  const out: Record<string, unknown> = { ...entry.raw };
  const words = entry.command === undefined ? undefined : [entry.command, ...entry.args];
  if (Array.isArray(entry.raw.command)) {
    out.command = words;
    delete out.args;
  } else if (entry.raw.command !== null && typeof entry.raw.command === 'object') {
    out.command = { ...(entry.raw.command as Record<string, unknown>), path: entry.command, args: entry.args };
  } else if (entry.command !== undefined) {
    out.command = entry.command;
    if (entry.args.length > 0 || 'args' in entry.raw) {
      // keep args right after command, where people write them
      const rest = Object.entries(out).filter(([k]) => k !== 'args' && k !== 'command');
      for (const k of Object.keys(out)) delete out[k];
      Object.assign(out, { command: entry.command, args: entry.args }, Object.fromEntries(rest));
    }
  }
  if (Object.keys(entry.env).length > 0) {
    if ('environment' in entry.raw) out.environment = entry.env;
    else out.env = entry.env;
  }
  if (Object.keys(entry.headers).length > 0) out.headers = entry.headers;
  if (entry.autoApprove !== true) {
    if (entry.raw.trust === true) out.trust = false;
    for (const key of ['alwaysAllow', 'autoApprove']) if (Array.isArray(entry.raw[key])) out[key] = entry.autoApprove;
  }
  if (entry.url !== undefined) {
    const key = ['url', 'serverUrl', 'httpUrl'].find((k) => typeof entry.raw[k] === 'string') ?? 'url';
    out[key] = entry.url;
  }
  return out;
}

/** The fixed entry in its file's format (JSON, YAML or TOML), under its name, ready to paste over the old one. */
export function fixedEntryText(entry: ServerEntry, format: ConfigFormat = 'json'): string {
  const object = fixedEntryObject(entry);
  if (format === 'toml') return toToml({ mcp_servers: { [entry.name]: object } }).trim();
  if (format === 'yaml') return toYaml(entry.path.endsWith(']') ? [object] : { [entry.name]: object }).trim();
  return JSON.stringify({ [entry.name]: object }, null, 2);
}
