import type { RiskRule } from '../rule.js';
import { unvettedCodeWithProdCredentials } from './unvetted-code-with-prod-credentials.js';
import { unpinnedPackage } from './unpinned-package.js';

/** Bump when a rule is added, removed or changes what it fires on or how it rates. Printed in every plan. */
export const RULE_SET_VERSION = '2026.11.1';

export const RULES: readonly RiskRule[] = [unvettedCodeWithProdCredentials, unpinnedPackage];
