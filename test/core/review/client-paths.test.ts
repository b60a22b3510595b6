import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientByPath, detectClient, mayBeClientPath } from '../../../src/core/review/clients.js';
import { PROJECT_FILES, userCandidates } from '../../../src/core/review/discovery.js';

// detectClient skips the path patterns for a path no client's pattern can match (mayBeClientPath):
// it must never skip one that a pattern does match.
describe('the path shortcut of detectClient never changes its answer', () => {
  const known = [
    ...['linux', 'darwin', 'win32'].flatMap((platform) => userCandidates({ platform, home: platform === 'win32' ? 'C:\\Users\\ada' : '/home/ada', appData: 'C:\\Users\\ada\\AppData\\Roaming', xdgConfigHome: undefined } as never).map((c) => c.path)),
    ...PROJECT_FILES.map((f) => `/work/repo/${f.parts.join('/')}`),
    '/work/repo/.continue/mcpServers/github.yaml',
    'C:\\work\\repo\\.continue\\mcpServers\\x.json',
  ];

  it('every location discovery knows is let through and named as before', () => {
    expect(known.length).toBeGreaterThan(20);
    for (const path of known) {
      expect(mayBeClientPath(path), path).toBe(true);
      expect(detectClient(path, undefined)).toBe(clientByPath(path) ?? 'unknown');
    }
  });

  it('a path the shortcut turns away matches no client pattern (generated paths)', () => {
    const piece = fc.constantFrom('', '.', '.claude', '.mcp', 'mcp', 'mcp_', 'mcp-', 'managed-', 'settings', '.local', 'config', 'opencode', 'cline_mcp_', 'claude_desktop_', '.continue', 'Code', 'User', '.vscode', '.cursor', 'windsurf', '.gemini', 'zed', 'amazonq', '.codex', '.kiro', 'github-copilot', '.copilot', 'servers-20', 'x');
    const ext = fc.constantFrom('.json', '.jsonc', '.JSON', '.toml', '.yaml', '', '.json.bak');
    const sep = fc.constantFrom('/', '\\');
    const path = fc.tuple(fc.array(fc.tuple(fc.array(piece, { maxLength: 3 }), sep), { maxLength: 4 }), fc.array(piece, { minLength: 1, maxLength: 3 }), ext).map(([dirs, name, e]) => `${dirs.map(([d, s]) => d.join('') + s).join('')}${name.join('')}${e}`);
    fc.assert(
      fc.property(path, (p) => {
        if (!mayBeClientPath(p)) expect(clientByPath(p), p).toBeUndefined();
        expect(detectClient(p, undefined)).toBe(clientByPath(p) ?? 'unknown');
      }),
      { numRuns: 20_000 },
    );
  });
});
