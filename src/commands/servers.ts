import { UserError } from '../io/errors.js';
import { loadKnowledge } from '../io/knowledge-loader.js';
import { closestIds, lookupServer, searchServers } from '../core/servers/lookup.js';
import { serverDetailLines, serverJson, serverListLine } from '../core/servers/describe.js';

/** `mcp-operator servers [QUERY] [--json]`: list, search or show the known servers. */
export async function serversCommand(query: string | undefined, options: { json?: boolean }): Promise<number> {
  const k = await loadKnowledge();
  const q = query?.trim() ?? '';
  const exact = q ? lookupServer(k, q) : undefined;
  const found = exact ? [exact.server] : q ? searchServers(k, q) : k.servers;
  if (q && found.length === 0) {
    const near = closestIds(k, q);
    throw new UserError(`no known server matches "${q}"${near.length ? ` (closest: ${near.join(', ')})` : ''}; mcp-operator servers lists them all`);
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ count: found.length, servers: found.map((s) => serverJson(k, s)) }, null, 2)}\n`);
    return 0;
  }
  if (found.length === 1 && q) {
    process.stdout.write(`${serverDetailLines(k, found[0]!).join('\n')}\n`);
    return 0;
  }
  const lines = found.map(serverListLine);
  lines.push('', `${found.length} of ${k.servers.length} known servers; mcp-operator servers ID shows one (tools, switches, credential, advisories).`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
