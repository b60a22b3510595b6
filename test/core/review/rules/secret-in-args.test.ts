import { describe, expect, it } from 'vitest';
import { secretInArgs } from '../../../../src/core/review/rules/secret-in-args.js';
import { configFor, entryOf, GH } from './secret-rules.fixtures.js';

describe('MCPR-SEC-002 secret in args', () => {
  it('fires on --flag value and --flag=value, naming the argument', () => {
    const a = entryOf({ command: 'npx', args: ['-y', 'srv@1.0.0', '--access-token', 'sbp_0123456789abcdef0123456789abcdef01234567'] });
    expect(secretInArgs.check(a, configFor())).toEqual([expect.objectContaining({ severity: 'high', field: 'args[3]', evidence: expect.stringMatching(/^Supabase access token \(sbp_/) })]);
    const b = entryOf({ command: `npx -y srv@1.0.0 --token=${GH}` });
    const [hit] = secretInArgs.check(b, configFor());
    expect(hit).toMatchObject({ field: 'args[2]', evidence: 'GitHub token (ghp_… 40 characters)' });
    expect(JSON.stringify(hit)).not.toContain(GH);
  });

  it('does not fire on packages, paths or placeholders', () => {
    const s = entryOf({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/home/me/projects/site', '--token', '${GH_TOKEN}'] });
    expect(secretInArgs.check(s, configFor())).toEqual([]);
  });
});
