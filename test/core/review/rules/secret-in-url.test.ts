import { describe, expect, it } from 'vitest';
import { secretInUrl } from '../../../../src/core/review/rules/secret-in-url.js';
import { configFor, entryOf } from './secret-rules.fixtures.js';

describe('MCPR-SEC-004 secret in a URL', () => {
  it('fires on a token in the query and a password in user info, in url and args', () => {
    const a = entryOf({ url: 'https://mcp.example.com/sse?api_key=sk_live_abcdefghijklmnop1234' });
    const [hit] = secretInUrl.check(a, configFor());
    expect(hit).toMatchObject({ severity: 'high', field: 'url', evidence: expect.stringContaining('query parameter api_key (sk_l…') });
    expect(JSON.stringify(hit)).not.toContain('abcdefghijklmnop1234');
    const b = entryOf({ command: 'npx', args: ['-y', 'mcp-remote@0.1.16', 'https://bob:Sup3rS3cretPass@mcp.example.com/mcp'] });
    expect(secretInUrl.check(b, configFor())).toEqual([expect.objectContaining({ field: 'args[2]', evidence: expect.stringMatching(/^password in the URL \(Sup3/) })]);
  });

  it('does not fire on plain URLs, harmless parameters or bad URLs', () => {
    expect(secretInUrl.check(entryOf({ url: 'https://mcp.example.com/mcp?region=eu&format=json' }), configFor())).toEqual([]);
    expect(secretInUrl.check(entryOf({ url: 'http://[::1' }), configFor())).toEqual([]);
  });
});
