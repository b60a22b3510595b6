import type { ReviewRule } from '../types.js';
import { isExactVersion, packageArgument, PACKAGE_RUNNERS, splitSpec } from '../package-spec.js';
import { unreleasedKind } from './unreleased-source.js';

/** npx/uvx/pipx/bunx starting a package with no exact version: every start may run a new release. */
export const unpinnedPackage: ReviewRule = {
  id: 'MCPR-PIN-001',
  category: 'unpinned-package',
  title: 'Package started without an exact version',
  why: 'npx, uvx, pipx and bunx fetch the package on start; without an exact version every start can run a release nobody reviewed. postmark-mcp was a working server until version 1.0.16 quietly added a BCC of every email sent through it.',
  howToFix: 'Pin the exact version you reviewed (name@1.2.3 or name==1.2.3) and change it only after reviewing the new release.',
  lesson: 'trust-before-install',
  check: (server) => {
    const runner = server.command?.split(/[\\/]/).pop()?.replace(/\.(cmd|exe)$/i, '');
    if (!runner || !PACKAGE_RUNNERS.has(runner)) return [];
    const arg = packageArgument(server.args);
    if (!arg) return [];
    // git repositories, URLs and user/repo shorthands are MCPR-SRC-002's: they have no version to pin.
    if (unreleasedKind(arg.spec, runner !== 'uvx' && runner !== 'pipx')) return [];
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
