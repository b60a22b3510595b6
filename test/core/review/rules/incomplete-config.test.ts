import { describe, expect, it } from 'vitest';
import { incompleteConfig, isUnfilled } from '../../../../src/core/review/rules/incomplete-config.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const check = (raw: Record<string, unknown>) => incompleteConfig.check(normalizeConfig({ mcpServers: { s: raw } }).servers[0]!, { servers: [], global: {} });

describe('MCPR-CFG-001 entry that is not filled in', () => {
  it('reports an entry with neither command nor url, and placeholders still to fill in as info', () => {
    expect(check({ env: { A: 'b' } })[0]).toMatchObject({ severity: 'medium' });
    const hits = check({ command: 'npx', args: ['x@1.0.0'], env: { API_KEY: '<YOUR_API_KEY>', B: 'your-api-key-here', C: 'changeme', D: 'sk-...' } });
    expect(hits.map((h) => [h.severity, h.field])).toEqual([['info', 'env.API_KEY'], ['info', 'env.B'], ['info', 'env.C'], ['info', 'env.D']]);
  });

  it('tells a credential still to fill in from an ordinary value: the secret mechanism only for the first', () => {
    const hits = check({ command: 'npx', args: ['x@1.0.0', '--api-key', '<key>', '--region=<your-region>'], env: { MAKE_API_KEY: '<your-api-key>', MAKE_ZONE: '<your-zone>', MAKE_TEAM: '<your-team-id>', AUTH: 'xxx' } });
    const fix = Object.fromEntries(hits.map((h) => [h.field, /secret mechanism \(an input/.test(h.remediation) ? 'secret' : 'value']));
    expect(fix).toEqual({ 'env.MAKE_API_KEY': 'secret', 'env.MAKE_ZONE': 'value', 'env.MAKE_TEAM': 'value', 'env.AUTH': 'secret', 'args[2]': 'secret', 'args[3]': 'value' });
    expect(check({ url: '<YOUR_SERVER_URL>' })[0]?.remediation).toMatch(/address of the server/);
  });

  it('finds a template slot inside a longer value, and a placeholder behind a vendor prefix', () => {
    const hits = check({ command: 'node', args: ['<PATH_TO_SMARTBEAR_MCP>/dist/index.js'], headers: {}, env: { X_API_KEY: 'tim_your_api_key_here', HOME_DIR: '/home/<user>/x' } });
    expect(hits.map((h) => [h.field, h.severity])).toEqual([['env.X_API_KEY', 'info'], ['env.HOME_DIR', 'info'], ['args[0]', 'info']]);
    expect(hits.find((h) => h.field === 'args[0]')?.remediation).toMatch(/real value/);
  });

  it('a url that is not an absolute http(s) address cannot be reached (medium); one built from variables is left alone', () => {
    expect(check({ type: 'http', url: 'url-to-mcp-server/mcp' })).toEqual([expect.objectContaining({ severity: 'medium', field: 'url' })]);
    expect(check({ type: 'http', url: 'https://<HOST>/mcp' })).toEqual([expect.objectContaining({ severity: 'info', field: 'url' })]);
    for (const url of ['https://mcp.example.org/mcp', 'http://localhost:8080/sse', 'wss://x.example/ws', 'https://${env:MCP_HOST}/mcp', '${MCP_URL}', '{env:MCP_URL}']) expect(check({ type: 'http', url }), url).toEqual([]);
  });

  it('leaves real values, references and Zed extension entries alone', () => {
    expect(check({ command: 'npx', args: ['x@1.0.0'], env: { A: '${A}', B: 'production', C: '8080' } })).toEqual([]);
    expect(check({ source: 'extension', settings: {} })).toEqual([]);
    expect(['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'true', 'https://x'].some(isUnfilled)).toBe(false);
  });
});
