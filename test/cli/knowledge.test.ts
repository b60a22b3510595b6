import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

function machine() {
  const home = tempHome();
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: '', CLAUDE_CONFIG_DIR: '' };
  return { home, run: (args: string[], input?: string) => runCli(args, { home, cwd: home, env, ...(input !== undefined ? { input } : {}) }) };
}

const record = (id: string, name: string, fixed: string, ecosystem = 'npm') => ({
  schema_version: '1.6.0',
  id,
  summary: `${name} lets a crafted request run commands`,
  affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }],
  database_specific: { severity: 'HIGH' },
});

describe('mcp-operator servers and advisories', () => {
  it('servers --json lists at least 40 known servers, each with publisher, identifiers, tools with capability classes and references', async () => {
    const m = machine();
    const r = await m.run(['servers', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { count: number; servers: Array<{ id: string; tools: Array<{ capability: string }>; references: unknown[]; publisher: { name: string } }> };
    expect(data.count).toBeGreaterThanOrEqual(40);
    for (const s of data.servers) {
      expect(s.tools.length, s.id).toBeGreaterThan(0);
      expect(s.references.length, s.id).toBeGreaterThan(0);
      expect(s.publisher.name, s.id).toBeTruthy();
    }
  });

  it('servers QUERY shows one server, and an unknown one names the closest ids with exit code 2', async () => {
    const m = machine();
    const one = await m.run(['servers', 'github']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Least-privilege switches');
    const miss = await m.run(['servers', 'githb']);
    expect(miss.code).toBe(2);
    expect(miss.stderr).toMatch(/closest: .*github/);
    expect(miss.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('advisories --json lists at least 35 advisories across npm and PyPI, each saying where it came from', async () => {
    const m = machine();
    const r = await m.run(['advisories', '--json']);
    const data = JSON.parse(r.stdout) as { advisories: Array<{ ecosystem: string; source?: string; origin: string }> };
    const reviewable = data.advisories.filter((a) => a.ecosystem === 'npm' || a.ecosystem === 'PyPI');
    expect(reviewable.length).toBeGreaterThanOrEqual(35);
    expect(new Set(reviewable.map((a) => a.ecosystem))).toEqual(new Set(['npm', 'PyPI']));
    expect(data.advisories.every((a) => a.origin === 'built-in' && a.source)).toBe(true);
  });

  it('advisories import of a folder makes the next review flag the vulnerable version and not the fixed one', async () => {
    const m = machine();
    const folder = join(m.home, 'osv', 'advisories', 'github-reviewed', '2026', '11');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'GHSA-zzzz-yyyy-xxxx.json'), JSON.stringify(record('GHSA-zzzz-yyyy-xxxx', 'acme-mcp', '2.0.0')));
    writeFileSync(join(folder, 'bad.json'), '{ not json');
    const config = join(m.home, 'mcp.json');
    const entry = (v: string) => JSON.stringify({ mcpServers: { acme: { command: 'npx', args: ['-y', `acme-mcp@${v}`] } } });
    writeFileSync(config, entry('1.9.0'));
    const before = await m.run(['review', config, '--no-discover', '--format', 'json']);
    expect(before.stdout).not.toContain('GHSA-zzzz-yyyy-xxxx');
    const imp = await m.run(['advisories', 'import', join(m.home, 'osv')]);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toContain('imported 1 advisory');
    expect(imp.stderr).toContain('bad.json');
    expect(existsSync(join(m.home, 'imported-advisories.json'))).toBe(true);
    const after = await m.run(['review', config, '--no-discover', '--format', 'json']);
    expect(after.stdout).toContain('GHSA-zzzz-yyyy-xxxx');
    expect(after.code).toBe(1);
    writeFileSync(config, entry('2.0.0'));
    const fixed = await m.run(['review', config, '--no-discover', '--format', 'json']);
    expect(fixed.stdout).not.toContain('GHSA-zzzz-yyyy-xxxx');
    const list = await m.run(['advisories']);
    expect(list.stdout).toMatch(/GHSA-zzzz-yyyy-xxxx.*imported/);
  });

  it('an imported record never changes a built-in one', async () => {
    const m = machine();
    const file = join(m.home, 'override.json');
    // The built-in record of GHSA-6xpm-ggf7-wc3p says fixed in 0.1.16; this one claims 0.1.0 fixes it.
    writeFileSync(file, JSON.stringify([record('GHSA-6xpm-ggf7-wc3p', 'mcp-remote', '0.1.0')]));
    expect((await m.run(['advisories', 'import', file])).code).toBe(0);
    const config = join(m.home, 'mcp.json');
    writeFileSync(config, JSON.stringify({ mcpServers: { r: { command: 'npx', args: ['-y', 'mcp-remote@0.1.15', 'https://x.example/mcp'] } } }));
    const r = await m.run(['review', config, '--no-discover', '--format', 'json']);
    expect(r.stdout).toContain('GHSA-6xpm-ggf7-wc3p');
    const data = JSON.parse((await m.run(['advisories', '--json'])).stdout) as { advisories: Array<{ id: string; origin: string; fixed: string[] }> };
    const rows = data.advisories.filter((a) => a.id === 'GHSA-6xpm-ggf7-wc3p');
    expect(rows.map((a) => [a.origin, a.fixed])).toEqual([['built-in', ['0.1.16']]]);
  });

  it('an import with no valid record exits 2 naming why, and a missing path exits 2', async () => {
    const m = machine();
    const folder = join(m.home, 'go-only');
    mkdirSync(folder);
    writeFileSync(join(folder, 'GO-1.json'), JSON.stringify(record('GO-2026-1', 'github.com/x/y', '1.0.0', 'Go')));
    const r = await m.run(['advisories', 'import', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing imported.*npm or PyPI/);
    const empty = join(m.home, 'empty');
    mkdirSync(empty);
    expect((await m.run(['advisories', 'import', empty])).code).toBe(2);
    const missing = await m.run(['advisories', 'import', join(m.home, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('a review names the server and its publisher, and says server-github is deprecated with its successor', async () => {
    const m = machine();
    const config = join(m.home, 'claude_desktop_config.json');
    writeFileSync(config, JSON.stringify({ mcpServers: { github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${GH}' } } } }));
    const r = await m.run(['review', config, '--no-discover']);
    expect(r.stdout).toMatch(/published by/);
    expect(r.stdout).toContain('MCPR-DEP-001');
    expect(r.stdout).toContain('ghcr.io/github/github-mcp-server');
    const json = JSON.parse((await m.run(['review', config, '--no-discover', '--format', 'json'])).stdout) as { findings: Array<{ knownServer?: { id: string; publisher: string } }> };
    expect(json.findings.every((f) => f.knownServer?.id === 'server-github')).toBe(true);
  });
});

describe('plan with the knowledge base', () => {
  it('plan --answers with server: fills source, transport, capabilities and package, and the plan names the real package and the server facts', async () => {
    const m = machine();
    const answers = join(m.home, 'answers.yaml');
    writeFileSync(answers, 'server: filesystem\nversion: 2025.3.28\nclient: claude-code\nisolation: none\nenvironment: dev-laptop\n');
    const r = await m.run(['plan', '--answers', answers, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('from the knowledge base: source = official');
    const plan = JSON.parse(r.stdout) as { knownServer: { id: string; advisories: Array<{ id: string; affectsVersion: boolean }> }; hardenedConfiguration: { text: string; entry: { document: unknown }; asIs?: { text: string } }; profile: { answers: Record<string, unknown> } };
    expect(plan.knownServer.id).toBe('filesystem');
    expect(plan.knownServer.advisories.filter((a) => a.affectsVersion).map((a) => a.id)).toContain('GHSA-q66q-fx2p-7w4m');
    // Isolation none, but the server publishes an image: the container is recommended, the as-is entry runs the real package.
    expect(plan.hardenedConfiguration.text).toContain('mcp/filesystem@sha256:<digest>');
    expect(plan.hardenedConfiguration.asIs?.text).toContain('@modelcontextprotocol/server-filesystem@2025.3.28');
    expect(plan.profile.answers.capabilities).toEqual(expect.arrayContaining(['read-only', 'file-write']));
    expect(plan.hardenedConfiguration.entry.document).toHaveProperty('mcpServers');
  });

  it('plan --server with an unknown id names the closest ids and exits 2', async () => {
    const m = machine();
    const r = await m.run(['plan', '--server', 'playwrite', '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/closest: .*playwright/);
  });

  it('plan --server ID without a terminal writes the plan from the knowledge base', async () => {
    const m = machine();
    const r = await m.run(['plan', '--server', 'playwright', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('@playwright/mcp');
    expect(r.stdout).toContain('## The server');
  });
});
