import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../../src/core/review/normalize.js';
import {
  commandName,
  dockerRun,
  flagsNamed,
  normalizeHostPath,
  readOnlySpec,
  splitImage,
  withFlagValue,
  withoutFlags,
  withRunOptions,
} from '../../../src/core/review/docker-args.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { s: { command, args } } }).servers[0]!;

describe('dockerRun', () => {
  it('finds the image after options that take a value and boolean flags', () => {
    const run = dockerRun(server('docker', ['run', '-i', '--rm', '-e', 'GITHUB_TOKEN', '--name', 'gh', '-v', '/a:/b', 'ghcr.io/github/github-mcp-server:1.0', 'stdio', '--read-only']))!;
    expect(run).toMatchObject({ engine: 'docker', runIndex: 0, image: { ref: 'ghcr.io/github/github-mcp-server:1.0', index: 9 } });
    expect(run.command).toEqual([
      { word: 'stdio', index: 10 },
      { word: '--read-only', index: 11 },
    ]);
    // --read-only after the image belongs to the server, not to docker.
    expect(flagsNamed(run, '--read-only')).toEqual([]);
    expect(flagsNamed(run, '--env')).toEqual([{ name: '--env', written: '-e', value: 'GITHUB_TOKEN', index: 3, valueIndex: 4 }]);
  });

  it('reads --flag=value, -eX, -e=X and combined short flags like pflag', () => {
    const run = dockerRun(server('docker', ['run', '-it', '--net=host', '-eA=1', '-e=B', '-ite', 'C', '--cpus', '1', 'img']))!;
    expect(run.flags.map((f) => [f.name, f.value ?? null, f.index])).toEqual([
      ['--interactive', null, 1],
      ['--tty', null, 1],
      ['--network', 'host', 2],
      ['--env', 'A=1', 3],
      ['--env', 'B', 4],
      ['--interactive', null, 5],
      ['--tty', null, 5],
      ['--env', 'C', 5],
      ['--cpus', '1', 7],
    ]);
    expect(run.image).toEqual({ ref: 'img', index: 9 });
  });

  it('accepts docker container run, podman, global options, paths and .exe suffixes', () => {
    expect(dockerRun(server('docker', ['container', 'run', 'img']))?.runIndex).toBe(1);
    expect(dockerRun(server('docker', ['--context', 'remote', '-H', 'unix:///x.sock', 'run', 'img']))?.runIndex).toBe(4);
    expect(dockerRun(server('podman', ['--log-level=debug', 'run', '--rm', 'img']))?.image?.ref).toBe('img');
    expect(dockerRun(server('C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe', ['run', 'img']))?.engine).toBe('docker');
    expect(dockerRun(server('/usr/local/bin/podman', ['run', 'img']))?.engine).toBe('podman');
    expect(commandName('C:\\x\\Docker.EXE')).toBe('docker');
  });

  it('splits a whole command line written into command', () => {
    const run = dockerRun(server('docker run -i --rm -p 8080:80 mcp/fetch'))!;
    expect(run.image).toEqual({ ref: 'mcp/fetch', index: 5 });
    expect(run.ports[0]).toMatchObject({ containerPort: '80', hostPort: '8080', flag: { valueIndex: 4 } });
  });

  it('is undefined for other commands and other subcommands', () => {
    expect(dockerRun(server('npx', ['-y', 'docker']))).toBeUndefined();
    expect(dockerRun(server('docker', ['exec', '-i', 'c', 'run']))).toBeUndefined();
    expect(dockerRun(server('docker', ['compose', 'run', 'x']))).toBeUndefined();
    expect(dockerRun(server('docker', []))).toBeUndefined();
    expect(dockerRun(server('dockerd', ['run']))).toBeUndefined();
  });

  it('never throws on odd input', () => {
    expect(dockerRun(server('docker', ['run']))).toMatchObject({ flags: [], command: [], volumes: [], ports: [] });
    expect(dockerRun(server('docker', ['run', '--name']))?.flags).toEqual([{ name: '--name', written: '--name', index: 1 }]);
    expect(dockerRun(server('docker', ['run', '-', '-p', '']))?.image?.ref).toBe('-');
    expect(dockerRun(server('docker', ['run', '--', '--weird-image']))?.image).toEqual({ ref: '--weird-image', index: 2 });
    expect(dockerRun(server('docker', ['run', '-p', ':::', '-v', ':', '--mount', ',,=', 'img']))?.image?.ref).toBe('img');
  });
});

