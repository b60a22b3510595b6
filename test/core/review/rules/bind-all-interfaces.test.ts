import { describe, expect, it } from 'vitest';
import { bindAllInterfaces } from '../../../../src/core/review/rules/bind-all-interfaces.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = [], env: Record<string, string> = {}) => normalizeConfig({ mcpServers: { notes: { command, args, env } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-EXP-002 listening on all interfaces', () => {
  it('fires on --host 0.0.0.0 and fixes it to 127.0.0.1', () => {
    const s = server('uvx', ['notes-mcp==1.2.0', '--transport', 'http', '--host', '0.0.0.0', '--port', '8931']);
    const hits = bindAllInterfaces.check(s, config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'medium', field: 'args[4]', evidence: '--host 0.0.0.0' })]);
    expect(hits[0]?.message).toContain('notes tells the server to listen on every network interface');
    expect(hits[0]?.fix?.(s).args[4]).toBe('127.0.0.1');
    expect(s.args[4]).toBe('0.0.0.0');
  });

  it('reads --flag=value, short -H, ::, [::] and address:port forms', () => {
    const cases: [string[], string, string][] = [
      [['--host=0.0.0.0'], 'args[0]', '--host=127.0.0.1'],
      [['--bind', '::'], 'args[1]', '127.0.0.1'],
      [['-H', '0.0.0.0'], 'args[1]', '127.0.0.1'],
      [['--listen', '0.0.0.0:8080'], 'args[1]', '127.0.0.1:8080'],
      [['--listen=[::]:8080'], 'args[0]', '--listen=127.0.0.1:8080'],
      [['--http-host', 'http://0.0.0.0:3000'], 'args[1]', 'http://127.0.0.1:3000'],
      [['--bind-address', '*'], 'args[1]', '127.0.0.1'],
    ];
    for (const [args, field, fixed] of cases) {
      const s = server('node', ['server.js', ...args]);
      const hit = bindAllInterfaces.check(s, config)[0];
      const index = Number(field.slice(5, -1)) + 1;
      expect(hit?.field, args.join(' ')).toBe(`args[${index}]`);
      expect(hit?.fix?.(s).args[index]).toBe(fixed);
    }
  });

  it('fires on HOST, BIND, MCP_HOST, FASTMCP_HOST and other *_HOST variables', () => {
    const s = server('python', ['-m', 'notes_mcp'], { HOST: '0.0.0.0', FASTMCP_HOST: '::', UVICORN_HOST: '0.0.0.0', BIND: '0.0.0.0:9000', PORT: '8080' });
    const hits = bindAllInterfaces.check(s, config);
    expect(hits.map((h) => h.field)).toEqual(['env.HOST', 'env.FASTMCP_HOST', 'env.UVICORN_HOST', 'env.BIND']);
    const fixed = hits.reduce((e, h) => h.fix!(e), s);
    expect(fixed.env).toEqual({ HOST: '127.0.0.1', FASTMCP_HOST: '127.0.0.1', UVICORN_HOST: '127.0.0.1', BIND: '127.0.0.1:9000', PORT: '8080' });
  });

  it('reads a default inside a placeholder', () => {
    const s = server('node', ['s.js'], { MCP_HOST: '${MCP_HOST:-0.0.0.0}' });
    const hit = bindAllInterfaces.check(s, config)[0];
    expect(hit?.field).toBe('env.MCP_HOST');
    expect(hit?.fix?.(s).env.MCP_HOST).toBe('${MCP_HOST:-127.0.0.1}');
  });

  it('does not fire on loopback, placeholders, containers or mcp-remote callback hosts', () => {
    expect(bindAllInterfaces.check(server('node', ['s.js', '--host', '127.0.0.1'], { HOST: 'localhost', MCP_HOST: '${MCP_HOST}' }), config)).toEqual([]);
    expect(bindAllInterfaces.check(server('node', ['s.js', '--host', '10.0.0.0']), config)).toEqual([]);
    expect(bindAllInterfaces.check(server('docker', ['run', '-i', '-e', 'HOST=0.0.0.0', 'img@sha256:abc'], { HOST: '0.0.0.0' }), config)).toEqual([]);
    expect(bindAllInterfaces.check(server('C:\\Docker\\docker.exe', ['run', 'img', '--host', '0.0.0.0']), config)).toEqual([]);
    expect(bindAllInterfaces.check(server('npx', ['-y', 'mcp-remote@0.1.16', 'https://x.example.com/mcp', '--host', '0.0.0.0']), config)).toEqual([]);
  });

  it('works on whole command lines and Windows commands', () => {
    expect(bindAllInterfaces.check(server('uvx notes-mcp==1.2.0 --host 0.0.0.0'), config)[0]?.field).toBe('args[2]');
    expect(bindAllInterfaces.check(server('C:\\Python\\python.exe', ['-m', 'notes', '--host=0.0.0.0']), config)).toHaveLength(1);
  });
});
