import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/**
 * The JSON-RPC error for a line the transport could not take as a message, or undefined for other
 * errors. The SDK's stdio transport skips such a line silently; answering it (without an id, as
 * the request's id is unknown) tells the client what happened. The message never quotes the line:
 * it may hold anything, a token included.
 */
export function malformedLineError(error: unknown): JSONRPCMessage | undefined {
  if (error instanceof SyntaxError) return { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error: a line that is not JSON was ignored' } } as JSONRPCMessage;
  if (error instanceof Error && error.name === 'ZodError') {
    return { jsonrpc: '2.0', error: { code: -32600, message: 'Invalid Request: a line that is not a JSON-RPC 2.0 message was ignored' } } as JSONRPCMessage;
  }
  return undefined;
}

/**
 * Serve over this process's stdin and stdout until stdin closes (the client went away) or the
 * transport gives up. Only JSON-RPC goes to stdout; with MCP_OPERATOR_DEBUG set, the kinds of
 * errors (never their text, which can quote a client's input) go to stderr.
 */
export async function serveStdio(server: McpServer, stdin: NodeJS.ReadableStream = process.stdin, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  const transport = new StdioServerTransport(stdin as typeof process.stdin, stdout as typeof process.stdout);
  const debug = Boolean(process.env.MCP_OPERATOR_DEBUG);
  const finished = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
    stdin.once('end', () => void server.close().finally(resolve));
    stdin.once('close', () => void server.close().finally(resolve));
    // The client closed its end of our stdout: nobody is listening any more.
    stdout.once('error', () => void server.close().finally(resolve));
  });
  server.server.onerror = (error) => {
    if (debug) process.stderr.write(`mcp-operator mcp: ${error.name}\n`);
  };
  await server.connect(transport);
  const protocolOnError = transport.onerror;
  transport.onerror = (error) => {
    const reply = malformedLineError(error);
    if (reply) transport.send(reply).catch(() => undefined);
    protocolOnError?.(error);
  };
  await finished;
}
