import { describe, expect, it } from 'vitest';
import { hostNetwork } from '../../../../src/core/review/rules/host-network.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { browser: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-NET-001 host network', () => {
  it('fires high on --network host and the fix removes it', () => {
    const s = server('docker', ['run', '-i', '--rm', '--network', 'host', 'mcp/playwright']);
    const [hit] = hostNetwork.check(s, config);
    expect(hit).toMatchObject({ severity: 'high', field: 'args[3]', evidence: '--network host' });
    expect(hit?.message).toContain('browser');
    expect(hit?.message).toContain('loopback');
    expect(hit?.remediation).toContain('--network none');
    expect(hit?.fix?.(s).args).toEqual(['run', '-i', '--rm', 'mcp/playwright']);
  });

  it('reads --net=host, --network=host and a whole command line', () => {
    expect(hostNetwork.check(server('docker', ['run', '--net=host', 'img']), config)[0]).toMatchObject({ field: 'args[1]', evidence: '--net=host' });
    const s = server('podman run -i --network=host img');
    expect(hostNetwork.check(s, config)[0]?.fix?.(s).args).toEqual(['run', '-i', 'img']);
  });

  it('does not fire on none, bridge or internal networks', () => {
    expect(hostNetwork.check(server('docker', ['run', '--network', 'none', 'img']), config)).toEqual([]);
    expect(hostNetwork.check(server('docker', ['run', '--network=mcp-internal', 'img']), config)).toEqual([]);
    expect(hostNetwork.check(server('docker', ['run', 'img', '--network', 'host']), config)).toEqual([]);
  });
});
