/**
 * serverForUrl matches a remote endpoint by prefix without building a string per candidate. Property:
 * it agrees with the rule as first written (the prefix itself, the prefix and a path, or a prefix that
 * ends with its own slash; the longest prefix first) for URLs built around the known prefixes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, normalizeUrl, serverForUrl } from '../../../src/core/servers/knowledge.js';
import type { KnownServer } from '../../../src/core/servers/schema.js';

const server = (id: string, remote: string[]) =>
  ({ id, name: id, aliases: [], summary: 't', publisher: { name: 'p', kind: 'vendor', verify: { note: 'n' } }, identifiers: { remote }, status: { state: 'active' }, transports: ['streamable-http'], tools: [], switches: [], incidents: [], references: [{ title: 'x', url: 'https://example.com' }], checked: '2026-12-05' }) as unknown as KnownServer;

const k = buildKnowledge([server('a', ['https://mcp.example.com']), server('b', ['https://mcp.example.com/v2/']), server('c', ['https://api.example.org/mcp']), server('d', ['https://api.example.org/mcp/deep'])], []);

/** The rule as it was first written. */
function reference(url: string): string | undefined {
  const n = normalizeUrl(url);
  return k.remotes.find((r) => n === r.prefix || n.startsWith(`${r.prefix}/`) || (r.prefix.endsWith('/') && n.startsWith(r.prefix)))?.server.id;
}

const url = fc
  .tuple(fc.constantFrom('https://mcp.example.com', 'https://MCP.example.com', 'https://api.example.org', 'http://api.example.org', 'https://mcp.example.co'), fc.array(fc.constantFrom('/mcp', '/v2', '/', '/deep', '/mcpx', '/v2x', '?q=1', '#f', '/sse'), { maxLength: 4 }))
  .map(([base, parts]) => base + parts.join(''));

describe('serverForUrl', () => {
  it('matches as the prefix rule says, longest prefix first', () => {
    fc.assert(
      fc.property(url, (u) => {
        expect(serverForUrl(k, u)?.id).toBe(reference(u));
      }),
      { numRuns: 3000 },
    );
    expect(serverForUrl(k, 'https://api.example.org/mcp/deep/x')?.id).toBe('d');
    expect(serverForUrl(k, 'https://api.example.org/mcpx')).toBeUndefined();
    expect(serverForUrl(k, 'https://mcp.example.com/v2/tools')?.id).toBe('b');
  });
});
