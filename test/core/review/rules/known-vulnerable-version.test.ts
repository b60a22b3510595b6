import { describe, expect, it } from 'vitest';
import { knownVulnerableVersion } from '../../../../src/core/review/rules/known-vulnerable-version.js';
import { CATEGORIES } from '../../../../src/core/review/types.js';
import { buildKnowledge } from '../../../../src/core/servers/knowledge.js';
import { entryWith } from '../../../helpers/knowledge.js';
import { advisory, knowledgeOf, osv } from '../../../helpers/osv.js';

const K = knowledgeOf([
  osv('GHSA-6xpm-ggf7-wc3p', 'npm', 'mcp-remote', [[{ introduced: '0.0.5' }, { fixed: '0.1.16' }]], 'CRITICAL'),
  osv('GHSA-q66q-fx2p-7w4m', 'npm', '@modelcontextprotocol/server-filesystem', [[{ introduced: '0' }, { last_affected: '0.6.2' }], [{ introduced: '2025.1.14' }, { fixed: '2025.7.1' }]]),
  osv('GHSA-7f8r-222p-6f5g', 'npm', '@modelcontextprotocol/inspector', [[{ introduced: '0' }, { fixed: '0.14.1' }]], 'CRITICAL'),
  osv('GHSA-g9hg-qhmf-q45m', 'npm', '@modelcontextprotocol/inspector', [[{ introduced: '0' }, { fixed: '0.16.6' }]]),
  osv('GHSA-3qhf-m339-9g5v', 'PyPI', 'mcp-server-git', [[{ introduced: '0' }, { fixed: '2025.9.25' }]], 'MODERATE'),
  osv('GHSA-65hm-pwj5-73pw', 'npm', '@executeautomation/database-server', [[{ introduced: '0' }, { last_affected: '1.1.0' }]]),
]);
const check = (command: string, args: string[] = []) => {
  const { server, config } = entryWith({ command, args }, K);
  return { hits: knownVulnerableVersion.check(server, config), server };
};

