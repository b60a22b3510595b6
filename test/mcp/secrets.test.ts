import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, connect } from './connect.js';

/** A fake GitHub token in the real format: ghp_ and 36 characters. It must never come back. */
const TOKEN = `ghp_${'Zq8Lm2Xv9Tr4Kw7Pn3Hs6Jd1Fb5Gc0Ya2Ue8'}`;
const TELL = TOKEN.slice(4, 14);

let client: Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ client, close } = await connect());
});
afterAll(async () => close());

const CONFIGS: [string, string][] = [
  ['env (JSON)', JSON.stringify({ mcpServers: { gh: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN } } } }, null, 2)],
  ['args', JSON.stringify({ mcpServers: { gh: { command: 'npx', args: ['-y', 'server-github@1.0.0', '--token', TOKEN] } } })],
  ['header', JSON.stringify({ servers: { gh: { type: 'http', url: 'https://api.githubcopilot.com/mcp/', headers: { Authorization: `Bearer ${TOKEN}` } } } })],
  ['URL', JSON.stringify({ mcpServers: { gh: { url: `https://x:${TOKEN}@mcp.example.com/mcp` } } })],
  ['shell line', JSON.stringify({ mcpServers: { gh: { command: 'bash', args: ['-c', `GITHUB_TOKEN=${TOKEN} npx -y server-github`] } } })],
  ['VS Code input default', JSON.stringify({ servers: { gh: { command: 'npx', args: ['-y', 'server-github@1.0.0'], env: { GITHUB_TOKEN: TOKEN } } } })],
  ['YAML', `mcpServers:\n  - name: gh\n    command: npx\n    env:\n      GITHUB_TOKEN: ${TOKEN}\n`],
  ['TOML', `[mcp_servers.gh]\ncommand = "npx"\nenv = { GITHUB_TOKEN = "${TOKEN}" }\n`],
  ['broken JSON', `{ "mcpServers": { "gh": { "env": { "GITHUB_TOKEN": ${TOKEN} } } }`],
  ['broken YAML', `mcpServers:\n  gh: ${TOKEN}: [\n`],
  ['broken TOML', `[mcp_servers.gh]\nenv = { GITHUB_TOKEN = ${TOKEN} }\n`],
];

describe('a secret in what a client sends is never in what the server answers', () => {
  it.each(CONFIGS)('review_config with the token in %s', async (_where, content) => {
    expect(content).toContain(TOKEN);
    const r = await call(client, 'review_config', { content });
    const answer = JSON.stringify(r);
    expect(answer).not.toContain(TELL);
    expect(answer).not.toContain(TOKEN);
  });

  it('finds the token it does not repeat', async () => {
    const r = await call(client, 'review_config', { content: CONFIGS[0]?.[1] as string });
    const findings = (r.structuredContent as { findings: { ruleId: string; evidence: string }[] }).findings;
    const secret = findings.find((f) => f.ruleId === 'MCPR-SEC-001');
    expect(secret?.evidence).toMatch(/^GitHub token \(ghp_… 40 characters\)$|ghp_…/);
  });

  it('not in tool errors for oversized content, a bad client, or ids and answers that hold it', async () => {
    const answers = [
      await call(client, 'review_config', { content: `${TOKEN}\n${'x'.repeat(1_048_576)}` }),
      await call(client, 'review_config', { content: TOKEN, client: TOKEN }),
      await call(client, 'explain_finding', { id: TOKEN }),
      await call(client, 'get_lesson', { id: TOKEN }),
      await call(client, 'check_quiz_answer', { id: TOKEN, answer: 'A' }),
      await call(client, 'quiz_item', { exclude: [TOKEN] }),
      await call(client, 'assess_deployment', { answers: { transport: 'http-private', url: `ftp://${TOKEN}@example.com` } }),
      await call(client, 'assess_deployment', { answers: { owner: `${TOKEN}\u0007` } }),
      await call(client, 'generate_plan', { answers: { source: TOKEN } }),
      await call(client, 'generate_plan', { answers: { [TOKEN]: 'x' } }),
    ];
    for (const r of answers) {
      expect(JSON.stringify(r)).not.toContain(TELL);
    }
    expect(answers.filter((r) => r.isError)).toHaveLength(answers.length - 1);
  });

  it('not in resource or prompt errors', async () => {
    const error = await client.readResource({ uri: `lesson://${TOKEN.toLowerCase()}` }).then(
      () => '',
      (e: unknown) => String(e),
    );
    expect(error).not.toContain(TELL.toLowerCase());
    const prompt = await client.getPrompt({ name: 'config_review_walkthrough', arguments: { client: TOKEN } }).then(
      () => '',
      (e: unknown) => String(e),
    );
    expect(prompt).not.toContain(TELL);
  });
});
