import { describe, expect, it } from 'vitest';
import { entropy, findSecrets, isSecretName, looksRandom, redactedEvidence, redactValue } from '../../../src/core/review/secrets.js';

// Fake secrets shaped like the real thing; none of them is live.
export const FAKE = {
  github: `ghp_${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d'}`,
  slack: 'xoxb-123456789012-1234567890123-abcdefghijABCDEFGHIJklmn',
  anthropic: `sk-ant-api03-${'A1b2C3d4E5'.repeat(9)}abcAA`,
  postgres: 'postgres://app:S3cretPassw0rd@db.internal:5432/prod',
  random: 'q8Zt3LmX9vPa2Rk7Wn4Ys6Ud1Hf5Jc0B',
};

describe('secret detection', () => {
  it('finds named kinds with the maintained rule set', () => {
    expect(findSecrets(FAKE.github)[0]).toMatchObject({ kind: 'GitHub token', start: 0, end: 40 });
    expect(findSecrets(FAKE.slack)[0]?.kind).toBe('Slack token');
    expect(findSecrets(FAKE.anthropic)[0]?.kind).toBe('Anthropic API key');
    expect(findSecrets(FAKE.postgres)[0]?.kind).toBe('database password');
  });

  it('treats placeholders as references, but checks a literal default', () => {
    expect(findSecrets('${GITHUB_TOKEN}', 'GITHUB_TOKEN')).toEqual([]);
    expect(findSecrets('${env:API_KEY}', 'API_KEY')).toEqual([]);
    expect(findSecrets('${input:gh-token}', 'TOKEN')).toEqual([]);
    expect(findSecrets('Bearer ${env:TOKEN}', 'Authorization')).toEqual([]);
    const withDefault = `\${GITHUB_TOKEN:-${FAKE.github}}`;
    const [m] = findSecrets(withDefault, 'GITHUB_TOKEN');
    expect(withDefault.slice(m!.start, m!.end)).toBe(FAKE.github);
  });

  it('flags a value under a secret-sounding name, not a plain one', () => {
    expect(findSecrets('hunter2hunter2', 'DB_PASSWORD')[0]?.kind).toBe('value of DB_PASSWORD');
    expect(findSecrets('debug-level-x', 'LOG_LEVEL')).toEqual([]);
    expect(findSecrets('/run/secrets/token', 'GITHUB_TOKEN')).toEqual([]);
    expect(findSecrets('true', 'USE_AUTH')).toEqual([]);
    expect(isSecretName('TOKEN_FILE')).toBe(false);
    expect(isSecretName('X-Api-Key')).toBe(true);
  });

  it('uses entropy for unnamed random words and leaves versions, paths and digests alone', () => {
    expect(findSecrets(`--key=${FAKE.random}`)[0]?.kind).toBe('high-entropy string');
    expect(looksRandom('@modelcontextprotocol/server-filesystem')).toBe(false);
    expect(looksRandom('0123456789abcdef0123456789abcdef01234567')).toBe(false);
    expect(looksRandom('2025.7.1-beta.20250101')).toBe(false);
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
  });

  it('finds a bearer token in a header value', () => {
    expect(findSecrets('Bearer abcdefghijklmnopqrstuvwxyz0123456789', 'Authorization')[0]?.kind).toBe('bearer token');
  });

  it('redacts to the kind and at most four characters', () => {
    const shown = redactedEvidence('GitHub token', FAKE.github);
    expect(shown).toBe('GitHub token (ghp_… 40 characters)');
    expect(redactedEvidence('value of PW', 'short1')).not.toContain('shor');
    const line = redactValue(`token=${FAKE.github} ok`, findSecrets(`token=${FAKE.github} ok`));
    expect(line).not.toContain(FAKE.github.slice(4));
    expect(line).toMatch(/^token=\[GitHub token/);
  });
});
