import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import type { Knowledge } from '../../core/servers/knowledge.js';
import { advisoriesForVersion, closestIds, lookupServer, searchServers } from '../../core/servers/lookup.js';
import { serverDetailLines, serverJson } from '../../core/servers/describe.js';
import { ok, READ_ONLY, safely, shownId, toolError } from '../results.js';
import { JOBS } from '../../core/toolbox/schema.js';
import { toolDetailLines, toolsForControl, toolsForJob } from '../../core/toolbox/catalog.js';
import { CONTROL_LIST } from '../../core/risk/controls.js';
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

/** recommend_tools: a job or a plan control id in, the matching tools (with what each sends out) back. */
export function registerToolboxTool(server: McpServer, k: Knowledge): void {
  server.registerTool(
    'recommend_tools',
    {
      title: "Recommend tools from the operator's toolbox",
      description:
        'Tools and references an MCP operator uses, from a curated catalogue: give a job (config-scanner, server-scanner, gateway, sandbox, pinning, secrets, logging, advisories, identity, test-client, reference) ' +
        'or a plan control id (e.g. sandbox, egress-allow-list, hash-tool-definitions, log-tool-calls), and optionally the deployment (laptop, team, enterprise). ' +
        'Each tool comes with how it works (offline or not, whether it starts MCP servers, what data it sends where), licence, cost, maturity, limits and references.',
      inputSchema: {
        job: z.enum(JOBS).optional().describe('A job of the toolbox.'),
        control: z.string().min(1).max(100).optional().describe('A control id from a plan (controls[].id).'),
        deployment: z.enum(['laptop', 'team', 'enterprise']).optional().describe('Where it will run: best fits first.'),
      },
      outputSchema: { tools: z.array(z.record(z.string(), z.unknown())) },
      annotations: { title: "Recommend tools from the operator's toolbox", ...READ_ONLY },
    },
    ({ job, control, deployment }) =>
      safely('recommend_tools', () => {
        if (!job && !control) return toolError(`Give a job (${JOBS.join(', ')}) or a control id (${CONTROL_LIST.map((c) => c.id).join(', ')}).`);
        if (control && !CONTROL_LIST.some((c) => c.id === control)) return toolError(`No control ${shownId(control)}; control ids: ${CONTROL_LIST.map((c) => c.id).join(', ')}.`);
        const where = deployment ?? 'laptop';
        let picked = job ? toolsForJob(k, job) : k.tools;
        if (control) {
          const ids = new Set(toolsForControl(k, control, where, 50).map((t) => t.id));
          picked = picked.filter((t) => ids.has(t.id));
        }
        picked = [...picked].sort((a, b) => Number(b.fits.includes(where)) - Number(a.fits.includes(where)));
        const tools = picked.map((t) => ({ ...t }));
        return ok({ tools }, picked.length ? picked.map((t) => toolDetailLines(t).join('\n')).join('\n\n---\n\n') : 'No tool in the catalogue matches.');
      }),
  );
}
