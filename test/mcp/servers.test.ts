import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { call, connect, textOf } from './connect.js';

let client: Client;
let close: () => Promise<void>;
beforeAll(async () => ({ client, close } = await connect()));
afterAll(async () => close());

describe('lookup_server', () => {
  it('finds a server by id, alias, package, image and URL, with its tools and capability classes', async () => {
    for (const query of ['github', 'github-mcp-server', 'ghcr.io/github/github-mcp-server:v0.20.0', 'https://api.githubcopilot.com/mcp/x/repos']) {
      const r = await call(client, 'lookup_server', { query });
      expect(r.isError, query).toBeFalsy();
      const data = r.structuredContent as { server: { id: string; tools: Array<{ capability: string }> } };
      expect(data.server.id, query).toBe('github');
      expect(data.server.tools.length).toBeGreaterThan(0);
    }
    const old = await call(client, 'lookup_server', { query: '@modelcontextprotocol/server-github@2025.4.8' });
    expect(textOf(old)).toContain('ARCHIVED');
    expect((old.structuredContent as { version: string }).version).toBe('2025.4.8');
  });

  it('says which advisories affect a version given with the package', async () => {
    const r = await call(client, 'lookup_server', { query: 'mcp-remote@0.1.15' });
    expect((r.structuredContent as { advisoriesForVersion: string[] }).advisoriesForVersion).toContain('GHSA-6xpm-ggf7-wc3p');
    const safe = await call(client, 'lookup_server', { query: 'mcp-remote@0.1.16' });
    expect((safe.structuredContent as { advisoriesForVersion: string[] }).advisoriesForVersion).toEqual([]);
  });

  it('answers an unknown server with a tool error naming the closest ids, and never echoes a token', async () => {
    const r = await call(client, 'lookup_server', { query: 'githb' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('github');
    const secret = await call(client, 'lookup_server', { query: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' });
    expect(textOf(secret)).not.toContain('ghp_abcdef');
  });

  it('serves every known server as a server:// resource', async () => {
    const list = await client.listResources();
    const uris = list.resources.map((r) => r.uri).filter((u) => u.startsWith('server://'));
    expect(uris.length).toBeGreaterThanOrEqual(40);
    const read = await client.readResource({ uri: 'server://filesystem' });
    const text = (read.contents[0] as { text: string }).text;
    expect(text).toContain('Least-privilege switches');
    await expect(client.readResource({ uri: 'server://nope' })).rejects.toMatchObject({ code: -32002 });
  });
});

describe('recommend_tools', () => {
  it('answers a job or a control id with tools and their data-handling facts', async () => {
    const byJob = await call(client, 'recommend_tools', { job: 'gateway', deployment: 'team' });
    const tools = (byJob.structuredContent as { tools: Array<{ id: string; jobs: string[]; how: { dataSent: string } }> }).tools;
    expect(tools.length).toBeGreaterThan(1);
    expect(tools.every((t) => t.jobs.includes('gateway') && t.how.dataSent.length > 0)).toBe(true);
    expect(textOf(byJob)).toContain('What it sends out');
    const byControl = await call(client, 'recommend_tools', { control: 'hash-tool-definitions' });
    expect((byControl.structuredContent as { tools: unknown[] }).tools.length).toBeGreaterThan(0);
  });

  it('refuses an unknown control and a call with neither job nor control', async () => {
    expect((await call(client, 'recommend_tools', { control: 'nope' })).isError).toBe(true);
    expect((await call(client, 'recommend_tools', {})).isError).toBe(true);
  });
});