describe('volumes', () => {
  it('reads -v, --volume and --mount, with read-only options', () => {
    const run = dockerRun(
      server('docker', [
        'run',
        '-v', '/home/ana/project:/work:ro',
        '--volume=data:/data',
        '-v', '/cache',
        '--mount', 'type=bind,source=/etc,target=/host-etc,readonly',
        '--mount', 'type=bind,src=/srv,dst=/srv,ro=false',
        '--tmpfs', '/tmp:rw,size=64m',
        'img',
      ]),
    )!;
    expect(run.volumes.map((v) => [v.kind, v.source ?? null, v.target ?? null, v.readOnly])).toEqual([
      ['bind', '/home/ana/project', '/work', true],
      ['volume', 'data', '/data', false],
      ['anonymous', null, '/cache', false],
      ['bind', '/etc', '/host-etc', true],
      ['bind', '/srv', '/srv', false],
      ['tmpfs', null, '/tmp', false],
    ]);
  });

  it('keeps Windows drive letters in the source', () => {
    const run = dockerRun(server('docker', ['run', '-v', 'C:\\Users\\ana:/data:ro', '-v', 'D:/x:C:\\y', 'img']))!;
    expect(run.volumes.map((v) => [v.source, v.target, v.readOnly])).toEqual([
      ['C:\\Users\\ana', '/data', true],
      ['D:/x', 'C:\\y', false],
    ]);
    expect(normalizeHostPath('C:\\Users\\ana\\')).toBe('C:/Users/ana');
    expect(normalizeHostPath('//c/Users/ana')).toBe('c:/Users/ana');
    expect(normalizeHostPath('/mnt/c/Users/ana/.ssh/')).toBe('c:/Users/ana/.ssh');
    expect(normalizeHostPath('//var/run//docker.sock')).toBe('/var/run/docker.sock');
    expect(normalizeHostPath('/')).toBe('/');
  });

  it('writes a read-only version of a mount', () => {
    const run = dockerRun(server('docker', ['run', '-v', '/a:/b', '-v', '/a:/b:rw,z', '--mount', 'type=bind,source=/a,target=/b,readonly=false', 'img']))!;
    expect(run.volumes.map(readOnlySpec)).toEqual(['/a:/b:ro', '/a:/b:ro,z', 'type=bind,source=/a,target=/b,readonly']);
  });
});

describe('ports', () => {
  it('reads every -p form', () => {
    const run = dockerRun(server('docker', ['run', '-p', '8080', '-p', '8080:80', '-p', '127.0.0.1:8080:80/udp', '-p', '[::]:9000:9000', '--publish=127.0.0.1::80', '-p', '::1:81:81', 'img']))!;
    expect(run.ports.map((p) => [p.hostIp ?? null, p.hostPort ?? null, p.containerPort, p.protocol])).toEqual([
      [null, null, '8080', ''],
      [null, '8080', '80', ''],
      ['127.0.0.1', '8080', '80', '/udp'],
      ['::', '9000', '9000', ''],
      ['127.0.0.1', null, '80', ''],
      ['::1', '81', '81', ''],
    ]);
  });
});

describe('editing helpers', () => {
  it('removes options with their values, and single letters from combined words', () => {
    const s = server('docker', ['run', '-itP', '--privileged', '--network', 'host', '--pid=host', 'img']);
    const out = withoutFlags(s, (f) => ['--publish-all', '--privileged', '--network', '--pid'].includes(f.name));
    expect(out.args).toEqual(['run', '-it', 'img']);
    expect(s.args).toEqual(['run', '-itP', '--privileged', '--network', 'host', '--pid=host', 'img']);
    expect(withoutFlags(server('docker', ['run', '-ieX=1', 'img']), (f) => f.name === '--env').args).toEqual(['run', '-i', 'img']);
    expect(withoutFlags(server('docker', ['run', '-P', 'img']), (f) => f.name === '--publish-all').args).toEqual(['run', 'img']);
  });

  it('rewrites a value inline or in its own word, and inserts options after run', () => {
    const s = server('docker', ['run', '-p', '80:80', '--publish=81:81', '-p82:82', 'img']);
    const run = dockerRun(s)!;
    const out = run.ports.reduce((acc, p) => withFlagValue(acc, p.flag, `127.0.0.1:${p.spec}`), s);
    expect(out.args).toEqual(['run', '-p', '127.0.0.1:80:80', '--publish=127.0.0.1:81:81', '-p127.0.0.1:82:82', 'img']);
    expect(withRunOptions(server('docker', ['container', 'run', 'img']), ['--read-only']).args).toEqual(['container', 'run', '--read-only', 'img']);
  });

  it('splits image references', () => {
    expect(splitImage('mcp/fetch')).toEqual({ name: 'mcp/fetch' });
    expect(splitImage('localhost:5000/a/b:1.2')).toEqual({ name: 'localhost:5000/a/b', tag: '1.2' });
    expect(splitImage('ghcr.io/x/y:1@sha256:abc')).toEqual({ name: 'ghcr.io/x/y', tag: '1', digest: 'sha256:abc' });
    expect(splitImage('x@sha256:abc')).toEqual({ name: 'x', digest: 'sha256:abc' });
  });
});
