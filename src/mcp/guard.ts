import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  GetPromptRequestSchema,
  InitializeRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  PingRequestSchema,
  ReadResourceRequestSchema,
  type JSONRPCMessage,
  type MessageExtraInfo,
} from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { LIMITS } from './limits.js';
import type { Registry } from './registry.js';
import { ERROR, RESOURCE_NOT_FOUND, stripCode, tooLarge, withinAnswerLimit } from './errors.js';

/** Request schemas of the methods this server answers: their params are checked before the SDK sees them. */
const REQUESTS = new Map<string, z.core.$ZodType>(
  [InitializeRequestSchema, PingRequestSchema, ListToolsRequestSchema, CallToolRequestSchema, ListPromptsRequestSchema, GetPromptRequestSchema, ListResourcesRequestSchema, ListResourceTemplatesRequestSchema, ReadResourceRequestSchema, CompleteRequestSchema].map(
    (schema) => [schema.shape.method.value, schema],
  ),
);

const PAGINATED = new Set(['tools/list', 'prompts/list', 'resources/list', 'resources/templates/list']);

/** Field names of the MCP requests above: the only keys an error about a request's params may show. */
const SPEC_KEYS = new Set([
  'params', 'name', 'arguments', 'uri', 'ref', 'type', 'argument', 'value', 'context', 'cursor', 'protocolVersion', 'capabilities',
  'clientInfo', 'version', 'title', 'description', 'websiteUrl', 'icons', 'src', 'mimeType', 'sizes', 'theme', 'roots', 'sampling',
  'elicitation', 'experimental', 'tasks', 'extensions', 'listChanged', '_meta', 'progressToken', 'task', 'ttl',
]);

type Id = string | number;
type Request = { jsonrpc: '2.0'; id: Id; method: string; params?: Record<string, unknown> };

const isRequest = (m: JSONRPCMessage): m is JSONRPCMessage & Request => 'method' in m && 'id' in m;

/**
 * Where a problem is, in words: property names the schema (or the specification) declares, array
 * positions as [n], and any other key (one the client made up, maybe a pasted token) as <key>.
 */
export function pathText(path: readonly PropertyKey[], known: Set<string>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += `${out ? '.' : ''}${typeof part === 'string' && known.has(part) ? part : '<key>'}`;
  }
  return out;
}

/**
 * Schema problems as one short line, never quoting what the client sent: zod's own messages (which
 * name expected types and allowed values, not the input) with the path, at most three problems.
 */
