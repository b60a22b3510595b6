import type { Driver } from './rule.js';

/** Impact of what the tools can do, the usual scale: the worst capability present counts. */
export const CAPABILITY_IMPACT: Driver = {
  factor: 'capabilities',
  levels: { 'read-only': 'low', 'file-write': 'moderate', 'network-egress': 'moderate', 'credential-access': 'high', 'code-exec': 'very-high' },
};

/** Impact of the most sensitive data the server can reach, the usual scale. */
export const DATA_IMPACT: Driver = {
  factor: 'dataSensitivity',
  levels: { public: 'very-low', internal: 'low', confidential: 'moderate', regulated: 'high', secrets: 'very-high' },
};
