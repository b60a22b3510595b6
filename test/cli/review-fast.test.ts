import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastReviewArgs } from '../../src/review-fast.js';
import { runCli, tempHome } from '../helpers/cli.js';

describe('review without the argument parser (start-up, issue 14.7)', () => {
  it('reads the options of review as commander does', () => {
    expect(fastReviewArgs(['review', 'a.json', '-', '--format', 'json', '--fail-on=medium', '--no-discover', '--client', 'cursor', '--no-fixes', '--plain'], {})).toEqual({
      paths: ['a.json', '-'],
      options: { format: 'json', failOn: 'medium', discover: false, client: 'cursor', fixes: false },
      plain: true,
    });
    expect(fastReviewArgs(['review'], {})).toEqual({ paths: [], options: { failOn: 'high', discover: true, fixes: true }, plain: false });
    expect(fastReviewArgs(['review', 'x.json'], { MCP_OPERATOR_PLAIN: 'yes' })?.plain).toBe(true);
  });

  it('leaves everything else to commander: other commands, help, unknown options, a missing value', () => {
    for (const args of [['lessons'], ['review', '--help'], ['review', '-h'], ['review', '--bogus'], ['review', '--format'], ['review', '--fixes']]) expect(fastReviewArgs(args, {})).toBeUndefined();
  });

  it('the built command gives the same answers both ways: bad values, help and a review', async () => {
    const home = tempHome();
    const file = join(home, 'mcp.json');
    writeFileSync(file, JSON.stringify({ mcpServers: { a: { command: 'npx', args: ['-y', 'some-server'] } } }));
    const bad = await runCli(['review', file, '--no-discover', '--format', 'yaml'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mcp-operator: unknown --format "yaml" (use text, json, sarif or md)\n');
    const unknown = await runCli(['review', file, '--bogus'], { home });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
    const help = await runCli(['review', '--help'], { home });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on <SEVERITY>');
    const json = await runCli(['review', file, '--no-discover', '--format', 'json', '--fail-on', 'none'], { home });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('MCPR-PIN-001');
    const failing = await runCli(['review', file, '--no-discover', '--format', 'text'], { home });
    expect(failing.code).toBe(1);
  });
});
