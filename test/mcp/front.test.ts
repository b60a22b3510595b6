import { PassThrough } from 'node:stream';
import { InitializeRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initializeParamsFit, readLine, serveWithFront, type Backend, type StartCache } from '../../src/mcp/front.js';
import { LineReader } from '../../src/mcp/lines.js';

const CACHE: StartCache = {
  version: '9.9.9',
  protocolVersions: ['2025-11-25', '2025-06-18', '2024-11-05'],
  latestProtocolVersion: '2025-11-25',
  initialize: { capabilities: { tools: { listChanged: false } }, serverInfo: { name: 'mcp-operator', version: '9.9.9' } },
  toolsList: { tools: [{ name: 'review_config', inputSchema: { type: 'object' } }] },
};

const init = (params: unknown, id: unknown = 1) => JSON.stringify({ jsonrpc: '2.0', id, method: 'initialize', params });
const good = { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'c', version: '1' } };

describe('initializeParamsFit (the front answers initialize only when the specification schema surely accepts it)', () => {
  const anything = fc.anything({ maxDepth: 3, withNullPrototype: false });
  /** Mostly `valid`, sometimes anything at all: near misses are where a hand check goes wrong. */
  const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: anything });
  /** Usually left out (undefined disappears in JSON), sometimes anything. */
  const rarely = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: anything });
  const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof(fc.constant(undefined), mostly(valid));
  const capabilities = fc.record({
    roots: maybe(fc.record({ listChanged: maybe(fc.boolean()) })),
    sampling: maybe(fc.record({ context: maybe(fc.constant({})), tools: maybe(fc.constant({})) })),
    elicitation: maybe(fc.record({ form: maybe(fc.record({ applyDefaults: maybe(fc.boolean()) })), url: maybe(fc.constant({})) })),
    experimental: maybe(fc.dictionary(fc.string(), mostly(fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 })), { maxKeys: 2 })),
    extensions: maybe(fc.dictionary(fc.string(), mostly(fc.constant({})), { maxKeys: 2 })),
    tasks: rarely,
  });
  const params = fc.record({
    protocolVersion: mostly(fc.constantFrom('2025-06-18', '2025-11-25', 'x')),
    capabilities: mostly(capabilities),
    clientInfo: mostly(fc.record({ name: mostly(fc.string()), version: mostly(fc.string()), title: maybe(fc.string()), websiteUrl: maybe(fc.string()), icons: rarely })),
    _meta: rarely,
  });

  it('accepts nothing the schema rejects (generated params)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(params, (generated) => {
        // What arrives over the wire: JSON (plain objects, no undefined, no functions).
        const p = JSON.parse(JSON.stringify(generated) ?? 'null') as unknown;
        if (!initializeParamsFit(p)) return;
        accepted += 1;
        expect(InitializeRequestSchema.safeParse({ method: 'initialize', params: p }).success).toBe(true);
      }),
      { numRuns: 3_000, seed: 17 },
    );
    // The property is not empty: many generated params are ones the front answers.
    expect(accepted).toBeGreaterThan(30);
  });

  it('accepts what real clients send', () => {
    expect(initializeParamsFit(good)).toBe(true);
    expect(initializeParamsFit({ protocolVersion: '2025-06-18', capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {} }, clientInfo: { name: 'claude-ai', version: '0.1.0' } })).toBe(true);
    expect(initializeParamsFit({ protocolVersion: '2025-11-25', capabilities: { elicitation: { form: {}, url: {} }, experimental: { x: {} } }, clientInfo: { name: 'inspector', version: '0.17', title: 'Inspector' } })).toBe(true);
  });

  it('leaves anything unusual to the server', () => {
    expect(initializeParamsFit({ ...good, _meta: { progressToken: 1 } })).toBe(false);
    expect(initializeParamsFit({ ...good, capabilities: { roots: true } })).toBe(false);
    expect(initializeParamsFit({ ...good, capabilities: { tasks: {} } })).toBe(false);
    expect(initializeParamsFit({ ...good, clientInfo: { name: 'c' } })).toBe(false);
    expect(initializeParamsFit({ ...good, clientInfo: { name: 'c', version: '1', icons: [] } })).toBe(false);
    expect(initializeParamsFit([good])).toBe(false);
  });
});

