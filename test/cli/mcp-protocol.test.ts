import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { McpError, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/mcp/limits.js';
import { BIN, cliNodeArgs, networkAttempts, networkLogFile, runCli, tempHome } from '../helpers/cli.js';
import { connectStdio, type StdioSession } from '../mcp/stdio-client.js';

/** A fake GitHub token in the real format. Pasted as a name or an argument, it must never come back. */
const TOKEN = 'ghp_Pq7Rs2Tu9Vw4Xy1Za6Bc3De8Fg5Hi0Jk2Lm4N';
const TELL = TOKEN.slice(4, 14);

type ErrorAnswer = { id: string | number; error: { code: number; message: string; data?: unknown } };

/**
 * A config of `count` container servers, each with what a careless copy-paste brings (a token in
 * env, --privileged, the host's / and Docker socket mounted, :latest, auto-approval): about 225
 * bytes per server in, about 20 times that out.
 */
function hugeConfig(count: number): string {
  const servers: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) {
    servers[`srv-${i}`] = {
      command: 'docker',
      args: ['run', '--privileged', '-v', '/:/host', '-v', '/var/run/docker.sock:/var/run/docker.sock', `img${i}:latest`],
      env: { API_TOKEN: `ghp_${String(i).padStart(36, 'a')}` },
      alwaysAllow: ['*'],
    };
  }
  return JSON.stringify({ mcpServers: servers });
}

