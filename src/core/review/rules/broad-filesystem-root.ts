import { posix, win32 } from 'node:path';
import type { ReviewRule, ServerEntry } from '../types.js';
import { commandName } from '../docker-args.js';
import { splitSpec } from '../package-spec.js';
import { npmPackageSpecs } from './known-vulnerable-version.js';

const PACKAGES = new Set(['@modelcontextprotocol/server-filesystem']);
/** Installed binaries: the official package's bin and mark3labs' Go server; both take directories as arguments. */
const BINARIES = new Set(['mcp-server-filesystem', 'mcp-filesystem-server']);
const HOME_VARIABLES = new Set(['~', '$home', '${home}', '${env:home}', '${env:userprofile}', '${userhome}', '%userprofile%', '$env:userprofile', '%homedrive%%homepath%']);
const NOT_A_USER = new Set(['shared', 'public', 'default']);

/** Why a directory is too broad: the filesystem root, a drive, a home directory; undefined when it is not. */
export function broadDirectory(raw: string): string | undefined {
  const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (value === '') return undefined;
  const home = value.replace(/[\\/]+$/, '').toLowerCase();
  if (HOME_VARIABLES.has(home) || /^~[a-z0-9._-]*$/i.test(home)) return 'the whole home directory';
  if (/^[a-z]:([\\/].*)?$/i.test(value)) {
    const parts = win32.normalize(value).split('\\').filter(Boolean);
    if (parts.length === 1) return `the whole ${value.slice(0, 1).toUpperCase()}: drive`;
    if ((parts[1] as string).toLowerCase() !== 'users') return undefined;
    if (parts.length === 2) return 'every user\'s home directory';
    return parts.length === 3 && !NOT_A_USER.has((parts[2] as string).toLowerCase()) ? 'the whole home directory' : undefined;
  }
  if (!value.startsWith('/')) return undefined;
  const parts = posix.normalize(value).split('/').filter(Boolean);
  if (parts.length === 0) return 'the whole filesystem';
  if (parts[0] === 'mnt' && /^[a-z]$/i.test(parts[1] ?? '')) return broadDirectory(`${parts[1]}:\\${parts.slice(2).join('\\')}`);
  if (parts.length === 1 && (parts[0] === 'home' || parts[0] === 'Users')) return 'every user\'s home directory';
  if (parts.length === 1 && parts[0] === 'root') return 'the whole home directory of root';
  if (parts.length === 2 && (parts[0] === 'home' || parts[0] === 'Users') && !NOT_A_USER.has((parts[1] as string).toLowerCase())) return 'the whole home directory';
  return undefined;
}

/** The directories a filesystem server started on the host is given as arguments, with their index in args. */
function allowedDirectories(server: ServerEntry): { server: string; dirs: { value: string; index: number }[] } | undefined {
  const name = commandName(server.command);
  const after = (from: number) => server.args.map((value, index) => ({ value, index })).filter((d) => d.index > from && !d.value.startsWith('-'));
  const spec = npmPackageSpecs(server).find((s) => PACKAGES.has(splitSpec(s.spec).name));
  if (spec) return { server: splitSpec(spec.spec).name, dirs: after(spec.index) };
  if (BINARIES.has(name)) return { server: name, dirs: after(-1) };
  if (name === 'node') {
    const entry = server.args.findIndex((a) => /server-filesystem[\\/]dist[\\/]index\.js$/i.test(a));
    return entry >= 0 ? { server: '@modelcontextprotocol/server-filesystem', dirs: after(entry) } : undefined;
  }
  // Containers (mcp/filesystem and others) are left to MCPR-MNT-002, which judges the host paths they mount.
  return undefined;
}

/** A filesystem server allowed into /, a drive or a home directory. */
export const broadFilesystemRoot: ReviewRule = {
  id: 'MCPR-FS-001',
  category: 'broad-filesystem-access',
  title: 'Filesystem server allowed into the root or home directory',
  why: 'A filesystem server lets any tool call read and write everything under its allowed directories, and what it reads goes into the model\'s context, where an injected instruction can send it on. Given / or a home directory, that includes ~/.ssh keys, cloud credentials in ~/.aws and browser profiles; and older releases of @modelcontextprotocol/server-filesystem could even be escaped with symlinks (CVE-2025-53109).',
  howToFix: 'Give the server only the project directory it works on (several narrow directories if needed), never / or a home directory.',
  lesson: 'least-privilege-by-design',
  check: (server) => {
    const found = allowedDirectories(server);
    if (!found) return [];
    return found.dirs.flatMap(({ value, index }) => {
      const scope = broadDirectory(value);
      if (!scope) return [];
      return [
        {
          severity: 'high' as const,
          field: `args[${index}]`,
          message: `${server.name} gives ${found.server} ${scope} (${value}): every tool call can read and write ~/.ssh, ~/.aws, browser profiles and other secrets there.`,
          evidence: value,
          remediation: `Replace ${value} in the args of ${server.name} with the project directory the server actually needs, such as ~/projects/<name>.`,
        },
      ];
    });
  },
};
