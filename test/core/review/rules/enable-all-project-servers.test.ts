import { describe, expect, it } from 'vitest';
import { enableAllProjectServers } from '../../../../src/core/review/rules/enable-all-project-servers.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

describe('MCPR-APR-002 enableAllProjectMcpServers', () => {
  it('fires once per file when set', () => {
    const config = normalizeConfig({ enableAllProjectMcpServers: true, mcpServers: { a: { command: 'x' } } });
    expect(enableAllProjectServers.checkFile!(config)).toEqual([expect.objectContaining({ severity: 'high', field: 'enableAllProjectMcpServers' })]);
    expect(enableAllProjectServers.check(config.servers[0]!, config)).toEqual([]);
  });

  it('does not fire when false or absent', () => {
    expect(enableAllProjectServers.checkFile!(normalizeConfig({ enableAllProjectMcpServers: false }))).toEqual([]);
    expect(enableAllProjectServers.checkFile!(normalizeConfig({}))).toEqual([]);
  });
});
