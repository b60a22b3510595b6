import type { ReviewRule } from '../types.js';
import { launchedPackage } from '../../servers/launchers.js';
import { isExactIn } from '../../servers/versions.js';
import { unreleasedKind } from './unreleased-source.js';

/** npx, bunx, pnpm/yarn dlx, npm exec, uvx, uv tool run or pipx run starting a package with no exact version. */
export const unpinnedPackage: ReviewRule = {
  id: 'MCPR-PIN-001',
  category: 'unpinned-package',
  title: 'Package started without an exact version',
  why: 'npx, uvx, pipx and bunx fetch the package on start; without an exact version every start can run a release nobody reviewed. postmark-mcp was a working server until version 1.0.16 quietly added a BCC of every email sent through it.',
  howToFix: 'Pin the exact version you reviewed (name@1.2.3 or name==1.2.3) and change it only after reviewing the new release.',
  lesson: 'trust-before-install',
  check: (server) => {
    // The package the launcher really installs (uvx --from PKG CMD installs PKG; pipx run --spec PKG ...), never the command name.
    const pkg = server.identity?.package ?? (server.command ? launchedPackage(server.command, server.args) : undefined);
    if (!pkg) return [];
    // git repositories, URLs and user/repo shorthands are MCPR-SRC-002's: they have no version to pin.
    if (unreleasedKind(pkg.spec, pkg.ecosystem === 'npm')) return [];
    if (isExactIn(pkg.ecosystem, pkg.version)) return [];
    const { name, version } = pkg;
    const what = version === undefined ? 'no version' : version === 'latest' ? '@latest' : `"${version}", not an exact version`;
    const pin = pkg.ecosystem === 'PyPI' ? `${name}==<exact version>` : `${name}@<exact version>`;
    return [
      {
        severity: version === 'latest' || version === undefined ? 'high' : 'medium',
        field: `args[${pkg.index}]`,
        message: `${pkg.launcher} starts ${name} with ${what}: each start can run a release nobody reviewed (postmark-mcp turned malicious in 1.0.16).`,
        evidence: pkg.spec,
        remediation: `Pin the reviewed release of the package that is installed: ${pkg.prefix}${pin}${pkg.ecosystem === 'PyPI' ? ` (uvx and pipx also accept ${name}@<version>)` : ''}, and change it only after re-review.`,
      },
    ];
  },
};
