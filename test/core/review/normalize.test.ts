import { describe, expect, it } from 'vitest';
import { formatFromPath, parseConfigText } from '../../../src/core/review/parse.js';
import { normalizeConfig, splitCommand } from '../../../src/core/review/normalize.js';
import { isPlaceholder, placeholderDefaults } from '../../../src/core/review/placeholders.js';

describe('config parsing', () => {
  it('reads JSONC with comments and trailing commas, YAML and TOML', () => {
    expect(parseConfigText('{ // note\n "mcpServers": { "a": { "command": "x", }, }, }', 'jsonc')).toMatchObject({ ok: true, data: { mcpServers: { a: { command: 'x' } } } });
    expect(parseConfigText('mcpServers:\n  - name: a\n    command: x\n', 'yaml')).toMatchObject({ ok: true });
    expect(parseConfigText('[mcp_servers.a]\ncommand = "x"\n', 'toml')).toEqual({ ok: true, data: { mcp_servers: { a: { command: 'x' } } } });
    expect(formatFromPath('/home/u/.codex/config.toml')).toBe('toml');
    expect(formatFromPath('C:/x/mcp.json')).toBe('jsonc');
  });

  it('reports the reason and line of a parse error', () => {
    const r = parseConfigText('{\n "a": 1\n "b": 2\n}', 'jsonc');
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/line 3/) });
    expect(parseConfigText('a = = 1', 'toml').ok).toBe(false);
  });
});

describe('server entries from every client shape', () => {
  it('Claude Desktop / Cursor mcpServers, with approvals and _comment keys skipped', () => {
    const { servers } = normalizeConfig({ mcpServers: { _comment: { note: 1 }, gh: { command: 'npx', args: ['-y', 'pkg'], env: { T: 'x' }, alwaysAllow: ['read'] } } });
    expect(servers).toEqual([
      { name: 'gh', command: 'npx', args: ['-y', 'pkg'], env: { T: 'x' }, headers: {}, autoApprove: ['read'], disabled: false, raw: expect.objectContaining({ alwaysAllow: ['read'] }), path: 'mcpServers.gh', segments: ['mcpServers', 'gh'] },
    ]);
  });

  it('VS Code servers, legacy mcp.servers, Zed, OpenCode, Codex, Continue and Claude Code projects', () => {
    const all = [
      normalizeConfig({ servers: { a: { type: 'http', url: 'https://x/mcp', headers: { Authorization: 'Bearer ${input:t}' } } } }),
      normalizeConfig({ mcp: { servers: { b: { command: 'uvx', args: ['pkg'] } } } }),
      normalizeConfig({ context_servers: { c: { command: { path: 'node', args: ['s.js'], env: { K: 'v' } } } } }),
      normalizeConfig({ mcp: { d: { type: 'local', command: ['bunx', 'pkg@1'], environment: { E: '1' } } } }),
      normalizeConfig({ mcp_servers: { e: { command: 'docker', args: ['run', 'img'] } } }),
      normalizeConfig({ mcpServers: [{ name: 'f', command: 'npx', args: ['pkg'] }] }),
      normalizeConfig({ projects: { '/repo': { mcpServers: { g: { command: 'npx', args: ['p'] } } } }, enableAllProjectMcpServers: true }),
    ];
    expect(all.map((c) => c.servers.map((s) => s.name)).flat()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(all[0]?.servers[0]?.url).toBe('https://x/mcp');
    expect(all[2]?.servers[0]).toMatchObject({ command: 'node', args: ['s.js'], env: { K: 'v' } });
    expect(all[3]?.servers[0]).toMatchObject({ command: 'bunx', args: ['pkg@1'], env: { E: '1' } });
    expect(all[6]?.servers[0]?.path).toBe('projects./repo.mcpServers.g');
    expect(all[6]?.global.enableAllProjectMcpServers).toBe(true);
  });

  it('Gemini trust: true approves everything', () => {
    expect(normalizeConfig({ mcpServers: { g: { httpUrl: 'https://x', trust: true } } }).servers[0]).toMatchObject({ url: 'https://x', autoApprove: true });
  });

  it('splits a whole command line written into command', () => {
    expect(splitCommand('npx -y "@scope/pkg@1.2.3" --token ${GH_TOKEN}', [])).toEqual({ command: 'npx', args: ['-y', '@scope/pkg@1.2.3', '--token', '${GH_TOKEN}'] });
    expect(splitCommand('npx', ['-y', 'p'])).toEqual({ command: 'npx', args: ['-y', 'p'] });
  });
});

describe('placeholders', () => {
  it('are not secrets; a default written inside one is checked on its own', () => {
    for (const v of ['${GH_TOKEN}', '${env:API_KEY}', '${input:token}', 'Bearer ${input:t}', '${A:-}']) expect(isPlaceholder(v)).toBe(true);
    for (const v of ['FAKE-TOKEN-0000', 'prefix-${A}']) expect(isPlaceholder(v)).toBe(false);
    expect(placeholderDefaults('${TOKEN:-FAKE-TOKEN-0000}')).toEqual(['FAKE-TOKEN-0000']);
  });
});

describe('Codex remote servers', () => {
  it('reads http_headers as headers', () => {
    const { servers } = normalizeConfig({ mcp_servers: { r: { url: 'https://x.example.com/mcp', http_headers: { Authorization: 'Bearer abc' } } } });
    expect(servers[0]?.headers).toEqual({ Authorization: 'Bearer abc' });
  });
});

describe('normalizeConfig on unusual keys and sizes', () => {
  it('keeps an env variable named __proto__ as a variable (JSON.parse makes it an own key)', () => {
    const data = JSON.parse('{"mcpServers": {"a": {"command": "node", "env": {"__proto__": "x", "B": 2}}}}') as unknown;
    const [server] = normalizeConfig(data).servers;
    expect(Object.keys(server!.env)).toEqual(['__proto__', 'B']);
    expect(server!.env.B).toBe('2');
  });

  it('reads a file of 150,000 servers (a spread of that many would overflow the call stack)', () => {
    const mcpServers = Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`s${i}`, { command: 'node' }]));
    expect(normalizeConfig({ mcpServers }).servers).toHaveLength(150_000);
  });
});
