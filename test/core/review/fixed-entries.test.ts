import { describe, expect, it } from 'vitest';
import { reviewConfigs, atLeast } from '../../../src/core/review/engine.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const k = realKnowledge();
const TOOL = { name: 'mcp-operator', version: 'test' };

/** Risky docker run pieces, combined: each subset of these with each image reference. */
const PIECES: string[][] = [
  ['--privileged'],
  ['-v', '/var/run/docker.sock:/var/run/docker.sock'],
  ['-v', '/:/host'],
  ['-v', '/home/ana:/data:ro'],
  ['-v', '/home/ana/.ssh:/keys'],
  ['--network', 'host'],
  ['--cap-add', 'SYS_ADMIN'],
  ['--pid=host'],
  ['-p', '8080:8080'],
  ['-e', 'API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789AB'],
];
const IMAGES = ['acme/mcp:latest', 'acme/mcp', 'ghcr.io/acme/mcp:1.2.0', `ghcr.io/acme/mcp@sha256:${'b'.repeat(64)}`];

function* dockerEntries(): Generator<Record<string, unknown>> {
  for (let mask = 0; mask < 1 << PIECES.length; mask += 37) {
    const words = PIECES.filter((_, i) => mask & (1 << i)).flat();
    for (const image of IMAGES) yield { command: 'docker', args: ['run', '-i', '--rm', ...words, image] };
  }
}

const PACKAGE_ENTRIES: Array<Record<string, unknown>> = [
  { command: 'npx', args: ['-y', 'mcp-remote@0.1.15', 'https://example.com/mcp'] },
  { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.3.28', '/'] },
  { command: 'uvx', args: ['mcp-server-git==2025.9.1'], autoApprove: ['git_commit', 'git_status'] },
  { command: 'npx', args: ['-y', 'some-mcp@latest'], env: { OPENAI_API_KEY: 'sk-proj-abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789' } },
  { command: 'cmd', args: ['/c', 'npx', '-y', 'mcp-remote@0.1.10', 'https://x.example/mcp'] },
  { url: 'http://mcp.example.com/mcp', headers: { Authorization: 'Bearer abcdefghijklmnopqrstuvwxyz0123456789' }, alwaysAllow: ['delete_everything'] },
];

function review(entry: Record<string, unknown>) {
  return reviewConfigs([{ path: 'claude_desktop_config.json', text: JSON.stringify({ mcpServers: { box: entry } }) }], TOOL, undefined, { knowledge: k });
}

describe('fixed entries remove what they claim to fix or say what remains (DESIGN section 14)', () => {
  it('re-reviewing every fixed entry finds nothing at medium or above that it does not list as remaining', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const entry of [...dockerEntries(), ...PACKAGE_ENTRIES]) {
      const first = review(entry);
      const server = first.servers[0];
      if (!server?.fixed) continue;
      checked += 1;
      const again = reviewConfigs([{ path: 'claude_desktop_config.json', text: `{"mcpServers": ${server.fixed}}` }], TOOL, undefined, { knowledge: k });
      const left = again.report.findings.filter((f) => atLeast(f.severity, 'medium'));
      const listed = new Set((server.remaining ?? []).map((r) => r.ruleId));
      for (const f of left) if (!listed.has(f.ruleId)) problems.push(`${JSON.stringify(entry)}: ${f.ruleId} ${f.severity} not listed`);
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('drops the Docker socket, pins the image by digest and removes / instead of making it read-only', () => {
    const r = review({ command: 'docker', args: ['run', '-i', '--rm', '--privileged', '-v', '/var/run/docker.sock:/var/run/docker.sock', '-v', '/:/host', 'acme/mcp:latest'] });
    const fixed = r.servers[0]?.fixed ?? '';
    expect(fixed).not.toContain('docker.sock');
    expect(fixed).not.toContain('/:/host');
    expect(fixed).not.toContain(':latest');
    expect(fixed).toContain('acme/mcp@sha256:<digest>');
    expect(fixed).not.toContain('--privileged');
    expect(r.servers[0]?.remaining).toBeUndefined();
  });

  it('lists what a fix cannot remove: an archived server stays archived, a version with no fix stays vulnerable', () => {
    const r = review({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@latest'], autoApprove: ['create_issue'] });
    expect(r.servers[0]?.fixed).toBeDefined();
    expect(r.servers[0]?.remaining?.map((x) => x.ruleId)).toContain('MCPR-DEP-001');
  });
});
