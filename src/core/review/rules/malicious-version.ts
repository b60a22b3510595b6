import type { ReviewRule } from '../types.js';
import { isExactIn, packageKey, satisfiesRange } from '../../servers/versions.js';

/** A package version that the knowledge base records as malicious (a takeover or a backdoored release). */
export const maliciousVersion: ReviewRule = {
  id: 'MCPR-MAL-001',
  category: 'untrusted-source',
  title: 'Version known to be malicious',
  why: 'Some MCP packages were fine until one release was not: postmark-mcp 1.0.16 quietly copied every email it sent to its author. A config that runs such a version, or an unpinned one that can resolve to it, hands the server\'s data and credentials to an attacker.',
  howToFix: 'Remove the entry at once, rotate every credential it was given, and look for what it sent; then choose a server whose releases you can verify.',
  lesson: 'trust-before-install',
  check: (server) => {
    const known = server.identity?.server;
    const pkg = server.identity?.package;
    if (!known || !pkg || !known.status.malicious) return [];
    return known.status.malicious
      .filter((m) => m.ecosystem === pkg.ecosystem && packageKey(pkg.ecosystem, m.package) === packageKey(pkg.ecosystem, pkg.name))
      .flatMap((m) => {
        const exact = isExactIn(pkg.ecosystem, pkg.version);
        if (exact && !satisfiesRange(pkg.ecosystem, pkg.version as string, m.versions)) return [];
        return [
          {
            severity: exact ? ('critical' as const) : ('high' as const),
            field: `args[${pkg.index}]`,
            message: exact
              ? `${server.name} runs ${pkg.name} ${pkg.version}, a version recorded as malicious (${m.note}).`
              : `${server.name} starts ${pkg.name} without an exact version, and versions ${m.versions} are recorded as malicious (${m.note}).`,
            evidence: pkg.spec,
            remediation: `Remove the entry, rotate every credential it had (see ${m.reference}), and check what it sent before choosing a replacement.`,
          },
        ];
      });
  },
};
