import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ERROR } from './errors.js';
import { LIMITS } from './limits.js';
import { isPlainObject, isRequestId, LineReader, oversizeError, type RequestId } from './lines.js';

/**
 * The JSON-RPC error for a line that cannot be taken as a message, or undefined when it can. A line
 * that is not JSON is -32700; JSON that is not a JSON-RPC 2.0 message is -32600, both without an id
 * (it cannot be known). A request whose `params` is not an object (an array, a string) is -32602
 * with the request's id. The message never quotes the line: it may hold anything, a token included.
 */
export function lineError(line: string): { reply: JSONRPCMessage } | { message: JSONRPCMessage } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { reply: { jsonrpc: '2.0', error: { code: ERROR.parse, message: 'Parse error: a line that is not JSON was ignored' } } as JSONRPCMessage };
  }
  if (isPlainObject(value) && value.jsonrpc === '2.0' && typeof value.method === 'string' && isRequestId(value.id) && value.params !== undefined && !isPlainObject(value.params)) {
    return { reply: { jsonrpc: '2.0', id: value.id, error: { code: ERROR.invalidParams, message: 'Invalid params: params must be an object' } } as JSONRPCMessage };
  }
  let parsed: ReturnType<typeof JSONRPCMessageSchema.safeParse> | undefined;
  try {
    parsed = JSONRPCMessageSchema.safeParse(value);
  } catch {
    // Nesting deep enough to overflow the schema check: not a message this server can take.
  }
  if (!parsed?.success) return { reply: { jsonrpc: '2.0', error: { code: ERROR.invalidRequest, message: 'Invalid Request: a line that is not a JSON-RPC 2.0 message was ignored' } } as JSONRPCMessage };
  return { message: parsed.data };
}

const OVERSIZE = oversizeError(LIMITS.lineBytes) as JSONRPCMessage;

/**
 * MCP's stdio transport over newline-delimited JSON, fed line by line (see LineReader). Differs
 * from the SDK's StdioServerTransport in what it does with bad input: a malformed line gets an
 * error and the next line is read, an over-long line is skipped rather than closing the
 * connection. It can drop the SDK's answer to requests the start-up front already answered
 * (src/mcp/front.ts), and it knows which requests are still unanswered, so input that ends is
 * answered before the server closes.
 */
export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private started = false;
  private closed = false;
  private early: string[] = [];
  private readonly open = new Set<RequestId>();
  private idle: (() => void)[] = [];

  constructor(
    private readonly stdout: NodeJS.WritableStream,
    /** Requests already answered by the front: the SDK's answer to each is dropped (once). */
    private readonly answered: Set<RequestId> = new Set(),
  ) {}

  async start(): Promise<void> {
    this.started = true;
    const early = this.early;
    this.early = [];
    for (const line of early) this.line(line);
  }

  /** One line of input. */
  line(line: string): void {
    if (this.closed) return;
    if (!this.started) {
      this.early.push(line);
      return;
    }
    const read = lineError(line);
    if ('reply' in read) {
      this.write(read.reply);
      return;
    }
    const message = read.message;
    if ('method' in message && 'id' in message && message.id !== undefined && !this.answered.has(message.id)) this.open.add(message.id);
    this.onmessage?.(message);
  }

  /** A line over the limit was skipped. */
  oversize(): void {
    if (!this.closed) this.write(OVERSIZE);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (('result' in message || 'error' in message) && 'id' in message && message.id !== undefined) {
      const id = message.id as RequestId;
      if (this.answered.delete(id)) return;
      this.open.delete(id);
      if (this.open.size === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
    await this.write(message);
  }

  /** Resolves once every request read so far has been answered. */
  settled(): Promise<void> {
    if (this.open.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const resolve of this.idle.splice(0)) resolve();
    this.onclose?.();
  }

  private write(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve) => {
      if (this.stdout.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.stdout.once('drain', () => resolve());
    });
  }
}

/**
 * Protocol errors the SDK reports (a handler that threw, a failed send) are not printed: stdout is
 * for JSON-RPC only. With MCP_OPERATOR_DEBUG set, their kinds (never their text, which can quote a
 * client's input) go to stderr.
 */
export function quietErrors(server: McpServer): void {
  server.server.onerror = process.env.MCP_OPERATOR_DEBUG ? (error) => process.stderr.write(`mcp-operator mcp: ${error.name}\n`) : () => undefined;
}

/**
 * Read lines from `stdin` into `transport` until the input ends or the client closes our stdout,
 * then answer what is still open and close `server`.
 */
function pump(server: McpServer, transport: LineTransport, stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream): Promise<void> {
  const input = new LineReader(LIMITS.lineBytes, (line) => transport.line(line), () => transport.oversize());
  stdin.on('data', (chunk: Buffer) => input.push(chunk));
  quietErrors(server);
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = (answerFirst: boolean) => {
      if (done) return;
      done = true;
      stdin.removeAllListeners('data');
      stdin.pause();
      // Answer what was asked before the input ended, but never wait on a stuck handler for long.
      const settled = answerFirst ? Promise.race([transport.settled(), new Promise<void>((r) => setTimeout(r, 10_000).unref())]) : Promise.resolve();
      settled.then(() => server.close()).finally(resolve);
    };
    server.server.onclose = () => finish(false);
    stdin.once('end', () => finish(true));
    stdin.once('close', () => finish(true));
    // The client closed its end of our stdout: nobody is listening any more.
    stdout.once('error', () => finish(false));
  });
}

/**
 * Serve `server` over this process's stdin and stdout until stdin closes (the client went away) or
 * the transport gives up. Only JSON-RPC goes to stdout.
 */
export async function serveStdio(server: McpServer, stdin: NodeJS.ReadableStream = process.stdin, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  const transport = new LineTransport(stdout);
  await server.connect(transport);
  await pump(server, transport, stdin, stdout);
}
