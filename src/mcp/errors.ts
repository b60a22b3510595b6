import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { LIMITS } from './limits.js';

/** JSON-RPC error codes the server uses (JSON-RPC 2.0 and the MCP specification). */
export const ERROR = {
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
} as const;

/** JSON-RPC error code the MCP specification gives for a resource that does not exist. */
export const RESOURCE_NOT_FOUND = -32002;

/**
 * An error a request handler throws to answer with a JSON-RPC error. Its message is sent as it is:
 * the SDK's McpError would prefix "MCP error <code>:", repeating the code the error already carries.
 */
export class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/** "MCP error -32602: Unknown tool" → "Unknown tool" (the code is in the error's own code field). */
export function stripCode(message: string): string {
  return message.replace(/^(?:MCP error -?\d+: )+/, '');
}

/** Whether `message`, serialised, fits in one answer (LIMITS.answerBytes). */
export function withinAnswerLimit(message: JSONRPCMessage): boolean {
  const text = JSON.stringify(message);
  // A UTF-8 byte count is at most three times the UTF-16 length: skip counting when that already fits.
  return text.length * 3 <= LIMITS.answerBytes || Buffer.byteLength(text) <= LIMITS.answerBytes;
}

/** What is sent instead of an answer over the limit: a tool error for a tool call, else a JSON-RPC error. */
export function tooLarge(id: string | number, method: string | undefined): JSONRPCMessage {
  const mb = (LIMITS.answerBytes / 1_000_000).toString();
  if (method === 'tools/call') {
    const text = `The answer was over ${mb} MB, this server's limit for one answer, and was left out; ask for less at once.`;
    return { jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }], isError: true } } as JSONRPCMessage;
  }
  return { jsonrpc: '2.0', id, error: { code: ERROR.internal, message: `Internal error: the answer was over ${mb} MB and was withheld` } } as JSONRPCMessage;
}
