import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../../../src/core/review/engine.js';
import { realKnowledge } from '../../../helpers/knowledge.js';

const k = realKnowledge();
const review = (path: string, text: string) => reviewConfigs([{ path, text }], { name: 'm', version: 't' }, undefined, { knowledge: k });

describe('MCPR-APR-003 and MCPR-APR-002 in Claude Code settings and ~/.claude.json', () => {
  it('an allow rule is reported at its own place in permissions.allow, other rules before it counted', () => {
    const text = '{\n  "permissions": {\n    "allow": [\n      "Bash(npm test)",\n      "mcp__git__git_commit"\n    ]\n  }\n}\n';
    const r = review('/repo/.claude/settings.json', text);
    const d = r.details.find((x) => x.finding.ruleId === 'MCPR-APR-003');
    expect(d?.finding).toMatchObject({ field: 'permissions.allow[1]', severity: 'high', line: 5, column: 7 });
  });

  it('~/.claude.json: a project\'s allowedTools and its enableAllProjectMcpServers are auto-approval too, each located and named for its project', () => {
    const text = [
      '{',
      '  "projects": {',
      '    "/home/me/app": {',
      '      "allowedTools": ["mcp__sqlite__write_query", "mcp__sqlite__list_tables"],',
      '      "mcpServers": {},',
      '      "enableAllProjectMcpServers": true',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = review('/home/me/.claude.json', text);
    const apr3 = r.details.filter((x) => x.finding.ruleId === 'MCPR-APR-003');
    expect(apr3.map((x) => [x.finding.field, x.finding.evidence, x.line, x.column])).toEqual([
      ['projects["/home/me/app"].allowedTools[0]', 'mcp__sqlite__write_query', 4, 24],
      ['projects["/home/me/app"].allowedTools[1]', 'mcp__sqlite__list_tables', 4, 52],
    ]);
    expect(apr3[0]?.finding.message).toContain('/home/me/app (saved in ~/.claude.json)');
    const apr2 = r.details.find((x) => x.finding.ruleId === 'MCPR-APR-002');
    expect(apr2?.finding).toMatchObject({ severity: 'high', field: 'projects["/home/me/app"].enableAllProjectMcpServers', line: 6, column: 37 });
    expect(r.report.findings.some((f) => f.ruleId === 'MCPR-CFG-002')).toBe(false);
  });

  it('approving every tool of a server is rated the same way as trust: true on it: medium for a known server whose tools only read, high otherwise', () => {
    const settings = review('/repo/.claude/settings.json', JSON.stringify({ permissions: { allow: ['mcp__time', 'mcp__git__*', 'mcp__unknown-thing'] } }));
    const sev = Object.fromEntries(settings.report.findings.filter((f) => f.ruleId === 'MCPR-APR-003').map((f) => [f.evidence, f.severity]));
    const trusted = review('/h/.gemini/settings.json', JSON.stringify({ mcpServers: { time: { command: 'uvx', args: ['mcp-server-time==2025.9.25'], trust: true } } }));
    const apr1 = trusted.report.findings.find((f) => f.ruleId === 'MCPR-APR-001')?.severity;
    expect(sev).toEqual({ mcp__time: apr1, 'mcp__git__*': 'high', 'mcp__unknown-thing': 'high' });
    expect(apr1).toBe('medium');
  });
});
