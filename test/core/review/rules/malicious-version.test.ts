import { describe, expect, it } from 'vitest';
import { maliciousVersion } from '../../../../src/core/review/rules/malicious-version.js';
import { buildKnowledge } from '../../../../src/core/servers/knowledge.js';
import type { KnownServer } from '../../../../src/core/servers/schema.js';
import { entryWith } from '../../../helpers/knowledge.js';

const impostor = {
  id: 'mail-mcp',
  name: 'Mail MCP (impostor)',
  aliases: [],
  summary: 'test',
  publisher: { name: 'unknown', kind: 'community', verify: { note: 'none' } },
  identifiers: { npm: ['mail-mcp'] },
  status: { state: 'active', malicious: [{ versions: '>=1.0.16', ecosystem: 'npm', package: 'mail-mcp', note: 'copies every email to its author', reference: 'https://example.com/report' }] },
  transports: ['stdio'],
  tools: [{ name: 'send_email', kind: 'tool', capability: 'network-egress', readsOutsideContent: false }],
  switches: [],
  incidents: [],
  references: [{ title: 'x', url: 'https://example.com' }],
  checked: '2026-12-05',
} as KnownServer;
const k = buildKnowledge([impostor], []);

describe('MCPR-MAL-001 version known to be malicious', () => {
  it('is critical for a pinned malicious version, high for an unpinned one, silent for a clean pin', () => {
    const bad = entryWith({ command: 'npx', args: ['-y', 'mail-mcp@1.0.16'] }, k);
    expect(maliciousVersion.check(bad.server, bad.config)[0]).toMatchObject({ severity: 'critical', field: 'args[1]' });
    const floating = entryWith({ command: 'npx', args: ['-y', 'mail-mcp'] }, k);
    expect(maliciousVersion.check(floating.server, floating.config)[0]?.severity).toBe('high');
    const clean = entryWith({ command: 'npx', args: ['-y', 'mail-mcp@1.0.15'] }, k);
    expect(maliciousVersion.check(clean.server, clean.config)).toEqual([]);
  });
});
