import type { Ecosystem } from './schema.js';

/** A package a launcher fetches and starts, as written in a config entry. */
export interface LaunchedPackage {
  /** How it is started: npx, bunx, pnpx, pnpm dlx, yarn dlx, npm exec, uvx, uv tool run, pipx run. */
  launcher: string;
  ecosystem: Ecosystem;
  /** The package name (for uvx --from PKG CMD: PKG, never CMD). */
  name: string;
  /** The version as written: exact, a range, a tag such as latest, or undefined. */
  version?: string;
  /** The whole spec word (or its value part after --package=) and where it sits in args. */
  spec: string;
  index: number;
  /** Text before the spec inside its word (`--package=`, `--from=`), kept by fixes. */
  prefix: string;
  /** How the version is written when pinned: name@1.2.3 (npm, uvx) or name==1.2.3 (pip, pipx). */
  pinStyle: '@' | '==';
}

/** Basenames already worked out: a file of thousands of servers starts the same few commands. */
const basenames = new Map<string, string>();

function basename(command: string): string {
  let name = basenames.get(command);
  if (name === undefined) {
    if (basenames.size >= 1_000) basenames.clear();
    name = command.split(/[\\/]/).pop()?.replace(/\.(cmd|exe|ps1|bat)$/i, '').toLowerCase() ?? '';
    basenames.set(command, name);
  }
  return name;
}

/** Options of each launcher family that take a value (so the value is never read as the package). */
const NPM_VALUE_OPTIONS = new Set(['-p', '--package', '-c', '--call', '--registry', '--cache', '--userconfig', '-w', '--workspace', '--prefix']);
const UV_VALUE_OPTIONS = new Set(['--from', '--with', '-w', '--with-editable', '--with-requirements', '-p', '--python', '--index', '--index-url', '-i', '--extra-index-url', '--default-index', '-f', '--find-links', '--directory', '--project', '--config-file', '--cache-dir', '--constraints', '-c', '--overrides', '--build-constraints', '-b', '--color', '--index-strategy', '--keyring-provider', '--resolution', '--prerelease', '--exclude-newer', '--refresh-package', '--reinstall-package', '--upgrade-package', '-P', '--env-file', '--python-platform']);
const PIPX_VALUE_OPTIONS = new Set(['--spec', '--python', '--index-url', '-i', '--pip-args', '--fetch-python']);

/** Split `name@version` (npm, uvx) or `name==version` / `name[extra]==version` (pip). */
export function splitPackageSpec(spec: string, ecosystem: Ecosystem): { name: string; version?: string; pinStyle: '@' | '==' } {
  if (ecosystem === 'PyPI') {
    const eq = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(===?|~=|>=|<=|!=|>|<)\s*(.+)$/.exec(spec);
    if (eq) {
      const op = eq[3] as string;
      return { name: eq[1] as string, version: op === '==' || op === '===' ? (eq[4] as string) : `${op}${eq[4] as string}`, pinStyle: '==' };
    }
    const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?@(.+)$/.exec(spec);
    if (at && !/^(git\+|https?:)/.test(spec)) return { name: at[1] as string, version: at[3] as string, pinStyle: '@' };
    const bare = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?$/.exec(spec);
    return { name: bare ? (bare[1] as string) : spec, pinStyle: '==' };
  }
  const at = spec.lastIndexOf('@');
  if (at > 0) return { name: spec.slice(0, at), version: spec.slice(at + 1), pinStyle: '@' };
  return { name: spec, pinStyle: '@' };
}

function firstPositional(args: readonly string[], from: number, valueOptions: Set<string>): number | undefined {
  for (let i = from; i < args.length; i += 1) {
    const word = args[i] as string;
    if (word === '--') return i + 1 < args.length ? i + 1 : undefined;
    if (valueOptions.has(word)) {
      i += 1;
      continue;
    }
    if (word.startsWith('-')) continue;
    return i;
  }
  return undefined;
}

function optionValue(args: readonly string[], from: number, names: string[]): { value: string; index: number; prefix: string } | undefined {
  for (let i = from; i < args.length; i += 1) {
    const word = args[i] as string;
    if (word === '--') return undefined;
    if (names.includes(word) && i + 1 < args.length) return { value: args[i + 1] as string, index: i + 1, prefix: '' };
    for (const n of names) {
      if (n.startsWith('--') && word.startsWith(`${n}=`)) return { value: word.slice(n.length + 1), index: i, prefix: `${n}=` };
    }
  }
  return undefined;
}

function make(launcher: string, ecosystem: Ecosystem, word: { value: string; index: number; prefix: string }): LaunchedPackage {
  const parts = splitPackageSpec(word.value, ecosystem);
  return {
    launcher,
    ecosystem,
    name: parts.name,
    ...(parts.version !== undefined ? { version: parts.version } : {}),
    spec: word.value,
    index: word.index,
    prefix: word.prefix,
    pinStyle: parts.pinStyle,
  };
}

/**
 * The package a launcher starts: npx, bunx, pnpx, `pnpm dlx`, `yarn dlx`, `npm exec`/`npm x`,
 * uvx (with --from), `uv tool run`, `pipx run` (with --spec). `args` are the launcher's own
 * arguments and `offset` their index in the entry's args (after any wrapper).
 */
export function launchedPackage(command: string, args: readonly string[], offset = 0): LaunchedPackage | undefined {
  const cmd = basename(command);
  const at = (w: { value: string; index: number; prefix: string }) => ({ ...w, index: w.index + offset });
  const npmStyle = (launcher: string, start: number): LaunchedPackage | undefined => {
    const opt = optionValue(args, start, ['-p', '--package']);
    if (opt) return make(launcher, 'npm', at(opt));
    const i = firstPositional(args, start, NPM_VALUE_OPTIONS);
    return i === undefined ? undefined : make(launcher, 'npm', at({ value: args[i] as string, index: i, prefix: '' }));
  };
  if (cmd === 'npx' || cmd === 'bunx' || cmd === 'pnpx') return npmStyle(cmd, 0);
  if (cmd === 'bun' && args[0] === 'x') return npmStyle('bun x', 1);
  if ((cmd === 'pnpm' || cmd === 'yarn') && args.indexOf('dlx') >= 0) return npmStyle(`${cmd} dlx`, args.indexOf('dlx') + 1);
  if (cmd === 'npm' && (args[0] === 'exec' || args[0] === 'x')) return npmStyle(`npm ${args[0]}`, 1);
  const uvStyle = (launcher: string, start: number): LaunchedPackage | undefined => {
    const from = optionValue(args, start, ['--from']);
    if (from) return make(launcher, 'PyPI', at(from));
    const i = firstPositional(args, start, UV_VALUE_OPTIONS);
    return i === undefined ? undefined : make(launcher, 'PyPI', at({ value: args[i] as string, index: i, prefix: '' }));
  };
  if (cmd === 'uvx') return uvStyle('uvx', 0);
  if (cmd === 'uv' && args[0] === 'tool' && args[1] === 'run') return uvStyle('uv tool run', 2);
  if (cmd === 'uv' && args[0] === 'tool' && args[1] === 'install') return uvStyle('uv tool install', 2);
  if (cmd === 'pipx' && args[0] === 'run') {
    const spec = optionValue(args, 1, ['--spec']);
    if (spec) return make('pipx run', 'PyPI', at(spec));
    const i = firstPositional(args, 1, PIPX_VALUE_OPTIONS);
    return i === undefined ? undefined : make('pipx run', 'PyPI', at({ value: args[i] as string, index: i, prefix: '' }));
  }
  return undefined;
}

export { basename as commandBasename };
