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
