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

describe('a reader that is slow, on a pipe another program left non-blocking', () => {
  // Needs python3 (on every machine this project builds on) to set O_NONBLOCK, which Node cannot.
  it('gets the whole review: a write that fills the pipe goes on when the reader catches up', () => {
    const home = tempHome();
    const env = { ...process.env, MCP_OPERATOR_HOME: home, HOME: home, NO_COLOR: '1' };
    const args = ['review', big, '--no-discover', '--format', 'json', '--fail-on', 'none'];
    const whole = spawnSync(process.execPath, ['--import', NO_NETWORK, BIN, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(whole.status).toBe(0);
    expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(256 * 1024);
    // python3 sets O_NONBLOCK on the pipe and runs the review in its place; the reader starts late, so the pipe fills.
    const nonblocking = `import os, sys, fcntl; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execvp(sys.argv[1], sys.argv[1:])`;
    const command = [process.execPath, '--import', NO_NETWORK, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('sh', ['-c', `python3 -c "${nonblocking}" ${command} | (sleep 0.5; wc -c)`], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBe(Buffer.byteLength(whole.stdout));
  });
});
