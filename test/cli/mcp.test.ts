import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliNodeArgs, networkAttempts, networkLogFile, runCli, tempHome } from '../helpers/cli.js';

const root = process.cwd();
const VERSION = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const MIXED = readFileSync(join(root, 'test/fixtures/review/mixed.mcp.json'), 'utf8');
const TOKEN = 'ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d';

interface Message {
  jsonrpc: string;
  id?: number | string;
  result?: Record<string, unknown>;
  error?: { code: number; message: string };
}

/** `mcp-operator mcp` as a child process, spoken to in newline-delimited JSON-RPC over its stdin and stdout. */
class StdioSession {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  stderr = '';
  private buffer = '';
  private waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private seen: Message[] = [];
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, cliNodeArgs(['mcp']), { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (d: Buffer) => {
      this.buffer += d.toString();
      let nl = this.buffer.indexOf('\n');
      while (nl >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        this.lines.push(line);
        const message = JSON.parse(line) as Message;
        this.seen.push(message);
        for (const w of [...this.waiters]) {
          if (w.match(message)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve(message);
          }
        }
        nl = this.buffer.indexOf('\n');
      }
    });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** The next message (already received or still to come) that matches. */
  next(match: (m: Message) => boolean): Promise<Message> {
    const index = this.seen.findIndex(match);
    if (index >= 0) return Promise.resolve(this.seen.splice(index, 1)[0] as Message);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message; stdout so far:\n${this.lines.join('\n').slice(-2000)}\nstderr: ${this.stderr}`)), 15_000);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          this.seen.splice(this.seen.indexOf(m), 1);
          resolve(m);
        },
      });
    });
  }

  async request(id: number, method: string, params?: Record<string, unknown>): Promise<Message> {
    this.send(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) }));
    return this.next((m) => m.id === id);
  }
}

describe('mcp-operator mcp over stdio (the built CLI)', () => {
  const home = tempHome();
  const netLog = networkLogFile();
  let session: StdioSession;

  beforeAll(() => {
    session = new StdioSession({ MCP_OPERATOR_HOME: home, HOME: home, NO_COLOR: '1', MCP_OPERATOR_NETWORK_LOG: netLog });
  });
  afterAll(() => {
    if (session.child.exitCode === null) session.child.kill();
  });

  it('initializes and lists the tools', async () => {
    const init = await session.request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'stdio-test', version: '1.0.0' } });
    expect(init.result).toMatchObject({ serverInfo: { name: 'mcp-operator', version: VERSION }, capabilities: { tools: {}, resources: {}, prompts: {} } });
    expect(String(init.result?.instructions)).toContain('review_config');
    session.send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
    const list = await session.request(2, 'tools/list');
    const tools = (list.result?.tools as { name: string }[]).map((t) => t.name);
    expect(tools).toHaveLength(10);
    expect(tools).toContain('lookup_server');
    expect(tools).toContain('review_config');
  });

  it('reviews config content as review --format json does, the token redacted', async () => {
    const call = await session.request(3, 'tools/call', { name: 'review_config', arguments: { content: MIXED } });
    const result = call.result as { structuredContent: { scanned: { path: string }[] }; content: { text: string }[]; isError?: boolean };
    expect(result.isError).toBeFalsy();
    const cli = await runCli(['review', '-', '--format', 'json', '--no-discover'], { home, input: MIXED, env: { HOME: home } });
    expect(cli.code).toBe(1);
    expect(result.content[0]?.text.replaceAll('"<mcp>"', '"<stdin>"')).toBe(cli.stdout);
    expect(JSON.stringify(call)).not.toContain(TOKEN.slice(4, 14));
  });

  it('writes the plan JSON of plan --answers --format json', async () => {
    const answers = { server: 'acme-tickets', source: 'vendor', transport: 'stdio', capabilities: ['read-only', 'network-egress'], dataSensitivity: 'confidential', environment: 'dev-laptop', humanApproval: 'partial' };
    const call = await session.request(4, 'tools/call', { name: 'generate_plan', arguments: { answers } });
    const plan = (call.result as { structuredContent: { plan: Record<string, unknown> } }).structuredContent.plan;
    const file = join(home, 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    const cli = JSON.parse((await runCli(['plan', '--answers', file, '--format', 'json'], { home })).stdout) as Record<string, unknown>;
    expect({ ...plan, date: 'today' }).toEqual({ ...cli, date: 'today' });
  });

  it('answers malformed lines, unknown methods and bad arguments with errors, and keeps serving', async () => {
    session.send(`this is not JSON ${TOKEN}`);
    const parse = await session.next((m) => m.error?.code === -32700);
    expect(parse.id).toBeUndefined();
    expect(JSON.stringify(parse)).not.toContain(TOKEN.slice(4, 14));

    session.send(JSON.stringify({ hello: 'world' }));
    expect((await session.next((m) => m.error?.code === -32600)).id).toBeUndefined();

    const unknown = await session.request(10, 'tools/destroy_everything', {});
    expect(unknown.error?.code).toBe(-32601);

    const bad = await session.request(11, 'tools/call', { name: 'review_config', arguments: { content: 42, client: 'notepad' } });
    expect(bad.result).toMatchObject({ isError: true });

    const noTool = await session.request(12, 'tools/call', { name: 'format_disk', arguments: {} });
    expect(noTool.result?.isError ?? noTool.error).toBeTruthy();

    const after = await session.request(13, 'tools/list');
    expect((after.result?.tools as unknown[]).length).toBe(10);
  });

  it('reads a lesson resource and gets a prompt', async () => {
    const read = await session.request(20, 'resources/read', { uri: 'lesson://trust-before-install' });
    expect(String((read.result?.contents as { text: string }[])[0]?.text)).toContain('# Decide whether to trust a server before installing it');
    const prompt = await session.request(21, 'prompts/get', { name: 'deployment_interview', arguments: {} });
    expect(JSON.stringify(prompt.result)).toContain('assess_deployment');
  });

  it('exits cleanly when stdin closes, having written only JSON-RPC to stdout and used no network (the no-network preload)', async () => {
    session.child.stdin.end();
    const code = await Promise.race([session.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
    expect(code).toBe(0);
    expect(session.lines.length).toBeGreaterThan(10);
    for (const line of session.lines) expect((JSON.parse(line) as Message).jsonrpc).toBe('2.0');
    expect(session.stderr).toBe('');
    expect(networkAttempts(netLog)).toEqual([]);
  });
});

describe('the mcp bundle', () => {
  interface Metafile {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  }
  const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as Metafile;

  it('holds no HTTP transport and no web framework', () => {
    const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.some((i) => i.includes('src/mcp/server.ts'))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/(express|hono|@hono|cors|raw-body|eventsource|body-parser)\//.test(i))).toEqual([]);
    expect(inputs.filter((i) => /@modelcontextprotocol\/sdk\/dist\/esm\/(server\/(sse|streamableHttp|webStandardStreamableHttp|express)|client\/)/.test(i))).toEqual([]);
  });

  it('keeps the MCP server out of the other commands\' chunks', () => {
    const withServer = Object.entries(meta.outputs).filter(([, o]) => Object.keys(o.inputs).some((i) => i.includes('@modelcontextprotocol/sdk')));
    expect(withServer.map(([name]) => name).some((name) => name === 'dist/bin.cjs' || name === 'dist/main.js')).toBe(false);
  });

  it('mcp loads no Ink, React, prompts or terminal Markdown', () => {
    const home = tempHome();
    const log = join(home, 'loads.txt');
    const network = networkLogFile();
    // prompts/list is answered by the server itself (not the start-up front), so the whole server loads.
    const r = spawnSync(process.execPath, cliNodeArgs(['mcp'], [join(root, 'test/helpers/record-loads.mjs')]), {
      env: { ...process.env, MCP_OPERATOR_HOME: home, MCP_OPERATOR_LOAD_LOG: log, HOME: home, MCP_OPERATOR_NETWORK_LOG: network },
      input: `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'prompts/list' })}\n`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { id: number; result: { prompts: unknown[] } }).result.prompts).toHaveLength(2);
    expect(networkAttempts(network)).toEqual([]);
    const loaded = readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
      .map((url) => relative(root, fileURLToPath(url)));
    const inputs = loaded.flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
    expect(inputs.some((i) => i.includes('src/mcp/server.ts'))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/(ink|react|react-reconciler|@inkjs\/ui|@inquirer|marked-terminal|highlight\.js|cli-highlight)\//.test(i))).toEqual([]);
  });
});
