import type { ReviewRule, ReviewSeverity, ServerEntry } from '../types.js';
import { perEntry } from '../per-entry.js';
import { commandName } from '../docker-args.js';
import { packageArgument, splitSpec } from '../package-spec.js';
import { advisoriesNaming, affects, safeVersion, type Advisory } from '../../servers/advisories.js';
import { EMPTY_KNOWLEDGE } from '../../servers/knowledge.js';
import type { Ecosystem } from '../../servers/schema.js';
import { isExactIn } from '../../servers/versions.js';

const NPM_RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
const RANK: Record<ReviewSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

interface Spec {
  /** What precedes the spec in its word (`--package=`), kept by the fix. */
  prefix: string;
  spec: string;
  index: number;
}

/** Package specs an npm runner starts: the package argument and -p/--package values; `cmd /c npx ...` unwrapped (once per entry: four rules ask). */
export const npmPackageSpecs: (server: ServerEntry) => readonly Spec[] = perEntry(findNpmPackageSpecs);

function findNpmPackageSpecs(server: ServerEntry): Spec[] {
  let runner = commandName(server.command);
  let args = server.args;
  let offset = 0;
  if (runner === 'cmd' && /^\/[ck]$/i.test(args[0] ?? '')) {
    runner = commandName(args[1]);
    args = args.slice(2);
    offset = 2;
  }
  if (!NPM_RUNNERS.has(runner)) return [];
  const specs: Spec[] = [];
  args.forEach((word, i) => {
    const prev = args[i - 1];
    if ((prev === '-p' || prev === '--package') && !word.startsWith('-')) specs.push({ prefix: '', spec: word, index: i + offset });
    const inline = /^(--package=)(.+)$/.exec(word);
    if (inline) specs.push({ prefix: inline[1] as string, spec: inline[2] as string, index: i + offset });
  });
  const arg = packageArgument(args);
  if (arg && !specs.some((s) => s.index === arg.index + offset)) specs.push({ prefix: '', spec: arg.spec, index: arg.index + offset });
  return specs;
}

interface Started {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  spec: string;
  prefix: string;
  index: number;
  pinStyle: '@' | '==';
}

/** Every exact package version the entry starts, from the identification of section 13 (plus extra npx -p packages). */
function startedPackages(server: ServerEntry): Started[] {
  const out: Started[] = [];
  const pkg = server.identity?.package;
  if (pkg && pkg.version !== undefined && isExactIn(pkg.ecosystem, pkg.version)) {
    out.push({ ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version, spec: pkg.spec, prefix: pkg.prefix, index: pkg.index, pinStyle: pkg.pinStyle });
  }
  for (const s of npmPackageSpecs(server)) {
    if (out.some((o) => o.index === s.index)) continue;
    const { name, version } = splitSpec(s.spec);
    if (version !== undefined && isExactIn('npm', version)) out.push({ ecosystem: 'npm', name, version, spec: s.spec, prefix: s.prefix, index: s.index, pinStyle: '@' });
  }
  return out;
}

const label = (a: Advisory): string => [a.id, ...a.aliases.filter((x) => x !== a.id)].join(', ');

/** An exact package version that a published advisory (built-in or imported) lists as affected. */
export const knownVulnerableVersion: ReviewRule = {
  id: 'MCPR-VULN-001',
  category: 'known-vulnerable-version',
  title: 'Package version with a published advisory',
  why: 'Advisories describe version ranges, and a config pinned to an affected release runs it again on every start. mcp-remote before 0.1.16 (CVE-2025-6514, CVSS 3.1 9.6) lets a malicious remote server run OS commands on the user\'s machine through a crafted authorization_endpoint, and MCP Inspector before 0.14.1 (CVE-2025-49596) let any web page launch commands through its proxy.',
  howToFix: 'Move the pin to the fixed release named in the advisory (or a later one you have reviewed), and re-check advisories before every upgrade.',
  lesson: 'check-versions-against-advisories',
  check: (server, config) => {
    const advisories = (config.knowledge ?? EMPTY_KNOWLEDGE).advisories;
    if (advisories.length === 0) return [];
    return startedPackages(server).flatMap((p) => {
      const naming = advisoriesNaming(advisories, p.ecosystem, p.name);
      if (naming.length === 0) return [];
      const hits = naming.filter((a) => affects(a, p.ecosystem, p.name, p.version));
      if (hits.length === 0) return [];
      const severity = hits.reduce<ReviewSeverity>((s, a) => (RANK[a.severity] > RANK[s] ? a.severity : s), 'info');
      const fixed = safeVersion(naming, p.ecosystem, p.name, p.version);
      const what = hits.map((a) => `${label(a)} (${a.summary}${a.origin === 'imported' ? '; imported record' : ''}${a.unrated ? '; unrated' : ''})`).join('; ');
      const pinned = fixed === undefined ? undefined : p.pinStyle === '==' ? `${p.name}==${fixed}` : `${p.name}@${fixed}`;
      return [
        {
          severity,
          field: `args[${p.index}]`,
          message: `${server.name} starts ${p.name} ${p.version} (${p.ecosystem}), which is affected by ${what}; ${fixed ? `fixed in ${fixed}` : 'no fixed release is known'}.`,
          evidence: p.spec,
          remediation: pinned
            ? `Pin ${pinned} or a later release you have reviewed, then restart the client so the old copy is no longer used.`
            : `No release outside the affected range is known: remove ${p.name} or replace it with a maintained server, and watch the advisory for a fix.`,
          ...(pinned
            ? {
                fix: (entry: ServerEntry): ServerEntry => {
                  const args = [...entry.args];
                  if (args[p.index] !== p.prefix + p.spec) return entry;
                  args[p.index] = `${p.prefix}${pinned}`;
                  return { ...entry, args };
                },
              }
            : {}),
        },
      ];
    });
  },
};
