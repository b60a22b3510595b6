import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/review/mixed.mcp.json');
const TOKEN = 'ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d';

/** A machine of its own: HOME and the working folder are fresh, so discovery sees only what a test puts there. */
function machine() {
  const home = tempHome();
  const cwd = join(home, 'work', 'repo');
  mkdirSync(cwd, { recursive: true });
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: '', CLAUDE_CONFIG_DIR: '' };
  return { home, cwd, env, run: (args: string[], input?: string) => runCli(args, { home, cwd, env, ...(input !== undefined ? { input } : {}) }) };
}

interface Report {
  scanned: { path: string; client: string; servers: number; error?: string }[];
  findings: { ruleId: string; severity: string; server: string }[];
  summary: Record<string, number>;
}

describe('mcp-operator review', () => {
  it('reviews a named file as JSON and exits 1 on a high finding, never printing the token', async () => {
    const m = machine();
    const r = await m.run(['review', FIXTURE, '--no-discover', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scanned).toEqual([{ path: FIXTURE, client: 'unknown', servers: 4 }]);
    const ids = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['MCPR-PIN-001', 'MCPR-SEC-001', 'MCPR-MNT-001', 'MCPR-TLS-001']) expect(ids).toContain(id);
    expect(report.findings.some((f) => f.server === 'docs')).toBe(false);
    expect(r.stdout + r.stderr).not.toContain(TOKEN.slice(4, 14));
  });

  it('--fail-on sets the bar for exit 1', async () => {
    const m = machine();
    const clean = join(m.cwd, 'clean.json');
    writeFileSync(clean, JSON.stringify({ mcpServers: { docs: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] } } }));
    expect((await m.run(['review', clean, '--no-discover', '--format', 'json'])).code).toBe(0);
    expect((await m.run(['review', FIXTURE, '--no-discover', '--format', 'json', '--fail-on', 'none'])).code).toBe(0);
    expect((await m.run(['review', FIXTURE, '--no-discover', '--format', 'sarif', '--fail-on', 'critical'])).code).toBe(1);
  });

  it('reads standard input with -, sniffing TOML, with a client hint', async () => {
    const m = machine();
    const r = await m.run(['review', '-', '--no-discover', '--format', 'json', '--client', 'codex'], '[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem@2025.3.28", "/"]\n');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scanned).toEqual([{ path: '<stdin>', client: 'codex', servers: 1 }]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['MCPR-FS-001', 'MCPR-VULN-001']));
  });

  it('discovers user configs under HOME and XDG_CONFIG_HOME and project files from the current folder up', async () => {
    const m = machine();
    mkdirSync(join(m.home, '.cursor'), { recursive: true });
    writeFileSync(join(m.home, '.cursor', 'mcp.json'), JSON.stringify({ mcpServers: { a: { command: 'npx', args: ['-y', 'a@1.0.0'] } } }));
    mkdirSync(join(m.home, '.config', 'Code', 'User'), { recursive: true });
    writeFileSync(join(m.home, '.config', 'Code', 'User', 'mcp.json'), JSON.stringify({ servers: { b: { type: 'http', url: 'https://b.example.com/mcp' } } }));
    writeFileSync(join(m.home, 'work', '.mcp.json'), JSON.stringify({ mcpServers: { c: { command: 'uvx', args: ['c==1.0.0'] } } }));
    mkdirSync(join(m.cwd, '.vscode'));
    writeFileSync(join(m.cwd, '.vscode', 'mcp.json'), '{ "servers": { "d": { "command": "node", "args": ["d.js"] } } }');
    const r = await m.run(['review', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.scanned.map((s) => `${s.client}:${s.path.slice(m.home.length)}:${s.servers}`).sort()).toEqual(
      ['cursor:/.cursor/mcp.json:1', 'vscode:/.config/Code/User/mcp.json:1', 'claude-code:/work/.mcp.json:1', 'vscode:/work/repo/.vscode/mcp.json:1'].sort(),
    );
    expect(r.code).toBe(0);
  });

  it('reports unreadable files as scanned entries and exits 2 only when nothing could be read', async () => {
    const m = machine();
    const big = join(m.cwd, 'big.json');
    writeFileSync(big, `{"x":"${'a'.repeat(5 * 1024 * 1024)}"}`);
    const binary = join(m.cwd, 'bin.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x00, 0x01, 0x7d]));
    const latin1 = join(m.cwd, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const loop = join(m.cwd, 'loop.json');
    symlinkSync(loop, loop);
    const bad = await m.run(['review', big, binary, latin1, loop, join(m.cwd, 'missing.json'), '--no-discover', '--format', 'json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const errors = (JSON.parse(bad.stdout) as Report).scanned.map((s) => s.error);
    expect(errors).toEqual([expect.stringMatching(/larger than 5 MB/), expect.stringMatching(/binary/), expect.stringMatching(/UTF-8/), expect.stringMatching(/symbolic links/), 'no such file or folder']);
    const some = await m.run(['review', big, FIXTURE, '--no-discover', '--format', 'json', '--fail-on', 'none']);
    expect(some.code).toBe(0);
  });

  it('a file that does not parse is a finding with its line', async () => {
    const m = machine();
    const broken = join(m.cwd, '.mcp.json');
    writeFileSync(broken, '{\n  "mcpServers": {\n    "a": { "command": "x" }\n    "b": {}\n  }\n}\n');
    const r = await m.run(['review', broken, '--no-discover']);
    expect(r.stdout).toContain('MCPR-PARSE-001');
    expect(r.stdout).toMatch(/line 4/);
    expect(r.code).toBe(0);
  });

  it('bad options are one line and exit 2', async () => {
    const m = machine();
    for (const args of [['--format', 'xml'], ['--fail-on', 'severe'], ['--client', 'notepad']]) {
      const r = await m.run(['review', FIXTURE, '--no-discover', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.js/);
    }
  });

  it('says where it looked when nothing is found', async () => {
    const m = machine();
    const r = await m.run(['review']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No MCP client config was found');
  });
});

describe('mcp-operator plan --from-config', () => {
  it('writes a plan from one entry, naming what it took from the config', async () => {
    const m = machine();
    const r = await m.run(['plan', '--from-config', `${FIXTURE}#github`, '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { server: string; profile: { answers: Record<string, unknown> }; rating: string };
    expect(plan.profile.answers).toMatchObject({ server: 'github', transport: 'stdio', isolation: 'none', changeControl: 'latest' });
    expect(r.stderr).toContain('from the config: isolation: none');
    expect(r.stdout + r.stderr).not.toContain(TOKEN.slice(4, 14));
  });

  it('asks for #SERVER when the file has several, and names them', async () => {
    const m = machine();
    const r = await m.run(['plan', '--from-config', FIXTURE, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/name one as .*#NAME \(github, files, remote, docs\)/);
    const missing = await m.run(['plan', '--from-config', `${FIXTURE}#nope`, '--format', 'md']);
    expect(missing.stderr).toMatch(/no server "nope"/);
  });
});
