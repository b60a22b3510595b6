import { describe, expect, it } from 'vitest';
import { privilegedContainer } from '../../../../src/core/review/rules/privileged-container.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { files: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-CTR-001 privileged container', () => {
  it('fires critical on --privileged and the fix removes it', () => {
    const s = server('docker', ['run', '-i', '--rm', '--privileged', 'mcp/files@sha256:x']);
    const [hit] = privilegedContainer.check(s, config);
    expect(hit).toMatchObject({ severity: 'critical', field: 'args[3]', evidence: '--privileged' });
    expect(hit?.message).toContain('files');
    expect(hit?.message).toContain('host');
    expect(hit?.fix?.(s).args).toEqual(['run', '-i', '--rm', 'mcp/files@sha256:x']);
    expect(s.args).toContain('--privileged');
  });

  it('reads --privileged=true and podman, and whole command lines', () => {
    expect(privilegedContainer.check(server('podman', ['run', '--privileged=true', 'img']), config)[0]?.evidence).toBe('--privileged=true');
    const s = server('docker.exe run -i --privileged img');
    const [hit] = privilegedContainer.check(s, config);
    expect(hit?.field).toBe('args[2]');
    expect(hit?.fix?.(s).args).toEqual(['run', '-i', 'img']);
  });

  it('does not fire without it, with =false, or after the image', () => {
    expect(privilegedContainer.check(server('docker', ['run', '-i', '--cap-drop', 'ALL', 'img']), config)).toEqual([]);
    expect(privilegedContainer.check(server('docker', ['run', '--privileged=false', 'img']), config)).toEqual([]);
    expect(privilegedContainer.check(server('docker', ['run', 'img', '--privileged']), config)).toEqual([]);
    expect(privilegedContainer.check(server('node', ['--privileged']), config)).toEqual([]);
  });
});
