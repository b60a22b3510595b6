import { describe, expect, it } from 'vitest';
import { knownVulnerableVersion } from '../../../../src/core/review/rules/known-vulnerable-version.js';
import { ADVISORIES } from '../../../../src/core/review/advisories.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';
import { CATEGORIES } from '../../../../src/core/review/types.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { crm: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-VULN-001 known vulnerable version', () => {
  it('fires critical on mcp-remote 0.1.15 and pins the fixed release', () => {
    const s = server('npx', ['-y', 'mcp-remote@0.1.15', 'https://crm.example.com/mcp']);
    const hits = knownVulnerableVersion.check(s, config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'critical', field: 'args[1]', evidence: 'mcp-remote@0.1.15' })]);
    expect(hits[0]?.message).toContain('CVE-2025-6514');
    expect(hits[0]?.message).toContain('GHSA-6xpm-ggf7-wc3p');
    expect(hits[0]?.message).toContain('fixed in 0.1.16');
    expect(hits[0]?.fix?.(s).args).toEqual(['-y', 'mcp-remote@0.1.16', 'https://crm.example.com/mcp']);
    expect(s.args[1]).toBe('mcp-remote@0.1.15');
  });

  it('respects range boundaries', () => {
    const sev = (spec: string) => knownVulnerableVersion.check(server('npx', ['-y', spec]), config)[0]?.severity;
    expect(sev('mcp-remote@0.0.4')).toBeUndefined();
    expect(sev('mcp-remote@0.0.5')).toBe('critical');
    expect(sev('mcp-remote@0.1.16')).toBeUndefined();
    expect(sev('mcp-remote@0.1.16-beta.1')).toBe('critical');
    expect(sev('@modelcontextprotocol/server-filesystem@2025.3.28')).toBe('high');
    expect(sev('@modelcontextprotocol/server-filesystem@0.6.2')).toBe('high');
    expect(sev('@modelcontextprotocol/server-filesystem@2025.7.1')).toBeUndefined();
    expect(sev('@modelcontextprotocol/server-filesystem@2026.1.14')).toBeUndefined();
  });

  it('combines several advisories for one version, taking the highest severity and fix', () => {
    const s = server('npx', ['@modelcontextprotocol/inspector@0.14.0']);
    const hit = knownVulnerableVersion.check(s, config)[0];
    expect(hit?.severity).toBe('critical');
    expect(hit?.message).toContain('CVE-2025-49596');
    expect(hit?.message).toContain('CVE-2025-58444');
    expect(hit?.fix?.(s).args).toEqual(['@modelcontextprotocol/inspector@0.16.6']);
    expect(knownVulnerableVersion.check(server('npx', ['@modelcontextprotocol/inspector@0.14.1']), config)[0]).toMatchObject({ severity: 'high' });
    expect(knownVulnerableVersion.check(server('npx', ['@modelcontextprotocol/inspector@0.16.6']), config)).toEqual([]);
  });

  it('skips unpinned specs, ranges, tags and other runners', () => {
    for (const spec of ['mcp-remote', 'mcp-remote@latest', 'mcp-remote@^0.1.0', 'mcp-remote@0.1', 'mcp-remote@v0.1.15', '${PKG}']) {
      expect(knownVulnerableVersion.check(server('npx', ['-y', spec]), config), spec).toEqual([]);
    }
    expect(knownVulnerableVersion.check(server('docker', ['run', 'mcp-remote:0.1.15']), config)).toEqual([]);
    expect(knownVulnerableVersion.check(server('node', ['mcp-remote@0.1.15']), config)).toEqual([]);
  });

  it('finds the package behind Windows launchers, cmd /c, -p and whole command lines', () => {
    expect(knownVulnerableVersion.check(server('C:\\Program Files\\nodejs\\npx.cmd', ['-y', 'mcp-remote@0.1.15', 'https://x']), config)[0]?.field).toBe('args[1]');
    const wrapped = server('cmd', ['/c', 'npx', '-y', 'mcp-remote@0.1.15', 'https://x']);
    const hit = knownVulnerableVersion.check(wrapped, config)[0];
    expect(hit?.field).toBe('args[3]');
    expect(hit?.fix?.(wrapped).args[3]).toBe('mcp-remote@0.1.16');
    const viaPackage = server('npx', ['--package=mcp-remote@0.1.10', 'mcp-remote', 'https://x']);
    expect(knownVulnerableVersion.check(viaPackage, config)[0]?.fix?.(viaPackage).args[0]).toBe('--package=mcp-remote@0.1.16');
    expect(knownVulnerableVersion.check(server('npx', ['-p', 'mcp-remote@0.1.10', 'mcp-remote', 'https://x']), config)[0]?.field).toBe('args[1]');
    expect(knownVulnerableVersion.check(server('bunx mcp-remote@0.1.0 https://x'), config)).toHaveLength(1);
  });

  it('keeps the advisory data well formed', () => {
    for (const a of ADVISORIES) {
      expect(a.ids.some((id) => /^CVE-\d{4}-\d+$/.test(id)) && a.ids.some((id) => /^GHSA(-[a-z0-9]{4}){3}$/.test(id)), a.package).toBe(true);
      expect(['low', 'medium', 'high', 'critical']).toContain(a.severity);
    }
    expect(CATEGORIES).toContain(knownVulnerableVersion.category);
  });
});
