import { describe, expect, it } from 'vitest';
import { containerHardening } from '../../../../src/core/review/rules/container-hardening.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { tickets: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

const HARDENED = [
  'run', '-i', '--rm', '--read-only', '--tmpfs', '/tmp:rw,noexec,nosuid,size=64m', '--cap-drop', 'ALL',
  '--security-opt', 'no-new-privileges', '--user', '10001:10001', '--memory', '512m', '--cpus', '1',
  '--pids-limit', '128', '--network', 'none', 'img@sha256:x',
];

describe('MCPR-CTR-004 container hardening', () => {
  it('one low finding listing everything missing, with a fix inserted after run', () => {
    const s = server('docker', ['run', '-i', '--rm', 'mcp/tickets']);
    const hits = containerHardening.check(s, config);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({ severity: 'low', field: 'args[0]' });
    expect(hit?.evidence).toBe('missing: --cap-drop ALL, --security-opt no-new-privileges, --read-only, --user, --memory, --pids-limit');
    expect(hit?.message).toContain('tickets');
    expect(hit?.message).toContain('--read-only');
    expect(hit?.remediation).toContain('--user');
    expect(hit?.fix?.(s).args).toEqual([
      'run', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--read-only', '--tmpfs', '/tmp',
      '--memory', '512m', '--pids-limit', '256', '-i', '--rm', 'mcp/tickets',
    ]);
    expect(containerHardening.check(hit!.fix!(s), config)[0]?.evidence).toBe('missing: --user');
  });

  it('does not fire on the hardened line from the lesson', () => {
    expect(containerHardening.check(server('docker', HARDENED), config)).toEqual([]);
  });

  it('accepts =value forms, short flags and podman keep-id', () => {
    const s = server('podman', ['run', '--cap-drop=all', '--security-opt=no-new-privileges:true', '--read-only=true', '--userns=keep-id', '-m', '1g', '--pids-limit=64', 'img']);
    expect(containerHardening.check(s, config)).toEqual([]);
    expect(containerHardening.check(server('docker', ['run', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--read-only', '-u', '1000', '--memory=1g', '--pids-limit', '1', 'img']), config)).toEqual([]);
  });

  it('only --user missing: still reported, no fix; no duplicate --tmpfs', () => {
    const [hit] = containerHardening.check(server('docker', HARDENED.filter((w) => w !== '--user' && w !== '10001:10001')), config);
    expect(hit).toMatchObject({ severity: 'low', evidence: 'missing: --user' });
    expect(hit?.fix).toBeUndefined();
    const s = server('docker', ['run', '--tmpfs', '/tmp', 'img']);
    expect(containerHardening.check(s, config)[0]?.fix?.(s).args.filter((w) => w === '--tmpfs')).toHaveLength(1);
  });

  it('ignores flags after the image, reads whole command lines, and a disabled value counts as missing', () => {
    const args = ['run', 'img', '--read-only'];
    expect(containerHardening.check(server('docker', args), config)[0]?.evidence).toContain('--read-only');
    expect(containerHardening.check(server('docker run --read-only=false img'), config)[0]?.evidence).toContain('--read-only');
    expect(containerHardening.check(server('npx', ['-y', 'x']), config)).toEqual([]);
  });
});
