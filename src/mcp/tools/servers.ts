import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import type { Knowledge } from '../../core/servers/knowledge.js';
import { advisoriesForVersion, closestIds, lookupServer, searchServers } from '../../core/servers/lookup.js';
import { serverDetailLines, serverJson } from '../../core/servers/describe.js';
import { ok, READ_ONLY, safely, shownId, toolError } from '../results.js';
import { RESOURCE_NOT_FOUND } from '../resources.js';

/** lookup_server (by id, alias, package, image or URL) and every known server as server://ID. */
export function registerServerTools(server: McpServer, k: Knowledge): void {
  server.registerTool(
    'lookup_server',
    {
      title: 'Look up a known MCP server',
      description:
        'What the knowledge base knows about a real MCP server: publisher and how to verify it, packages, images and endpoints, status (active, deprecated with successor, archived, malicious versions), ' +
        'each tool with its capability class (read-only, file-write, network-egress, credential-access, code-exec) and whether it reads outside content, least-privilege switches with exact syntax, ' +
        'the credential and its smallest scopes, incidents and advisories. Query by id or alias (github), package with or without version (@playwright/mcp@0.0.41, mcp-server-git==2025.9.25), image (ghcr.io/github/github-mcp-server:v0.9.0) or remote URL; free words search.',
      inputSchema: { query: z.string().min(1).max(300).describe('An id, alias, package spec, image reference, remote URL or search words.') },
      outputSchema: {
        server: z.record(z.string(), z.unknown()).optional().describe('The whole record, with the advisories that name its packages.'),
        matchedBy: z.string().optional(),
        version: z.string().optional(),
        advisoriesForVersion: z.array(z.string()).optional(),
        matches: z.array(z.object({ id: z.string(), name: z.string(), publisher: z.string(), status: z.string(), uri: z.string() })).optional(),
      },
      annotations: { title: 'Look up a known MCP server', ...READ_ONLY },
    },
    ({ query }) =>
      safely('lookup_server', () => {
        const exact = lookupServer(k, query);
        if (exact) {
          const matching = exact.version ? advisoriesForVersion(k, exact.server, exact.version).map((a) => a.id) : [];
          const data = { server: serverJson(k, exact.server), matchedBy: exact.by, ...(exact.version ? { version: exact.version, advisoriesForVersion: matching } : {}) };
          const versionLine = exact.version ? `\n\nVersion ${exact.version}: ${matching.length ? `affected by ${matching.join(', ')}` : 'no known advisory affects it'}.` : '';
          return ok(data, `${serverDetailLines(k, exact.server).join('\n')}${versionLine}`);
        }
        const found = searchServers(k, query).slice(0, 20);
        if (found.length === 0) {
          const near = closestIds(k, query);
          return toolError(`No known server matches ${shownId(query)}.${near.length ? ` Closest ids: ${near.join(', ')}.` : ''} Resources server://ID list every known server.`);
        }
        const matches = found.map((s) => ({ id: s.id, name: s.name, publisher: s.publisher.name, status: s.status.state, uri: `server://${s.id}` }));
        return ok({ matches }, matches.map((m) => `${m.id}: ${m.name} (${m.publisher})${m.status === 'active' ? '' : ` [${m.status}]`}`).join('\n'));
      }),
  );

  server.registerResource(
    'server',
    new ResourceTemplate('server://{id}', {
      list: () => ({
        resources: k.servers.map((s) => ({ uri: `server://${s.id}`, name: s.id, title: s.name, description: s.summary, mimeType: 'text/plain' })),
      }),
      complete: { id: (value: string) => k.servers.map((s) => s.id).filter((id) => id.startsWith(value)).slice(0, 100) },
    }),
    { title: 'Known MCP server', description: 'A known MCP server: publisher, identifiers, status, tools and capability classes, switches, credential, advisories, incidents.', mimeType: 'text/plain' },
    (uri, variables) => {
      const id = String(Array.isArray(variables.id) ? variables.id[0] : variables.id ?? '');
      const s = k.byId.get(id);
      if (!s) throw new McpError(RESOURCE_NOT_FOUND, `No known server with id ${shownId(id)}; the lookup_server tool searches them.`);
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: serverDetailLines(k, s).join('\n') }] };
    },
  );
}
