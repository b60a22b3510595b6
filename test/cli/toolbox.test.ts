import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

describe('mcp-operator toolbox', () => {
  it('lists tools by job, shows one with what it sends out, and answers an unknown job with exit 2', async () => {
    const home = tempHome();
    const run = (args: string[]) => runCli(args, { home, env: { HOME: home } });
    const all = await run(['toolbox', '--json']);
    const data = JSON.parse(all.stdout) as { jobs: Array<{ id: string; tools: unknown[] }> };
    expect(data.jobs.length).toBeGreaterThanOrEqual(8);
    const gateway = await run(['toolbox', 'gateway']);
    expect(gateway.stdout).toContain('Docker MCP Gateway');
    const one = await run(['toolbox', 'snyk-agent-scan']);
    expect(one.stdout).toContain('What it sends out');
    expect(one.stdout).toContain('Starts MCP servers itself: yes');
    const bad = await run(['toolbox', 'teleporters']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
