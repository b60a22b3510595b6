import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../../src/core/review/engine.js';
import { reviewSarif } from '../../../src/core/review/output/sarif.js';
import { REVIEW_RULES } from '../../../src/core/review/rules/index.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const k = realKnowledge();
const review = (servers: Record<string, unknown>, path = 'claude_desktop_config.json', extra: Record<string, unknown> = {}) =>
  reviewConfigs([{ path, text: JSON.stringify({ ...extra, mcpServers: servers }, null, 2) }], { name: 'mcp-operator', version: 't' }, undefined, { knowledge: k });
const ids = (r: ReturnType<typeof review>, server?: string) => r.report.findings.filter((f) => !server || f.server === server).map((f) => `${f.ruleId}@${f.field}`);

describe('wrappers: every rule sees the command that really runs (issue 14.1)', () => {
  it.each([
    ['cmd /c', { command: 'cmd', args: ['/c', 'npx', '-y', 'exa-mcp-server'] }, ['MCPR-PIN-001@args[3]', 'MCPR-SH-001@args[1]']],
    ['cmd.exe /c one string', { command: 'cmd.exe', args: ['/c', 'npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[1]']],
    ['powershell -Command', { command: 'powershell', args: ['-Command', 'npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[1]']],
    ['pwsh -c', { command: 'pwsh', args: ['-c', 'npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[1]']],
    ['wsl.exe -d X --', { command: 'wsl.exe', args: ['-d', 'Ubuntu', '--', 'npx', '-y', 'exa-mcp-server'] }, ['MCPR-PIN-001@args[5]']],
    ['bash -c', { command: 'bash', args: ['-c', 'npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[1]']],
    ['zsh -lc', { command: 'zsh', args: ['-lc', 'npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[1]', 'MCPR-SH-001@args[1]']],
    ['env A=B', { command: 'env', args: ['DEBUG=1', 'npx', '-y', 'exa-mcp-server'] }, ['MCPR-PIN-001@args[3]']],
    ['nix-shell --run', { command: 'nix-shell', args: ['-p', 'nodejs', '--run', 'npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[3]']],
    ['cd && chain', { command: 'cd /srv && npx -y exa-mcp-server' }, ['MCPR-PIN-001@command']],
    ['; chain', { command: 'sh', args: ['-c', 'export X=1; npx -y exa-mcp-server'] }, ['MCPR-PIN-001@args[1]']],
  ])('%s', (_label, entry, expected) => {
    expect(ids(review({ s: entry }))).toEqual(expect.arrayContaining(expected));
  });

  it('wsl.exe bash -c "source venv && python3 server.py" is shell execution, and a script it cannot read is low', () => {
    expect(ids(review({ s: { command: 'wsl.exe', args: ['bash', '-c', 'source venv/bin/activate && python3 server.py'] } }))).toContain('MCPR-SH-001@args[2]');
    const script = review({ s: { command: './run-mcp.sh' } }).report.findings;
    expect(script.map((f) => [f.ruleId, f.severity])).toEqual([['MCPR-SH-003', 'low']]);
  });

  it('fixes inside a cmd /c wrapper land on the wrapped words', () => {
    const r = review({ s: { command: 'cmd', args: ['/c', 'npx', '-y', 'mcp-remote@0.1.15', 'https://x.example/mcp'] } });
    expect(r.servers[0]?.fixed).toContain('mcp-remote@0.1.16');
    expect(r.servers[0]?.fixed).toContain('"/c"');
  });
});

describe('package launchers name the package that is installed (issue 14.2)', () => {
  it('pipx run, uvx --from, uv tool run, npm exec, pnpm dlx, yarn dlx, bunx', () => {
    const r = review({
      a: { command: 'pipx', args: ['run', 'mcp-server-fetch'] },
      b: { command: 'uvx', args: ['--from', 'awslabs-ecs-mcp-server', 'ecs-mcp-server'] },
      c: { command: 'uv', args: ['tool', 'run', 'mcp-server-time'] },
      d: { command: 'npm', args: ['exec', '--yes', 'exa-mcp-server'] },
      e: { command: 'pnpm', args: ['dlx', 'exa-mcp-server'] },
      f: { command: 'yarn', args: ['dlx', 'exa-mcp-server'] },
      g: { command: 'bunx', args: ['exa-mcp-server'] },
      h: { command: 'uvx', args: ['mcp-server-fetch==0.0.1a4'] },
      i: { command: 'npx', args: ['-y', 'exa-mcp-server@1.2.0-beta.3'] },
    });
    const pin = r.report.findings.filter((f) => f.ruleId === 'MCPR-PIN-001');
    expect(pin.map((f) => f.server).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(pin.every((f) => !/starts run\b/.test(f.message))).toBe(true);
    const b = pin.find((f) => f.server === 'b');
    expect(b?.message).toContain('awslabs-ecs-mcp-server');
    expect(b?.remediation).toContain('awslabs-ecs-mcp-server==');
    expect(b?.remediation).not.toMatch(/(^|[^-])ecs-mcp-server==/);
  });
});

describe('placeholders are not secrets; prefixed keys in args are (issue 14.3)', () => {
  it('reports placeholders as values to fill in, at info', () => {
    const r = review({ s: { command: 'npx', args: ['-y', 'x-mcp@1.0.0', '--api-key', '<YOUR_API_KEY>'], env: { API_KEY: 'your-api-key-here', TOKEN: '[REDACTED]', SECRET: 'xxxxxxxx', PASSWORD: 'changeme', OPENAI_API_KEY: 'sk-...', X: 'TODO' } } });
    expect(r.report.findings.filter((f) => f.category === 'secret-exposure')).toEqual([]);
    expect(r.report.findings.filter((f) => f.ruleId === 'MCPR-CFG-001').every((f) => f.severity === 'info')).toBe(true);
    expect(r.report.findings.filter((f) => f.ruleId === 'MCPR-CFG-001').length).toBeGreaterThanOrEqual(6);
  });

  it('a placeholder behind a vendor prefix (tim_your_api_key_here) in a header or env is a value to fill in, not a credential', () => {
    const r = review({ s: { url: 'https://mcp.example.org/mcp/sse', transport: 'sse', headers: { 'X-API-Key': 'tim_your_api_key_here' }, env: { ACME_TOKEN: 'acme_your_token_here' } } });
    expect(r.report.findings.filter((f) => f.category === 'secret-exposure')).toEqual([]);
    expect(r.report.findings.filter((f) => f.ruleId === 'MCPR-CFG-001').map((f) => f.field).sort()).toEqual(['env.ACME_TOKEN', 'headers.X-API-Key']);
  });

  it('a key given under a plain name (Smithery\'s --key <uuid>) is a credential when it looks like one, and only then', () => {
    const key = '3f9b2c1e-7a4d-4c2b-9e8f-1a2b3c4d5e6f';
    const r = review({ s: { command: 'npx', args: ['-y', '@smithery/cli@1.2.3', 'run', '@upstash/context7-mcp', '--key', key] } });
    expect(r.report.findings.filter((f) => f.ruleId === 'MCPR-SEC-002').map((f) => f.field)).toEqual(['args[5]']);
    expect(JSON.stringify(r.report)).not.toContain(key);
    for (const plain of ['app.setting.name', 'primary', '12345678', '/etc/keys/server.pem']) {
      const p = review({ s: { command: 'npx', args: ['-y', 'x-mcp@1.0.0', '--key', plain] } });
      expect(p.report.findings.filter((f) => f.category === 'secret-exposure'), plain).toEqual([]);
    }
  });

  it('still finds real keys, bare vendor-prefixed ones in args included', () => {
    for (const key of ['napi_abcdefghijklmnopqrstuvwx12', 'pplx-abcdefghijklmnopqrstuvwxyz0123456789ABCDEF', 'sk-or-v1-0123456789abcdef0123456789abcdef0123', 'ntn_123456789012abcdefghijklmnopqrstuvwx', 'fc-0123456789abcdef0123456789abcdef']) {
      const r = review({ s: { command: 'npx', args: ['-y', 'x-mcp@1.0.0', key] } });
      expect(r.report.findings.map((f) => f.ruleId), key).toContain('MCPR-SEC-002');
      expect(JSON.stringify(r.report)).not.toContain(key);
    }
  });
});

describe('client semantics and transport hints (issue 14.4, 14.5)', () => {
  it('reviews disabled servers one severity lower, and servers named with a leading _', () => {
    const r = review({ _s: { command: 'npx', args: ['-y', 'x-mcp@latest'] }, off: { command: 'npx', args: ['-y', 'x-mcp@latest'], disabled: true } });
    expect(r.report.findings.find((f) => f.server === '_s')?.severity).toBe('high');
    const off = r.report.findings.find((f) => f.server === 'off');
    expect(off?.severity).toBe('medium');
    expect(off?.message).toContain('disabled');
  });

  it('rates Claude Code permissions.allow rules and VS Code sandboxEnabled as auto-approval, and names the settings scope', () => {
    const settings = reviewConfigs([{ path: 'repo/.claude/settings.json', text: JSON.stringify({ permissions: { allow: ['mcp__git__git_commit', 'mcp__git__git_status', 'mcp__git'] }, enableAllProjectMcpServers: true }) }], { name: 'm', version: 't' }, undefined, { knowledge: k });
    const f = settings.report.findings;
    expect(Object.fromEntries(f.filter((x) => x.ruleId === 'MCPR-APR-003').map((x) => [x.evidence, x.severity]))).toEqual({ mcp__git__git_commit: 'high', mcp__git__git_status: 'low', mcp__git: 'high' });
    expect(f.find((x) => x.ruleId === 'MCPR-APR-002')?.message).toContain('project settings');
    const vs = reviewConfigs([{ path: '.vscode/mcp.json', text: JSON.stringify({ servers: { s: { type: 'stdio', command: 'npx', args: ['-y', 'x@1.0.0'], sandboxEnabled: true } } }) }], { name: 'm', version: 't' }, undefined, { knowledge: k });
    expect(vs.report.findings.map((x) => `${x.ruleId}@${x.field}`)).toContain('MCPR-APR-001@sandboxEnabled');
  });

  it('says a file with no server section loads nothing; 0.0.0.0 URLs and plain-http backends are flagged', () => {
    const empty = reviewConfigs([{ path: 'mcp.json', text: '{"theme": "dark"}' }], { name: 'm', version: 't' });
    expect(empty.report.findings.map((x) => [x.ruleId, x.severity])).toEqual([['MCPR-CFG-002', 'info']]);
    const r = review({ lan: { url: 'http://0.0.0.0:8080/mcp' }, be: { command: 'npx', args: ['-y', 'x@1.0.0'], env: { JIRA_URL: 'http://jira.corp.example', LOCAL: 'http://127.0.0.1:9000' } } });
    expect(r.report.findings.find((x) => x.ruleId === 'MCPR-NET-004')?.severity).toBe('medium');
    const be = r.report.findings.filter((x) => x.ruleId === 'MCPR-TLS-003');
    expect(be.map((x) => [x.severity, x.field])).toEqual([['low', 'env.JIRA_URL']]);
    expect(be[0]?.message).toContain('backend connection');
  });
});

describe('locations point at the value (issue 14.6)', () => {
  it('gives the line and column of the token, not of the server key, and SARIF regions with columns', () => {
    const text = '{\n  "mcpServers": {\n    "gh": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"],\n      "env": {\n        "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d"\n      }\n    }\n  }\n}\n';
    const r = reviewConfigs([{ path: 'claude_desktop_config.json', text }], { name: 'm', version: 't' }, undefined, { knowledge: k });
    const sec = r.details.find((d) => d.finding.ruleId === 'MCPR-SEC-001');
    expect(sec).toMatchObject({ line: 7, column: 41 });
    const sarif = JSON.parse(reviewSarif(r, REVIEW_RULES)) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: Record<string, number> } }> }> }> };
    const region = sarif.runs[0]?.results.find((x) => x.ruleId === 'MCPR-SEC-001')?.locations[0]?.physicalLocation.region;
    expect(region).toMatchObject({ startLine: 7, startColumn: 41 });
    expect((region?.endColumn ?? 0) - (region?.startColumn ?? 0)).toBe(42);
    expect(r.report.findings.every((f) => !/\b(\w+) \1\b/i.test(f.message))).toBe(true);
  });
});

describe('locations in Zed\'s nested form (issue 14.6)', () => {
  it('point at the word inside "command": { "path", "args", "env" }', () => {
    const text = '{\n  "context_servers": {\n    "pg": {\n      "command": {\n        "path": "npx",\n        "args": ["-y", "@modelcontextprotocol/server-postgres"],\n        "env": { "PGPASSWORD": "Sup3rS3cretPw2024x" }\n      },\n      "settings": {}\n    }\n  }\n}\n';
    const r = reviewConfigs([{ path: '/home/u/.config/zed/settings.json', text }], { name: 'm', version: 't' }, undefined, { knowledge: k });
    const at = (rule: string) => r.details.find((d) => d.finding.ruleId === rule);
    expect(at('MCPR-PIN-001')).toMatchObject({ line: 6, column: 24 });
    expect(at('MCPR-SEC-001')).toMatchObject({ line: 7, column: 32 });
  });
});

describe('project files of every client are found, and .mcp.json names all its readers (issue 14.4)', () => {
  it('discovers project .codex/config.toml and .github/mcp.json, and labels .mcp.json for Claude Code, VS Code and Copilot CLI', async () => {
    const { PROJECT_FILES } = await import('../../../src/core/review/discovery.js');
    const { readersOf } = await import('../../../src/core/review/clients.js');
    const paths = PROJECT_FILES.map((p) => `${p.parts.join('/')}:${p.client}`);
    expect(paths).toEqual(expect.arrayContaining(['.codex/config.toml:codex', '.github/mcp.json:copilot', '.mcp.json:claude-code']));
    expect(readersOf('/repo/.mcp.json', 'claude-code')).toBe('Claude Code, VS Code and Copilot CLI');
    expect(readersOf('/repo/.cursor/mcp.json', 'cursor')).toBe('Cursor');
  });
});

describe('Codex approval modes (issue 14.4)', () => {
  it('default_tools_approval_mode = "approve" and per-tool approval_mode = "approve" are auto-approval', async () => {
    const text = '[mcp_servers.git]\ncommand = "uvx"\nargs = ["mcp-server-git==2026.1.14"]\n[mcp_servers.git.tools.git_commit]\napproval_mode = "approve"\n\n[mcp_servers.all]\ncommand = "npx"\nargs = ["-y", "x-mcp@1.0.0"]\ndefault_tools_approval_mode = "approve"\n';
    const r = reviewConfigs([{ path: '.codex/config.toml', text }], { name: 'm', version: 't' }, undefined, { knowledge: k });
    const apr = r.report.findings.filter((f) => f.ruleId === 'MCPR-APR-001');
    expect(apr.map((f) => [f.server, f.severity])).toEqual(expect.arrayContaining([['git', 'high'], ['all', 'high']]));
    expect(apr.find((f) => f.server === 'all')?.remediation).toContain('"prompt"');
  });
});
