/**
 * The interview factors of DESIGN section 7: ids and values are the public answers-file schema.
 * Values run from low risk to high. Every factor also accepts "unknown" (the learner does not
 * know), which counts as the worst value.
 */
export const FACTORS = {
  source: ['official', 'vendor', 'community-maintained', 'unknown', 'anonymous'],
  transport: ['stdio', 'http-localhost', 'http-private', 'http-internet-auth', 'http-internet-noauth'],
  untrustedContent: ['none', 'curated', 'user-supplied', 'arbitrary-external', 'arbitrary-external-chained'],
  changeControl: ['digest', 'pinned', 'range', 'latest', 'auto-updating-remote'],
  capabilities: ['read-only', 'file-write', 'network-egress', 'credential-access', 'code-exec'],
  dataSensitivity: ['public', 'internal', 'confidential', 'regulated', 'secrets'],
  environment: ['sandbox', 'dev-laptop', 'dev-laptop-prod-creds', 'team', 'enterprise-production'],
  humanApproval: ['always', 'writes', 'partial', 'none', 'auto-approve-all'],
  isolation: ['vm', 'container-hardened', 'container', 'none'],
} as const;

export type FactorId = keyof typeof FACTORS;
export const FACTOR_IDS = Object.keys(FACTORS) as FactorId[];
/** Factors that take a list of values rather than one. */
export const MULTI_VALUED: ReadonlySet<FactorId> = new Set(['capabilities']);
export const DONT_KNOW = 'unknown';

/**
 * Answers the operator decides: how the server is run and reached, what it may do and where. A
 * what-if prefers these; the others (source, dataSensitivity, untrustedContent) are facts about the
 * server and its job that only choosing another server or another job would change.
 */
export const OPERATOR_CONTROLLED: ReadonlySet<FactorId> = new Set(['isolation', 'humanApproval', 'changeControl', 'capabilities', 'environment', 'transport']);
