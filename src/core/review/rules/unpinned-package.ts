import type { ReviewRule } from '../types.js';
import { isExactVersion, packageArgument, PACKAGE_RUNNERS, splitSpec } from '../package-spec.js';

/** npx/uvx/pipx/bunx starting a package with no exact version: every start may run a new release. */
export const unpinnedPackage: ReviewRule = {
  id: 'MCPR-PIN-001',
  category: 'unpinned-package',
  title: 'Package started without an exact version',
  lesson: 'trust-before-install',
  check: (server) => {
    const runner = server.command?.split(/[\\/]/).pop()?.replace(/\.(cmd|exe)$/i, '');
    if (!runner || !PACKAGE_RUNNERS.has(runner)) return [];
    const arg = packageArgument(server.args);
    if (!arg) return [];
    const { name, version } = splitSpec(arg.spec);
    if (isExactVersion(version)) return [];
    const what = version === undefined ? 'no version' : version === 'latest' ? '@latest' : `"${version}", not an exact version`;
    return [
      {
        severity: version === 'latest' || version === undefined ? 'high' : 'medium',
        field: `args[${arg.index}]`,
        message: `${runner} starts ${name} with ${what}: each start can run a release nobody reviewed (postmark-mcp turned malicious in 1.0.16).`,
        evidence: arg.spec,
        remediation: `Pin the reviewed release: ${name}@<exact version>${runner === 'uvx' || runner === 'pipx' ? ` (or ${name}==<version>)` : ''}, and change it only after re-review.`,
      },
    ];
  },
};