export function issuesText(issues: readonly z.core.$ZodIssue[], known: Set<string>): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const where = pathText(issue.path, known);
    const message = issue.message.replace(/\s+/g, ' ');
    const what =
      issue.code === 'unrecognized_keys' ? 'has keys that are not allowed' : issue.code === 'invalid_type' && /received undefined$/.test(message) ? `is missing (expected ${issue.expected})` : message;
    return where ? `${where}${what.startsWith('is missing') ? ' ' : ': '}${what}` : what;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${parts.join('; ')}${more}`;
}

/** Array elements plus object members of `value`; counting stops as soon as it passes `limit`. */
function elements(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    const children = Array.isArray(item) ? item : item && typeof item === 'object' ? Object.values(item) : undefined;
    if (!children) continue;
    count += children.length;
    if (count > limit) return count;
    for (const child of children) stack.push(child);
  }
  return count;
}

type Verdict = { pass: true } | { pass: false; reply: JSONRPCMessage };

function error(id: Id, code: number, message: string): Verdict {
  return { pass: false, reply: { jsonrpc: '2.0', id, error: { code, message } } as JSONRPCMessage };
}

function toolError(id: Id, text: string): Verdict {
  return { pass: false, reply: { jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }], isError: true } } as JSONRPCMessage };
}

/** What the guard decides about one request: let the SDK answer it, or answer it here. */
export function checkRequest(request: Request, registry: Registry): Verdict {
  const schema = REQUESTS.get(request.method);
  if (!schema) return { pass: true };
  const parsed = z.safeParse(schema, request);
  if (!parsed.success) return error(request.id, ERROR.invalidParams, `Invalid params: ${issuesText(parsed.error.issues, SPEC_KEYS)}`);
  const params = (request.params ?? {}) as Record<string, unknown>;
  if (PAGINATED.has(request.method) && params.cursor !== undefined) {
    return error(request.id, ERROR.invalidParams, 'Invalid params: unknown cursor (this server returns every item in one page, so it never hands out a cursor)');
  }
  switch (request.method) {
    case 'tools/call': {
      const tool = registry.tools.get(params.name as string);
      if (!tool) return error(request.id, ERROR.invalidParams, `Unknown tool; the tools are ${[...registry.tools.keys()].join(', ')}`);
      const args = params.arguments ?? {};
      if (elements(args, LIMITS.toolInputElements) > LIMITS.toolInputElements) {
        return toolError(request.id, `Invalid arguments for ${params.name as string}: more than ${LIMITS.toolInputElements} elements in all`);
      }
      if (tool.inputSchema) {
        const checked = z.safeParse(tool.inputSchema, args);
        if (!checked.success) return toolError(request.id, `Invalid arguments for ${params.name as string}: ${issuesText(checked.error.issues, registry.knownKeys(tool.inputSchema))}`);
      }
      return { pass: true };
    }
    case 'prompts/get': {
      const prompt = registry.prompts.get(params.name as string);
      if (!prompt) return error(request.id, ERROR.invalidParams, `Unknown prompt; the prompts are ${[...registry.prompts.keys()].join(', ')}`);
      if (prompt.argsSchema) {
        const checked = z.safeParse(prompt.argsSchema, params.arguments ?? {});
        if (!checked.success) return error(request.id, ERROR.invalidParams, `Invalid arguments for prompt ${params.name as string}: ${issuesText(checked.error.issues, registry.knownKeys(prompt.argsSchema))}`);
      }
      return { pass: true };
    }
    case 'resources/read': {
      const uri = params.uri as string;
      if (!URL.canParse(uri)) return error(request.id, ERROR.invalidParams, 'Invalid params: uri is not a URI');
      const href = new URL(uri).toString();
      if (!registry.templates.some((t) => t.match(href))) {
        return error(request.id, RESOURCE_NOT_FOUND, `Resource not found; this server has ${registry.templates.map((t) => t.uriTemplate).join(', ')} (resources/list gives every one)`);
      }
      return { pass: true };
    }
    case 'completion/complete': {
      const ref = params.ref as { type: string; name?: string; uri?: string };
      if (ref.type === 'ref/prompt' && !registry.prompts.has(ref.name as string)) return error(request.id, ERROR.invalidParams, 'Unknown prompt in ref');
      if (ref.type === 'ref/resource' && !registry.templates.some((t) => t.uriTemplate === ref.uri)) return error(request.id, ERROR.invalidParams, 'Unknown resource template in ref');
      return { pass: true };
    }
    default:
      return { pass: true };
  }
}

/**
 * The same message, fit to send: error messages without a repeated "MCP error <code>:", internal
 * errors without the exception's text, and nothing over the answer limit.
 */
export function outgoing(message: JSONRPCMessage, method: string | undefined): JSONRPCMessage {
  let out = message;
  if ('error' in out && out.error && typeof out.error.message === 'string') {
    // An internal error's message comes from an exception, which may quote the request: never sent.
    let text = out.error.code === ERROR.internal ? 'Internal error; the server is still running' : stripCode(out.error.message);
    // A resource handler may name the id it did not find; the URI came from the client, so it is not repeated.
    if (method === 'resources/read' && out.error.code === RESOURCE_NOT_FOUND && !text.startsWith('Resource not found')) text = 'Resource not found; resources/list gives every resource';
    out = { ...out, error: { ...out.error, message: text } };
  }
  if ('result' in out && method === 'tools/call' && out.result && (out.result as { isError?: boolean }).isError) {
    const result = out.result as { content?: { type: string; text?: string }[] };
    if (Array.isArray(result.content)) out = { ...out, result: { ...out.result, content: result.content.map((c) => (c.type === 'text' && typeof c.text === 'string' ? { ...c, text: stripCode(c.text) } : c)) } };
  }
  if ('id' in out && out.id !== undefined && !withinAnswerLimit(out)) return tooLarge(out.id as Id, method);
  return out;
}

/**
 * A transport that checks what the SDK is given and what it sends: requests whose params do not
 * fit the specification's schema (missing, an array, a wrong type) get -32602 with one short line;
 * an unknown tool or prompt gets -32602 and an unknown resource -32002, neither repeating the name
 * it was sent; a cursor (this server never hands one out) gets -32602; tool arguments that do not
 * fit the tool's schema get a tool error naming the fields. Outgoing error messages lose the SDK's
 * "MCP error <code>:" prefix, and no answer over LIMITS.answerBytes leaves the server.
 */
export function guardTransport(inner: Transport, registry: Registry): Transport {
  const pending = new Map<Id, string>();
  const guarded: Transport = {
    async start() {
      inner.onclose = () => guarded.onclose?.();
      inner.onerror = (e) => guarded.onerror?.(e);
      inner.onmessage = (message: JSONRPCMessage, extra?: MessageExtraInfo) => {
        if (isRequest(message)) {
          let verdict: Verdict;
          try {
            verdict = checkRequest(message, registry);
          } catch {
            // Input deep or odd enough to break a check (a stack overflow in schema parsing) is refused, and the server goes on.
            verdict = error(message.id, ERROR.internal, 'Internal error');
          }
          if (!verdict.pass) {
            inner.send(outgoing(verdict.reply, message.method)).catch((e: unknown) => guarded.onerror?.(e instanceof Error ? e : new Error(String(e))));
            return;
          }
          pending.set(message.id, message.method);
        }
        guarded.onmessage?.(message, extra);
      };
      await inner.start();
    },
    async send(message: JSONRPCMessage, options?: TransportSendOptions) {
      let method: string | undefined;
      if (('result' in message || 'error' in message) && 'id' in message && message.id !== undefined) {
        method = pending.get(message.id as Id);
        pending.delete(message.id as Id);
      }
      await inner.send(outgoing(message, method), options);
    },
    close: () => inner.close(),
  };
  if (inner.setProtocolVersion) guarded.setProtocolVersion = (v) => inner.setProtocolVersion?.(v);
  Object.defineProperty(guarded, 'sessionId', { get: () => inner.sessionId });
  return guarded;
}
