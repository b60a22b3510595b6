import { describe, expect, it } from 'vitest';
import { autoApproval } from '../../../../src/core/review/rules/auto-approval.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const config = { servers: [], global: {} };

describe('MCPR-APR-001 auto-approval', () => {
  it('rates approvals by what the tool can do', () => {
    const s = normalizeConfig({ mcpServers: { db: { command: 'x', alwaysAllow: ['list_tables', 'execute_sql', 'summarize'] } } }).servers[0]!;
    expect(autoApproval.check(s, config).map((h) => [h.evidence, h.severity])).toEqual([
      ['list_tables', 'low'],
      ['execute_sql', 'high'],
      ['summarize', 'medium'],
    ]);
  });

  it('trust: true approves everything, high', () => {
    const s = normalizeConfig({ mcpServers: { g: { command: 'x', trust: true } } }).servers[0]!;
    expect(autoApproval.check(s, config)).toEqual([expect.objectContaining({ severity: 'high', field: 'trust' })]);
  });

  it('does not fire without approvals', () => {
    const s = normalizeConfig({ mcpServers: { g: { command: 'x' } } }).servers[0]!;
    expect(autoApproval.check(s, config)).toEqual([]);
  });
});

describe('MCPR-APR-001 with the knowledge base', () => {
  it('rates auto-approved tools by their known capability class: equal classes get equal severity', async () => {
    const { entryWith } = await import('../../../helpers/knowledge.js');
    const { server, config } = entryWith({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/tmp'], autoApprove: ['create_directory', 'edit_file', 'write_file', 'read_text_file', 'list_directory'] });
    const hits = autoApproval.check(server, config);
    const sev = Object.fromEntries(hits.map((h) => [h.evidence, h.severity]));
    expect(sev.create_directory).toBe(sev.edit_file);
    expect(sev.write_file).toBe('high');
    expect(sev.list_directory).toBe('low');
    expect(hits.find((h) => h.evidence === 'edit_file')?.message).toContain('file-write');
  });
});

describe('MCPR-APR-001: everything approved, rated by what the tools do', () => {
  it('a known server whose every known tool only reads is medium (the approval also covers tools added later); one that writes stays high', async () => {
    const { entryWith } = await import('../../../helpers/knowledge.js');
    const time = entryWith({ command: 'uvx', args: ['mcp-server-time==2025.9.25'], trust: true });
    const [hit] = autoApproval.check(time.server, time.config);
    expect(time.server.identity?.server?.tools.every((t) => t.capability === 'read-only')).toBe(true);
    expect(hit).toMatchObject({ severity: 'medium', field: 'trust' });
    expect(hit?.message).toMatch(/only read.*later version/);
    const fs = entryWith({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/tmp'], autoApprove: ['*'] });
    expect(autoApproval.check(fs.server, fs.config)[0]?.severity).toBe('high');
  });
});
