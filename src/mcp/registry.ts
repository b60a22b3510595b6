import type { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';

type Schema = z.core.$ZodType;

/**
 * What the server offers, by name: recorded as each tool, prompt and resource template is
 * registered, so the protocol guard can answer a request for something unknown itself (without
 * repeating the name it was sent) and check arguments before the SDK sees them.
 */
export class Registry {
  readonly tools = new Map<string, { inputSchema: Schema | undefined }>();
  readonly prompts = new Map<string, { argsSchema: Schema | undefined }>();
  readonly templates: { uriTemplate: string; match: (uri: string) => unknown }[] = [];
  private readonly keys = new Map<Schema, Set<string>>();

  /** Every property name a schema declares, at any depth: the names an error message may show. */
  knownKeys(schema: Schema | undefined): Set<string> {
    if (!schema) return new Set();
    let known = this.keys.get(schema);
    if (!known) {
      known = new Set();
      collectKeys(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }), known);
      this.keys.set(schema, known);
    }
    return known;
  }
}

function collectKeys(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectKeys(item, into);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
    collectKeys(value, into);
  }
}

/**
 * Record every registration made on `server` from now on in `registry`. The registrations
 * themselves are the SDK's; this only keeps the names and schemas they return.
 */
export function recordRegistrations(server: McpServer, registry: Registry): void {
  const registerTool = server.registerTool.bind(server) as (...args: unknown[]) => { inputSchema?: Schema };
  server.registerTool = ((name: string, ...rest: unknown[]) => {
    const tool = registerTool(name, ...rest);
    registry.tools.set(name, { inputSchema: tool.inputSchema });
    return tool;
  }) as typeof server.registerTool;

  const registerPrompt = server.registerPrompt.bind(server) as (...args: unknown[]) => { argsSchema?: Schema };
  server.registerPrompt = ((name: string, ...rest: unknown[]) => {
    const prompt = registerPrompt(name, ...rest);
    registry.prompts.set(name, { argsSchema: prompt.argsSchema });
    return prompt;
  }) as typeof server.registerPrompt;

  const registerResource = server.registerResource.bind(server) as (...args: unknown[]) => unknown;
  server.registerResource = ((name: string, where: string | ResourceTemplate, ...rest: unknown[]) => {
    if (typeof where === 'string') registry.templates.push({ uriTemplate: where, match: (uri) => (uri === where ? {} : null) });
    else registry.templates.push({ uriTemplate: where.uriTemplate.toString(), match: (uri) => where.uriTemplate.match(uri) });
    return registerResource(name, where, ...rest);
  }) as typeof server.registerResource;
}
