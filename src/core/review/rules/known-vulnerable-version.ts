import semver from 'semver';
import type { ReviewRule, ReviewSeverity, ServerEntry } from '../types.js';
import { ADVISORIES, type Advisory } from '../advisories.js';
import { commandName } from '../docker-args.js';
import { isExactVersion, packageArgument, splitSpec } from '../package-spec.js';

const NPM_RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
const RANK: Record<ReviewSeverity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

interface Spec {
  /** What precedes the spec in its word (`--package=`), kept by the fix. */
  prefix: string;
  spec: string;
  index: number;
}

/** Package specs an npm runner starts: the package argument and -p/--package values; `cmd /c npx ...` unwrapped. */
export function npmPackageSpecs(server: ServerEntry): Spec[] {
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

function affecting(name: string, version: string): Advisory[] {
  return ADVISORIES.filter((a) => a.package === name && semver.satisfies(version, a.affected, { includePrerelease: true }));
}

/** An exact package version that a published advisory lists as affected. */
export const knownVulnerableVersion: ReviewRule = {
  id: 'MCPR-VULN-001',
  category: 'known-vulnerable-version',
  title: 'Package version with a published advisory',
  why: 'Advisories describe version ranges, and a config pinned to an affected release runs it again on every start. mcp-remote before 0.1.16 (CVE-2025-6514, CVSS 3.1 9.6) lets a malicious remote server run OS commands on the user\'s machine through a crafted authorization_endpoint, and MCP Inspector before 0.14.1 (CVE-2025-49596) let any web page launch commands through its proxy.',
  howToFix: 'Move the pin to the fixed release named in the advisory (or a later one you have reviewed), and re-check advisories before every upgrade.',
  lesson: 'check-versions-against-advisories',
  check: (server) =>
    npmPackageSpecs(server).flatMap(({ prefix, spec, index }) => {
      const { name, version } = splitSpec(spec);
      if (!isExactVersion(version) || !semver.valid(version ?? '')) return [];
      const hits = affecting(name, version as string);
      if (hits.length === 0) return [];
      const severity = hits.reduce<ReviewSeverity>((s, a) => (RANK[a.severity] > RANK[s] ? a.severity : s), 'info');
      const fixed = hits.map((a) => a.fixed).sort(semver.rcompare)[0] as string;
      const what = hits.map((a) => `${a.ids.join(', ')} (${a.summary}${a.confirmed ? '' : '; reported, not confirmed'})`).join('; ');
      return [
        {
          severity,
          field: `args[${index}]`,
          message: `${server.name} starts ${name}@${version}, which is affected by ${what}; fixed in ${fixed}.`,
          evidence: spec,
          remediation: `Pin ${name}@${fixed} or a later release you have reviewed, then restart the client so the old copy is no longer used.`,
          fix: (entry: ServerEntry): ServerEntry => {
            const args = [...entry.args];
            if (args[index] !== prefix + spec) return entry;
            args[index] = `${prefix}${name}@${fixed}`;
            return { ...entry, args };
          },
        },
      ];
    }),
};
