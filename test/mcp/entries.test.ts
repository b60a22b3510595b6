import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, reviewConfigs } from '../../src/core/review/engine.js';

const root = process.cwd();
const DOC = readFileSync(join(root, 'README.md'), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const CLIENTS = ['claude-desktop', 'claude-code', 'vscode', 'cursor'];

/** Every `<!-- entry: CLIENT -->` followed by a JSON code block in the MCP section of the README. */
function documentedEntries(): { client: string; text: string }[] {
  return [...DOC.matchAll(/<!-- entry: ([a-z-]+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => ({ client: m[1] as string, text: m[2] as string }));
}

describe('the client entries of README.md', () => {
  it('are the fixture entries, one per client', () => {
    const entries = documentedEntries();
    expect(entries.map((e) => e.client)).toEqual(CLIENTS);
    for (const { client, text } of entries) {
      const fixture = readFileSync(join(root, 'test/fixtures/mcp-entries', `${client}.json`), 'utf8');
      expect(JSON.parse(text), client).toEqual(JSON.parse(fixture));
    }
  });

  it('pass the project\'s own review with no finding above low', () => {
    const inputs = CLIENTS.flatMap((client) => [
      { path: `README.md#${client}`, text: documentedEntries().find((e) => e.client === client)?.text ?? '', client },
      { path: `test/fixtures/mcp-entries/${client}.json`, text: readFileSync(join(root, 'test/fixtures/mcp-entries', `${client}.json`), 'utf8'), client },
    ]);
    const { report } = reviewConfigs(inputs, { name: 'mcp-operator', version: VERSION });
    expect(report.scanned).toHaveLength(8);
    for (const s of report.scanned) expect(s, s.path).toMatchObject({ servers: 1 });
    expect(report.scanned.every((s) => s.error === undefined)).toBe(true);
    expect(report.findings.filter((f) => atLeast(f.severity, 'medium'))).toEqual([]);
  });

  it('pin the package to the version in package.json, hold no secrets and approve nothing automatically', () => {
    const pins = [...DOC.matchAll(/mcpserver-operator@([^\s"`]+)/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThanOrEqual(CLIENTS.length + 1);
    expect(new Set(pins)).toEqual(new Set([VERSION]));
    expect(DOC).toContain(`claude mcp add --transport stdio --scope user mcp-operator -- npx -y mcpserver-operator@${VERSION} mcp`);
    for (const { client, text } of documentedEntries()) {
      const servers = Object.values((JSON.parse(text) as Record<string, Record<string, Record<string, unknown>>>)[client === 'vscode' ? 'servers' : 'mcpServers'] ?? {});
      expect(servers, client).toHaveLength(1);
      const entry = servers[0] as Record<string, unknown>;
      expect(entry.args).toEqual(['-y', `mcpserver-operator@${VERSION}`, 'mcp']);
      expect(Object.keys((entry.env as object | undefined) ?? {})).toEqual([]);
      for (const key of ['autoApprove', 'alwaysAllow', 'trust', 'headers']) expect(entry, `${client} ${key}`).not.toHaveProperty(key);
    }
  });
});
