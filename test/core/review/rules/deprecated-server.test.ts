import { describe, expect, it } from 'vitest';
import { deprecatedServer } from '../../../../src/core/review/rules/deprecated-server.js';
import { entryWith } from '../../../helpers/knowledge.js';

describe('MCPR-DEP-001 deprecated or archived server', () => {
  it('says @modelcontextprotocol/server-github is archived and names GitHub\'s own server as its successor', () => {
    const { server, config } = entryWith({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'] });
    const [hit] = deprecatedServer.check(server, config);
    expect(hit).toMatchObject({ severity: 'medium', field: 'args[1]' });
    expect(hit?.message).toMatch(/archived|deprecated/);
    expect(hit?.message).toContain('ghcr.io/github/github-mcp-server');
    expect(hit?.remediation).toContain('GitHub');
  });

  it('finds archived servers by PyPI project and image too, and says nothing of active ones', () => {
    expect(deprecatedServer.check(...Object.values(entryWith({ command: 'uvx', args: ['mcp-server-sqlite', '--db-path', 'x.db'] })) as [never, never])).toHaveLength(1);
    const active = entryWith({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/tmp'] });
    expect(deprecatedServer.check(active.server, active.config)).toEqual([]);
    const unknown = entryWith({ command: 'npx', args: ['-y', 'some-server'] });
    expect(deprecatedServer.check(unknown.server, unknown.config)).toEqual([]);
  });

  it('finds an archived server run from where it is installed, and points at the word that names it', () => {
    const path = entryWith({ command: 'node', args: ['--enable-source-maps', '/usr/lib/node_modules/@modelcontextprotocol/server-github/dist/index.js'] });
    expect(deprecatedServer.check(path.server, path.config)).toEqual([expect.objectContaining({ field: 'args[1]', evidence: '/usr/lib/node_modules/@modelcontextprotocol/server-github/dist/index.js' })]);
    const module = entryWith({ command: 'python3', args: ['-m', 'mcp_server_sqlite', '--db-path', 'x.db'] });
    expect(deprecatedServer.check(module.server, module.config)).toEqual([expect.objectContaining({ field: 'args[1]', evidence: 'mcp_server_sqlite' })]);
  });
});
