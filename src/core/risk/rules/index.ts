import type { RiskRule } from '../rule.js';
import { unvettedCodeWithProdCredentials } from './unvetted-code-with-prod-credentials.js';
import { unpinnedPackage } from './unpinned-package.js';
import { lethalTrifecta } from './lethal-trifecta.js';
import { toolPoisoning } from './tool-poisoning.js';
import { toolDefinitionRugPull } from './tool-definition-rug-pull.js';
import { credentialExposure } from './credential-exposure.js';
import { codeExecWithoutIsolation } from './code-exec-without-isolation.js';
import { unapprovedFileWritesOnLaptop } from './unapproved-file-writes-on-laptop.js';
import { unauthenticatedInternetEndpoint } from './unauthenticated-internet-endpoint.js';
import { localHttpExposure } from './local-http-exposure.js';
import { tokenPassthrough } from './token-passthrough.js';
import { noApprovalForWriteTools } from './no-approval-for-write-tools.js';
import { sensitiveDataInSharedDeployment } from './sensitive-data-in-shared-deployment.js';
import { unassessedDeployment } from './unassessed-deployment.js';
import { runawayAgent } from './runaway-agent.js';
import { anonymousPublisher } from './anonymous-publisher.js';
import { chainedUntrustedContent } from './chained-untrusted-content.js';

/** Bump when a rule is added, removed or changes what it fires on or how it rates. Printed in every plan. */
export const RULE_SET_VERSION = '2026.11.3';

export const RULES: readonly RiskRule[] = [
  unvettedCodeWithProdCredentials,
  unpinnedPackage,
  lethalTrifecta,
  toolPoisoning,
  toolDefinitionRugPull,
  credentialExposure,
  codeExecWithoutIsolation,
  unapprovedFileWritesOnLaptop,
  unauthenticatedInternetEndpoint,
  localHttpExposure,
  tokenPassthrough,
  noApprovalForWriteTools,
  sensitiveDataInSharedDeployment,
  unassessedDeployment,
  runawayAgent,
  anonymousPublisher,
  chainedUntrustedContent,
];
