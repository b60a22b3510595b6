import { describe, expect, it } from 'vitest';
import { incompleteConfig, isUnfilled } from '../../../../src/core/review/rules/incomplete-config.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const check = (raw: Record<string, unknown>) => incompleteConfig.check(normalizeConfig({ mcpServers: { s: raw } }).servers[0]!, { servers: [], global: {} });

describe('MCPR-CFG-001 entry that is not filled in', () => {
  it('reports an entry with neither command nor url, and placeholders still to fill in as info', () => {
    expect(check({ env: { A: 'b' } })[0]).toMatchObject({ severity: 'medium' });
    const hits = check({ command: 'npx', args: ['x@1.0.0'], env: { API_KEY: '<YOUR_API_KEY>', B: 'your-api-key-here', C: 'changeme', D: 'sk-...' } });
    expect(hits.map((h) => [h.severity, h.field])).toEqual([['info', 'env.API_KEY'], ['info', 'env.B'], ['info', 'env.C'], ['info', 'env.D']]);
  });

  it('leaves real values, references and Zed extension entries alone', () => {
    expect(check({ command: 'npx', args: ['x@1.0.0'], env: { A: '${A}', B: 'production', C: '8080' } })).toEqual([]);
    expect(check({ source: 'extension', settings: {} })).toEqual([]);
    expect(['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'true', 'https://x'].some(isUnfilled)).toBe(false);
  });
});
