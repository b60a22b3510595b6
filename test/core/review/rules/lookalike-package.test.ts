import { describe, expect, it } from 'vitest';
import { imitatedScope, lookalikePackage } from '../../../../src/core/review/rules/lookalike-package.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { files: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };
const fires = (spec: string, command = 'npx') => lookalikePackage.check(server(command, ['-y', spec]), config).length > 0;

describe('MCPR-SRC-001 lookalike package', () => {
  it('fires high on a scope one edit from @modelcontextprotocol, naming the imitated scope', () => {
    const hits = lookalikePackage.check(server('npx', ['-y', '@modelcontextprotoco1/server-filesystem@2025.7.1', '/tmp']), config);
    expect(hits).toEqual([expect.objectContaining({ severity: 'high', field: 'args[1]', evidence: '@modelcontextprotoco1/server-filesystem@2025.7.1' })]);
    expect(hits[0]?.message).toContain('imitates @modelcontextprotocol');
    expect(hits[0]?.fix).toBeUndefined();
  });

  it('catches separators, digits, extensions and typos of official scopes', () => {
    for (const spec of ['@model-context-protocol/server-memory', '@modelcontext-protocol/server-github', '@modelcontextprotocol-server/filesystem', '@modeIcontextprotocol/x', '@anthropic/claude-mcp', '@anthropic-al/sdk', '@playwrigth/mcp', '@play-wright/mcp', '@upstach/context7-mcp', '@supabse/mcp-server-supabase', '@strlpe/mcp', '@notion-hq/notion-mcp-server', '@cloudfare/mcp-server-cloudflare', '@azur/mcp', '@githubb/mcp', '@sentyr/mcp-server'])
      expect(fires(spec), spec).toBe(true);
  });

  it('never fires on the official scopes or unrelated ones', () => {
    for (const spec of ['@modelcontextprotocol/server-filesystem@2025.7.1', '@anthropic-ai/sdk', '@playwright/mcp@0.0.41', '@upstash/context7-mcp', '@supabase/mcp-server-supabase', '@stripe/mcp', '@notionhq/notion-mcp-server', '@cloudflare/mcp-server-cloudflare', '@azure/mcp', '@github/copilot', '@sentry/mcp-server', '@azure-rest/core-client', '@strapi/mcp', '@types/node', '@activecampaign/postmark-mcp', 'mcp-remote@0.1.16', 'mcp-server-kubernetes'])
      expect(fires(spec), spec).toBe(false);
    expect(imitatedScope('modelcontextprotocol')).toBeUndefined();
  });

  it('catches official server names with the scope dropped or changed', () => {
    for (const spec of ['server-filesystem', 'server-github@1.0.0', 'modelcontextprotocol-server-github', 'mcp-server-filesystem', 'mcp-server-filesystem-official', 'official-github-mcp', 'github-mcp-server', '@someone/server-filesystem'])
      expect(fires(spec), spec).toBe(true);
    expect(lookalikePackage.check(server('npx', ['server-filesystem']), config)[0]?.message).toContain('with the scope dropped');
  });

  it('checks uvx and pipx names for the MCP project name and "official" claims only', () => {
    expect(fires('modelcontextprotocol-fetch', 'uvx')).toBe(true);
    expect(fires('mcp-server-fetch-official==1.0', 'uvx')).toBe(true);
    expect(fires('mcp-server-fetch==2025.4.7', 'uvx')).toBe(false);
    expect(fires('mcp-server-git', 'uvx')).toBe(false);
    expect(lookalikePackage.check(server('pipx', ['run', '--spec', 'model-context-protocol-git', 'mcp-git']), config)[0]?.field).toBe('args[2]');
  });

  it('finds packages behind Windows launchers, cmd /c and whole command lines', () => {
    expect(lookalikePackage.check(server('npx.cmd', ['-y', '@modeicontextprotocol/server-memory']), config)).toHaveLength(1);
    expect(lookalikePackage.check(server('cmd', ['/c', 'npx', '-y', 'server-memory']), config)[0]?.field).toBe('args[3]');
    expect(lookalikePackage.check(server('npx -y @model-context-protocol/server-memory'), config)[0]?.field).toBe('args[1]');
    expect(lookalikePackage.check(server('npx', ['-y', '${PACKAGE}']), config)).toEqual([]);
  });
});
