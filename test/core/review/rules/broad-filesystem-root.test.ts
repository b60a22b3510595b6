import { describe, expect, it } from 'vitest';
import { broadDirectory, broadFilesystemRoot } from '../../../../src/core/review/rules/broad-filesystem-root.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { files: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };
const FS = '@modelcontextprotocol/server-filesystem@2025.7.1';

describe('MCPR-FS-001 broad filesystem root', () => {
  it('fires on the home directory, naming the secrets it opens', () => {
    const hits = broadFilesystemRoot.check(server('npx', ['-y', FS, '~']), config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'high', field: 'args[2]', evidence: '~' })]);
    expect(hits[0]?.message).toContain('files gives @modelcontextprotocol/server-filesystem the whole home directory');
    expect(hits[0]?.message).toContain('~/.ssh');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('recognises root, drives and home directories in every spelling', () => {
    const broad = ['/', '//', '$HOME', '${HOME}', '$HOME/', '%USERPROFILE%', '${userHome}', '${env:USERPROFILE}', '/home/ana', '/Users/ana/', '/root', '/home', 'C:\\', 'C:/', 'c:', 'C:\\Users\\ana', 'C:/Users/ana/', 'D:\\', '/mnt/c', '/mnt/c/Users/ana', '/home/ana/projects/..', '"~"'];
    for (const dir of broad) expect(broadDirectory(dir), dir).toBeDefined();
    expect(broadDirectory('/')).toBe('the whole filesystem');
    expect(broadDirectory('c:')).toBe('the whole C: drive');
    expect(broadDirectory('C:\\')).toBe('the whole C: drive');
    expect(broadDirectory('/home')).toBe("every user's home directory");
  });

  it('does not fire on a project directory or other servers', () => {
    for (const dir of ['/home/ana/projects/app', '~/projects', 'C:\\Users\\ana\\code', '/Users/Shared', 'C:\\Users\\Public', '/tmp', '.', '${WORKSPACE}', '']) expect(broadDirectory(dir), dir).toBeUndefined();
    expect(broadFilesystemRoot.check(server('npx', ['-y', FS, '/home/ana/projects/app', '/tmp/scratch']), config)).toEqual([]);
    expect(broadFilesystemRoot.check(server('npx', ['-y', 'some-other-server', '/']), config)).toEqual([]);
  });

  it('reports only the broad directories of several', () => {
    const hits = broadFilesystemRoot.check(server('npx', ['-y', FS, '/home/ana/code', '/Users/ana']), config);
    expect(hits.map((h) => [h.field, h.evidence])).toEqual([['args[3]', '/Users/ana']]);
  });

  it('handles Windows commands, cmd /c wrappers and whole command lines', () => {
    expect(broadFilesystemRoot.check(server('C:\\Program Files\\nodejs\\npx.cmd', ['-y', FS, 'C:\\Users\\ana']), config)[0]?.field).toBe('args[2]');
    expect(broadFilesystemRoot.check(server('cmd', ['/c', 'npx', '-y', FS, 'C:\\']), config)[0]).toMatchObject({ field: 'args[4]', evidence: 'C:\\' });
    expect(broadFilesystemRoot.check(server(`npx -y ${FS} /`), config)[0]?.evidence).toBe('/');
    expect(broadFilesystemRoot.check(server('bunx', ['@modelcontextprotocol/server-filesystem', '${HOME}']), config)).toHaveLength(1);
  });

  it('covers the installed binaries and a node path to the package', () => {
    expect(broadFilesystemRoot.check(server('mcp-server-filesystem', ['/Users/ana']), config)[0]?.field).toBe('args[0]');
    expect(broadFilesystemRoot.check(server('/usr/local/bin/mcp-filesystem-server', ['/']), config)).toHaveLength(1);
    expect(broadFilesystemRoot.check(server('mcp-filesystem-server.exe', ['C:\\Users\\ana']), config)).toHaveLength(1);
    expect(broadFilesystemRoot.check(server('node', ['C:\\tools\\server-filesystem\\dist\\index.js', '%USERPROFILE%']), config)[0]?.field).toBe('args[1]');
  });

  it('leaves containers to the mount rule', () => {
    expect(broadFilesystemRoot.check(server('docker', ['run', '-i', '--rm', '-v', '/Users/ana:/projects', 'mcp/filesystem', '/projects']), config)).toEqual([]);
  });
});
