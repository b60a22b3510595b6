/** The interview's capability values (DESIGN section 7): one per tool, the strongest that applies. */
export const CAPABILITIES = ['read-only', 'file-write', 'network-egress', 'credential-access', 'code-exec'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** The ecosystems the review can match versions in. */
export const ECOSYSTEMS = ['npm', 'PyPI'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];
