import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../src/core/review/engine.js';
import { reviewJson } from '../../src/core/review/output/json.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { loadKnowledge } from '../../src/io/knowledge-loader.js';
import { LARGE_REVIEW_BYTES } from '../../src/io/v8-tuning.js';
import { runCli, tempHome } from '../helpers/cli.js';

// A config above LARGE_REVIEW_BYTES is reviewed with V8's inlining off (src/io/v8-tuning.ts): the
// command must print exactly what the engine gives in-process, where no such setting is made.
/** A config of n servers in three shapes (packages with a token, containers, shell-wrapped chains). */
function largeConfig(n: number): string {
  const servers: Record<string, unknown> = {};
  for (let i = 0; i < n; i += 1) {
    if (i % 3 === 0) servers[`pkg-${i}`] = { command: 'npx', args: ['-y', `@acme/server-${i}`], env: { API_TOKEN: `tok_${i}_Q9xZk3LmN0pQrStUvW${i}` } };
    else if (i % 3 === 1) servers[`box-${i}`] = { command: 'docker', args: ['run', '-i', '--privileged', '-v', `/home/dev/p${i}:/work`, `ghcr.io/acme/mcp-${i}:latest`] };
    else servers[`sh-${i}`] = { command: `bash -c "cd /opt/${i} && npx -y mcp-tool-${i}"` };
  }
  return JSON.stringify({ mcpServers: servers }, null, 2);
}

describe('a large printed review', () => {
  it('writes a code cache that its next run uses (made under V8\'s default settings, not the review\'s)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'review-large-cache-')), 'mcp.json');
    writeFileSync(file, largeConfig(2000));
    const home = tempHome();
    const args = ['review', file, '--no-discover', '--format', 'json', '--fail-on', 'none'];
    const first = await runCli(args, { home });
    const [name] = readdirSync(join(home, 'cache')).filter((n) => n.endsWith('.v8'));
    expect(name).toBeDefined();
    const cache = join(home, 'cache', name as string);
    const written = { bytes: readFileSync(cache), mtime: statSync(cache).mtimeMs };
    await new Promise((r) => setTimeout(r, 20));
    const second = await runCli(args, { home });
    expect(second.stdout).toBe(first.stdout);
    // A cache V8 refused would be written again by the second run.
    expect(statSync(cache).mtimeMs).toBe(written.mtime);
    expect(readFileSync(cache).equals(written.bytes)).toBe(true);
  });

  it('prints what the engine finds, byte for byte, for a file of 2,000 servers', async () => {
    const text = largeConfig(2000);
    expect(text.length).toBeGreaterThan(LARGE_REVIEW_BYTES);
    const file = join(mkdtempSync(join(tmpdir(), 'review-large-')), 'mcp.json');
    writeFileSync(file, text);
    const r = await runCli(['review', file, '--no-discover', '--format', 'json', '--fail-on', 'none'], { home: tempHome() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = reviewConfigs([{ path: file, text }], { name: 'mcp-operator', version: (JSON.parse(r.stdout) as { tool: { version: string } }).tool.version }, REVIEW_RULES, { fixes: false, knowledge: await loadKnowledge() }).report;
    expect(report.findings.length).toBeGreaterThan(3000);
    expect(r.stdout).toBe(reviewJson(report));
  });
});
