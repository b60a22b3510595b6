import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { NO_NETWORK } from '../helpers/cli.js';

export interface StdioSession {
  client: Client;
  transport: StdioClientTransport;
  /** Every message the server sent, as the client's transport received it (before the client read it). */
  received: JSONRPCMessage[];
  /** Everything the server wrote to stderr. */
  stderr: () => string;
  /** Send a raw message (bypassing the client's own checks) and wait for the answer with its id. */
  raw: (message: Record<string, unknown> & { id: string | number }) => Promise<JSONRPCMessage>;
  close: () => Promise<void>;
}

/**
 * The official SDK client (StdioClientTransport, its default 10 MB read buffer) connected to a
 * built `mcp-operator mcp`, started as MCP clients start it: node running `bin` (the repository's
 * dist/bin.cjs or an installed copy) with the no-network preload.
 */
export async function connectStdio(options: { bin: string; env: Record<string, string>; args?: string[]; cwd?: string }): Promise<StdioSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', NO_NETWORK, options.bin, ...(options.args ?? ['mcp'])],
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stderr: 'pipe',
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const received: JSONRPCMessage[] = [];
  const waiting = new Map<string | number, (m: JSONRPCMessage) => void>();
  const client = new Client({ name: 'mcp-operator-test', version: '1.0.0' });
  // Answers to raw requests carry ids the client never issued: it reports them as errors, expected here.
  client.onerror = () => undefined;
  await client.connect(transport);
  const read = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage) => {
    received.push(message);
    const id = 'id' in message ? (message.id as string | number) : undefined;
    const waiter = id !== undefined ? waiting.get(id) : undefined;
    if (waiter) {
      waiting.delete(id as string | number);
      waiter(message);
      return;
    }
    read?.(message);
  };
  return {
    client,
    transport,
    received,
    stderr: () => stderr,
    raw: (message) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${JSON.stringify(message).slice(0, 200)}`)), 15_000);
        waiting.set(message.id, (m) => {
          clearTimeout(timer);
          resolve(m);
        });
        transport.send({ jsonrpc: '2.0', ...message } as JSONRPCMessage).catch(reject);
      }),
    close: () => client.close(),
  };
}
