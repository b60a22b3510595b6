import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../../src/core/review/engine.js';
import { normalizeConfig } from '../../../src/core/review/normalize.js';
import { answersFromEntry } from '../../../src/core/review/to-answers.js';

function fromConfig(entry: Record<string, unknown>, path = '/p/.cursor/mcp.json') {
  const text = JSON.stringify({ mcpServers: { s: entry } });
  const review = reviewConfigs([{ path, text }], { name: 't', version: '0' });
  const server = normalizeConfig(JSON.parse(text)).servers[0]!;
  return answersFromEntry(server, review.report.scanned[0]!.client, review.report.findings);
}

describe('plan --from-config: answers from a config entry', () => {
  it('an unpinned npx package runs as the user, stdio, latest, official scope', () => {
    const { answers } = fromConfig({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/tmp'] });
    expect(answers).toMatchObject({ server: 's', client: 'cursor', transport: 'stdio', isolation: 'none', package: '@modelcontextprotocol/server-filesystem', changeControl: 'latest', source: 'official' });
  });

  it('a pinned package keeps its version', () => {
    expect(fromConfig({ command: 'uvx', args: ['mcp-server-fetch==2025.4.7'] }).answers).toMatchObject({ package: 'mcp-server-fetch', version: '2025.4.7', changeControl: 'pinned' });
  });

  it('a container: hardened only when the review finds nothing wrong with its flags; digest pinning', () => {
    const hardened = fromConfig({ command: 'docker', args: ['run', '-i', '--rm', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--read-only', '--tmpfs', '/tmp', '--user', '1000:1000', '--memory', '512m', '--pids-limit', '128', 'mcp/fetch@sha256:' + 'a'.repeat(64)] });
    expect(hardened.answers).toMatchObject({ isolation: 'container-hardened', changeControl: 'digest' });
    expect(fromConfig({ command: 'docker', args: ['run', '-i', '--privileged', 'mcp/fetch'] }).answers).toMatchObject({ isolation: 'container', changeControl: 'latest', image: 'mcp/fetch' });
  });

  it('remote servers: transport by host, auto-updating; approvals from the config', () => {
    expect(fromConfig({ url: 'http://127.0.0.1:8080/mcp', alwaysAllow: ['read_file'] }).answers).toMatchObject({ transport: 'http-localhost', changeControl: 'auto-updating-remote', humanApproval: 'partial' });
    const remote = fromConfig({ url: 'https://mcp.example.com/mcp?key=x', trust: true });
    expect(remote.answers.transport).toBeUndefined();
    expect(remote.answers).toMatchObject({ url: 'https://mcp.example.com/mcp', humanApproval: 'auto-approve-all' });
    expect(remote.notes.join('\n')).toMatch(/OAuth/);
  });

  it('a look-alike package is an unknown source', () => {
    expect(fromConfig({ command: 'npx', args: ['-y', '@modelcontextprotocoI/server-github@1.0.0'] }).answers.source).toBe('unknown');
  });
});