describe('MCPR-VULN-001 known vulnerable version', () => {
  it('fires critical on mcp-remote 0.1.15 and pins the fixed release', () => {
    const { hits, server } = check('npx', ['-y', 'mcp-remote@0.1.15', 'https://crm.example.com/mcp']);
    expect(hits).toEqual([expect.objectContaining({ severity: 'critical', field: 'args[1]', evidence: 'mcp-remote@0.1.15' })]);
    expect(hits[0]?.message).toContain('GHSA-6xpm-ggf7-wc3p');
    expect(hits[0]?.message).toContain('fixed in 0.1.16');
    expect(hits[0]?.fix?.(server).args).toEqual(['-y', 'mcp-remote@0.1.16', 'https://crm.example.com/mcp']);
    expect(server.args[1]).toBe('mcp-remote@0.1.15');
  });

  it('respects range boundaries, split lines and last_affected', () => {
    const sev = (spec: string) => check('npx', ['-y', spec]).hits[0]?.severity;
    expect(sev('mcp-remote@0.0.4')).toBeUndefined();
    expect(sev('mcp-remote@0.0.5')).toBe('critical');
    expect(sev('mcp-remote@0.1.16')).toBeUndefined();
    expect(sev('mcp-remote@0.1.16-beta.1')).toBe('critical');
    expect(sev('@modelcontextprotocol/server-filesystem@2025.3.28')).toBe('high');
    expect(sev('@modelcontextprotocol/server-filesystem@0.6.2')).toBe('high');
    expect(sev('@modelcontextprotocol/server-filesystem@0.6.3')).toBeUndefined();
    expect(sev('@modelcontextprotocol/server-filesystem@2025.7.1')).toBeUndefined();
    expect(sev('@modelcontextprotocol/server-filesystem@2026.1.14')).toBeUndefined();
  });

  it('combines several advisories for one version, taking the highest severity and the first safe fix', () => {
    const { hits, server } = check('npx', ['@modelcontextprotocol/inspector@0.14.0']);
    expect(hits[0]?.severity).toBe('critical');
    expect(hits[0]?.message).toContain('GHSA-7f8r-222p-6f5g');
    expect(hits[0]?.message).toContain('GHSA-g9hg-qhmf-q45m');
    expect(hits[0]?.fix?.(server).args).toEqual(['@modelcontextprotocol/inspector@0.16.6']);
    expect(check('npx', ['@modelcontextprotocol/inspector@0.14.1']).hits[0]).toMatchObject({ severity: 'high' });
    expect(check('npx', ['@modelcontextprotocol/inspector@0.16.6']).hits).toEqual([]);
  });

  it('matches PyPI packages with PEP 440 versions through uvx, uvx --from and pipx run', () => {
    const a = check('uvx', ['mcp-server-git==2025.9.24', '--repository', '.']);
    expect(a.hits[0]).toMatchObject({ severity: 'medium', field: 'args[0]' });
    expect(a.hits[0]?.fix?.(a.server).args[0]).toBe('mcp-server-git==2025.9.25');
    const b = check('uvx', ['--from', 'mcp-server-git@2025.1.1', 'mcp-server-git']);
    expect(b.hits[0]?.field).toBe('args[1]');
    expect(b.hits[0]?.fix?.(b.server).args[1]).toBe('mcp-server-git@2025.9.25');
    expect(check('pipx', ['run', 'mcp_server_git==2025.9.0rc1']).hits).toHaveLength(1);
    expect(check('uvx', ['mcp-server-git==2025.9.25']).hits).toEqual([]);
  });

  it('says so when no fixed release is known, and offers no fix', () => {
    const { hits } = check('npx', ['-y', '@executeautomation/database-server@1.1.0']);
    expect(hits[0]?.message).toContain('no fixed release is known');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('skips unpinned specs, ranges, tags and other runners', () => {
    for (const spec of ['mcp-remote', 'mcp-remote@latest', 'mcp-remote@^0.1.0', 'mcp-remote@0.1', 'mcp-remote@v0.1.15', '${PKG}']) {
      expect(check('npx', ['-y', spec]).hits, spec).toEqual([]);
    }
    expect(check('docker', ['run', 'mcp-remote:0.1.15']).hits).toEqual([]);
    expect(check('node', ['mcp-remote@0.1.15']).hits).toEqual([]);
  });

  it('finds the package behind Windows launchers, cmd /c, -p and whole command lines', () => {
    expect(check('C:\\Program Files\\nodejs\\npx.cmd', ['-y', 'mcp-remote@0.1.15', 'https://x']).hits[0]?.field).toBe('args[1]');
    const wrapped = check('cmd', ['/c', 'npx', '-y', 'mcp-remote@0.1.15', 'https://x']);
    expect(wrapped.hits[0]?.field).toBe('args[3]');
    expect(wrapped.hits[0]?.fix?.(wrapped.server).args[3]).toBe('mcp-remote@0.1.16');
    const viaPackage = check('npx', ['--package=mcp-remote@0.1.10', 'mcp-remote', 'https://x']);
    expect(viaPackage.hits[0]?.fix?.(viaPackage.server).args[0]).toBe('--package=mcp-remote@0.1.16');
    expect(check('npx', ['-p', 'mcp-remote@0.1.10', 'mcp-remote', 'https://x']).hits[0]?.field).toBe('args[1]');
    expect(check('bunx mcp-remote@0.1.0 https://x').hits).toHaveLength(1);
  });

  it('uses imported advisories beside the built-in ones, and labels them', () => {
    const imported = advisory(osv('GHSA-aaaa-bbbb-cccc', 'npm', 'some-mcp', [[{ introduced: '0' }, { fixed: '2.0.0' }]]), 'imported');
    const k = buildKnowledge([], [...K.advisories, imported]);
    const { server, config } = entryWith({ command: 'npx', args: ['some-mcp@1.9.9'] }, k);
    const hit = knownVulnerableVersion.check(server, config)[0];
    expect(hit?.message).toContain('imported record');
    const safe = entryWith({ command: 'npx', args: ['some-mcp@2.0.0'] }, k);
    expect(knownVulnerableVersion.check(safe.server, safe.config)).toEqual([]);
  });

  it('belongs to a known category', () => {
    expect(CATEGORIES).toContain(knownVulnerableVersion.category);
  });
});
