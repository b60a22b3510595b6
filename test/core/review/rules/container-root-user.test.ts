import { describe, expect, it } from 'vitest';
import { containerRootUser } from '../../../../src/core/review/rules/container-root-user.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { db: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-CTR-005 container root user', () => {
  it('fires medium on --user 0, --user root and -u 0:0', () => {
    const [hit] = containerRootUser.check(server('docker', ['run', '-i', '--user', '0', 'img']), config);
    expect(hit).toMatchObject({ severity: 'medium', field: 'args[3]', evidence: '--user 0' });
    expect(hit?.message).toContain('db');
    expect(hit?.message).toContain('root');
    expect(hit?.fix).toBeUndefined();
    expect(containerRootUser.check(server('docker', ['run', '--user=root', 'img']), config)[0]?.evidence).toBe('--user=root');
    expect(containerRootUser.check(server('podman', ['run', '-u', '0:0', 'img']), config)[0]?.field).toBe('args[2]');
    expect(containerRootUser.check(server('docker', ['run', '-iu0', 'img']), config)[0]?.evidence).toBe('-u=0');
  });

  it('does not fire on non-root users, placeholders or no --user', () => {
    expect(containerRootUser.check(server('docker', ['run', '--user', '10001:10001', 'img']), config)).toEqual([]);
    expect(containerRootUser.check(server('docker', ['run', '--user', '${UID}:${GID}', 'img']), config)).toEqual([]);
    expect(containerRootUser.check(server('docker', ['run', '--user', '1000:0', 'img']), config)).toEqual([]);
    expect(containerRootUser.check(server('docker', ['run', 'img', '--user', 'root']), config)).toEqual([]);
  });

  it('reads a whole command line on Windows', () => {
    expect(containerRootUser.check(server('docker.exe run -u root img'), config)[0]?.field).toBe('args[2]');
  });
});
