import { describe, expect, it } from 'vitest';
import { redactScript, shellWrapper } from '../../../../src/core/review/rules/shell-wrapper.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { tools: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-SH-001 shell wrapper', () => {
  it('fires on bash -c with a chained script, showing the shell and the start of the script', () => {
    const hits = shellWrapper.check(server('bash', ['-c', 'cd /srv/notes && npm start']), config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'medium', field: 'args[1]', evidence: 'bash -c cd /srv/notes && npm start' })]);
    expect(hits[0]?.message).toContain('tools runs a script through bash -c');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('fixes a script that is one plain program into command and args', () => {
    const s = server('/bin/sh', ['-c', 'exec npx -y "notes-mcp@1.2.0" --read-only']);
    const hit = shellWrapper.check(s, config)[0];
    expect(hit?.severity).toBe('medium');
    expect(hit?.fix?.(s)).toMatchObject({ command: 'npx', args: ['-y', 'notes-mcp@1.2.0', '--read-only'] });
    expect(s.command).toBe('/bin/sh');
  });

  it('gives no fix for login shells or scripts with expansion', () => {
    const login = shellWrapper.check(server('bash', ['-lc', 'npx -y notes-mcp@1.2.0']), config)[0];
    expect(login?.fix).toBeUndefined();
    expect(login?.remediation).toContain('absolute path of npx');
    expect(shellWrapper.check(server('zsh', ['-c', 'node $HOME/srv/index.js']), config)[0]?.fix).toBeUndefined();
    expect(shellWrapper.check(server('bash', ['-c', 'A=1 node s.js']), config)[0]?.fix).toBeUndefined();
  });

  it('redacts long tokens in the evidence and cuts it at 60 characters', () => {
    const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const hit = shellWrapper.check(server('bash', ['-c', `GITHUB_TOKEN=${token} npx -y @modelcontextprotocol/server-github`]), config)[0];
    expect(hit?.evidence).not.toContain(token.slice(4, 12));
    expect(hit?.evidence).toContain('ghp_…');
    expect(hit?.evidence.length).toBeLessThanOrEqual('bash -c '.length + 61);
    expect(redactScript('key sk123456789012345678901234 and /usr/local/lib/node_modules/x')).toBe('key sk12… and /usr/local/lib/node_modules/x');
    expect(redactScript('averyveryverylongwordwithoutdigits')).toBe('averyveryverylongwordwithoutdigits');
  });

  it('reads Windows shells case-insensitively', () => {
    const cmd = shellWrapper.check(server('C:\\Windows\\System32\\cmd.exe', ['/C', 'npx', '-y', 'notes-mcp@1.2.0']), config)[0];
    expect(cmd).toMatchObject({ severity: 'low', field: 'args[1]', evidence: 'cmd /C npx -y notes-mcp@1.2.0' });
    expect(cmd?.fix).toBeUndefined();
    expect(shellWrapper.check(server('cmd', ['/k', 'set', 'X=1', '&', 'node', 's.js']), config)[0]?.severity).toBe('medium');
    expect(shellWrapper.check(server('powershell.exe', ['-NoProfile', '-ExecutionPolicy', 'Bypass', '-command', 'iex $env:X; node s.js']), config)[0]).toMatchObject({ severity: 'medium', field: 'args[4]' });
    expect(shellWrapper.check(server('pwsh', ['-File', 'start.ps1']), config)).toEqual([]);
  });

  it('decodes -EncodedCommand for the evidence', () => {
    const encoded = Buffer.from('node C:\\srv\\index.js', 'utf16le').toString('base64');
    const hit = shellWrapper.check(server('pwsh', ['-NoLogo', '-EncodedCommand', encoded]), config)[0];
    expect(hit).toMatchObject({ severity: 'medium', field: 'args[2]' });
    expect(hit?.evidence).toContain('node C:\\srv\\index.js');
    expect(hit?.message).toContain('base64-encoded');
    expect(shellWrapper.check(server('powershell', ['-enc', encoded]), config)).toHaveLength(1);
  });

  it('splits whole command lines and ignores scripts run from a file or other programs', () => {
    expect(shellWrapper.check(server('bash -c "node server.js"'), config)[0]?.fix?.(server('bash -c "node server.js"'))).toMatchObject({ command: 'node', args: ['server.js'] });
    expect(shellWrapper.check(server('bash', ['start.sh']), config)).toEqual([]);
    expect(shellWrapper.check(server('node', ['-c', 'x']), config)).toEqual([]);
    expect(shellWrapper.check(server('bash', ['-c']), config)).toEqual([]);
    expect(shellWrapper.check(server('fish', ['--command=node s.js']), config)[0]?.evidence).toBe('fish --command node s.js');
  });
});
