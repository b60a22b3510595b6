import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { loadCatalogue } from '../io/content-loader.js';
import { loadBuiltInKnowledge } from '../io/knowledge-loader.js';
import { START_CACHE, type StartCache } from './front.js';
import { createTutorServer } from './server.js';

/**
 * The start record of the package in `root`: the real server's own answers to initialize and
 * tools/list, asked over an in-memory connection. (Imported advisories change neither answer, so
 * the built-in knowledge is enough.)
 */
export async function startCache(root: string): Promise<StartCache> {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const server = createTutorServer({ catalogue: await loadCatalogue(root), version, knowledge: await loadBuiltInKnowledge(root) });
  const [client, serverSide] = InMemoryTransport.createLinkedPair();
  const answers = new Map<number, JSONRPCMessage>();
  const waiting = new Map<number, () => void>();
  client.onmessage = (message) => {
    if ('id' in message && typeof message.id === 'number') {
      answers.set(message.id, message);
      waiting.get(message.id)?.();
    }
  };
  await server.connect(serverSide);
  await client.start();
  const ask = async (id: number, method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const answered = new Promise<void>((resolve) => waiting.set(id, resolve));
    await client.send({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) } as JSONRPCMessage);
    await answered;
    const answer = answers.get(id) as { result?: Record<string, unknown> };
    if (!answer.result) throw new Error(`the server did not answer ${method}`);
    return answer.result;
  };
  const init = await ask(1, 'initialize', { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'mcp-operator build', version } });
  const toolsList = await ask(2, 'tools/list');
  await server.close();
  const { protocolVersion: _negotiated, ...initialize } = init;
  return { version, protocolVersions: [...SUPPORTED_PROTOCOL_VERSIONS], latestProtocolVersion: LATEST_PROTOCOL_VERSION, initialize, toolsList };
}

/** Build step: write dist/mcp-start.json for the package in `root`. */
export async function writeStartCache(root: string): Promise<void> {
  writeFileSync(join(root, START_CACHE), `${JSON.stringify(await startCache(root))}\n`);
}
