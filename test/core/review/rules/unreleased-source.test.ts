import { describe, expect, it } from 'vitest';
import { unreleasedKind, unreleasedSource } from '../../../../src/core/review/rules/unreleased-source.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { notes: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-SRC-002 unreleased source', () => {
  it('fires medium on npx github:user/repo', () => {
    const hits = unreleasedSource.check(server('npx', ['-y', 'github:ana/notes-mcp']), config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'medium', field: 'args[1]', evidence: 'github:ana/notes-mcp' })]);
    expect(hits[0]?.message).toContain('notes installs from a git repository');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('recognises git URLs, tarball URLs and the user/repo shorthand for npm runners', () => {
    for (const spec of ['git+https://github.com/ana/notes-mcp.git', 'git+ssh://git@github.com/ana/notes-mcp.git', 'git://github.com/ana/notes-mcp.git', 'https://example.com/notes-mcp-1.0.0.tgz', 'ana/notes-mcp', 'ana/notes-mcp#main', 'gitlab:ana/notes-mcp', 'bitbucket:ana/notes'])
      expect(unreleasedSource.check(server('npx', ['-y', spec]), config), spec).toHaveLength(1);
    expect(unreleasedKind('ana/notes-mcp', true)).toContain('shorthand');
  });

  it('does not fire on registry names, scoped packages, paths or placeholders', () => {
    for (const spec of ['notes-mcp@1.2.0', '@ana/notes-mcp@1.2.0', '@ana/notes-mcp', './notes-mcp', '../x/y', '${PKG}'])
      expect(unreleasedSource.check(server('npx', ['-y', spec]), config), spec).toEqual([]);
    // A URL after the package belongs to the server, not to npx.
    expect(unreleasedSource.check(server('npx', ['-y', 'mcp-remote@0.1.16', 'https://mcp.example.com/mcp']), config)).toEqual([]);
  });

  it('reads uvx --from, --with and pipx run --spec', () => {
    expect(unreleasedSource.check(server('uvx', ['--from', 'git+https://github.com/ana/notes-mcp', 'notes-mcp']), config)[0]?.field).toBe('args[1]');
    expect(unreleasedSource.check(server('uvx', ['--from=https://example.com/notes_mcp-1.0-py3-none-any.whl', 'notes-mcp']), config)[0]?.field).toBe('args[0]');
    expect(unreleasedSource.check(server('uvx', ['--with', 'git+https://github.com/ana/plugin', 'notes-mcp==1.0.0']), config)).toHaveLength(1);
    expect(unreleasedSource.check(server('pipx', ['run', '--spec', 'git+https://github.com/ana/notes-mcp', 'notes-mcp']), config)[0]?.field).toBe('args[2]');
    expect(unreleasedSource.check(server('uvx', ['notes-mcp @ git+https://github.com/ana/notes-mcp']), config)).toHaveLength(1);
    expect(unreleasedSource.check(server('uvx', ['--python', '3.12', 'notes-mcp==1.0.0']), config)).toEqual([]);
    expect(unreleasedSource.check(server('uvx', ['ana/notes']), config)).toEqual([]);
  });

  it('is low when pinned to a commit, and hides credentials in the URL', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect(unreleasedSource.check(server('npx', ['-y', `github:ana/notes-mcp#${sha}`]), config)[0]?.severity).toBe('low');
    expect(unreleasedSource.check(server('uvx', ['--from', `git+https://github.com/ana/notes-mcp@${sha}`, 'notes-mcp']), config)[0]?.severity).toBe('low');
    const hit = unreleasedSource.check(server('npx', ['-y', 'git+https://ghp_secret123@github.com/ana/private.git']), config)[0];
    expect(hit?.evidence).toBe('git+https://…@github.com/ana/private.git');
    expect(hit?.message).not.toContain('ghp_secret123');
  });

  it('finds the spec behind Windows launchers, cmd /c and whole command lines', () => {
    expect(unreleasedSource.check(server('C:\\nodejs\\npx.cmd', ['-y', 'github:ana/notes-mcp']), config)).toHaveLength(1);
    expect(unreleasedSource.check(server('cmd', ['/c', 'npx', '-y', 'ana/notes-mcp']), config)[0]?.field).toBe('args[3]');
    expect(unreleasedSource.check(server('uvx --from git+https://github.com/ana/notes-mcp notes-mcp'), config)[0]?.field).toBe('args[1]');
    expect(unreleasedSource.check(server('uvx.exe', ['--from', 'git+https://github.com/ana/notes-mcp', 'notes-mcp']), config)).toHaveLength(1);
  });
});
