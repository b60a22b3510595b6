import { normalizeConfig } from '../../../../src/core/review/normalize.js';
import type { ParsedConfig, ServerEntry } from '../../../../src/core/review/types.js';

export const GH = `ghp_${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d'}`;
export const entryOf = (raw: Record<string, unknown>): ServerEntry => normalizeConfig({ mcpServers: { s: raw } }).servers[0]!;
export const configFor = (client?: string): ParsedConfig => ({ servers: [], global: {}, ...(client ? { client } : {}) });
