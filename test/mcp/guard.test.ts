import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { stripCode, tooLarge, withinAnswerLimit } from '../../src/mcp/errors.js';
import { checkRequest, issuesText, outgoing, pathText } from '../../src/mcp/guard.js';
import { LIMITS } from '../../src/mcp/limits.js';
import { Registry } from '../../src/mcp/registry.js';

const TOKEN = 'ghp_Pq7Rs2Tu9Vw4Xy1Za6Bc3De8Fg5Hi0Jk2Lm4N';

function registry(): Registry {
  const r = new Registry();
  r.tools.set('review_config', { inputSchema: z.object({ content: z.string(), client: z.enum(['cursor', 'vscode']).optional() }) });
  r.tools.set('assess_deployment', { inputSchema: z.object({ answers: z.object({ source: z.string().optional() }).catchall(z.string()) }) });
  r.prompts.set('deployment_interview', { argsSchema: z.object({ server: z.string().max(5).optional() }) });
  r.templates.push({ uriTemplate: 'lesson://{id}', match: (uri) => (uri.startsWith('lesson://') ? {} : null) });
  return r;
}

const request = (method: string, params?: unknown) => ({ jsonrpc: '2.0' as const, id: 9, method, ...(params !== undefined ? { params: params as Record<string, unknown> } : {}) });
const replyOf = (v: ReturnType<typeof checkRequest>) => (v.pass ? undefined : (v.reply as unknown as { error?: { code: number; message: string }; result?: { isError: boolean; content: { text: string }[] } }));

describe('the protocol guard', () => {
  it('passes well-formed requests for what the server has', () => {
    const r = registry();
    expect(checkRequest(request('tools/call', { name: 'review_config', arguments: { content: '{}' } }), r).pass).toBe(true);
    expect(checkRequest(request('prompts/get', { name: 'deployment_interview' }), r).pass).toBe(true);
    expect(checkRequest(request('resources/read', { uri: 'lesson://a' }), r).pass).toBe(true);
    expect(checkRequest(request('tools/list'), r).pass).toBe(true);
    expect(checkRequest(request('some/extension', [1]), r).pass).toBe(true);
  });

  it('answers unknown names and cursors itself, never repeating what it was sent', () => {
    const r = registry();
    const cases: [ReturnType<typeof checkRequest>, number][] = [
      [checkRequest(request('tools/call', { name: TOKEN }), r), -32602],
      [checkRequest(request('prompts/get', { name: TOKEN }), r), -32602],
      [checkRequest(request('resources/read', { uri: `https://example.com/${TOKEN}` }), r), -32002],
      [checkRequest(request('completion/complete', { ref: { type: 'ref/prompt', name: TOKEN }, argument: { name: 'a', value: 'b' } }), r), -32602],
      [checkRequest(request('completion/complete', { ref: { type: 'ref/resource', uri: `x://${TOKEN}` }, argument: { name: 'a', value: 'b' } }), r), -32602],
      [checkRequest(request('tools/list', { cursor: TOKEN }), r), -32602],
      [checkRequest(request('resources/templates/list', { cursor: '' }), r), -32602],
    ];
    for (const [verdict, code] of cases) {
      const reply = replyOf(verdict);
      expect(reply?.error?.code).toBe(code);
      expect(JSON.stringify(reply)).not.toContain('Pq7Rs2Tu9V');
    }
  });

  it('answers params that do not fit the specification with -32602 in one line', () => {
    const r = registry();
    const missing = replyOf(checkRequest(request('tools/call'), r));
    expect(missing?.error).toEqual({ code: -32602, message: 'Invalid params: params is missing (expected object)' });
    const wrong = replyOf(checkRequest(request('resources/read', { uri: 7 }), r));
    expect(wrong?.error?.message).toBe('Invalid params: params.uri: Invalid input: expected string, received number');
  });

  it('answers tool arguments that do not fit with a tool error, showing only the schema\'s own key names', () => {
    const r = registry();
    const reply = replyOf(checkRequest(request('tools/call', { name: 'assess_deployment', arguments: { answers: { source: 1, [TOKEN]: { a: 1 } } } }), r));
    expect(reply?.result?.isError).toBe(true);
    const text = reply?.result?.content[0]?.text ?? '';
    expect(text).toBe('Invalid arguments for assess_deployment: answers.source: Invalid input: expected string, received number; answers.<key>: Invalid input: expected string, received object');
    const tooMany = replyOf(checkRequest(request('tools/call', { name: 'review_config', arguments: { content: 'x', list: Array.from({ length: LIMITS.toolInputElements + 1 }, () => 0) } }), r));
    expect(tooMany?.result?.content[0]?.text).toContain(`more than ${LIMITS.toolInputElements} elements`);
  });

  it('pathText and issuesText name positions and declared keys, nothing else', () => {
    expect(pathText(['answers', 'capabilities', 2, TOKEN], new Set(['answers', 'capabilities']))).toBe('answers.capabilities[2].<key>');
    const issues = z.object({ a: z.string() }).strict().safeParse({ a: 1, [TOKEN]: 2 }).error?.issues ?? [];
    expect(issuesText(issues, new Set(['a']))).not.toContain('Pq7Rs2Tu9V');
  });

  it('takes the code out of error messages, keeps internal errors\' text to itself, and withholds answers over the limit', () => {
    expect(stripCode('MCP error -32602: MCP error -32602: Unknown tool')).toBe('Unknown tool');
    const stripped = outgoing({ jsonrpc: '2.0', id: 1, error: { code: -32602, message: 'MCP error -32602: Prompt x not found' } } as JSONRPCMessage, 'prompts/get');
    expect(stripped).toEqual({ jsonrpc: '2.0', id: 1, error: { code: -32602, message: 'Prompt x not found' } });
    const internal = outgoing({ jsonrpc: '2.0', id: 1, error: { code: -32603, message: `TypeError: cannot read ${TOKEN}` } } as JSONRPCMessage, 'tools/call');
    expect(JSON.stringify(internal)).not.toContain('Pq7Rs2Tu9V');
    const notFound = outgoing({ jsonrpc: '2.0', id: 1, error: { code: -32002, message: `No known server with id "${TOKEN}"` } } as JSONRPCMessage, 'resources/read');
    expect(JSON.stringify(notFound)).not.toContain('Pq7Rs2Tu9V');
    const toolText = outgoing({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'MCP error -32602: Output validation error' }], isError: true } } as JSONRPCMessage, 'tools/call');
    expect(JSON.stringify(toolText)).toContain('"Output validation error"');

    const big = { jsonrpc: '2.0', id: 4, result: { content: [{ type: 'text', text: 'é'.repeat(LIMITS.answerBytes / 2) }] } } as JSONRPCMessage;
    expect(withinAnswerLimit(big)).toBe(false);
    expect(outgoing(big, 'tools/call')).toEqual(tooLarge(4, 'tools/call'));
    expect(outgoing(big, 'resources/read')).toMatchObject({ id: 4, error: { code: -32603 } });
    const fits = { jsonrpc: '2.0', id: 4, result: { content: [{ type: 'text', text: 'a'.repeat(LIMITS.answerBytes - 100) }] } } as JSONRPCMessage;
    expect(outgoing(fits, 'tools/call')).toBe(fits);
  });
});
