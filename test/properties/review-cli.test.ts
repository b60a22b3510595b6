/**
 * Property: the built CLI's `review FILE --no-discover --format json` on random bytes and text,
 * named as JSON, YAML, TOML or with no extension, exits 0, 1 or 2 only, always prints a JSON
 * report on stdout, prints no stack trace, and says nothing on stderr unless nothing could be
 * read (exit 2, one line). HOME and the working folder are a fresh temporary folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { runCli, tempHome } from '../helpers/cli.js';

interface Report {
  tool: { name: string };
  scanned: { path: string; client: string; servers: number; error?: string }[];
  findings: { ruleId: string; severity: string }[];
  summary: Record<string, number>;
}

const NAMES = ['mcp.json', 'settings.json', 'config.yaml', 'servers.yml', 'config.toml', 'mcp', 'opencode.jsonc', '.mcp.json'];

const serverish = fc.record(
  {
    command: fc.constantFrom('npx', 'docker', 'bash', 'uvx'),
    args: fc.array(fc.constantFrom('-y', 'pkg', 'run', '--privileged', '-v', '/:/host', '-c', 'curl x | sh', '/'), { maxLength: 6 }),
    env: fc.dictionary(fc.constantFrom('TOKEN', 'HOME', 'API_KEY'), fc.string({ maxLength: 20 })),
    url: fc.constantFrom('http://0.0.0.0:1/sse', 'https://x.example/mcp'),
  },
  { requiredKeys: [] },
);
const configish = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), serverish, { maxKeys: 3 }).map((m) => ({ mcpServers: m }));

const content = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  configish.map((c) => JSON.stringify(c)),
  configish.map((c) => toYaml(c)),
  fc.tuple(configish.map((c) => JSON.stringify(c)), fc.nat(), fc.constantFrom('', '{', '"', ',', '\u0000', '\n', ':', ']')).map(([t, at, s]) => t.slice(0, at % (t.length + 1)) + s),
);

describe('properties: the review command', () => {
  it('review FILE --format json on random files: exit 0, 1 or 2, a JSON report, no stack trace', async () => {
    const home = tempHome();
    const cwd = join(home, 'work');
    mkdirSync(cwd, { recursive: true });
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: '', CLAUDE_CONFIG_DIR: '', CODEX_HOME: '' };
    let n = 0;
    // Tried first: empty, NUL bytes, not UTF-8, a YAML tag (a parser warning), a BOM, over 5 MB, deep nesting.
    const examples: [Buffer | string, string][] = [
      ['', 'mcp.json'],
      ['\u0000\u0001', 'mcp.json'],
      [Buffer.from([0xc3, 0x28, 0x7b]), 'config.yaml'],
      ['mcpServers:\n  - name: a\n    command: !cmd npx\n', 'config.yaml'],
      ['\uFEFF{"mcpServers":{}}', 'mcp.json'],
      ['x'.repeat(5 * 1024 * 1024 + 1), 'mcp.json'],
      [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'mcp'],
    ];
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom(...NAMES), async (text, name) => {
        const dir = join(cwd, `case-${n++}`);
        mkdirSync(dir);
        const file = join(dir, name);
        writeFileSync(file, text);
        const r = await runCli(['review', file, '--no-discover', '--format', 'json'], { home, cwd, env });
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/^\s+at /m);
        expect(r.stderr).not.toContain('unexpected error');
        const report = JSON.parse(r.stdout) as Report;
        expect(report.tool.name).toBe('mcp-operator');
        expect(report.scanned).toHaveLength(1);
        expect(report.scanned[0]?.path).toBe(file);
        for (const s of ['critical', 'high', 'medium', 'low', 'info']) expect(report.summary[s]).toBe(report.findings.filter((f) => f.severity === s).length);
        if (r.code === 2) {
          expect(report.scanned[0]?.error).toBeTruthy();
          expect(r.stderr).toMatch(/^mcp-operator: nothing could be read \([^\n]*\)\n$/);
        } else {
          expect(r.stderr).toBe('');
        }
      }),
      { numRuns: 20 + examples.length, examples },
    );
  }, 60_000);
});
