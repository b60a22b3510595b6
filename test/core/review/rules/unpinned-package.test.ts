import { describe, expect, it } from 'vitest';
import { unpinnedPackage } from '../../../../src/core/review/rules/unpinned-package.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';
import { packageArgument, splitSpec } from '../../../../src/core/review/package-spec.js';

const server = (command: string, args: string[]) => normalizeConfig({ mcpServers: { s: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-PIN-001 unpinned package', () => {
  it('fires on no version, @latest and ranges, naming the argument', () => {
    expect(unpinnedPackage.check(server('npx', ['-y', '@modelcontextprotocol/server-filesystem', '/tmp']), config)[0]).toMatchObject({ severity: 'high', field: 'args[1]', evidence: '@modelcontextprotocol/server-filesystem' });
    expect(unpinnedPackage.check(server('npx', ['-y', 'mcp-remote@latest', 'https://x']), config)[0]?.message).toContain('@latest');
    expect(unpinnedPackage.check(server('bunx', ['pkg@^1.2.0']), config)[0]?.severity).toBe('medium');
    expect(unpinnedPackage.check(server('npx -y pkg', []), config)).toHaveLength(1);
  });

  it('does not fire on exact versions or other commands', () => {
    expect(unpinnedPackage.check(server('npx', ['-y', 'mcp-remote@0.1.16', 'https://x']), config)).toEqual([]);
    expect(unpinnedPackage.check(server('uvx', ['mcp-server-fetch==2025.4.7']), config)).toEqual([]);
    expect(unpinnedPackage.check(server('node', ['server.js']), config)).toEqual([]);
  });

  it('skips option values when finding the package', () => {
    expect(packageArgument(['--from', 'git+https://x', 'tool@1.0.0'])).toEqual({ spec: 'tool@1.0.0', index: 2 });
    expect(splitSpec('@scope/name@2.0.0')).toEqual({ name: '@scope/name', version: '2.0.0' });
  });
});
