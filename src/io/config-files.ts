import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ConfigInput } from '../core/review/engine.js';
import { ancestors, CONTINUE_SERVER_DIR, PROJECT_FILES, userCandidates, type DiscoveryEnv } from '../core/review/discovery.js';
import { describeFsError } from './fs-errors.js';
import { UserError } from './errors.js';
import { readUserText } from './read-input.js';

/** This machine's discovery facts, from the environment variables DESIGN section 10 names. */
export function machineEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DiscoveryEnv {
  const out: DiscoveryEnv = { platform: process.platform, home: env.HOME || env.USERPROFILE || homedir(), cwd };
  if (env.APPDATA) out.appData = env.APPDATA;
  if (env.XDG_CONFIG_HOME) out.xdgConfigHome = env.XDG_CONFIG_HOME;
  if (env.CLAUDE_CONFIG_DIR) out.claudeConfigDir = env.CLAUDE_CONFIG_DIR;
  if (env.ProgramData) out.programData = env.ProgramData;
  if (env.CODEX_HOME) out.codexHome = env.CODEX_HOME;
  return out;
}

/** Read one config; any failure becomes the entry's error, never an exception. */
async function readOne(path: string, client?: string): Promise<ConfigInput> {
  const label = path === '-' ? '<stdin>' : path;
  try {
    const text = await readUserText(path);
    return { path: label, text, ...(client ? { client } : {}) };
  } catch (error) {
    const message = error instanceof UserError ? error.message : describeFsError(error);
    return { path: label, error: message.replace(`${path} `, '').replace(/^cannot read [^:]+: /, ''), ...(client ? { client } : {}) };
  }
}

type Probe = 'file' | 'missing' | { error: string } | 'dir';

function probe(path: string): Probe {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    return { error: describeFsError(error) };
  }
}

/** Project files in one folder, including Continue's one-file-per-server folder. */
function projectFilesIn(dir: string): { path: string; client: string; error?: string }[] {
  const out: { path: string; client: string; error?: string }[] = [];
  for (const { parts, client } of PROJECT_FILES) {
    const path = join(dir, ...parts);
    const p = probe(path);
    if (p === 'file') out.push({ path, client });
    else if (typeof p === 'object') out.push({ path, client, error: p.error });
  }
  const continueDir = join(dir, ...CONTINUE_SERVER_DIR);
  const p = probe(continueDir);
  if (p === 'dir') {
    try {
      for (const name of readdirSync(continueDir).sort()) {
        if (/\.(ya?ml|json)$/i.test(name)) out.push({ path: join(continueDir, name), client: 'continue' });
      }
    } catch (error) {
      out.push({ path: continueDir, client: 'continue', error: describeFsError(error) });
    }
  } else if (typeof p === 'object') out.push({ path: continueDir, client: 'continue', error: p.error });
  return out;
}

export interface CollectOptions {
  discover: boolean;
  env: DiscoveryEnv;
}

/**
 * The configs to review: the paths given (a folder means the project files in it, `-` is
 * standard input), then, unless discovery is off, every client's user, managed and project files
 * from the current folder up. Files that do not exist are skipped; files that exist but cannot be
 * read are kept with their error.
 */
export async function collectConfigs(paths: readonly string[], options: CollectOptions): Promise<ConfigInput[]> {
  const wanted: { path: string; client?: string; error?: string }[] = [];
  for (const given of paths) {
    if (given === '-') {
      wanted.push({ path: '-' });
      continue;
    }
    const path = resolve(options.env.cwd, given);
    const p = probe(path);
    if (p === 'dir') {
      const found = projectFilesIn(path);
      if (found.length === 0) wanted.push({ path, error: 'a folder with no MCP client config in it (looked for .mcp.json, .vscode/mcp.json, .cursor/mcp.json and the like)' });
      wanted.push(...found);
    } else if (p === 'missing') wanted.push({ path, error: 'no such file or folder' });
    else if (typeof p === 'object') wanted.push({ path, error: p.error });
    else wanted.push({ path });
  }
  if (options.discover) {
    for (const c of userCandidates(options.env)) {
      const p = probe(c.path);
      if (p === 'file') wanted.push({ path: c.path, client: c.client });
      else if (typeof p === 'object') wanted.push({ path: c.path, client: c.client, error: p.error });
    }
    for (const dir of ancestors(options.env.cwd, options.env.platform)) wanted.push(...projectFilesIn(dir));
  }
  const seen = new Set<string>();
  const out: ConfigInput[] = [];
  for (const w of wanted) {
    if (seen.has(w.path)) continue;
    seen.add(w.path);
    if (w.error) out.push({ path: w.path, error: w.error, ...(w.client ? { client: w.client } : {}) });
    else out.push(await readOne(w.path, w.client));
  }
  return out;
}
