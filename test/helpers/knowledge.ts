import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKnowledgeSources } from '../../src/io/knowledge-loader.js';
import { validateKnowledge } from '../../src/core/servers/validate.js';
import type { Knowledge } from '../../src/core/servers/knowledge.js';
import { normalizeConfig } from '../../src/core/review/normalize.js';
import { identifyEntry } from '../../src/core/servers/identify.js';
import type { ParsedConfig, ServerEntry } from '../../src/core/review/types.js';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

let cached: Knowledge | undefined;

/** The repository's own knowledge base (servers/, advisories/, toolbox/), validated once per test file. */
export function realKnowledge(): Knowledge {
  if (!cached) cached = validateKnowledge(readKnowledgeSources(ROOT)).knowledge;
  return cached;
}

/** One entry of `{mcpServers: {name: raw}}` identified against `k`, and the config the rules see. */
export function entryWith(raw: Record<string, unknown>, k: Knowledge = realKnowledge(), name = 'srv'): { server: ServerEntry; config: ParsedConfig } {
  const config: ParsedConfig = { ...normalizeConfig({ mcpServers: { [name]: raw } }), knowledge: k };
  const server = config.servers[0] as ServerEntry;
  server.identity = identifyEntry(server, k);
  return { server, config };
}
