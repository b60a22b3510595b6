import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../src/core/review/engine.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { makeCatalogue, makeLesson } from '../helpers/fixtures.js';
import { KEY, press, renderApp, waitForFrame } from '../helpers/ui.js';

const TOKEN = `ghp_${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d'}`;
const result = reviewConfigs(
  [
    {
      path: '/repo/.cursor/mcp.json',
      text: JSON.stringify({
        mcpServers: {
          github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'], env: { GITHUB_TOKEN: TOKEN } },
          docs: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] },
        },
      }),
    },
    { path: '/home/u/.claude.json', error: 'larger than 5 MB' },
  ],
  { name: 'mcp-operator', version: 't' },
);
const catalogue = makeCatalogue([makeLesson('secrets-out-of-configs', 2, 1, { title: 'Keep credentials out of client configs' })]);

describe('review screen', () => {
  it('groups by client and server, expands a finding to why, evidence, fix and the fixed entry, and opens its lesson', async () => {
    const app = renderApp(catalogue, [{ name: 'review', result, rules: REVIEW_RULES }]);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Config review: 2 files, 2 servers'));
    expect(frame).toContain('Cursor · /repo/.cursor/mcp.json · 2 servers');
    expect(frame).toContain('not read: larger than 5 MB');
    expect(frame).toContain('▸ HIGH Credential written into the config file');
    expect(frame).toContain('1 server with no findings');
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Why it matters'));
    expect(frame).toContain('Evidence: GitHub token (ghp_… 40 characters)');
    expect(frame).toContain('${env:GITHUB_TOKEN}');
    expect(frame).not.toContain(TOKEN.slice(4));
    await press(app.stdin, 'l');
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Keep credentials out of client configs') && !t.includes('Config review'));
    await press(app.stdin, 'q');
    await waitForFrame(app.lastFrame, (t) => t.includes('Config review: 2 files'));
    app.unmount();
  });
});
