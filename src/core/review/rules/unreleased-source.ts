import type { ReviewRule, ServerEntry } from '../types.js';
import { commandName } from '../docker-args.js';
import { isPlaceholder } from '../placeholders.js';
import { npmPackageSpecs } from './known-vulnerable-version.js';

/** Options of uvx and pipx run whose value names what to install. */
const PYTHON_SOURCE_OPTIONS = new Set(['--from', '--spec', '--with']);

/** What kind of non-registry source a spec is, if it is one. */
export function unreleasedKind(spec: string, npm: boolean): string | undefined {
  const s = spec.trim();
  if (s === '' || isPlaceholder(s)) return undefined;
  if (/^(github|gitlab|bitbucket|gist):/i.test(s)) return 'a git repository';
  if (/^git(\+[a-z]+)?:\/\/|^git\+|^git@|\s@\s*git\+/i.test(s)) return 'a git repository';
  if (/^https?:\/\/|\s@\s*https?:\/\//i.test(s)) return /\.git(#.*)?$/i.test(s) ? 'a git repository' : 'a file downloaded from a URL';
  // npm reads user/repo (one slash, no @scope, not a path) as a GitHub repository.
  if (npm && /^[A-Za-z0-9][\w.-]*\/[\w.-]+(#.+)?$/.test(s) && !/^\.{1,2}\//.test(s)) return 'a GitHub repository (user/repo shorthand)';
  return undefined;
}

/** A commit id at the end of the spec (#<sha> or @<sha>): the code is fixed, though still not a release. */
const pinnedToCommit = (spec: string): boolean => /[#@][0-9a-f]{40}$/i.test(spec.trim());

/** Options of uvx and pipx run that take some other value. */
const PYTHON_VALUE_OPTIONS = new Set(['--python', '-p', '--index', '--index-url', '--default-index', '--extra-index-url', '-i', '--pip-args', '--constraints', '-c', '--with-requirements', '--python-preference']);

/** The package specs a runner installs, with their index in args and whether npm reads them. */
function sources(server: ServerEntry): { spec: string; index: number; npm: boolean }[] {
  const npm = npmPackageSpecs(server).map(({ spec, index }) => ({ spec, index, npm: true }));
  if (npm.length > 0) return npm;
  const runner = commandName(server.command);
  if (runner !== 'uvx' && runner !== 'pipx') return [];
  const out: { spec: string; index: number; npm: boolean }[] = [];
  for (let i = runner === 'pipx' && server.args[0] === 'run' ? 1 : 0; i < server.args.length; i += 1) {
    const word = server.args[i] as string;
    const eq = word.indexOf('=');
    const option = eq > 0 ? word.slice(0, eq) : word;
    if (PYTHON_SOURCE_OPTIONS.has(option)) {
      if (eq > 0) out.push({ spec: word.slice(eq + 1), index: i, npm: false });
      else if (i + 1 < server.args.length) out.push({ spec: server.args[(i += 1)] as string, index: i, npm: false });
      continue;
    }
    if (word.startsWith('-')) {
      if (eq < 0 && PYTHON_VALUE_OPTIONS.has(word)) i += 1;
      continue;
    }
    out.push({ spec: word, index: i, npm: false });
    break;
  }
  return out;
}

/** A server installed from a git repository, a shorthand or a URL instead of a registry release. */
export const unreleasedSource: ReviewRule = {
  id: 'MCPR-SRC-002',
  category: 'untrusted-source',
  title: 'Package started from a repository or URL, not a registry release',
  why: 'npx github:user/repo, npx user/repo and uvx --from git+https://... install whatever the repository\'s branch or the URL holds at each start: there is no version to pin or look up in an advisory database, and no registry record of who published it. One push to that branch, by its owner or by whoever takes over the account, changes the code your client runs, as postmark-mcp did through a routine release.',
  howToFix: 'Start a released version from the registry (name@1.2.3 or name==1.2.3); if the server is only on GitHub, pin a reviewed commit and build it yourself.',
  lesson: 'trust-before-install',
  check: (server) =>
    sources(server).flatMap(({ spec, index, npm }) => {
      const kind = unreleasedKind(spec, npm);
      if (!kind) return [];
      const pinned = pinnedToCommit(spec);
      const shown = spec.replace(/\/\/[^/@\s]+@/, '//…@');
      return [
        {
          severity: pinned ? ('low' as const) : ('medium' as const),
          field: `args[${index}]`,
          message: pinned
            ? `${server.name} installs from ${kind} pinned to one commit (${shown}): the code is fixed, but it is no registry release with a publisher record or advisories.`
            : `${server.name} installs from ${kind} (${shown}), not a registry release: whatever it holds at each start runs, with no version to pin or check against advisories.`,
          evidence: shown.length > 80 ? `${shown.slice(0, 79)}…` : shown,
          remediation: pinned
            ? `Prefer a released version of the package for ${server.name}; keep the commit pin until one exists.`
            : `Replace ${shown} with a released version from the registry, or at least pin a reviewed commit (#<sha>).`,
        },
      ];
    }),
};
