import type { ReviewRule } from '../types.js';
import { unpinnedPackage } from './unpinned-package.js';
import { autoApproval } from './auto-approval.js';
import { secretInEnv } from './secret-in-env.js';
import { secretInArgs } from './secret-in-args.js';
import { secretInHeaders } from './secret-in-headers.js';
import { secretInUrl } from './secret-in-url.js';
import { enableAllProjectServers } from './enable-all-project-servers.js';
import { parseError } from './parse-error.js';
import { mutableImage } from './mutable-image.js';
import { privilegedContainer } from './privileged-container.js';
import { addedCapabilities } from './added-capabilities.js';
import { hostNamespaces } from './host-namespaces.js';
import { hostNetwork } from './host-network.js';
import { dockerSocketMount } from './docker-socket-mount.js';
import { sensitiveMount } from './sensitive-mount.js';
import { publishedAllInterfaces } from './published-all-interfaces.js';
import { containerHardening } from './container-hardening.js';
import { containerRootUser } from './container-root-user.js';
import { broadFilesystemRoot } from './broad-filesystem-root.js';
import { plainHttpRemote } from './plain-http-remote.js';
import { allowHttpFlag } from './allow-http-flag.js';
import { bindAllInterfaces } from './bind-all-interfaces.js';
import { shellWrapper } from './shell-wrapper.js';
import { pipeToShell } from './pipe-to-shell.js';
import { knownVulnerableVersion } from './known-vulnerable-version.js';
import { lookalikePackage } from './lookalike-package.js';
import { unreleasedSource } from './unreleased-source.js';
import { deprecatedServer } from './deprecated-server.js';
import { maliciousVersion } from './malicious-version.js';
import { incompleteConfig } from './incomplete-config.js';
import { unreviewableScript } from './unreviewable-script.js';
import { remoteAllInterfaces } from './remote-all-interfaces.js';
import { plainHttpBackend } from './plain-http-backend.js';
import { noServers } from './no-servers.js';
import { allowedMcpTools } from './allowed-mcp-tools.js';

/** The review rules, one file each (issue 6 grows this to the full set). */
export const REVIEW_RULES: readonly ReviewRule[] = [
  unpinnedPackage,
  autoApproval,
  secretInEnv,
  secretInArgs,
  secretInHeaders,
  secretInUrl,
  enableAllProjectServers,
  parseError,
  mutableImage,
  privilegedContainer,
  addedCapabilities,
  hostNamespaces,
  hostNetwork,
  dockerSocketMount,
  sensitiveMount,
  publishedAllInterfaces,
  containerHardening,
  containerRootUser,
  broadFilesystemRoot,
  plainHttpRemote,
  allowHttpFlag,
  bindAllInterfaces,
  shellWrapper,
  pipeToShell,
  knownVulnerableVersion,
  lookalikePackage,
  unreleasedSource,
  deprecatedServer,
  maliciousVersion,
  incompleteConfig,
  unreviewableScript,
  remoteAllInterfaces,
  plainHttpBackend,
  noServers,
  allowedMcpTools,
];
