import { describe, expect, it } from 'vitest';
import { secretInEnv } from '../../../../src/core/review/rules/secret-in-env.js';
import { configFor, entryOf, GH } from './secret-rules.fixtures.js';

describe('MCPR-SEC-001 secret in env', () => {
  it('fires on a literal token, redacted, with a fix in the client\'s placeholder syntax', () => {
    const s = entryOf({ command: 'npx', env: { GITHUB_TOKEN: GH, LOG_LEVEL: 'debug' } });
    const [hit, ...rest] = secretInEnv.check(s, configFor('cursor'));
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ severity: 'high', field: 'env.GITHUB_TOKEN', evidence: 'GitHub token (ghp_… 40 characters)' });
    expect(JSON.stringify(hit)).not.toContain(GH);
    expect(hit!.fix!(s).env).toEqual({ GITHUB_TOKEN: '${env:GITHUB_TOKEN}', LOG_LEVEL: 'debug' });
    expect(secretInEnv.check(s, configFor('claude-code'))[0]!.fix!(s).env.GITHUB_TOKEN).toBe('${GITHUB_TOKEN}');
  });

  it('offers no fix where the client expands no variables', () => {
    const s = entryOf({ command: 'npx', env: { GITHUB_TOKEN: GH } });
    const [hit] = secretInEnv.check(s, configFor('claude-desktop'));
    expect(hit?.fix).toBeUndefined();
    expect(hit?.remediation).toMatch(/does not expand/);
  });

  it('does not fire on placeholders or plain settings', () => {
    const s = entryOf({ command: 'npx', env: { GITHUB_TOKEN: '${GITHUB_TOKEN}', API_KEY: '${env:API_KEY}', PORT: '8080', DEBUG: 'true' } });
    expect(secretInEnv.check(s, configFor('claude-code'))).toEqual([]);
  });
});
