import { loadCatalogue } from '../io/content-loader.js';
import { loadKnowledge } from '../io/knowledge-loader.js';
import { packageVersion } from '../io/paths.js';
import { createTutorServer } from '../mcp/server.js';
import { serveStdio } from '../mcp/stdio.js';

/** `mcp-operator mcp`: serve the tutor over stdio until the client closes stdin. Only JSON-RPC is written to stdout. */
export async function mcpCommand(): Promise<number> {
  const catalogue = await loadCatalogue();
  const knowledge = await loadKnowledge();
  const server = createTutorServer({ catalogue, version: packageVersion(), knowledge });
  await serveStdio(server);
  return 0;
}
