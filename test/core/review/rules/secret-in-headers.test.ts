import { describe, expect, it } from 'vitest';
import { secretInHeaders } from '../../../../src/core/review/rules/secret-in-headers.js';
import { configFor, entryOf } from './secret-rules.fixtures.js';

describe('MCPR-SEC-003 secret in headers', () => {
  it('fires on a literal bearer token and fixes it with a placeholder', () => {
    const s = entryOf({ url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer abcdefghijklmnopqrstuvwxyz0123456789' } });
    const [hit] = secretInHeaders.check(s, configFor('vscode'));
    expect(hit).toMatchObject({ severity: 'high', field: 'headers.Authorization', evidence: 'bearer token (abcd… 36 characters)' });
    expect(hit!.fix!(s).headers.Authorization).toBe('Bearer ${env:S_TOKEN}');
  });

  it('names an API-key header after itself', () => {
    const s = entryOf({ url: 'https://x', headers: { 'X-Api-Key': 'k_9f8e7d6c5b4a39281706f5e4d3c2b1a0' } });
    expect(secretInHeaders.check(s, configFor('claude-code'))[0]!.fix!(s).headers['X-Api-Key']).toBe('${X_API_KEY}');
  });

  it('does not fire on placeholders', () => {
    const s = entryOf({ url: 'https://x', headers: { Authorization: 'Bearer ${input:token}', Accept: 'application/json' } });
    expect(secretInHeaders.check(s, configFor('vscode'))).toEqual([]);
  });
});
