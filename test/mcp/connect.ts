import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import { createTutorServer } from '../../src/mcp/server.js';
import { loadBuiltInKnowledge } from '../../src/io/knowledge-loader.js';

export const TODAY = new Date('2026-03-14T12:00:00Z');

/** An SDK client connected in-process to the tutor's MCP server over a linked in-memory transport. */
export async function connect(): Promise<{ client: Client; close: () => Promise<void> }> {
  const catalogue = await loadCatalogue();
  const knowledge = await loadBuiltInKnowledge();
  const server = createTutorServer({ catalogue, version: '9.9.9-test', now: () => TODAY, knowledge });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test-client', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

export type ToolResult = CallToolResult;

/** Call a tool and return its result with the types of CallToolResult. */
export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The text of every content block, joined. */
export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}
