import type { ServerEntry } from '../review/types.js';
import { dockerRun, splitImage } from '../review/docker-args.js';
import { commandBasename, launchedPackage, type LaunchedPackage } from './launchers.js';
import { normalizeImage, serverById, serverForPackage, serverForUrl, type Knowledge } from './knowledge.js';
import type { KnownServer } from './schema.js';

/** What a config entry runs, and the known server it is, if any. */
export interface Identity {
  kind: 'package' | 'image' | 'remote' | 'binary' | 'unknown';
  /** The package a launcher starts (npx, uvx --from, pipx run --spec, ...). */
  package?: LaunchedPackage;
  /** The container image of a docker/podman run line. */
  image?: { ref: string; name: string; tag?: string; digest?: string; index: number; engine: string };
  /** The remote endpoint: the entry's url, or the URL a stdio proxy such as mcp-remote connects to. */
  url?: string;
  /** The command's basename, for binaries. */
  binary?: string;
  /** The known server, and how it was recognised. */
  server?: KnownServer;
  matchedBy?: 'npm' | 'pypi' | 'image' | 'remote' | 'binary' | 'module' | 'installed-path';
  /** For a wrapper (bash -c, cmd /c, wsl ...): the known server it runs, found by the review's unwrapping. */
  wrapped?: KnownServer;
  /** For a proxy (mcp-remote): the known server at the other end. */
  remoteServer?: KnownServer;
  /** Index in args where the launcher's own arguments start (after cmd /c and similar wrappers). */
  offset: number;
  /** For an installed copy (python -m module, node .../node_modules/pkg/...): the index in args of the word that names it. */
  installedAt?: number;
}

/** `cmd /c X ...`, `cmd.exe /k X ...`: the command that actually runs and where its args start. */
export function unwrapCommand(command: string | undefined, args: readonly string[]): { command?: string; args: readonly string[]; offset: number } {
  if (command === undefined) return { args, offset: 0 };
  const cmd = commandBasename(command);
  if (cmd === 'cmd' && /^\/[ck]$/i.test(args[0] ?? '') && args[1] !== undefined) return { command: args[1], args: args.slice(2), offset: 2 };
  return { command, args, offset: 0 };
}

const URL_ARG = /^https?:\/\/\S+$/i;

/** The one identification function: review, plan, MCP mode and the TUI all call it. */
export function identifyEntry(entry: Pick<ServerEntry, 'command' | 'args' | 'url' | 'name'>, k: Knowledge): Identity {
  if (entry.url) {
    const server = serverForUrl(k, entry.url);
    return { kind: 'remote', url: entry.url, offset: 0, ...(server ? { server, matchedBy: 'remote' as const } : {}) };
  }
  const { command, args, offset } = unwrapCommand(entry.command, entry.args);
  if (command === undefined) return { kind: 'unknown', offset: 0 };
  const pkg = launchedPackage(command, args, offset);
  if (pkg) {
    const server = serverForPackage(k, pkg.ecosystem, pkg.name);
    const id: Identity = { kind: 'package', package: pkg, offset, ...(server ? { server, matchedBy: pkg.ecosystem === 'npm' ? ('npm' as const) : ('pypi' as const) } : {}) };
    const url = args.slice(pkg.index - offset + 1).find((a) => URL_ARG.test(a));
    if (url) {
      id.url = url;
      const remote = serverForUrl(k, url);
      if (remote && remote !== server) id.remoteServer = remote;
    }
    return id;
  }
  // Nothing unwrapped: parse the entry itself, so the container rules reuse the parse.
  const run = dockerRun(offset === 0 ? entry : { command, args: [...args] });
  if (run?.image) {
    const parts = splitImage(run.image.ref);
    const server = k.byImage.get(normalizeImage(parts.name));
    return {
      kind: 'image',
      image: { ref: run.image.ref, name: parts.name, ...(parts.tag ? { tag: parts.tag } : {}), ...(parts.digest ? { digest: parts.digest } : {}), index: run.image.index + offset, engine: run.engine },
      offset,
      ...(server ? { server, matchedBy: 'image' as const } : {}),
    };
  }
  const binary = commandBasename(command);
  const withSub = [binary, ...args.slice(0, 2)].join(' ').toLowerCase();
  const server = k.byBinary.get(withSub) ?? k.byBinary.get([binary, args[0] ?? ''].join(' ').toLowerCase()) ?? k.byBinary.get(binary);
  if (server) return { kind: 'binary', binary, offset, server, matchedBy: 'binary' };
  // An installed copy: python -m its_module, or node .../node_modules/@scope/pkg/dist/index.js.
  const installed = installedPackage(binary, args);
  // python -m pkg.server runs a module inside the package: try the dotted name, then its parents.
  const names = installed?.by === 'module' ? installed.name.split('.').map((_, i, parts) => parts.slice(0, parts.length - i).join('.')) : installed ? [installed.name] : [];
  const known = installed ? names.map((n) => serverForPackage(k, installed.ecosystem, n)).find(Boolean) : undefined;
  return { kind: 'binary', binary, offset, ...(known && installed ? { server: known, matchedBy: installed.by, installedAt: installed.index + offset } : {}) };
}

const PYTHON = /^(python(\d+(\.\d+)?)?|py)$/;
const NODE_MODULES_PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;

/**
 * The package an interpreter runs from where it is installed: `python -m mcp_server_fetch` (the
 * module's name is the PyPI name once normalised) or `node /.../node_modules/@scope/pkg/dist/index.js`
 * (the folder after node_modules is the npm name). Which version is installed the entry does not say.
 */
export function installedPackage(binary: string, args: readonly string[]): { ecosystem: 'npm' | 'PyPI'; name: string; by: 'module' | 'installed-path'; index: number } | undefined {
  const b = binary.toLowerCase().replace(/\.exe$/, '');
  if (PYTHON.test(b)) {
    const m = args.indexOf('-m');
    const mod = m >= 0 ? args[m + 1] : undefined;
    // Only flags may come before -m (python -u -m x); a script path before it is a script, not a module.
    if (mod && args.slice(0, m).every((a) => a.startsWith('-')) && /^[A-Za-z_][\w.]*$/.test(mod)) return { ecosystem: 'PyPI', name: mod, by: 'module', index: m + 1 };
    return undefined;
  }
  if (b === 'node' || b === 'bun' || b === 'deno') {
    const index = args.findIndex((a) => !a.startsWith('-'));
    const m = index >= 0 ? NODE_MODULES_PACKAGE.exec(args[index] as string) : null;
    if (m?.[1]) return { ecosystem: 'npm', name: m[1].replace(/\\/g, '/'), by: 'installed-path', index };
  }
  return undefined;
}

/** A short label for messages: "GitHub MCP Server (github, published by GitHub)". */
export function serverLabel(server: KnownServer): string {
  return `${server.name} (${server.id}, published by ${server.publisher.name})`;
}

export { serverById };
