/** What discovery needs to know about the machine; passed in so this stays pure and testable per OS. */
export interface DiscoveryEnv {
  platform: 'darwin' | 'linux' | 'win32' | string;
  home: string;
  cwd: string;
  /** Windows %APPDATA% (Roaming). */
  appData?: string;
  xdgConfigHome?: string;
  claudeConfigDir?: string;
  /** Windows %ProgramData%, for managed Claude Code settings. */
  programData?: string;
  /** CODEX_HOME, where Codex keeps config.toml (default ~/.codex). */
  codexHome?: string;
}

export interface Candidate {
  path: string;
  client: string;
  scope: 'user' | 'project' | 'managed';
}

/** A path joiner for the target OS (discovery lists Windows paths on Windows, POSIX paths elsewhere). */
function joiner(platform: string): (...parts: string[]) => string {
  const sep = platform === 'win32' ? '\\' : '/';
  return (...parts) => parts.filter(Boolean).join(sep).replace(/[\\/]+/g, sep);
}

/** VS Code-family user-data folders: where User/mcp.json, User/settings.json and extension storage live. */
function codeUserDirs(env: DiscoveryEnv, j: (...p: string[]) => string): { dir: string; client: string }[] {
  const products: [string, string][] = [
    ['Code', 'vscode'],
    ['Code - Insiders', 'vscode-insiders'],
  ];
  const base =
    env.platform === 'darwin'
      ? j(env.home, 'Library', 'Application Support')
      : env.platform === 'win32'
        ? (env.appData ?? j(env.home, 'AppData', 'Roaming'))
        : (env.xdgConfigHome ?? j(env.home, '.config'));
  return products.map(([folder, client]) => ({ dir: j(base, folder, 'User'), client }));
}

/** Every user-level and managed config location of the clients in DESIGN section 10 on this OS. */
export function userCandidates(env: DiscoveryEnv): Candidate[] {
  const j = joiner(env.platform);
  const h = env.home;
  const xdg = env.xdgConfigHome ?? j(h, '.config');
  const out: Candidate[] = [];
  const add = (client: string, path: string, scope: Candidate['scope'] = 'user') => out.push({ client, path, scope });

  // Claude Desktop
  if (env.platform === 'darwin') add('claude-desktop', j(h, 'Library', 'Application Support', 'Claude', 'claude_desktop_config.json'));
  else if (env.platform === 'win32') add('claude-desktop', j(env.appData ?? j(h, 'AppData', 'Roaming'), 'Claude', 'claude_desktop_config.json'));
  else add('claude-desktop', j(xdg, 'Claude', 'claude_desktop_config.json'));

  // Claude Code: ~/.claude.json (or under CLAUDE_CONFIG_DIR), user settings, managed files.
  add('claude-code', env.claudeConfigDir ? j(env.claudeConfigDir, '.claude.json') : j(h, '.claude.json'));
  add('claude-code', j(env.claudeConfigDir ?? j(h, '.claude'), 'settings.json'));
  if (env.platform === 'darwin') add('claude-code', j('/Library', 'Application Support', 'ClaudeCode', 'managed-mcp.json'), 'managed');
  else if (env.platform === 'win32') add('claude-code', j(env.programData ?? 'C:\\ProgramData', 'ClaudeCode', 'managed-mcp.json'), 'managed');
  else add('claude-code', j('/etc', 'claude-code', 'managed-mcp.json'), 'managed');

  // VS Code and Insiders, with the extensions that keep their own MCP settings in its storage.
  for (const { dir, client } of codeUserDirs(env, j)) {
    add(client, j(dir, 'mcp.json'));
    add(client, j(dir, 'settings.json'));
    add('cline', j(dir, 'globalStorage', 'saoudrizwan.claude-dev', 'settings', 'cline_mcp_settings.json'));
    add('roo-code', j(dir, 'globalStorage', 'rooveterinaryinc.roo-cline', 'settings', 'mcp_settings.json'));
  }

  add('cursor', j(h, '.cursor', 'mcp.json'));
  add('windsurf', j(h, '.codeium', 'windsurf', 'mcp_config.json'));
  add('gemini', j(h, '.gemini', 'settings.json'));
  if (env.platform === 'darwin') add('gemini', j('/Library', 'Application Support', 'GeminiCli', 'settings.json'), 'managed');
  else if (env.platform === 'win32') add('gemini', j(env.programData ?? 'C:\\ProgramData', 'gemini-cli', 'settings.json'), 'managed');
  else add('gemini', j('/etc', 'gemini-cli', 'settings.json'), 'managed');
  if (env.platform === 'win32') add('zed', j(env.appData ?? j(h, 'AppData', 'Roaming'), 'Zed', 'settings.json'));
  else add('zed', j(env.platform === 'darwin' ? j(h, '.config') : xdg, 'zed', 'settings.json'));
  add('continue', j(h, '.continue', 'config.yaml'));
  add('continue', j(h, '.continue', 'config.json'));
  add('amazon-q', j(h, '.aws', 'amazonq', 'mcp.json'));
  add('codex', j(env.codexHome ?? j(h, '.codex'), 'config.toml'));
  add('opencode', j(xdg, 'opencode', 'opencode.json'));
  add('opencode', j(xdg, 'opencode', 'opencode.jsonc'));
  add('kiro', j(h, '.kiro', 'settings', 'mcp.json'));
  add('copilot', j(h, '.copilot', 'mcp-config.json'));
  add('copilot', j(xdg, 'github-copilot', 'intellij', 'mcp.json'));
  return out;
}

/** Project-level files, looked for in a directory (and, by the caller, each parent up to the root). */
export const PROJECT_FILES: { parts: string[]; client: string }[] = [
  { parts: ['.mcp.json'], client: 'claude-code' },
  { parts: ['.claude', 'settings.json'], client: 'claude-code' },
  { parts: ['.claude', 'settings.local.json'], client: 'claude-code' },
  { parts: ['.vscode', 'mcp.json'], client: 'vscode' },
  { parts: ['.vscode', 'settings.json'], client: 'vscode' },
  { parts: ['.cursor', 'mcp.json'], client: 'cursor' },
  { parts: ['.gemini', 'settings.json'], client: 'gemini' },
  { parts: ['.zed', 'settings.json'], client: 'zed' },
  { parts: ['.roo', 'mcp.json'], client: 'roo-code' },
  { parts: ['.amazonq', 'mcp.json'], client: 'amazon-q' },
  { parts: ['.kiro', 'settings', 'mcp.json'], client: 'kiro' },
  { parts: ['.codex', 'config.toml'], client: 'codex' },
  { parts: ['.github', 'mcp.json'], client: 'copilot' },
  { parts: ['opencode.json'], client: 'opencode' },
  { parts: ['opencode.jsonc'], client: 'opencode' },
];

/** Continue keeps one file per server under .continue/mcpServers/ (listed by the caller). */
export const CONTINUE_SERVER_DIR = ['.continue', 'mcpServers'];

/** The directories from cwd up to the file-system root, nearest first. */
export function ancestors(cwd: string, platform: string): string[] {
  const sep = platform === 'win32' ? '\\' : '/';
  const parts = cwd.split(/[\\/]+/);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n -= 1) {
    const dir = parts.slice(0, n).join(sep);
    out.push(dir === '' ? sep : /^[A-Za-z]:$/.test(dir) ? dir + sep : dir);
  }
  return [...new Set(out)];
}