describe('readLine', () => {
  it('answers initialize with the version the client asked for when supported, else the latest', () => {
    const state = { initialized: false };
    expect(readLine(init(good), CACHE, state)).toEqual({ kind: 'answer', id: 1, method: 'initialize', result: { protocolVersion: '2025-06-18', ...CACHE.initialize } });
    expect(readLine(init({ ...good, protocolVersion: '1999-01-01' }), CACHE, { initialized: false })).toMatchObject({ result: { protocolVersion: '2025-11-25' } });
    // A second initialize goes to the server.
    expect(readLine(init(good, 5), CACHE, state)).toEqual({ kind: 'request' });
  });

  it('answers tools/list and ping without params, and nothing else', () => {
    const state = { initialized: true };
    expect(readLine('{"jsonrpc":"2.0","id":"a","method":"tools/list"}', CACHE, state)).toEqual({ kind: 'answer', id: 'a', method: 'tools/list', result: CACHE.toolsList });
    expect(readLine('{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}', CACHE, state)).toMatchObject({ kind: 'answer' });
    expect(readLine('{"jsonrpc":"2.0","id":3,"method":"ping"}', CACHE, state)).toMatchObject({ kind: 'answer', result: {} });
    for (const line of [
      '{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{"cursor":"x"}}',
      '{"jsonrpc":"2.0","id":2.5,"method":"tools/list"}',
      '{"jsonrpc":"2.0","id":2,"method":"tools/list","extra":1}',
      '{"jsonrpc":"1.0","id":2,"method":"tools/list"}',
      '{"jsonrpc":"2.0","id":2,"method":"prompts/list"}',
      'not json',
      '[1,2]',
    ]) {
      expect(readLine(line, CACHE, state), line).toEqual({ kind: 'request' });
    }
    expect(readLine('{"jsonrpc":"2.0","method":"notifications/initialized"}', CACHE, state)).toEqual({ kind: 'notification' });
  });
});

describe('LineReader', () => {
  it('splits lines across chunks, ignores blank lines and CR, and skips an over-long line once', () => {
    const lines: string[] = [];
    let oversize = 0;
    const reader = new LineReader(10, (l) => lines.push(l), () => (oversize += 1));
    for (const chunk of ['ab', 'c\r\n\n  \nde', 'f\n0123456789', 'ABCDEF', 'GH\nok\n', '0123456789X\nlast\n']) reader.push(Buffer.from(chunk));
    expect(lines).toEqual(['abc', 'def', 'ok', 'last']);
    expect(oversize).toBe(2);
  });

  it('keeps multi-byte characters split across chunks', () => {
    const lines: string[] = [];
    const reader = new LineReader(100, (l) => lines.push(l), () => undefined);
    const bytes = Buffer.from('é✓\n');
    reader.push(bytes.subarray(0, 1));
    reader.push(bytes.subarray(1, 4));
    reader.push(bytes.subarray(4));
    expect(lines).toEqual(['é✓']);
  });
});

/** A backend that records the lines it is given and answers each request with its method. */
function fakeBackend(stdout: PassThrough, answered: Set<string | number>, log: string[]): Backend {
  const open: (() => void)[] = [];
  return {
    line(line) {
      log.push(line);
      const m = JSON.parse(line) as { id?: number; method: string };
      if (m.id !== undefined && !answered.delete(m.id)) stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: m.id, result: { method: m.method } })}\n`);
    },
    oversize() {},
    settled: () => Promise.resolve(),
    close: async () => open.forEach((f) => f()),
    onclose: (f) => open.push(f),
  };
}

describe('serveWithFront', () => {
  it('answers initialize and tools/list at once, then replays initialize to the server (its answer dropped) and hands over the rest in order', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const written: string[] = [];
    stdout.on('data', (d: Buffer) => written.push(...d.toString().split('\n').filter(Boolean)));
    const log: string[] = [];
    let loads = 0;
    const served = serveWithFront({
      cache: CACHE,
      stdin,
      stdout,
      warmAfter: 60_000,
      load: async (answered) => {
        loads += 1;
        return fakeBackend(stdout, answered as Set<string | number>, log);
      },
    });
    stdin.write(`${init(good)}\n{"jsonrpc":"2.0","method":"notifications/initialized"}\n{"jsonrpc":"2.0","id":2,"method":"tools/list"}\n`);
    await new Promise((r) => setTimeout(r, 20));
    expect(written.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 2]);
    stdin.write('{"jsonrpc":"2.0","id":3,"method":"prompts/list"}\n');
    stdin.end();
    await served;
    expect(loads).toBe(1);
    expect(log.map((l) => (JSON.parse(l) as { method: string }).method)).toEqual(['initialize', 'notifications/initialized', 'prompts/list']);
    expect(written.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 2, 3]);
  });

  it('never loads the server when the input ends with nothing left to answer', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let loads = 0;
    const served = serveWithFront({ cache: CACHE, stdin, stdout, warmAfter: 60_000, load: async () => ((loads += 1), fakeBackend(stdout, new Set(), [])) });
    stdin.end(`${init(good)}\n`);
    await served;
    expect(loads).toBe(0);
  });

  it('loads the server at once without a start record, and rejects when it cannot be loaded', async () => {
    const stdin = new PassThrough();
    await expect(serveWithFront({ cache: undefined, stdin, stdout: new PassThrough(), load: () => Promise.reject(new Error('no course content')) })).rejects.toThrow('no course content');
  });
});
