import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NO_NETWORK, tempHome } from '../helpers/cli.js';

// Far more output than a pipe buffers (64 KB), so the writer is still writing when head leaves.
const big = join(tempHome(), 'many.json');
const servers: Record<string, unknown> = {};
for (let i = 0; i < 400; i += 1) servers[`s${i}`] = { command: 'npx', args: ['-y', `pkg-${i}`], alwaysAllow: ['execute_sql'] };
writeFileSync(big, JSON.stringify({ mcpServers: servers }));

describe('a reader that stops early', () => {
  for (const args of ['lessons --json', `review ${big} --no-discover --format sarif`, `review ${big} --no-discover --format text`]) {
    it(`mcp-operator ${args.split(' ')[0]} ... | head -c 20 ends quietly, no EPIPE stack trace`, () => {
      const home = tempHome();
      const r = spawnSync('sh', ['-c', `node --import "${NO_NETWORK}" "${BIN}" ${args} | head -c 20 >/dev/null`], {
        env: { ...process.env, MCP_OPERATOR_HOME: home, HOME: home, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    });
  }
});
