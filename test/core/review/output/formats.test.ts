import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../../../src/core/review/engine.js';
import { reviewJson } from '../../../../src/core/review/output/json.js';
import { reviewMarkdown } from '../../../../src/core/review/output/markdown.js';
import { reviewSarif } from '../../../../src/core/review/output/sarif.js';
import { reviewText } from '../../../../src/core/review/output/text.js';
import { REVIEW_RULES } from '../../../../src/core/review/rules/index.js';
import { GH } from '../rules/secret-rules.fixtures.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS with the class on .default
type AjvClass = new (options: object) => { validate: (schema: object, data: unknown) => boolean; errors?: unknown[] | null };
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as unknown as AjvClass;
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

const config = JSON.stringify(
  {
    mcpServers: {
      'evil`name|<b>': { command: 'docker', args: ['run', '-i', '--rm', '--privileged', '-v', '/var/run/docker.sock:/var/run/docker.sock', 'mcp/github'], env: { GITHUB_TOKEN: GH } },
      fine: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] },
    },
  },
  null,
  2,
);
const result = reviewConfigs(
  [
    { path: '/repo/.cursor/mcp.json', text: config },
    { path: '/repo/broken.json', text: '{ "mcpServers": ' },
    { path: '/home/u/.claude.json', error: 'larger than 5 MB' },
  ],
  { name: 'mcp-operator', version: '1.2.3' },
);

describe('review output formats', () => {
  it('JSON has exactly the keys of DESIGN section 10', () => {
    const json = JSON.parse(reviewJson(result.report)) as Record<string, unknown> & { findings: Record<string, unknown>[]; scanned: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['tool', 'scanned', 'findings', 'summary']);
    // The keys of DESIGN section 10, then the optional ones: the known server (section 13), tools that help, line and column.
    for (const f of json.findings) {
      expect(Object.keys(f).slice(0, 11)).toEqual(['ruleId', 'category', 'severity', 'client', 'path', 'server', 'field', 'message', 'evidence', 'remediation', 'lesson']);
      expect(['knownServer', 'tools', 'line', 'column']).toEqual(expect.arrayContaining(Object.keys(f).slice(11)));
    }
    expect(json.scanned).toEqual([
      { path: '/repo/.cursor/mcp.json', client: 'cursor', servers: 2 },
      { path: '/repo/broken.json', client: 'unknown', servers: 0, error: expect.any(String) },
      { path: '/home/u/.claude.json', client: 'unknown', servers: 0, error: 'larger than 5 MB' },
    ]);
    expect(Object.keys(json.summary as object)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
  });

  it('SARIF is valid SARIF 2.1.0 against the OASIS schema, with rules, levels, lines and notifications', () => {
    const sarif = JSON.parse(reviewSarif(result, REVIEW_RULES, { root: '/repo' })) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[]; invocations: { toolExecutionNotifications: unknown[] }[] }[];
    };
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(sarifSchema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(REVIEW_RULES.map((r) => r.id));
    const privileged = run.results.find((r) => r.ruleId === 'MCPR-CTR-001')!;
    expect(privileged.level).toBe('error');
    expect(privileged.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: '.cursor/mcp.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 9, endColumn: 23 } });
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(2);
  });

  it('Markdown escapes names from the config and shows fixed entries', () => {
    const md = reviewMarkdown(result);
    expect(md).toContain('### `` evil`name|<b> ``');
    expect(md).toContain('evil\\`name\\|\\<b\\> has a literal credential');
    expect(md.split('\n').filter((l) => l.includes('<b>') && !l.includes('`'))).toEqual(['    "evil`name|<b>": {'].filter(() => false));
    expect(md).toMatch(/(Partly f|F)ixed entry/);
  });

  it('text groups by file and server, names the lesson, and says what was not read', () => {
    const text = reviewText(result, { home: '/home/u' });
    expect(text).toMatch(/^MCP config review: 3 files, 2 servers/);
    expect(text).toContain('Cursor  /repo/.cursor/mcp.json');
    expect(text).toContain('~/.claude.json\n  not read: larger than 5 MB');
    expect(text).toContain('learn: mcp-operator learn harden-the-container');
    expect(text).toContain('no findings: fine');
  });

  it('Markdown counts in words that agree with the number: one file, one server', () => {
    const one = reviewConfigs([{ path: '/repo/.mcp.json', client: 'claude-code', text: JSON.stringify({ mcpServers: { fine: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] } } }), format: 'json' }], { name: 'mcp-operator', version: '1.2.3' });
    const md = reviewMarkdown(one);
    expect(md).toMatch(/: 1 file, /);
    expect(md).toContain('\n1 server.');
    expect(md).not.toMatch(/\b1 (files|servers)\b/);
    expect(reviewMarkdown(result)).toMatch(/: 3 files, /);
  });

  it('no format prints the secret', () => {
    for (const out of [reviewJson(result.report), reviewSarif(result, REVIEW_RULES), reviewMarkdown(result), reviewText(result)]) {
      expect(out).not.toContain(GH);
      expect(out).not.toContain(GH.slice(4, 16));
    }
  });
});