function expectSpecError(answer: JSONRPCMessage, code: number): ErrorAnswer['error'] {
  expect(answer).toHaveProperty('error');
  const { error } = answer as unknown as ErrorAnswer;
  expect(error.code).toBe(code);
  // One short line, without the code repeated in the text and without a validation dump.
  expect(error.message).not.toMatch(/MCP error|-32\d\d\d/);
  expect(error.message).not.toContain('\n');
  expect(error.message).not.toMatch(/[[{]\s*"/);
  expect(error.message.length).toBeLessThan(300);
  return error;
}

describe('mcp-operator mcp under the official SDK client (stdio, the built CLI)', () => {
  const home = tempHome();
  const netLog = networkLogFile();
  let session: StdioSession;

  beforeAll(async () => {
    session = await connectStdio({ bin: BIN, env: { MCP_OPERATOR_HOME: home, HOME: home, NO_COLOR: '1', MCP_OPERATOR_NETWORK_LOG: netLog } });
  });
  afterAll(async () => {
    await session.close();
  });

  it('declares listChanged nowhere (its lists never change) and offers completions', () => {
    const capabilities = session.client.getServerCapabilities();
    expect(capabilities?.tools?.listChanged).not.toBe(true);
    expect(capabilities?.resources?.listChanged).not.toBe(true);
    expect(capabilities?.prompts?.listChanged).not.toBe(true);
    expect(capabilities?.completions).toEqual({});
    expect(session.client.getServerVersion()?.name).toBe('mcp-operator');
  });

  it('answers an unknown tool with -32602, not repeating the name it was sent', async () => {
    const error = await session.client.callTool({ name: TOKEN, arguments: {} }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(-32602);
    const answer = await session.raw({ id: 'unknown-tool', method: 'tools/call', params: { name: TOKEN, arguments: {} } });
    const wire = expectSpecError(answer, -32602);
    expect(wire.message).toContain('review_config');
    expect(JSON.stringify(answer)).not.toContain(TELL);
  });

  it('answers an unknown resource with -32002 and an unknown prompt with -32602, not repeating either', async () => {
    for (const [i, uri] of [`file:///home/me/${TOKEN}`, `lesson://${TOKEN.toLowerCase()}`, `server://${TOKEN}`, `scenario://${TOKEN}`].entries()) {
      const answer = await session.raw({ id: `resource-${i}`, method: 'resources/read', params: { uri } });
      expectSpecError(answer, -32002);
      expect(JSON.stringify(answer).toLowerCase()).not.toContain(TELL.toLowerCase());
    }
    await expect(session.client.readResource({ uri: 'file:///etc/passwd' })).rejects.toMatchObject({ code: -32002 });
    const prompt = await session.raw({ id: 'unknown-prompt', method: 'prompts/get', params: { name: TOKEN } });
    expect(expectSpecError(prompt, -32602).message).toContain('deployment_interview');
    expect(JSON.stringify(prompt)).not.toContain(TELL);
    const badArgument = await session.raw({ id: 'bad-argument', method: 'prompts/get', params: { name: 'config_review_walkthrough', arguments: { client: TOKEN } } });
    expectSpecError(badArgument, -32602);
    expect(JSON.stringify(badArgument)).not.toContain(TELL);
  });

  it('answers missing, array and wrongly typed params with -32602 and one line, not a validation dump', async () => {
    for (const [id, params] of [
      ['no-params', undefined],
      ['array-params', []],
      ['string-params', 'review_config'],
      ['no-name', { arguments: {} }],
      ['name-number', { name: 42 }],
    ] as const) {
      const answer = await session.raw({ id, method: 'tools/call', ...(params !== undefined ? { params } : {}) });
      expect((answer as { id?: unknown }).id, id).toBe(id);
      expectSpecError(answer, -32602);
    }
    for (const method of ['resources/read', 'prompts/get', 'completion/complete']) {
      expectSpecError(await session.raw({ id: `missing-${method}`, method }), -32602);
    }
  });

  it('answers a cursor (it never hands one out) with -32602 on every list', async () => {
    await expect(session.client.listTools({ cursor: 'bogus' })).rejects.toMatchObject({ code: -32602 });
    for (const method of ['tools/list', 'prompts/list', 'resources/list', 'resources/templates/list']) {
      expectSpecError(await session.raw({ id: `cursor-${method}`, method, params: { cursor: TOKEN } }), -32602);
    }
  });

  it('answers tool arguments that do not fit with a tool error naming the field, in one line without its code', async () => {
    const result = await session.client.callTool({ name: 'review_config', arguments: { content: 42, client: 'notepad' } });
    expect(result.isError).toBe(true);
    const text = (result.content as { text: string }[])[0]?.text ?? '';
    expect(text).toMatch(/^Invalid arguments for review_config: content: .*client: /);
    expect(text).not.toMatch(/MCP error|-32\d\d\d|\n/);
    const keyed = await session.client.callTool({ name: 'assess_deployment', arguments: { answers: { [TOKEN]: { nested: true } } } });
    expect(keyed.isError).toBe(true);
    expect(JSON.stringify(keyed)).not.toContain(TELL);
  });

  it('refuses arguments with too many elements and lines nested too deep for the checks, and keeps serving', async () => {
    const many = await session.raw({ id: 'many', method: 'tools/call', params: { name: 'quiz_item', arguments: { exclude: Array.from({ length: 300_000 }, () => 0) } } });
    expect(many).toMatchObject({ result: { isError: true } });
    expect(JSON.stringify(many)).toContain(`more than ${LIMITS.toolInputElements} elements`);
    const nested = await session.raw({ id: 'deep', method: 'tools/call', params: { name: 'review_config', arguments: { content: 'x', extra: JSON.parse(`${'['.repeat(3_000)}${']'.repeat(3_000)}`) as unknown } } });
    expect(nested).toMatchObject({ id: 'deep' });
    expect((await session.client.listTools()).tools.length).toBeGreaterThan(5);
  });

  it('completes prompt arguments with fixed values: client ids and known server ids', async () => {
    const clients = await session.client.complete({ ref: { type: 'ref/prompt', name: 'config_review_walkthrough' }, argument: { name: 'client', value: 'cl' } });
    expect(clients.completion.values).toEqual(expect.arrayContaining(['claude-desktop', 'claude-code', 'cline']));
    expect(clients.completion.values.every((v) => v.startsWith('cl'))).toBe(true);
    const servers = await session.client.complete({ ref: { type: 'ref/prompt', name: 'deployment_interview' }, argument: { name: 'server', value: 'git' } });
    expect(servers.completion.values).toContain('github');
    const unknown = await session.raw({ id: 'complete-unknown', method: 'completion/complete', params: { ref: { type: 'ref/prompt', name: TOKEN }, argument: { name: 'x', value: '' } } });
    expectSpecError(unknown, -32602);
    expect(JSON.stringify(unknown)).not.toContain(TELL);
  });

  it('summarises a review too large for one answer (the SDK client would drop a 10 MB message) and keeps serving', async () => {
    const content = hugeConfig(1_200);
    expect(content.length).toBeLessThan(LIMITS.contentChars);
    const cli = await runCli(['review', '-', '--format', 'json', '--no-discover'], { home, input: content, env: { HOME: home } });
    const full = JSON.parse(cli.stdout) as { findings: { severity: string }[]; summary: Record<string, number> };
    // Whole, the answer would be several times the SDK client's 10 MB read buffer: text and structured copies of this.
    expect(cli.stdout.length).toBeGreaterThan(5_000_000);

    await session.client.listTools(); // so the client checks the answer against the tool's output schema
    const before = session.received.length;
    const result = await session.client.callTool({ name: 'review_config', arguments: { content } });
    expect(result.isError).toBeFalsy();
    const answer = session.received.slice(before).find((m) => 'result' in m);
    expect(Buffer.byteLength(JSON.stringify(answer))).toBeLessThanOrEqual(LIMITS.answerBytes);

    const report = result.structuredContent as { findings: { severity: string }[]; summary: Record<string, number>; omitted: { findings: number; fixedEntries: number } };
    expect(report.summary).toEqual(full.summary);
    expect(report.findings.length + report.omitted.findings).toBe(full.findings.length);
    expect(report.findings.length).toBeGreaterThan(100);
    const rank = ['critical', 'high', 'medium', 'low', 'info'];
    const ranks = report.findings.map((f) => rank.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const note = (result.content as { text: string }[]).at(-1)?.text ?? '';
    expect(note).toContain(`${report.findings.length} of ${full.findings.length} findings`);
    expect(note).toContain('mcp-operator review');
    expect(JSON.stringify(result)).not.toContain('ghp_aaaaaaaa');

    expect((await session.client.listTools()).tools.length).toBeGreaterThan(5);
  });

  it('wrote nothing to stderr and used no network', () => {
    expect(session.stderr()).toBe('');
    expect(networkAttempts(netLog)).toEqual([]);
  });
});

/** Raw lines a `mcp-operator` process writes for `lines` (all sent at once), until `count` answers have come. */
function answersOf(args: string[], lines: object[], count: number, env: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliNodeArgs(args), { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no ${count} answers; got: ${out.slice(0, 500)}`)), 15_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const got = out.split('\n').filter(Boolean);
      if (got.length >= count) {
        clearTimeout(timer);
        child.stdin.end();
        resolve(got);
      }
    });
    child.stdin.write(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  });
}

describe('the start-up front (answers from dist/mcp-start.json while the server loads)', () => {
  const home = tempHome();
  const env = { MCP_OPERATOR_HOME: home, HOME: home, NO_COLOR: '1' };
  const hello = (protocolVersion: string) => ({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion, capabilities: { roots: { listChanged: true } }, clientInfo: { name: 'front-test', version: '1' } } });
  const list = { jsonrpc: '2.0', id: 2, method: 'tools/list' };

  it('gives byte for byte the answers the server gives without it (mcp-operator --no-color mcp loads the server first)', async () => {
    for (const version of ['2025-06-18', '2025-11-25', '2024-11-05', '1999-01-01']) {
      const front = await answersOf(['mcp'], [hello(version), list], 2, env);
      const server = await answersOf(['--no-color', 'mcp'], [hello(version), list], 2, env);
      expect(front).toEqual(server);
      expect((JSON.parse(front[0] as string) as { result: { protocolVersion: string } }).result.protocolVersion).toBe(version === '1999-01-01' ? '2025-11-25' : version);
    }
  });

  it('hands everything else to the server in order, and the server does not answer initialize a second time', async () => {
    const lines = [hello('2025-06-18'), { jsonrpc: '2.0', method: 'notifications/initialized' }, list, { jsonrpc: '2.0', id: 3, method: 'prompts/list' }, { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'explain_finding', arguments: { id: 'MCPR-SEC-001' } } }];
    const answers = (await answersOf(['mcp'], lines, 4, env)).map((l) => JSON.parse(l) as { id: number; result: Record<string, unknown> });
    expect(answers.map((a) => a.id).sort()).toEqual([1, 2, 3, 4]);
    expect((answers.find((a) => a.id === 4)?.result.structuredContent as { id: string }).id).toBe('MCPR-SEC-001');
    // Nothing more comes (a second answer to id 1 would be a protocol violation).
    const more = await answersOf(['mcp'], [...lines, { jsonrpc: '2.0', id: 5, method: 'ping' }], 5, env);
    expect(more.map((l) => (JSON.parse(l) as { id: number }).id).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers every request asked before the input ends, then exits 0', async () => {
    const lines = [hello('2025-06-18'), list, { jsonrpc: '2.0', id: 3, method: 'resources/templates/list' }];
    const r = await runCli(['mcp'], { home, input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id).sort()).toEqual([1, 2, 3]);
  });

  it('answers lines nested deeper than any check can follow with an error, and reads the next one', async () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const lines = [
      `{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"review_config","arguments":{"content":"x","extra":${deep(200_000)}}}}`,
      `{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"review_config","arguments":{"content":"x","extra":${deep(20_000)}}}}`,
      JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'ping' }),
    ];
    const r = await runCli(['mcp'], { home, input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: number; error?: { code: number }; result?: unknown });
    expect(answers).toHaveLength(3);
    expect(answers).toContainEqual({ result: {}, jsonrpc: '2.0', id: 7 });
    for (const a of answers.filter((x) => x.id !== 7)) expect(a.error?.code ?? (a.result as { isError?: boolean }).isError).toBeTruthy();
  });

  it('skips a line over the read limit with an error and reads the next one', async () => {
    const r = await runCli(['mcp'], { home, input: `${'x'.repeat(LIMITS.lineBytes + 10)}\n${JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'ping' })}\n` });
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: number; error?: { code: number } });
    expect(answers).toHaveLength(2);
    expect(answers).toContainEqual({ jsonrpc: '2.0', error: { code: -32600, message: expect.stringContaining('MiB') } });
    expect(answers).toContainEqual({ result: {}, jsonrpc: '2.0', id: 7 });
  });

  it('the record is the one this build wrote', () => {
    const record = JSON.parse(readFileSync(join(process.cwd(), 'dist/mcp-start.json'), 'utf8')) as { version: string };
    expect(record.version).toBe((JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version);
  });
});
