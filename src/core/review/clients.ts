/** The clients whose MCP configs the review reads, with the names people know them by. */
export const CLIENT_NAMES: Record<string, string> = {
  'claude-desktop': 'Claude Desktop',
  'claude-code': 'Claude Code',
  vscode: 'VS Code',
  'vscode-insiders': 'VS Code Insiders',
  cursor: 'Cursor',
  windsurf: 'Windsurf',
  gemini: 'Gemini CLI',
  zed: 'Zed',
  continue: 'Continue',
  cline: 'Cline',
  'roo-code': 'Roo Code',
  'amazon-q': 'Amazon Q',
  codex: 'Codex',
  opencode: 'OpenCode',
  kiro: 'Kiro',
  copilot: 'GitHub Copilot',
  unknown: 'MCP config',
};

export const CLIENT_IDS = Object.keys(CLIENT_NAMES);

const BY_PATH: [RegExp, string][] = [
  [/claude_desktop_config\.json$/i, 'claude-desktop'],
  [/(^|[\\/])\.claude\.json$|(^|[\\/])\.mcp\.json$|managed-mcp\.json$|[\\/]\.claude[\\/]settings(\.local)?\.json$/i, 'claude-code'],
  [/saoudrizwan\.claude-dev[\\/].*cline_mcp_settings\.json$|cline_mcp_settings\.json$/i, 'cline'],
  [/rooveterinaryinc\.roo-cline[\\/].*mcp_settings\.json$|[\\/]\.roo[\\/]mcp\.json$/i, 'roo-code'],
  [/Code - Insiders[\\/]User[\\/](mcp|settings)\.json$/i, 'vscode-insiders'],
  [/[\\/]Code[\\/]User[\\/](mcp|settings)\.json$|(^|[\\/])\.vscode[\\/](mcp|settings)\.json$/i, 'vscode'],
  [/(^|[\\/])\.cursor[\\/]mcp\.json$/i, 'cursor'],
  [/windsurf[\\/]mcp_config\.json$/i, 'windsurf'],
  [/(^|[\\/])\.gemini[\\/]settings\.json$|gemini-cli[\\/].*settings\.json$/i, 'gemini'],
  [/[\\/]zed[\\/]settings\.json$|(^|[\\/])\.zed[\\/]settings\.json$/i, 'zed'],
  [/(^|[\\/])\.continue[\\/]/i, 'continue'],
  [/amazonq[\\/]mcp\.json$|(^|[\\/])\.amazonq[\\/]mcp\.json$/i, 'amazon-q'],
  [/(^|[\\/])\.codex[\\/]config\.toml$/i, 'codex'],
  [/opencode\.jsonc?$/i, 'opencode'],
  [/(^|[\\/])\.kiro[\\/]settings[\\/]mcp\.json$/i, 'kiro'],
  [/(^|[\\/])\.copilot[\\/]mcp-config\.json$|github-copilot[\\/].*mcp\.json$/i, 'copilot'],
];

/**
 * Every BY_PATH pattern ends with one of these (lower case), except the one for anything under
 * .continue/: a path with neither can match none of them, and the 16 patterns (compiled on first use,
 * about 1 ms) are not tried. test/core/review/client-paths.test.ts checks both against each other.
 */
export const CLIENT_FILE_SUFFIXES = ['config.json', 'mcp.json', 'settings.json', 'settings.local.json', 'claude.json', 'config.toml', 'opencode.json', 'opencode.jsonc'];

/** Whether some client's path pattern could match `path` (see CLIENT_FILE_SUFFIXES). */
export function mayBeClientPath(path: string): boolean {
  const p = path.toLowerCase();
  return p.includes('.continue') || CLIENT_FILE_SUFFIXES.some((s) => p.endsWith(s));
}

/** The client a path names by its location, without the shortcut (for the test that checks it). */
export function clientByPath(path: string): string | undefined {
  for (const [pattern, client] of BY_PATH) if (pattern.test(path)) return client;
  return undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Which client a file belongs to: from its location first, then from its shape. */
export function detectClient(path: string, data: unknown): string {
  const byPath = mayBeClientPath(path) ? clientByPath(path) : undefined;
  if (byPath) return byPath;
  if (!isObj(data)) return 'unknown';
  if (isObj(data.servers) || isObj(data.inputs)) return 'vscode';
  if (isObj(data.context_servers)) return 'zed';
  if (isObj(data.mcp_servers)) return 'codex';
  if (isObj(data.mcp) && !isObj(data.mcp.servers)) return 'opencode';
  if (isObj(data.mcp) && isObj(data.mcp.servers)) return 'vscode';
  if (Array.isArray(data.mcpServers)) return 'continue';
  if (isObj(data.projects) || 'enableAllProjectMcpServers' in data) return 'claude-code';
  return 'unknown';
}

/** The clients that read a file: the workspace-root .mcp.json is read by Claude Code, VS Code and Copilot CLI alike. */
export function readersOf(path: string, id: string): string {
  return /(^|[\\/])\.mcp\.json$/i.test(path) ? 'Claude Code, VS Code and Copilot CLI' : clientName(id);
}

export function clientName(id: string): string {
  return CLIENT_NAMES[id] ?? id;
}
