import { describe, expect, it } from 'vitest';
import { gradeLab } from '../../../src/core/lab/grade.js';
import type { Goal } from '../../../src/core/lab/schema.js';
import type { FileSet, LabFile } from '../../../src/core/lab/types.js';
import { ctx, githubEntry, HARD, IMAGE, json, makeLab, TOKEN } from './helpers.js';

function grade(files: LabFile[], goal: Goal, now: FileSet, start: FileSet = now) {
  const result = gradeLab(makeLab(files, [goal], start), now, ctx());
  return result.goals[0]!;
}

const VSCODE: LabFile[] = [{ path: '.vscode/mcp.json', kind: 'config' }];
const CLAUDE: LabFile[] = [{ path: '.mcp.json', kind: 'config' }];
const vscode = (servers: Record<string, unknown>, inputs?: unknown[]) => ({ '.vscode/mcp.json': json({ ...(inputs ? { inputs } : {}), servers }) });
const claude = (servers: Record<string, unknown>) => ({ '.mcp.json': json({ mcpServers: servers }) });
const INPUT = [{ type: 'promptString', id: 'gh', description: 'token', password: true }];

describe('finding-gone', () => {
  const goal: Goal = { kind: 'finding-gone', rule: 'MCPR-SEC-001', server: 'github' };
  it('fails with the review engine\'s own message and the line of the field while the finding is there', () => {
    const r = grade(VSCODE, goal, vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }) }));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/literal credential in env\.GITHUB_PERSONAL_ACCESS_TOKEN/);
    expect(r.message).not.toContain(TOKEN.slice(4));
    expect(r.file).toBe('.vscode/mcp.json');
    const text = vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }) })['.vscode/mcp.json'];
    expect(text.split('\n')[r.line! - 1]).toContain(`"GITHUB_PERSONAL_ACCESS_TOKEN": "${TOKEN}"`);
  });
  it('passes once the finding is gone', () => {
    expect(grade(VSCODE, goal, vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${input:gh}' }) }, INPUT)).passed).toBe(true);
  });
  it('fails when the server was deleted or the file emptied, never passes', () => {
    const gone = grade(VSCODE, goal, vscode({ other: githubEntry({}) }));
    expect(gone).toMatchObject({ passed: false, message: expect.stringMatching(/github is gone from \.vscode\/mcp\.json/) });
    expect(grade(VSCODE, goal, { '.vscode/mcp.json': '' }).passed).toBe(false);
    expect(grade(VSCODE, goal, {}).message).toMatch(/missing/);
    expect(grade(VSCODE, goal, { '.vscode/mcp.json': '{ "servers": ' }).message).toMatch(/does not parse/);
  });
  it('counts only findings at minSeverity or above', () => {
    const approve = (tools: string[]) => ({ '.roo/mcp.json': json({ mcpServers: { files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/srv/site'], alwaysAllow: tools } } }) });
    const files: LabFile[] = [{ path: '.roo/mcp.json', kind: 'config' }];
    const g: Goal = { kind: 'finding-gone', rule: 'MCPR-APR-001', server: 'files', minSeverity: 'medium' };
    expect(grade(files, g, approve(['list_directory', 'write_file'])).passed).toBe(false);
    // read_text_file returns text others may have written: medium, so it must go too.
    expect(grade(files, g, approve(['list_directory', 'read_text_file'])).passed).toBe(false);
    expect(grade(files, g, approve(['list_directory', 'search_files'])).passed).toBe(true);
    expect(grade(files, { ...g, minSeverity: undefined }, approve(['list_directory'])).passed).toBe(false);
  });
});

describe('same-launch', () => {
  const start = claude({ files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/srv/app'] } });
  const entry = (args: string[]) => claude({ files: { command: 'npx', args } });
  it('holds while the same package starts, pinned or not', () => {
    const goal: Goal = { kind: 'same-launch', server: 'files' };
    expect(grade(CLAUDE, goal, entry(['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/srv/app']), start)).toMatchObject({ passed: true, title: 'files: still starts the package npm:@modelcontextprotocol/server-filesystem' });
  });
  it('fails when another package, an image or nothing recognisable starts instead', () => {
    const goal: Goal = { kind: 'same-launch', server: 'files' };
    expect(grade(CLAUDE, goal, entry(['-y', '@example/files-mcp@1.0.0', '/srv/app']), start).message).toMatch(/now starts the package npm:@example\/files-mcp/);
    expect(grade(CLAUDE, goal, claude({ files: { command: 'echo', args: ['hi'] } }), start).message).toMatch(/no longer starts a package, image or endpoint/);
  });
  it('checks the exact version, an argument and a mount when asked', () => {
    expect(grade(CLAUDE, { kind: 'same-launch', server: 'files', version: '2025.7.1' }, entry(['-y', '@modelcontextprotocol/server-filesystem@2025.8.0', '/srv/app']), start).message).toMatch(/reviewed version is 2025\.7\.1/);
    expect(grade(CLAUDE, { kind: 'same-launch', server: 'files', arg: '/srv/app' }, entry(['-y', '@modelcontextprotocol/server-filesystem']), start).message).toMatch(/no longer given \/srv\/app/);
    const files: LabFile[] = [{ path: 'run.sh', kind: 'shell', server: 'files' }];
    const script = (mounts: string) => ({ 'run.sh': `#!/bin/sh\nexec docker run -i --rm ${mounts} mcp/filesystem@sha256:<d> /projects\n` });
    const goal: Goal = { kind: 'same-launch', server: 'files', mount: '/srv/app' };
    expect(grade(files, goal, script('-v /srv/app:/projects/app'), script('-v /srv/app:/projects/app')).passed).toBe(true);
    expect(grade(files, goal, script(''), script('-v /srv/app:/projects/app')).message).toMatch(/no longer mounts \/srv\/app/);
  });
  it('compares endpoints for remote servers', () => {
    const remote = (url: string) => claude({ tracker: { type: 'http', url } });
    const goal: Goal = { kind: 'same-launch', server: 'tracker', url: 'https://mcp.example.com/mcp' };
    expect(grade(CLAUDE, goal, remote('http://mcp.example.com/mcp'), remote('http://mcp.example.com/mcp')).message).toMatch(/now connects to the endpoint http:\/\/mcp\.example\.com\/mcp/);
    expect(grade(CLAUDE, goal, remote('https://mcp.example.com/mcp/'), remote('http://mcp.example.com/mcp')).passed).toBe(true);
  });
});

describe('secret-passed', () => {
  const goal: Goal = { kind: 'secret-passed', server: 'github', variable: 'GITHUB_PERSONAL_ACCESS_TOKEN' };
  it('VS Code: an input variable marked password passes; a literal, an undefined input or an unmasked input does not', () => {
    expect(grade(VSCODE, goal, vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${input:gh}' }) }, INPUT)).passed).toBe(true);
    const literal = grade(VSCODE, goal, vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }) }));
    expect(literal.passed).toBe(false);
    expect(literal.message).toMatch(/written into \.vscode\/mcp\.json: GitHub token \(ghp_…/);
    expect(literal.message).not.toContain(TOKEN.slice(4, 20));
    expect(grade(VSCODE, goal, vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${input:gh}' }) })).message).toMatch(/inputs list does not define/);
    expect(grade(VSCODE, goal, vscode({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${input:gh}' }) }, [{ type: 'promptString', id: 'gh' }])).message).toMatch(/not marked password: true/);
  });
  it('Claude Code: ${NAME} passes, a form it does not expand fails', () => {
    expect(grade(CLAUDE, goal, claude({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' }) })).passed).toBe(true);
    expect(grade(CLAUDE, goal, claude({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '{env:GITHUB_PERSONAL_ACCESS_TOKEN}' }) })).message).toMatch(/does not expand/);
  });
  it('a container must still receive it: -e NAME by name, never the value on docker\'s command line', () => {
    const noDashE = { command: 'docker', args: ['run', '-i', '--rm', ...HARD, IMAGE], env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' } };
    expect(grade(CLAUDE, goal, claude({ github: noDashE })).message).toMatch(/no longer passes GITHUB_PERSONAL_ACCESS_TOKEN into the container/);
    const byValue = { ...noDashE, args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN=${GITHUB_PERSONAL_ACCESS_TOKEN}', IMAGE] };
    expect(grade(CLAUDE, goal, claude({ github: byValue })).message).toMatch(/on its command line/);
    expect(grade(CLAUDE, goal, claude({ github: githubEntry({}) })).message).toMatch(/env does not give it a value/);
  });
  it('Codex: env_vars forwards it by name; a value in env fails, even a ${...}', () => {
    const files: LabFile[] = [{ path: '.codex/config.toml', kind: 'config' }];
    const toml = (extra: string) => ({ '.codex/config.toml': `[mcp_servers.github]\ncommand = "docker"\nargs = ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "${IMAGE}"]\n${extra}` });
    expect(grade(files, goal, toml('env_vars = ["GITHUB_PERSONAL_ACCESS_TOKEN"]\n')).passed).toBe(true);
    expect(grade(files, goal, toml('[mcp_servers.github.env]\nGITHUB_PERSONAL_ACCESS_TOKEN = "${GITHUB_PERSONAL_ACCESS_TOKEN}"\n')).message).toMatch(/Codex does not expand/);
  });
  it('Claude Desktop: only an env file outside the config passes for a container', () => {
    const files: LabFile[] = [{ path: 'claude_desktop_config.json', kind: 'config' }];
    const desktop = (args: string[]) => ({ 'claude_desktop_config.json': json({ mcpServers: { github: { command: 'docker', args: ['run', '-i', '--rm', ...args, IMAGE] } } }) });
    expect(grade(files, goal, desktop(['--env-file', '/Users/ana/.config/mcp-secrets/github.env'])).passed).toBe(true);
    expect(grade(files, goal, desktop(['-e', 'GITHUB_PERSONAL_ACCESS_TOKEN'])).message).toMatch(/almost no environment/);
  });
  it('a header reaches a remote server from the client\'s reference', () => {
    const g: Goal = { kind: 'secret-passed', server: 'tracker', variable: 'Authorization' };
    const remote = (value: string) => claude({ tracker: { type: 'http', url: 'https://mcp.example.com/mcp', headers: { Authorization: value } } });
    expect(grade(CLAUDE, g, remote('Bearer ${TRACKER_TOKEN}')).passed).toBe(true);
    expect(grade(CLAUDE, g, remote('Bearer trk_9f3KxLabFakeTokenDoNotUse7Qm2Vw8Rz4Yp')).passed).toBe(false);
    expect(grade(CLAUDE, g, claude({ tracker: { type: 'http', url: 'https://mcp.example.com/mcp' } })).message).toMatch(/no longer passed/);
  });
});

describe('egress', () => {
  const files: LabFile[] = [{ path: 'run-server.sh', kind: 'shell', server: 'github' }];
  const goal: Goal = { kind: 'egress', server: 'github', host: 'api.github.com' };
  const script = (flags: string) => ({ 'run-server.sh': `#!/bin/sh\nexec docker run -i --rm \\\n  ${flags} \\\n  -e GITHUB_PERSONAL_ACCESS_TOKEN \\\n  ${IMAGE}\n` });
  it('holds on the default network or a named one', () => {
    expect(grade(files, goal, script('--cap-drop ALL')).passed).toBe(true);
    expect(grade(files, goal, script('--network mcp-egress'))).toMatchObject({ passed: true, message: expect.stringMatching(/network mcp-egress/) });
  });
  it('fails with --network none (in either spelling) for a server that needs the network, on that line', () => {
    const r = grade(files, goal, script('--network none'));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/cuts github off from api\.github\.com/);
    expect(r.line).toBe(3);
    expect(grade(files, goal, script('--network=none')).passed).toBe(false);
    expect(grade(files, goal, script('--net none')).passed).toBe(false);
  });
  it('fails when the launch line is gone', () => {
    expect(grade(files, goal, { 'run-server.sh': '#!/bin/sh\n# nothing here\n' }).message).toMatch(/starts no program/);
  });
});

describe('plan outcome', () => {
  const files: LabFile[] = [{ path: 'answers.yaml', kind: 'answers' }];
  const gated = 'server: ledgerline-mcp\nsource: anonymous\ntransport: stdio\nuntrustedContent: unknown\nchangeControl: latest\ncapabilities: [network-egress, credential-access, code-exec]\ndataSensitivity: regulated\nenvironment: dev-laptop-prod-creds\nhumanApproval: unknown\nisolation: none\n';
  const sandbox = 'server: ledgerline-mcp\npackage: ledgerline-mcp@0.4.1\nsource: anonymous\ntransport: stdio\nuntrustedContent: user-supplied\nchangeControl: pinned\ncapabilities: [network-egress, credential-access, code-exec]\ndataSensitivity: public\nenvironment: sandbox\nhumanApproval: always\nisolation: vm\n';
  const answers = (text: string) => ({ 'answers.yaml': text });
  it('decision: the plan built from the answers decides it', () => {
    const goal: Goal = { kind: 'plan', file: 'answers.yaml', decision: ['go-with-conditions'] };
    const no = grade(files, goal, answers(gated));
    expect(no.passed).toBe(false);
    expect(no.message).toMatch(/decides no-go\. A hard gate holds/);
    expect(grade(files, goal, answers(sandbox))).toMatchObject({ passed: true, message: expect.stringMatching(/decides go with conditions/) });
    expect(grade(files, goal, answers('')).passed).toBe(false);
  });
  it('absent: a finding that still fires names its triggers and the line of the first', () => {
    const goal: Goal = { kind: 'plan', file: 'answers.yaml', absent: 'MCP-R01' };
    const r = grade(files, goal, answers(gated));
    expect(r.passed).toBe(false);
    expect(r.message).toMatch(/MCP-R01 .* still fires, triggered by .*source: anonymous/);
    expect(r.line).toBe(2);
    expect(grade(files, goal, answers(sandbox)).passed).toBe(true);
  });
  it('control: listed or not', () => {
    expect(grade(files, { kind: 'plan', file: 'answers.yaml', control: 'vet-publisher' }, answers(sandbox)).passed).toBe(true);
    expect(grade(files, { kind: 'plan', file: 'answers.yaml', control: 'require-oauth-audience' }, answers(sandbox)).message).toMatch(/does not list require-oauth-audience/);
  });
  it('keep: facts about the server cannot be answered away', () => {
    const goal: Goal = { kind: 'plan', file: 'answers.yaml', keep: { source: 'anonymous', capabilities: ['code-exec'] } };
    expect(grade(files, goal, answers(sandbox)).passed).toBe(true);
    expect(grade(files, goal, answers(sandbox.replace('source: anonymous', 'source: official'))).message).toMatch(/source must stay anonymous \(it says official\)/);
    expect(grade(files, goal, answers(sandbox.replace('code-exec', 'file-write'))).message).toMatch(/capabilities must still include code-exec/);
  });
  it('an answers file with an unknown value is a problem, not a plan', () => {
    expect(grade(files, { kind: 'plan', file: 'answers.yaml', decision: ['go'] }, answers('isolation: bunker\n')).message).toMatch(/isolation/);
  });
});

describe('value-gone', () => {
  const files: LabFile[] = [
    { path: '.mcp.json', kind: 'config' },
    { path: 'docs/notes.txt', kind: 'text' },
  ];
  const goal: Goal = { kind: 'value-gone', file: '.mcp.json', server: 'github', field: 'env.GITHUB_PERSONAL_ACCESS_TOKEN' };
  const start = { ...claude({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }) }), 'docs/notes.txt': `token: ${TOKEN}\n` };
  const fixed = claude({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' }) });
  it('finds the leaked value in any file of the workspace, with its line, without printing it', () => {
    const r = grade(files, goal, { ...fixed, 'docs/notes.txt': `# notes\n\ntoken: ${TOKEN}\n` }, start);
    expect(r).toMatchObject({ passed: false, file: 'docs/notes.txt', line: 3 });
    expect(r.message).not.toContain(TOKEN.slice(4, 16));
    // Any other file in the workspace counts too: a backup copy leaks as much as the original.
    expect(grade(files, goal, { ...fixed, 'docs/notes.txt': '', '.mcp.json.bak': start['.mcp.json'] }, start).file).toBe('.mcp.json.bak');
  });
  it('passes once no file holds it', () => {
    expect(grade(files, goal, { ...fixed, 'docs/notes.txt': 'Make your own token.\n' }, start).passed).toBe(true);
  });
});

describe('titles', () => {
  it('two goals that read alike name their files', () => {
    const files: LabFile[] = [
      { path: '.mcp.json', kind: 'config' },
      { path: '.vscode/mcp.json', kind: 'config' },
    ];
    const goals: Goal[] = [
      { kind: 'same-launch', server: 'github', file: '.mcp.json' },
      { kind: 'same-launch', server: 'github', file: '.vscode/mcp.json' },
    ];
    const set = { ...claude({ github: githubEntry({}) }), ...vscode({ github: githubEntry({}) }) };
    const titles = gradeLab(makeLab(files, goals, set), set, ctx()).goals.map((g) => g.title);
    expect(titles[0]).toMatch(/\(\.mcp\.json\)$/);
    expect(titles[1]).toMatch(/\(\.vscode\/mcp\.json\)$/);
  });
});
