import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_NETWORK, networkAttempts, networkLogFile, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal, hasTmux } from '../helpers/tmux.js';

const BLOCKED = 'mcp-operator test: network use blocked: ';

/** Run an ES module under the preload; it prints a JSON object on its last line of stdout. */
function underPreload(source: string): { result: Record<string, string>; log: string[]; stderr: string; status: number | null } {
  const home = tempHome();
  const script = join(home, 'attempt.mjs');
  writeFileSync(script, source);
  const log = networkLogFile();
  const child = spawnSync(process.execPath, ['--import', NO_NETWORK, script], {
    env: { ...process.env, MCP_OPERATOR_NETWORK_LOG: log },
    cwd: home,
    encoding: 'utf8',
    timeout: 10_000,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '{}';
  return { result: JSON.parse(last) as Record<string, string>, log: networkAttempts(log), stderr: child.stderr, status: child.status };
}

const ATTEMPT = `
const result = {};
async function attempt(name, f) {
  try {
    await f();
    result[name] = 'allowed';
  } catch (error) {
    result[name] = error.message;
  }
}
`;

describe('the no-network preload (test/helpers/no-network.mjs)', () => {
  it('blocks fetch, http.get, net.connect and dns.lookup, throwing and logging each', () => {
    const { result, log, status } = underPreload(`
import http from 'node:http';
import net from 'node:net';
import dns from 'node:dns';
${ATTEMPT}
await attempt('fetch', () => fetch('https://example.com/'));
await attempt('http.get', () => http.get('http://127.0.0.1:9'));
await attempt('net.connect', () => net.connect(80, 'example.com'));
await attempt('dns.lookup', () => dns.lookup('example.com', () => undefined));
console.log(JSON.stringify(result));
`);
    expect(status).toBe(0);
    expect(result).toEqual({
      fetch: `${BLOCKED}fetch "https://example.com/"`,
      'http.get': `${BLOCKED}http.get "http://127.0.0.1:9"`,
      'net.connect': `${BLOCKED}net.connect 80 "example.com"`,
      'dns.lookup': `${BLOCKED}dns.lookup "example.com"`,
    });
    expect(log).toHaveLength(4);
    expect(log.map((line) => line.split(' ')[0])).toEqual(['fetch', 'http.get', 'net.connect', 'dns.lookup']);
  });

  it('blocks the other ways in: ESM named imports, promises, Resolver, TLS, HTTPS, HTTP/2, UDP, raw sockets, listening on a port', () => {
    const { result, log } = underPreload(`
import { connect, createConnection, Socket, createServer } from 'node:net';
import { lookup, promises as dnsPromises, Resolver } from 'node:dns';
import { resolve4 } from 'node:dns/promises';
import tls from 'node:tls';
import https from 'node:https';
import http from 'node:http';
import http2 from 'node:http2';
import dgram from 'node:dgram';
${ATTEMPT}
await attempt('esm connect', () => connect({ port: 443, host: 'example.com' }));
await attempt('createConnection', () => createConnection('8080'));
await attempt('Socket#connect', () => new Socket().connect(53, '8.8.8.8'));
await attempt('esm lookup', () => lookup('example.com', () => undefined));
await attempt('dns.promises.lookup', () => dnsPromises.lookup('example.com'));
await attempt('dns/promises resolve4', () => resolve4('example.com'));
await attempt('Resolver#resolveTxt', () => new Resolver().resolveTxt('example.com', () => undefined));
await attempt('tls.connect', () => tls.connect(443, 'example.com'));
await attempt('https.request', () => https.request({ host: 'example.com', path: '/' }));
await attempt('http.request', () => http.request(new URL('http://localhost:3000/')));
await attempt('http2.connect', () => http2.connect('https://example.com'));
await attempt('dgram', () => dgram.createSocket('udp4'));
await attempt('listen', () => createServer().listen(0, '127.0.0.1'));
console.log(JSON.stringify(result));
`);
    for (const [name, outcome] of Object.entries(result)) expect(outcome, name).toMatch(new RegExp(`^${BLOCKED}`));
    expect(Object.keys(result)).toHaveLength(13);
    expect(log).toHaveLength(13);
  });

  it('still allows Unix-domain sockets, in every connect form, and HTTP over a socket path', () => {
    const { result, log, stderr } = underPreload(`
import net from 'node:net';
import http from 'node:http';
import { join } from 'node:path';
${ATTEMPT}
const path = join(process.cwd(), 's.sock');
const server = net.createServer((socket) => socket.end('pong'));
await new Promise((resolve) => server.listen(path, resolve));
const roundTrip = (socket) => new Promise((resolve, reject) => {
  let data = '';
  socket.on('data', (d) => (data += d));
  socket.on('end', () => (data === 'pong' ? resolve() : reject(new Error('got ' + data))));
  socket.on('error', reject);
});
await attempt('net.connect({path})', () => roundTrip(net.connect({ path })));
await attempt('net.connect(path)', () => roundTrip(net.connect(path)));
await attempt('net.createConnection(path, cb)', () => roundTrip(net.createConnection(path, () => undefined)));
await attempt('Socket#connect(path)', () => roundTrip(new net.Socket().connect(path)));
await attempt('Socket#connect({path})', () => roundTrip(new net.Socket().connect({ path })));
await new Promise((resolve) => server.close(resolve));
const web = http.createServer((req, res) => res.end('pong'));
await new Promise((resolve) => web.listen({ path }, resolve));
await attempt('http.get({socketPath})', () => new Promise((resolve, reject) => {
  http.get({ socketPath: path, path: '/' }, (res) => { let d = ''; res.on('data', (c) => (d += c)); res.on('end', () => (d === 'pong' ? resolve() : reject(new Error(d)))); }).on('error', reject);
}));
await new Promise((resolve) => web.close(resolve));
console.log(JSON.stringify(result));
`);
    expect(stderr).toBe('');
    expect(result).toEqual({
      'net.connect({path})': 'allowed',
      'net.connect(path)': 'allowed',
      'net.createConnection(path, cb)': 'allowed',
      'Socket#connect(path)': 'allowed',
      'Socket#connect({path})': 'allowed',
      'http.get({socketPath})': 'allowed',
    });
    expect(log).toEqual([]);
  });

  it('runCli fails the test when the CLI tries the network, even if the error is swallowed', async () => {
    // A second preload that makes a doomed connection when the process exits and ignores the error.
    const swallow = `import net from 'node:net'; process.on('exit', () => { try { net.connect(443, 'telemetry.example.com'); } catch {} });`;
    const run = runCli(['--version'], { home: tempHome(), env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(swallow)}` } });
    await expect(run).rejects.toThrow(/mcp-operator --version tried to use the network:\n.*net\.connect 443 "telemetry\.example\.com"/);
    // The same CLI without it passes.
    expect((await runCli(['--version'], { home: tempHome() })).code).toBe(0);
  });

  it.runIf(hasTmux())('the tmux terminal runs node under the preload and close() reports an attempt', async () => {
    const t = new TmuxTerminal(`node -e "try { require('node:dns').lookup('example.com', () => {}) } catch {} console.log('DONE')"`);
    try {
      await t.waitFor((s) => s.includes('EXIT=0'), 'the node process to end');
    } finally {
      expect(() => t.close()).toThrow(/tried to use the network:\n.*dns\.lookup "example\.com"/);
    }
  });
});
