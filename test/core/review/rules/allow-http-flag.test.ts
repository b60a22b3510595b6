import { describe, expect, it } from 'vitest';
import { allowHttpFlag } from '../../../../src/core/review/rules/allow-http-flag.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { crm: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-TLS-002 --allow-http', () => {
  it('is high when it lets plain HTTP reach a remote host, and the fix drops the flag', () => {
    const s = server('npx', ['-y', 'mcp-remote@0.1.16', 'http://crm.example.com/mcp', '--allow-http']);
    const hits = allowHttpFlag.check(s, config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'high', field: 'args[3]', evidence: '--allow-http' })]);
    expect(hits[0]?.message).toContain('crm.example.com');
    expect(hits[0]?.fix?.(s).args).toEqual(['-y', 'mcp-remote@0.1.16', 'http://crm.example.com/mcp']);
    expect(s.args).toHaveLength(4);
  });

  it('is low when every URL stays on this machine or is https', () => {
    const local = server('npx', ['-y', 'mcp-remote@0.1.16', 'http://localhost:3000/mcp', '--allow-http']);
    expect(allowHttpFlag.check(local, config)[0]).toMatchObject({ severity: 'low' });
    expect(allowHttpFlag.check(local, config)[0]?.fix?.(local).args).not.toContain('--allow-http');
    expect(allowHttpFlag.check(server('npx', ['mcp-remote@0.1.16', 'https://crm.example.com/mcp', '--allow-http']), config)[0]?.severity).toBe('low');
  });

  it('offers no fix where mcp-remote would then refuse the URL', () => {
    const ipv6 = server('npx', ['mcp-remote@0.1.16', 'http://[::1]:3000/mcp', '--allow-http']);
    expect(allowHttpFlag.check(ipv6, config)[0]).toMatchObject({ severity: 'low' });
    expect(allowHttpFlag.check(ipv6, config)[0]?.fix).toBeUndefined();
  });

  it('is high when the URL is not visible, e.g. a variable', () => {
    const hits = allowHttpFlag.check(server('npx', ['mcp-remote@0.1.16', '${CRM_URL}', '--allow-http']), config);
    expect(hits[0]).toMatchObject({ severity: 'high' });
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('works on whole command lines and Windows launchers, and not without the flag', () => {
    expect(allowHttpFlag.check(server('npx -y mcp-remote@0.1.16 http://10.1.2.3/mcp --allow-http'), config)[0]?.field).toBe('args[3]');
    expect(allowHttpFlag.check(server('C:\\nodejs\\npx.cmd', ['mcp-remote@0.1.16', 'http://crm.example.com', '--allow-http']), config)).toHaveLength(1);
    expect(allowHttpFlag.check(server('npx', ['mcp-remote@0.1.16', 'https://crm.example.com/mcp']), config)).toEqual([]);
    expect(allowHttpFlag.check(server('npx', ['mcp-remote@0.1.16', 'https://crm.example.com/mcp', '--allow-https-only']), config)).toEqual([]);
  });
});
