import { describe, expect, it } from 'vitest';
import { isLoopbackHost, plainHttpRemote } from '../../../../src/core/review/rules/plain-http-remote.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const remote = (url: string) => normalizeConfig({ servers: { tracker: { type: 'http', url } } }).servers[0]!;
const stdio = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { tracker: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-TLS-001 plain HTTP to a remote host', () => {
  it('fires on http:// in url, with evidence stripped of credentials and query', () => {
    const hits = plainHttpRemote.check(remote('http://ana:pw@mcp.example.com:8080/mcp?token=abc'), config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'high', field: 'url', evidence: 'http://mcp.example.com:8080/mcp' })]);
    expect(hits[0]?.message).toContain('tracker connects to mcp.example.com over plain http');
    expect(hits[0]?.evidence).not.toContain('abc');
  });

  it('fixes the scheme only', () => {
    const s = remote('http://mcp.example.com/mcp');
    const fixed = plainHttpRemote.check(s, config)[0]?.fix?.(s);
    expect(fixed?.url).toBe('https://mcp.example.com/mcp');
    expect(s.url).toBe('http://mcp.example.com/mcp');
    const ws = stdio('npx', ['-y', 'mcp-remote@0.1.16', 'ws://10.0.0.5:3000/ws']);
    expect(plainHttpRemote.check(ws, config)[0]?.fix?.(ws).args[2]).toBe('wss://10.0.0.5:3000/ws');
  });

  it('finds URLs in args, as a word or as --option=URL, including whole command lines', () => {
    expect(plainHttpRemote.check(stdio('npx', ['-y', 'mcp-remote@0.1.16', 'http://mcp.example.com/sse']), config)[0]?.field).toBe('args[2]');
    const inline = stdio('npx.cmd', ['-y', 'some-proxy@1.0.0', '--url=HTTP://mcp.example.com/mcp']);
    const hit = plainHttpRemote.check(inline, config)[0];
    expect(hit?.field).toBe('args[2]');
    expect(hit?.fix?.(inline).args[2]).toBe('--url=https://mcp.example.com/mcp');
    expect(plainHttpRemote.check(stdio('npx -y mcp-remote@0.1.16 http://mcp.example.com/sse'), config)).toHaveLength(1);
  });

  it('does not fire on https, loopback or this machine', () => {
    for (const url of ['https://mcp.example.com/mcp', 'wss://mcp.example.com/ws', 'http://localhost:3000/mcp', 'http://127.0.0.1:8931/mcp', 'http://127.1/mcp', 'http://[::1]:3000/mcp', 'http://LOCALHOST./mcp', 'http://0.0.0.0:8080/mcp', 'unix:///tmp/s.sock'])
      expect(plainHttpRemote.check(remote(url), config), url).toEqual([]);
  });

  it('does not take lookalike host names for loopback', () => {
    for (const url of ['http://localhost.evil.com/mcp', 'http://127.0.0.1.nip.io/mcp', 'http://127.0.0.1@evil.com/mcp', 'http://localhost-mcp.example.com/']) {
      expect(plainHttpRemote.check(remote(url), config)[0]?.severity, url).toBe('high');
    }
    expect(isLoopbackHost('127.255.0.9')).toBe(true);
    expect(isLoopbackHost('[::ffff:7f00:1]')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });

  it('is medium when the host is a variable, and never throws on bad URLs', () => {
    expect(plainHttpRemote.check(remote('http://${MCP_HOST}:8080/mcp'), config)[0]?.severity).toBe('medium');
    expect(plainHttpRemote.check(remote('${MCP_URL}'), config)).toEqual([]);
    expect(plainHttpRemote.check(remote('http://'), config)).toEqual([]);
    expect(plainHttpRemote.check(remote('http://[not-ipv6/x'), config)).toEqual([]);
  });
});
