import { UserError } from '../io/errors.js';
import { packageRoot, packageVersion } from '../io/paths.js';
import { readStartCache, serveWithFront } from './front.js';

/**
 * `mcp-operator mcp`: serve the tutor over stdio until the client closes stdin. Only JSON-RPC is
 * written to stdout. The start-up front answers initialize and tools/list from the build's record
 * while the server loads (src/mcp/front.ts); it imports no SDK code itself.
 */
export async function serveMcp(stdin: NodeJS.ReadableStream = process.stdin, stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  try {
    const cache = readStartCache(packageRoot(), packageVersion());
    await serveWithFront({
      cache,
      stdin,
      stdout,
      load: async (answered) => (await import('./full.js')).startTutor(stdout, answered),
    });
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`mcp-operator: ${error.message}\n`);
      return error.code;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mcp-operator: unexpected error: ${message.split('\n')[0]}\n`);
    if (process.env.MCP_OPERATOR_DEBUG) console.error(error);
    return 2;
  }
}
