import { describe, expect, it } from 'vitest';
import { ancestors, userCandidates } from '../../../src/core/review/discovery.js';
import { detectClient } from '../../../src/core/review/clients.js';

const pathsOf = (env: Parameters<typeof userCandidates>[0]) => userCandidates(env).map((c) => `${c.client} ${c.path}`);

describe('config discovery', () => {
  it('lists macOS locations', () => {
    const list = pathsOf({ platform: 'darwin', home: '/Users/ann', cwd: '/Users/ann/work' });
    expect(list).toContain('claude-desktop /Users/ann/Library/Application Support/Claude/claude_desktop_config.json');
    expect(list).toContain('vscode /Users/ann/Library/Application Support/Code/User/mcp.json');
    expect(list).toContain('cline /Users/ann/Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json');
    expect(list).toContain('claude-code /Library/Application Support/ClaudeCode/managed-mcp.json');
    expect(list).toContain('cursor /Users/ann/.cursor/mcp.json');
  });

  it('lists Windows locations under APPDATA', () => {
    const list = pathsOf({ platform: 'win32', home: 'C:\\Users\\ann', cwd: 'C:\\work', appData: 'C:\\Users\\ann\\AppData\\Roaming' });
    expect(list).toContain('claude-desktop C:\\Users\\ann\\AppData\\Roaming\\Claude\\claude_desktop_config.json');
    expect(list).toContain('vscode-insiders C:\\Users\\ann\\AppData\\Roaming\\Code - Insiders\\User\\mcp.json');
    expect(list).toContain('windsurf C:\\Users\\ann\\.codeium\\windsurf\\mcp_config.json');
    expect(list).toContain('claude-code C:\\ProgramData\\ClaudeCode\\managed-mcp.json');
  });

  it('honours XDG_CONFIG_HOME, CLAUDE_CONFIG_DIR and CODEX_HOME on Linux', () => {
    const list = pathsOf({ platform: 'linux', home: '/home/ann', cwd: '/', xdgConfigHome: '/cfg', claudeConfigDir: '/cc', codexHome: '/cx' });
    expect(list).toContain('vscode /cfg/Code/User/mcp.json');
    expect(list).toContain('zed /cfg/zed/settings.json');
    expect(list).toContain('opencode /cfg/opencode/opencode.json');
    expect(list).toContain('claude-code /cc/.claude.json');
    expect(list).toContain('codex /cx/config.toml');
    expect(list).toContain('gemini /home/ann/.gemini/settings.json');
    expect(list).toContain('amazon-q /home/ann/.aws/amazonq/mcp.json');
    expect(list).toContain('kiro /home/ann/.kiro/settings/mcp.json');
    expect(list).toContain('continue /home/ann/.continue/config.yaml');
  });

  it('walks from the current folder up to the root', () => {
    expect(ancestors('/home/ann/src/app', 'linux')).toEqual(['/home/ann/src/app', '/home/ann/src', '/home/ann', '/home', '/']);
    expect(ancestors('C:\\src\\app', 'win32')).toEqual(['C:\\src\\app', 'C:\\src', 'C:\\']);
  });

  it('recognises the client from the location, then from the shape', () => {
    expect(detectClient('/Users/a/Library/Application Support/Claude/claude_desktop_config.json', {})).toBe('claude-desktop');
    expect(detectClient('/repo/.vscode/mcp.json', {})).toBe('vscode');
    expect(detectClient('/h/.codex/config.toml', {})).toBe('codex');
    expect(detectClient('/x/any.json', { servers: {} })).toBe('vscode');
    expect(detectClient('/x/any.json', { context_servers: {} })).toBe('zed');
    expect(detectClient('/x/any.json', { mcp: { a: {} } })).toBe('opencode');
    expect(detectClient('/x/any.yaml', { mcpServers: [] })).toBe('continue');
    expect(detectClient('/x/any.json', { mcpServers: {} })).toBe('unknown');
  });
});
