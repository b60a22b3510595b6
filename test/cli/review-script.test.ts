import { describe, expect, it } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runCli, tempHome } from '../helpers/cli.js';

// A printed review runs from dist/review-[hash].cjs through V8 with a code cache in the user's cache
// folder (src/review-cached.ts). What it prints must not depend on whether the cache was there.
const fixture = join(process.cwd(), 'test/fixtures/review/mixed.mcp.json');
const cacheFiles = (home: string) => (existsSync(join(home, 'cache')) ? readdirSync(join(home, 'cache')).filter((n) => n.endsWith('.v8')) : []);

describe('a printed review from the review script and its code cache', () => {
  for (const format of ['json', 'sarif', 'md', 'text']) {
    it(`--format ${format}: the same output and exit code with no cache, with the cache, and with the cache turned off`, async () => {
      const home = tempHome();
      const args = ['review', fixture, '--no-discover', '--format', format];
      const first = await runCli(args, { home });
      expect(cacheFiles(home)).toHaveLength(1);
      const second = await runCli(args, { home });
      const off = await runCli(args, { home: tempHome(), env: { MCP_OPERATOR_NO_CODE_CACHE: '1' } });
      expect(first.code).toBe(1);
      expect(first.stdout.length).toBeGreaterThan(200);
      for (const r of [second, off]) {
        expect(r.code).toBe(first.code);
        expect(r.stdout).toBe(first.stdout);
        expect(r.stderr).toBe(first.stderr);
      }
    });
  }

  it('YAML and TOML configs and npm and PyPI version ranges are reviewed with their libraries loaded from files of their own', async () => {
    const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const script = Object.entries(meta.outputs).find(([f]) => /^dist\/review-[A-Z0-9]+\.cjs$/.test(f))?.[1];
    expect(Object.keys(script?.inputs ?? {}).filter((i) => /node_modules\/(yaml|smol-toml|semver|@renovatebot\/pep440)\//.test(i))).toEqual([]);
    const home = tempHome();
    const dir = mkdtempSync(join(tmpdir(), 'review-libs-'));
    mkdirSync(join(dir, '.continue', 'mcpServers'), { recursive: true });
    mkdirSync(join(dir, '.codex'));
    const yaml = join(dir, '.continue', 'mcpServers', 'remote.yaml');
    writeFileSync(yaml, ['name: remote', 'version: 0.0.1', 'schema: v1', 'mcpServers:', '  - name: remote', '    command: npx', '    args: ["-y", "mcp-remote@0.1.10", "https://example.com/mcp"]', ''].join('\n'));
    const toml = join(dir, '.codex', 'config.toml');
    writeFileSync(toml, ['[mcp_servers.aws]', 'command = "uvx"', 'args = ["awslabs.aws-api-mcp-server==1.0.0"]', ''].join('\n'));
    const r = await runCli(['review', yaml, toml, '--no-discover', '--format', 'json'], { home });
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string; client: string }[] }).findings;
    expect(findings.filter((f) => f.ruleId === 'MCPR-VULN-001').map((f) => [f.client, /GHSA-[\w-]+/.exec(f.message)?.[0]])).toEqual(
      expect.arrayContaining([
        ['continue', 'GHSA-6xpm-ggf7-wc3p'],
        ['codex', 'GHSA-2cpp-j2fc-qhp7'],
      ]),
    );
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('MCP_OPERATOR_NO_CODE_CACHE writes no cache', async () => {
    const home = tempHome();
    await runCli(['review', fixture, '--no-discover', '--format', 'json'], { home, env: { MCP_OPERATOR_NO_CODE_CACHE: '1' } });
    expect(cacheFiles(home)).toEqual([]);
  });

  it('the cache is private to the user; a damaged one is replaced, one others may write is not read', async () => {
    const home = tempHome();
    const args = ['review', fixture, '--no-discover', '--format', 'json'];
    const clean = await runCli(args, { home });
    const [name] = cacheFiles(home);
    const file = join(home, 'cache', name as string);
    if (process.getuid) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(home, 'cache')).mode & 0o777).toBe(0o700);
    }
    writeFileSync(file, Buffer.alloc(4096, 1));
    const damaged = await runCli(args, { home });
    expect(damaged.stdout).toBe(clean.stdout);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 1))).toBe(false);
    if (process.getuid) {
      chmodSync(file, 0o666);
      const shared = await runCli(args, { home });
      expect(shared.stdout).toBe(clean.stdout);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it('an unwritable home costs only the cache: the review is printed', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'cache'), 'a file where the cache folder would go');
    const r = await runCli(['review', fixture, '--no-discover', '--format', 'json'], { home });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
  });

  it('a knowledge base changed since the build is seen: the review goes through the modules, which validate it', async () => {
    // A copy of the package whose server file differs from the build's knowledge cache.
    const root = join(mkdtempSync(join(tmpdir(), 'review-script-')), 'pkg');
    mkdirSync(root);
    for (const part of ['dist', 'servers', 'advisories', 'toolbox', 'package.json']) cpSync(join(process.cwd(), part), join(root, part), { recursive: true });
    const server = join(root, 'servers/server-github.yaml');
    writeFileSync(server, readFileSync(server, 'utf8').replace(/^name: .*$/m, 'name: Renamed since the build'));
    const config = join(root, 'gh.json');
    writeFileSync(config, JSON.stringify({ mcpServers: { gh: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'] } } }));
    const home = tempHome();
    const { spawnSync } = await import('node:child_process');
    const bin = join(root, 'dist', BIN.split(/[\\/]/).pop() as string);
    // From a file, and from standard input (which the script must leave unread when it hands the review over).
    for (const [args, input] of [[[config], undefined], [['-'], readFileSync(config, 'utf8')]] as const) {
      const r = spawnSync(process.execPath, [bin, 'review', ...args, '--no-discover', '--format', 'json'], {
        env: { ...process.env, MCP_OPERATOR_HOME: home, HOME: home },
        encoding: 'utf8',
        ...(input !== undefined ? { input } : {}),
      });
      expect(r.stderr).toBe('');
      const names = (JSON.parse(r.stdout) as { findings: { knownServer?: { name: string } }[] }).findings.map((f) => f.knownServer?.name);
      expect(names).toContain('Renamed since the build');
    }
  });
});
