import { describe, expect, it } from 'vitest';
import { dockerSocketMount } from '../../../../src/core/review/rules/docker-socket-mount.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { ops: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };
const check = (command: string, args: string[] = []) => dockerSocketMount.check(server(command, args), config);

describe('MCPR-MNT-001 docker socket mount', () => {
  it('fires critical on a mounted Docker socket, and the fix removes the mount', () => {
    const [hit] = check('docker', ['run', '-i', '-v', '/var/run/docker.sock:/var/run/docker.sock', 'img']);
    expect(hit).toMatchObject({ severity: 'critical', field: 'args[3]', evidence: '-v /var/run/docker.sock:/var/run/docker.sock' });
    expect(hit?.message).toContain('ops');
    expect(hit?.message).toContain('root on the host');
    const s = server('docker', ['run', '-i', '-v', '/var/run/docker.sock:/var/run/docker.sock', 'img']);
    expect(hit?.fix?.(s).args).toEqual(['run', '-i', 'img']);
    expect(hit?.remediation).toContain('no safe entry exists');
  });

  it('finds podman, containerd and rootless sockets, --mount, directories and read-only mounts', () => {
    const hits = check('podman', [
      'run',
      '--volume=/run/user/1000/podman/podman.sock:/run/podman.sock',
      '--mount', 'type=bind,source=/run/containerd/containerd.sock,target=/c.sock,readonly',
      '-v', '/var/run:/host-run',
      '-v', '${HOME}/.docker/run/docker.sock:/var/run/docker.sock:ro',
      '-v', '//var/run/docker.sock:/var/run/docker.sock',
      'img',
    ]);
    expect(hits.map((h) => h.field)).toEqual(['args[1]', 'args[3]', 'args[5]', 'args[7]', 'args[9]']);
    expect(hits.every((h) => h.severity === 'critical')).toBe(true);
    expect(hits[3]?.remediation).toContain(':ro');
  });

  it('finds the Windows pipe and --use-api-socket', () => {
    expect(check('docker.exe', ['run', '-v', '\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine', 'img'])).toHaveLength(1);
    expect(check('docker', ['run', '--use-api-socket', 'img'])[0]).toMatchObject({ severity: 'critical', field: 'args[1]', evidence: '--use-api-socket' });
  });

  it('does not fire on ordinary mounts, named volumes or the container command', () => {
    expect(check('docker', ['run', '-v', '/home/ana/project:/work', '-v', 'docker.sock:/data', 'img'])).toEqual([]);
    expect(check('docker', ['run', 'img', '-v', '/var/run/docker.sock:/x'])).toEqual([]);
    expect(check('docker run -i --rm -v /run/docker.sock:/var/run/docker.sock img')).toHaveLength(1);
  });
});
