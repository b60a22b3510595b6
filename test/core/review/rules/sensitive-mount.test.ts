import { describe, expect, it } from 'vitest';
import { sensitiveMount } from '../../../../src/core/review/rules/sensitive-mount.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { files: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };
const check = (args: string[], command = 'docker') => sensitiveMount.check(server(command, args), config);

describe('MCPR-MNT-002 sensitive mount', () => {
  it('a read-write home directory is high, and the fix removes the mount (read-only would still hand over every file)', () => {
    const s = server('docker', ['run', '-i', '-v', '/Users/ana:/workspace', 'img']);
    const [hit] = sensitiveMount.check(s, config);
    expect(hit).toMatchObject({ severity: 'high', field: 'args[3]', evidence: '-v /Users/ana:/workspace' });
    expect(hit?.message).toContain('files');
    expect(hit?.message).toContain('home directory');
    expect(hit?.remediation).toContain('project directory');
    expect(hit?.fix?.(s).args).toEqual(['run', '-i', 'img']);
    expect(s.args[3]).toBe('/Users/ana:/workspace');
  });

  it('credential directories are high even read-only, and the fix removes them', () => {
    const hits = check(['run', '-v', '~/.ssh:/root/.ssh:ro', '--mount', 'type=bind,source=/home/ana/.aws,target=/aws,readonly', '-v', '${HOME}/.kube/config:/kube', 'img']);
    expect(hits.map((h) => [h.severity, h.field])).toEqual([
      ['high', 'args[2]'],
      ['high', 'args[4]'],
      ['high', 'args[6]'],
    ]);
    expect(hits[0]?.message).toContain('reading the keys is the problem');
    const fixed = hits.reduce((e, h) => h.fix?.(e) ?? e, server('docker', ['run', '-v', '~/.ssh:/root/.ssh:ro', '--mount', 'type=bind,source=/home/ana/.aws,target=/aws,readonly', '-v', '${HOME}/.kube/config:/kube', 'img']));
    expect(fixed.args).toEqual(['run', 'img']);
  });

  it('rates broad mounts: read-only medium, / and /etc read-write critical', () => {
    expect(check(['run', '-v', '/:/host:ro', 'img'])[0]?.severity).toBe('medium');
    expect(check(['run', '-v', '/:/host', 'img'])[0]?.severity).toBe('critical');
    expect(check(['run', '--volume=/etc:/etc', 'img'])[0]).toMatchObject({ severity: 'critical', evidence: '--volume=/etc:/etc' });
    expect(check(['run', '-v', '/root:/r', 'img'])[0]?.severity).toBe('high');
    expect(check(['run', '-v', '/home:/h:ro', 'img'])[0]?.severity).toBe('medium');
  });

  it('fixes --mount and inline forms, and fixes applied in turn stay correct', () => {
    const s = server('docker', ['run', '--mount', 'type=bind,source=/home/ana,target=/h', '-v=$HOME:/home', 'img']);
    const hits = sensitiveMount.check(s, config);
    expect(hits.map((h) => h.severity)).toEqual(['high', 'high']);
    const fixed = hits.reduce((e, h) => h.fix?.(e) ?? e, s);
    expect(fixed.args).toEqual(['run', 'img']);
    expect(sensitiveMount.check(fixed, config)).toEqual([]);
  });

  it('reads Windows and WSL spellings of home and credential paths', () => {
    expect(check(['run', '-v', 'C:\\Users\\ana:/data', 'img'], 'docker.exe')[0]?.severity).toBe('high');
    expect(check(['run', '-v', '%USERPROFILE%\\.ssh:/root/.ssh:ro', 'img'])[0]?.message).toContain('credential');
    expect(check(['run', '-v', '/mnt/c/Users/ana/.aws:/aws', 'img'])[0]?.message).toContain('credential');
    expect(check(['run', '-v', '${userHome}:/h:ro', 'img'])[0]?.severity).toBe('medium');
  });

  it('does not fire on project directories, named volumes or tmpfs', () => {
    expect(check(['run', '-v', '/Users/ana/projects/site:/work', '-v', 'data:/data', '--tmpfs', '/tmp', '-v', '${workspaceFolder}:/w', '-v', '.:/src', 'img'])).toEqual([]);
    expect(check(['run', '-v', '/etc/ssl/certs:/etc/ssl/certs:ro', 'img'])).toEqual([]);
    expect(check(['run', 'img', '-v', '/:/host'])).toEqual([]);
    expect(sensitiveMount.check(server('docker run -i -v /home/bob:/h img'), config)[0]?.field).toBe('args[3]');
  });
});
