import { describe, expect, it } from 'vitest';
import { publishedAllInterfaces } from '../../../../src/core/review/rules/published-all-interfaces.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { web: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-EXP-001 published on all interfaces', () => {
  it('fires medium on -p without an address, with a fix onto 127.0.0.1', () => {
    const s = server('docker', ['run', '--rm', '-p', '8931:8931', 'mcp/playwright']);
    const [hit] = publishedAllInterfaces.check(s, config);
    expect(hit).toMatchObject({ severity: 'medium', field: 'args[3]', evidence: '-p 8931:8931' });
    expect(hit?.message).toContain('web');
    expect(hit?.message).toContain('every host interface');
    expect(hit?.remediation).toContain('-p 127.0.0.1:8931:8931');
    expect(hit?.fix?.(s).args).toEqual(['run', '--rm', '-p', '127.0.0.1:8931:8931', 'mcp/playwright']);
  });

  it('covers 0.0.0.0, [::], a container port alone, inline forms and other addresses', () => {
    const s = server('docker', ['run', '-p', '0.0.0.0:80:80', '--publish=[::]:81:81/udp', '-p8082', '-p', '192.168.1.5:83:83', 'img']);
    const hits = publishedAllInterfaces.check(s, config);
    expect(hits.map((h) => h.field)).toEqual(['args[2]', 'args[3]', 'args[4]', 'args[6]']);
    expect(hits[3]?.message).toContain('192.168.1.5');
    const fixed = hits.reduce((e, h) => h.fix?.(e) ?? e, s);
    expect(fixed.args).toEqual(['run', '-p', '127.0.0.1:80:80', '--publish=127.0.0.1:81:81/udp', '-p127.0.0.1::8082', '-p', '127.0.0.1:83:83', 'img']);
    expect(publishedAllInterfaces.check(fixed, config)).toEqual([]);
  });

  it('-P publishes everything: medium, no fix', () => {
    const [hit] = publishedAllInterfaces.check(server('docker', ['run', '-iP', 'img']), config);
    expect(hit).toMatchObject({ severity: 'medium', field: 'args[1]', evidence: '-P' });
    expect(hit?.fix).toBeUndefined();
    expect(publishedAllInterfaces.check(server('podman', ['run', '--publish-all', 'img']), config)).toHaveLength(1);
  });

  it('does not fire on loopback, placeholders or a port after the image', () => {
    expect(publishedAllInterfaces.check(server('docker', ['run', '-p', '127.0.0.1:8080:80', '-p', '[::1]:81:81', '-p', '${BIND}:82:82', 'img', '-p', '80']), config)).toEqual([]);
    expect(publishedAllInterfaces.check(server('docker.exe run -p 127.0.0.1:1:1 img'), config)).toEqual([]);
    expect(publishedAllInterfaces.check(server('docker run -p 9000:9000 img'), config)[0]?.field).toBe('args[2]');
  });
});
