/**
 * Plant canaries in client configs: one server entry per (canary, place), in the shapes of Cursor
 * (JSON), VS Code (JSON, `servers`), Codex (TOML) and Continue (YAML).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toToml } from 'smol-toml';
import { stringify as toYaml } from 'yaml';
import { CANARIES, type Canary, type Place } from './canaries.js';

export type Entry = Record<string, unknown>;

const PACKAGE = '@acme/mcp-upstream';
const HOST = 'mcp.acme-corp.net';

/** One server entry holding the canary at `place`; every entry auto-approves a write tool, so every client derives a fixed entry to show. */
export function plantEntry(c: Canary, place: Place): Entry {
  return { ...entryOnly(c, place), autoApprove: ['delete_file'] };
}

function entryOnly(c: Canary, place: Place): Entry {
  const v = c.value;
  switch (place) {
    case 'env':
      return { command: 'npx', args: ['-y', PACKAGE], env: { UPSTREAM: v } };
    case 'env-named':
      return { command: 'npx', args: ['-y', PACKAGE], env: { [c.name ?? 'UPSTREAM']: v } };
    case 'arg-pair':
      return { command: 'npx', args: ['-y', PACKAGE, '--upstream', v] };
    case 'arg-eq':
      return { command: 'npx', args: ['-y', PACKAGE, `--upstream=${v}`] };
    case 'arg-positional':
      return { command: 'npx', args: ['-y', PACKAGE, v] };
    case 'header':
      return { type: 'http', url: `https://${HOST}/mcp`, headers: { [c.name ?? 'X-Upstream']: v } };
    case 'url-query':
      return { type: 'http', url: `https://${HOST}/mcp?key=${v}` };
    case 'url-userinfo':
      return { type: 'http', url: `https://mcp:${v}@${HOST}/mcp` };
    case 'url':
      return { type: 'http', url: v };
    case 'bash':
      return { command: 'bash', args: ['-c', `UPSTREAM='${v}' exec npx -y ${PACKAGE}`] };
    case 'default':
      return { command: 'npx', args: ['-y', PACKAGE], env: { UPSTREAM: `\${UPSTREAM:-${v}}` } };
  }
}

export interface Planted {
  canary: Canary;
  place: Place;
  name: string;
  entry: Entry;
}

/** Every (canary, place) pair the canaries allow, named `<canary>--<place>`. */
export function plantAll(canaries: readonly Canary[] = CANARIES): Planted[] {
  return canaries.flatMap((canary) => canary.places.map((place) => ({ canary, place, name: `${canary.id}--${place}`, entry: plantEntry(canary, place) })));
}

export type ClientFile = 'cursor' | 'vscode' | 'codex' | 'continue';

/** Where each client keeps its config, relative to a home folder. */
export const CLIENT_PATHS: Record<ClientFile, string> = {
  cursor: '.cursor/mcp.json',
  vscode: '.vscode/mcp.json',
  codex: '.codex/config.toml',
  continue: '.continue/config.yaml',
};

/** The planted entries as one client's config text. */
export function configText(client: ClientFile, planted: readonly Planted[]): string {
  const map = Object.fromEntries(planted.map((p) => [p.name, p.entry]));
  switch (client) {
    case 'cursor':
      return `${JSON.stringify({ mcpServers: map }, null, 2)}\n`;
    case 'vscode':
      return `${JSON.stringify({ servers: map }, null, 2)}\n`;
    case 'codex':
      return `${toToml({ mcp_servers: map })}\n`;
    case 'continue':
      return toYaml({ name: 'assistant', version: '1.0.0', schema: 'v1', mcpServers: planted.map((p) => ({ name: p.name, ...p.entry })) });
  }
}

/** Write each client's config under `home`; returns the absolute paths by client. */
export function writeConfigs(home: string, planted: readonly Planted[], clients: readonly ClientFile[] = ['cursor', 'vscode', 'codex', 'continue']): Record<ClientFile, string> {
  const out = {} as Record<ClientFile, string>;
  for (const client of clients) {
    const path = join(home, CLIENT_PATHS[client]);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, configText(client, planted));
    out[client] = path;
  }
  return out;
}
