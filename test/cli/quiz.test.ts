import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

describe('mcp-operator quiz (no TTY)', () => {
  it('--json prints the last result (none yet)', async () => {
    const r = await runCli(['quiz', '--json'], { home: tempHome() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ result: null, attempts: 0 });
  });

  it('rejects unknown areas and bad counts, and needs a terminal for the quiz itself', async () => {
    const home = tempHome();
    const areas = await runCli(['quiz', '--areas', 'isolation,vibes'], { home });
    expect(areas.code).toBe(2);
    expect(areas.stderr).toContain('unknown area: vibes');
    expect((await runCli(['quiz', '--count', 'lots'], { home })).code).toBe(2);
    const tty = await runCli(['quiz'], { home });
    expect(tty.code).toBe(2);
    expect(tty.stderr.trim().split('\n')).toHaveLength(1);
  });
});
