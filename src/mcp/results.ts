import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { findSecrets } from '../core/review/secrets.js';

/** Every tool here only reads the course and the arguments it is given: no side effects, no network. */
export const READ_ONLY: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

/** A successful result: the structured output, and the same object serialised as text for clients that only read text. */
export function ok<T extends Record<string, unknown>>(structured: T, text: string = JSON.stringify(structured, null, 2), more: string[] = []): CallToolResult {
  return {
    content: [{ type: 'text', text }, ...more.map((t) => ({ type: 'text' as const, text: t }))],
    structuredContent: structured,
  };
}

/** A tool error the model can read and act on (isError: true); the server keeps serving. */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

const PLAIN_ID = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;

/**
 * An id as it may appear in an error message: quoted when it looks like an id of ours (letters and
 * digits joined by single hyphens or dots) and not like a credential, otherwise not repeated at
 * all, so an error never echoes arbitrary text a client sent (a pasted token, say).
 */
export function shownId(id: string): string {
  return id.length <= 100 && PLAIN_ID.test(id) && findSecrets(id).length === 0 ? `"${id}"` : 'that id';
}

/**
 * Run a tool's work; an unexpected exception becomes a tool error that names only the kind of
 * error, never its message (which could quote the input), and the server keeps serving.
 */
export function safely(tool: string, run: () => CallToolResult): CallToolResult {
  try {
    return run();
  } catch (error) {
    const kind = error instanceof Error ? error.name : 'error';
    return toolError(`${tool} could not handle this input (internal ${kind}); the server is still running. Please report it if it happens again.`);
  }
}
